import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildShareLink, MAX_VALUE_LENGTH, readValuesFromQuery } from '../../lib/variables/url';

describe('readValuesFromQuery', () => {
  it('reads upper-case variable names only, first value wins, empty and over-long values dropped', () => {
    const search = `?IMAGE_NAME=acme%2Fweb%3A2&utm_source=x&lower=1&PORT=&IMAGE_NAME=other&__proto__=1&HOST=${'a'.repeat(MAX_VALUE_LENGTH + 1)}`;
    expect(readValuesFromQuery(search)).toEqual({ IMAGE_NAME: 'acme/web:2' });
  });

  it('keeps hostile values as plain text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    expect(readValuesFromQuery(`IMAGE=${encodeURIComponent(hostile)}`)).toEqual({ IMAGE: hostile });
  });
});

describe('buildShareLink', () => {
  it('adds the page variables that have values and keeps other parameters and the fragment', () => {
    const link = buildShareLink(
      'https://kb.example/kb/CROSS_DOCKER_001/?ref=a&PORT=1#verification',
      { IMAGE_NAME: 'acme/web:2', PORT: '', SECRET: 'not on this page' },
      ['IMAGE_NAME', 'PORT'],
    );
    expect(link).toBe('https://kb.example/kb/CROSS_DOCKER_001/?ref=a&IMAGE_NAME=acme%2Fweb%3A2#verification');
  });

  it('round-trips any values through the link', () => {
    const name = fc.constantFrom('IMAGE_NAME', 'PORT', 'A1');
    fc.assert(
      fc.property(fc.dictionary(name, fc.string({ minLength: 1, maxLength: 50 })), (values) => {
        const link = buildShareLink('https://kb.example/kb/X_001/', values, ['IMAGE_NAME', 'PORT', 'A1']);
        expect(readValuesFromQuery(new URL(link).search)).toEqual(values);
      }),
    );
  });
});
