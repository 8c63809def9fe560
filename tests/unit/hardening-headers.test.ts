import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addCspMeta,
  headersFile,
  inlineScriptHashes,
  pageCsp,
  SECURITY_HEADERS,
} from '../../lib/build/security-headers';

const root = path.resolve(import.meta.dirname, '../..');

describe('npm start sends security headers (issue 10 item 7)', () => {
  it('serve.json sets every security header for every path and turns directory listings off', () => {
    const config = JSON.parse(readFileSync(path.join(root, 'serve.json'), 'utf8')) as {
      directoryListing: boolean;
      headers: { source: string; headers: { key: string; value: string }[] }[];
    };
    expect(config.directoryListing).toBe(false);
    const all = config.headers.find((h) => h.source === '**')!;
    expect(Object.fromEntries(all.headers.map((h) => [h.key, h.value]))).toEqual(SECURITY_HEADERS);
  });

  it('npm start uses that serve.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.start).toContain('-c ../serve.json');
  });

  it('hashes inline scripts only (not src scripts), as the browser does', () => {
    const html =
      '<script>self.__next_f.push([1,"a"])</script><script src="/_next/x.js" async=""></script><script>x</script>';
    // echo -n 'x' | openssl dgst -sha256 -binary | base64
    expect(inlineScriptHashes(html)).toHaveLength(2);
    expect(inlineScriptHashes(html)[1]).toBe("'sha256-LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE='");
  });

  it('the page policy allows scripts only from the site or by hash, images from the site, data: and allow-listed hosts', () => {
    const csp = pageCsp(["'sha256-abc'"], ['img.example.com']);
    expect(csp).toContain("script-src 'self' 'sha256-abc';");
    expect(csp).toContain("img-src 'self' data: https://img.example.com;");
    expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval)/);
  });

  it('the meta goes right after <meta charset>, before any script', () => {
    const out = addCspMeta('<html><head><meta charSet="utf-8"/><script>1</script></head></html>');
    expect(out).toMatch(
      /^<html><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="[^"]+"\/><script>1<\/script>/,
    );
  });

  it('_headers lists the headers for every path', () => {
    expect(headersFile()).toMatch(/^\/\*\n {2}Content-Security-Policy: frame-ancestors 'none'/);
    expect(headersFile()).toContain('  X-Content-Type-Options: nosniff\n');
  });
});
