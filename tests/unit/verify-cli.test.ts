import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { fakeIO } from './cli-helpers';

const content = ['--content', 'e2e/fixtures/kb'];

describe('kb verify', () => {
  it('exits 0 when every checkable item passes, with the proving lines', async () => {
    const { io, out } = fakeIO({ stdin: '\u001b[32m"Architecture": "amd64",\u001b[0m\r\nArchitecture OK\r\n' });
    expect(await main(['verify', 'FIX_VERIFY_001', '-', ...content], io)).toBe(0);
    expect(out.stdout).toContain('PASS  output contains `Architecture OK`');
    expect(out.stdout).toContain('line 2: Architecture OK');
    expect(out.stdout).toContain('all 3 check(s) passed');
  });

  it('exits 1 on a failed check and names the fallback whose When fits', async () => {
    const { io, out } = fakeIO({ stdin: '"Architecture": "arm64"\nexec format error\n' });
    expect(await main(['verify', 'FIX_VERIFY_001', '-', ...content], io)).toBe(1);
    expect(out.stdout).toContain('FAIL  output lacks `exec format error`\n    line 2: exec format error');
    expect(out.stdout).toContain('next: Install QEMU emulation (/kb/FIX_VERIFY_001#fallback-2)');
  });

  it('exits 1 on empty output', async () => {
    const { io, out } = fakeIO({ stdin: '' });
    expect(await main(['verify', 'FIX_VERIFY_001', '-', ...content], io)).toBe(1);
    expect(out.stdout).toContain('the output is empty');
  });

  it('exits 0 with a message when nothing is checkable', async () => {
    const { io, out } = fakeIO({ stdin: 'whatever' });
    expect(await main(['verify', 'FIX_MINIMAL_001', '-', ...content], io)).toBe(0);
    expect(out.stdout).toContain('nothing to check');
  });

  it('exits 2 for an unknown id and for missing arguments', async () => {
    const { io, out } = fakeIO({ stdin: 'x' });
    expect(await main(['verify', 'NOPE_001', '-', ...content], io)).toBe(2);
    expect(out.stderr).toContain('no entry NOPE_001');
    expect(await main(['verify', 'FIX_VERIFY_001', ...content], fakeIO().io)).toBe(2);
  });
});
