import { describe, expect, it } from 'vitest';
import { orderingLine, summaryLines } from '../../lib/search/summary-lines';
import { weighLines } from '../../lib/search/signals';
import { engineFor, makeEntry, unrelatedEntries } from './search-helpers';

/**
 * A line that a `See "…" for details.` line follows sums up an error whose details the tool printed elsewhere: a
 * confident match on it is ordered after confident matches on other lines (summary-lines.ts, query.ts `worse`).
 */
const JOB = 'Job for nginx.service failed because the control process exited with error code.';
const SEE = 'See "systemctl status nginx.service" and "journalctl -xeu nginx.service" for details.';
const EMERG =
  'Dec 03 10:02:11 web01 nginx[48211]: 2026/12/03 10:02:11 [emerg] 48211#48211: "server" directive is not allowed here in /etc/nginx/sites-enabled/shop.conf:41';

function summariesOf(query: string): number[] {
  return [...summaryLines(query, weighLines(query))].sort((a, b) => a - b);
}

describe('summaryLines', () => {
  it("marks the line that systemd's referral follows, whatever the line ends with", () => {
    expect(summariesOf(['$ sudo systemctl reload nginx', JOB, SEE].join('\n'))).toEqual([1]);
    expect(summariesOf(['$ sudo systemctl reload nginx', JOB, SEE].join('\r\n'))).toEqual([1]);
    // As certbot's deploy hook prints it, indented.
    expect(summariesOf([`Hook 'deploy-hook' ran with error output:`, ` ${JOB}`, ` ${SEE}`].join('\n'))).toEqual([1]);
    expect(
      summariesOf(
        [
          'Job for mariadb.service failed.',
          'See system logs and "systemctl status mariadb.service" for more details.',
        ].join('\n'),
      ),
    ).toEqual([0]);
  });

  it('marks none without a referral, for a pointer to documentation, or for a referral on the first line', () => {
    expect(summariesOf([JOB, EMERG].join('\n'))).toEqual([]);
    expect(
      summariesOf(
        [
          'error: externally-managed-environment',
          'See /usr/share/doc/python3.11/README.venv for more information.',
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(summariesOf(SEE)).toEqual([]);
    // `see` in the middle of a sentence is no referral.
    expect(summariesOf([JOB, 'Please see the logs of nginx for details.'].join('\n'))).toEqual([]);
  });

  it('marks every line of a message its tool wrapped, when its last line is followed by a referral', () => {
    const lines = weighLines('a\nb\nc');
    const wrapped = [{ ...lines[0], line: 0, through: 1 }];
    expect([...summaryLines(`${JOB.slice(0, 40)}\n${JOB.slice(40)}\n${SEE}`, wrapped)].sort()).toEqual([0, 1]);
  });

  it('reads no referral in a line longer than one sentence', () => {
    expect(summariesOf([JOB, `See ${'x'.repeat(400)} for details.`].join('\n'))).toEqual([]);
  });
});

describe('orderingLine', () => {
  it('is the first confident line, or after every line when that one is a summary', () => {
    expect(orderingLine([], new Set([1]))).toBe(-1);
    expect(orderingLine([3, 5], new Set())).toBe(3);
    expect(orderingLine([3, 5], new Set([5]))).toBe(3);
    expect(orderingLine([3, 5], new Set([3]))).toBeGreaterThan(1_000_000);
    expect(orderingLine([2], new Set([2]))).toBeLessThan(orderingLine([3], new Set([3])));
  });
});

describe('a summary and its details in one paste', () => {
  const engine = engineFor([
    makeEntry({
      id: 'SYSTEMD_UNIT_FAILED_001',
      title: 'systemd unit fails to start',
      symptoms: ['systemctl prints `Job for ....service failed because the control process exited with error code.`'],
    }),
    makeEntry({
      id: 'NGINX_DIRECTIVE_NOT_ALLOWED_001',
      title: 'nginx: directive is not allowed here',
      symptoms: ['nginx -t prints `[emerg] "..." directive is not allowed here in ...`'],
    }),
    ...unrelatedEntries(),
  ]);

  it('shows the entry for the details first, and the summary entry as a confident match after it', async () => {
    const paste = ['$ sudo systemctl reload nginx', JOB, SEE, '$ sudo journalctl -u nginx -n 2 --no-pager', EMERG].join(
      '\n',
    );
    const found = await engine.search(paste, 5);
    expect(found.confident).toBe(true);
    expect(found.results.slice(0, 2).map((r) => [r.id, r.confident])).toEqual([
      ['NGINX_DIRECTIVE_NOT_ALLOWED_001', true],
      ['SYSTEMD_UNIT_FAILED_001', true],
    ]);
  });

  it('keeps the earliest line first where no referral sends the reader on', async () => {
    const found = await engine.search([JOB, EMERG].join('\n'), 5);
    expect(found.results.slice(0, 2).map((r) => r.id)).toEqual([
      'SYSTEMD_UNIT_FAILED_001',
      'NGINX_DIRECTIVE_NOT_ALLOWED_001',
    ]);
  });

  it('answers with the summary entry when nothing else in the paste matches', async () => {
    const found = await engine.search(['$ sudo systemctl reload nginx', JOB, SEE].join('\n'), 5);
    expect([found.confident, found.results[0]?.id]).toEqual([true, 'SYSTEMD_UNIT_FAILED_001']);
  });
});
