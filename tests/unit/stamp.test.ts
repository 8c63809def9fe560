import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findStamps, stampContent, stampFound, stampRecord } from '../../lib/content/stamp';

const onLinux = process.platform === 'linux';

/** A KB folder with what the stamp must take and what it must pass over. */
function kbFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-stamp-test-'));
  const write = (rel: string, text = rel) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  write('A_001.md');
  write('docker/B_001.md', 'longer text');
  write('docker/deep/C 001 with spaces.md');
  write('docker/D\nnewline.md');
  write('_variables.yml');
  write('docker/_variables.yml'); // only the KB's own, at the top, is read
  write('README.md');
  write('notes.txt');
  write('.drafts/E_001.md');
  write('_archive/F_001.md');
  write('node_modules/pkg/G_001.md');
  symlinkSync(path.join(dir, 'A_001.md'), path.join(dir, 'LINKED_001.md'));
  utimesSync(path.join(dir, 'A_001.md'), new Date('1960-01-01T00:00:00.5Z'), new Date('1960-01-01T00:00:00.5Z'));
  return dir;
}

const hex = (dir: string) => stampContent(dir, createHash('sha256')).digest('hex');

describe('the content stamp', () => {
  it.runIf(onLinux)('find in another process stamps the same files as stat-ing them here', async () => {
    const dir = kbFolder();
    const found = await findStamps(dir);
    expect(found).not.toBeNull();
    expect(stampFound(found!, createHash('sha256')).digest('hex')).toBe(hex(dir));
  });

  it.runIf(onLinux)('follows a KB folder that is itself a link, as stat-ing here does', async () => {
    const dir = kbFolder();
    const link = `${dir}-link`;
    symlinkSync(dir, link);
    const byFind = async () => stampFound((await findStamps(link))!, createHash('sha256')).digest('hex');
    const before = await byFind();
    expect(before).toBe(hex(link));
    writeFileSync(path.join(dir, 'A_001.md'), 'changed, and longer than before');
    expect(await byFind()).not.toBe(before);
  });

  it.runIf(onLinux)('a record reads as find prints it, before 1970 too', () => {
    const dir = kbFolder();
    const printed = execFileSync('find', [path.join(dir, 'A_001.md'), '-printf', '%s %T@ %P'], { encoding: 'utf8' });
    const stat = statSync(path.join(dir, 'A_001.md'), { bigint: true });
    expect(stat.mtimeNs).toBe(-315_619_199_500_000_000n);
    expect(stampRecord('', stat.size, stat.mtimeNs)).toBe(printed);
    expect(stampRecord('X.md', 12, 1_796_419_991_241_375_932n)).toBe('12 1796419991.2413759320 X.md');
  });

  it('takes entry files and the KB _variables.yml; passes over skipped folders, other files and links', () => {
    const dir = kbFolder();
    const before = hex(dir);
    for (const rel of ['README.md', 'notes.txt', '.drafts/E_001.md', '_archive/F_001.md', 'node_modules/pkg/G_001.md'])
      writeFileSync(path.join(dir, rel), 'changed, and longer than before');
    writeFileSync(path.join(dir, 'docker/_variables.yml'), 'changed, and longer than before');
    expect(hex(dir)).toBe(before);
    for (const rel of ['docker/deep/C 001 with spaces.md', '_variables.yml', 'docker/D\nnewline.md']) {
      const was = hex(dir);
      writeFileSync(path.join(dir, rel), `changed ${rel} to something longer`);
      expect(hex(dir)).not.toBe(was);
    }
  });

  it('an edit in place that keeps the size still changes it (modification time)', () => {
    const dir = kbFolder();
    const file = path.join(dir, 'docker/B_001.md');
    const before = hex(dir);
    writeFileSync(file, 'LONGER TEXT');
    utimesSync(file, new Date(), new Date(Date.now() + 2000));
    expect(hex(dir)).not.toBe(before);
  });

  it.runIf(onLinux)('find answers null for a folder it cannot list; a missing folder stamps as empty', async () => {
    const missing = path.join(tmpdir(), 'kb-stamp-test-missing-folder');
    expect(await findStamps(missing)).toBeNull();
    expect(hex(missing)).toBe(createHash('sha256').digest('hex'));
  });
});
