import { describe, expect, it } from 'vitest';
import { readSiteConfig } from '../../lib/site/config';
import { editUrl, issueUrl, lastUpdated } from '../../lib/verify/feedback';

const target = { repoUrl: 'https://github.com/acme/kb', repoBranch: 'main', siteUrl: 'https://kb.example.com' };

describe('feedback links', () => {
  it('edit link points at the entry file on the branch', () => {
    expect(editUrl(target, 'FIX_VERIFY_001.md')).toBe('https://github.com/acme/kb/edit/main/content/FIX_VERIFY_001.md');
  });

  it('issue link carries id, outcome and what was tried; output only when given', () => {
    const url = new URL(
      issueUrl(target, {
        id: 'FIX_VERIFY_001',
        outcome: 'failed',
        tried: 'Option 2: Install QEMU emulation',
        output: null,
      }),
    );
    expect(url.origin + url.pathname).toBe('https://github.com/acme/kb/issues/new');
    expect(url.searchParams.get('title')).toBe("FIX_VERIFY_001: this didn't work");
    const body = url.searchParams.get('body')!;
    expect(body).toContain('Entry: FIX_VERIFY_001 (https://kb.example.com/kb/FIX_VERIFY_001)');
    expect(body).toContain('Tried: Option 2: Install QEMU emulation');
    expect(body).not.toContain('Verification output');
    const withOutput = new URL(
      issueUrl(target, { id: 'X_001', outcome: 'fixed', tried: 'Main solution', output: 'exec format error' }),
    );
    expect(withOutput.searchParams.get('body')).toContain('Verification output:\n```\nexec format error\n```');
    expect(withOutput.searchParams.get('title')).toBe('X_001: this fixed it');
  });

  it('cuts a long output', () => {
    const body = new URL(
      issueUrl(target, { id: 'X_001', outcome: 'failed', tried: 'Main solution', output: 'x'.repeat(10_000) }),
    ).searchParams.get('body')!;
    expect(body.length).toBeLessThan(3300);
    expect(body).toContain('[… cut]');
  });

  it('last updated is updated, else created', () => {
    expect(lastUpdated({ created: '2026-01-01', updated: '2026-02-02' })).toBe('2026-02-02');
    expect(lastUpdated({ created: '2026-01-01' })).toBe('2026-01-01');
  });

  it('without KB_REPO_URL there is no target', () => {
    expect(readSiteConfig({}).repoUrl).toBeNull();
    expect(readSiteConfig({ KB_REPO_URL: 'https://github.com/acme/kb/' }).repoUrl).toBe('https://github.com/acme/kb');
  });
});
