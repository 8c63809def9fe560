import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers/page-checks';
import { searchField as field, searchResults as results } from './helpers/search-page';

/**
 * The search page when the KB has no entry for the error, when the error names values the fix
 * needs, when a log holds several problems, and when the paste is huge (issue 8 items 2–4, issue 10).
 */
const status = (page: Page) => page.getByRole('status').first();

test('an error no entry covers: says so plainly, lists the closest entries as such, offers a draft entry', async ({
  page,
}) => {
  await page.goto('/search');
  await field(page).fill(
    'psql: error: connection to server at "db.internal" (10.0.0.12), port 5432 failed: Connection refused',
  );
  await expect(status(page)).toContainText('No confident match');
  await expect(page.getByRole('heading', { name: 'Closest entries' })).toBeVisible();
  await expect(results(page).first()).toContainText('closest entry, not a confident match');
  await page.getByText('Add the missing entry').click();
  const draft = page.getByLabel('Draft entry');
  await expect(draft).toContainText('kb_id: "NEW_ENTRY_001"');
  await expect(draft).toContainText('- [ ] The output contains `psql: error: connection to server at "db.internal"');
  await expectNoSeriousA11yViolations(page);
});

test('a closest entry shows a variable the paste gave no value for by its name, as the entry page does', async ({
  page,
}) => {
  await page.goto('/search');
  await field(page).fill('git@bitbucket.org: Permission denied, please try again');
  const first = results(page).first();
  await expect(first).toContainText('GIT_PUBLICKEY_DENIED_001');
  await expect(first).toContainText('closest entry, not a confident match');
  await expect(first.getByTitle('GIT_HOST: a value your paste did not give')).toHaveText('GIT_HOST');
  await expect(first).not.toContainText('__GIT_HOST__');
  await expectNoSeriousA11yViolations(page);
});

/**
 * Pastes `paste`, expects `id` first with a link carrying `name=value` (and src=log), follows it, and finds the value
 * in the entry page's commands.
 */
async function expectCaptured(page: Page, paste: string, id: string, values: Record<string, string>): Promise<void> {
  await page.goto('/search');
  await field(page).fill(paste);
  const first = results(page).first();
  await expect(first).toContainText(id);
  const href = `/kb/${id}?${new URLSearchParams({ ...values, src: 'log' })}`;
  await expect(first.getByRole('link')).toHaveAttribute('href', href);
  await first.getByRole('link').click();
  await expect(page).toHaveURL((url) => url.pathname + url.search === href);
  for (const value of Object.values(values))
    await expect(page.locator('main pre code').filter({ hasText: value }).first()).toBeVisible();
}

test('a value named in the error is captured, carried in the link, and shows up in the entry page code', async ({
  page,
}) => {
  await expectCaptured(
    page,
    "docker: Error response from daemon: pull access denied for acme/billing, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    'DOCKER_PULL_ACCESS_DENIED_001',
    { IMAGE_REPO: 'acme/billing' },
  );
});

test("a private registry's image fills REGISTRY and IMAGE_REPO; a coloured paste's value comes without its colours", async ({
  page,
}) => {
  await expectCaptured(
    page,
    "docker: Error response from daemon: pull access denied for registry.example.com:5000/team/api, repository does not exist or may require 'docker login'.",
    'DOCKER_PULL_ACCESS_DENIED_001',
    { IMAGE_REPO: 'team/api', REGISTRY: 'registry.example.com:5000' },
  );
  const pull = page.locator('main pre code').filter({ hasText: 'docker pull' }).first();
  await expect(pull).toContainText('registry.example.com:5000');
  await expect(pull).toContainText('team/api');
  await expectCaptured(
    page,
    "\u001b[31mModuleNotFoundError\u001b[0m: No module named '\u001b[1mboto3\u001b[22m'",
    'PY_MODULE_NOT_FOUND_001',
    { MODULE: 'boto3' },
  );
});

test('a `match:` pattern of the entry captures a value no error string can: the port behind any listen address', async ({
  page,
}) => {
  await expectCaptured(
    page,
    'Error: listen EADDRINUSE: address already in use 0.0.0.0:5173\n    at Server.setupListenHandle [as _listen2] (node:net:1817:16)',
    'NODE_EADDRINUSE_001',
    { PORT: '5173' },
  );
});

test('a branch named in a rejected push is captured from the paste and fills the entry page commands', async ({
  page,
}) => {
  await expectCaptured(
    page,
    "To github.com:acme/web.git\n ! [rejected]        feature/payments-v2 -> feature/payments-v2 (non-fast-forward)\nerror: failed to push some refs to 'github.com:acme/web.git'",
    'GIT_NON_FAST_FORWARD_001',
    { BRANCH: 'feature/payments-v2' },
  );
});

test("a package named in the path npm was denied is captured by the entry's match: pattern", async ({ page }) => {
  await expectCaptured(
    page,
    [
      'npm ERR! code EACCES',
      'npm ERR! syscall symlink',
      'npm ERR! path ../lib/node_modules/@nestjs/cli/bin/nest.js',
      "npm ERR! Error: EACCES: permission denied, symlink '../lib/node_modules/@nestjs/cli/bin/nest.js' -> '/usr/local/bin/nest'",
    ].join('\n'),
    'NPM_EACCES_GLOBAL_001',
    { PACKAGE: '@nestjs/cli' },
  );
});

test("Node's denied open of an app's own file is no global npm install: no confident match", async ({ page }) => {
  await page.goto('/search');
  await field(page).fill("Error: EACCES: permission denied, open '/var/log/checkout/app.log'");
  await expect(status(page)).toContainText('No confident match');
  await expect(results(page).first()).toContainText('closest entry, not a confident match');
});

test("newer sudo prints only the head of the entry's string: still the answer, and the host name is captured", async ({
  page,
}) => {
  await expectCaptured(page, 'sudo: unable to resolve host garage-cam', 'LINUX_SUDO_RESOLVE_HOST_001', {
    HOSTNAME: 'garage-cam',
  });
  await expect(page.getByRole('heading', { name: 'Values taken from the log you pasted' })).toBeVisible();
});

test("a translated sudo's line is the answer; the result shows the wording it matched, not every language", async ({
  page,
}) => {
  await page.goto('/search');
  await field(page).fill("sudo: impossible de résoudre l'hôte srv-compta: Nom ou service inconnu");
  const first = results(page).first();
  await expect(first).toContainText('LINUX_SUDO_RESOLVE_HOST_001');
  await expect(status(page)).not.toContainText('No confident match');
  await expect(first.locator('mark').filter({ hasText: 'inconnu' })).toBeVisible();
  // The symptom lists the message in seven languages; the excerpt keeps the French one and cuts the rest with an ellipsis.
  await expect(first).toContainText('…');
  await expect(first).not.toContainText('Japanese');
  await expect(first.getByRole('link')).toHaveAttribute(
    'href',
    `/kb/LINUX_SUDO_RESOLVE_HOST_001?${new URLSearchParams({ HOSTNAME: 'srv-compta', src: 'log' })}`,
  );
});

test("a message its tool wrapped over lines is read whole: nltk's SSL failure is Python's, not curl's", async ({
  page,
}) => {
  const log = [
    ">>> nltk.download('punkt')",
    '[nltk_data] Error loading punkt: <urlopen error [SSL:',
    '[nltk_data]     CERTIFICATE_VERIFY_FAILED] certificate verify failed:',
    '[nltk_data]     unable to get local issuer certificate',
    '[nltk_data]     (_ssl.c:1006)>',
  ];
  await page.goto('/search');
  await field(page).fill(log.join('\n'));
  const first = results(page).first();
  await expect(first).toContainText('PY_SSL_CERT_VERIFY_001');
  await expect(status(page)).not.toContainText('No confident match');
  await expect(first.getByRole('link')).toHaveAttribute('href', '/kb/PY_SSL_CERT_VERIFY_001');
  // Every line the message was wrapped over is shown as matched, not only the first.
  const matched = page.getByRole('region', { name: 'Matched lines of the paste' });
  await expect(matched.locator('mark').filter({ hasText: 'unable to get local issuer certificate' })).toBeVisible();
  await expect(matched.locator('mark').filter({ hasText: 'Error loading punkt' })).toBeVisible();
});

test('an Ansible result and a JSON log are read inside their message fields: matched, line shown, value captured', async ({
  page,
}) => {
  await page.goto('/search');
  const ansible = [
    'TASK [Gathering Facts] *********************************************************',
    String.raw`fatal: [db-replica-3]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: @@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\nIT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\r\nHost key for 10.20.0.13 has changed and you have requested strict checking.\r\nHost key verification failed.", "unreachable": true}`,
  ];
  await field(page).fill(ansible.join('\n'));
  await expect(status(page)).not.toContainText('No confident match');
  await expect(results(page).first()).toContainText('SSH_HOST_KEY_CHANGED_001');
  await expect(results(page).first()).toContainText('line 2');
  // The matched line as pasted (the region shortens a long line).
  await expect(page.getByRole('region', { name: 'Matched lines of the paste' }).locator('mark').first()).toHaveText(
    /^fatal: \[db-replica-3\]: UNREACHABLE! => \{"changed": false, "msg": "Failed to connect/,
  );
  await expectCaptured(
    page,
    String.raw`{"level":50,"time":1733306400123,"pid":1,"err":{"type":"Error","message":"listen EADDRINUSE: address already in use :::3000","code":"EADDRINUSE"},"msg":"server failed to start"}`,
    'NODE_EADDRINUSE_001',
    { PORT: '3000' },
  );
});

test('a log with two problems gives both, earliest first, with their lines highlighted', async ({ page }) => {
  await page.goto('/search');
  const log = [
    'Cloning into infra...',
    'Load key "/root/.ssh/id_ed25519": bad permissions',
    'git@github.com: Permission denied (publickey).',
    'fatal: Could not read from remote repository.',
  ];
  await field(page).fill(log.join('\n'));
  await expect(results(page).nth(0)).toContainText('SSH_KEY_PERMISSIONS_001');
  await expect(results(page).nth(0)).toContainText('line 2');
  await expect(results(page).nth(1)).toContainText('GIT_PUBLICKEY_DENIED_001');
  const matched = page.getByRole('region', { name: 'Matched lines of the paste' });
  await expect(matched.locator('mark').first()).toHaveText(log[1]);
  await expect(matched).toContainText('line 3:');
  await expectNoSeriousA11yViolations(page);
});

test('a 1 MB paste is searched up to the cap, says so, and never blocks the page for more than 200 ms', async ({
  page,
}) => {
  await page.goto('/search');
  await page.evaluate(() => {
    (window as unknown as { longest: number }).longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const w = window as unknown as { longest: number };
        w.longest = Math.max(w.longest, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: false });
  });
  const line = (i: number) => `2026-12-03T06:00:00Z INFO request ${i.toString(16)} ok ${'x'.repeat(60)}`;
  const lines = Array.from({ length: 12_000 }, (_, i) =>
    i === 10 ? 'Error: listen EADDRINUSE: address already in use :::8080' : line(i),
  );
  const paste = lines.join('\n');
  expect(paste.length).toBeGreaterThan(1_000_000);
  const started = Date.now();
  await field(page).focus();
  await field(page).evaluate((textarea, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, paste);
  await expect(status(page)).toContainText(/Only the first 256 KB of this paste \(\d+ KB\) were searched\./);
  await expect(results(page).first()).toContainText('NODE_EADDRINUSE_001');
  // The target (results < 2 s, no task > 200 ms) is measured on a quiet machine (docs/benchmarks/search-limits.md);
  // these bounds have 2.5x slack so a loaded CI machine does not fail them, and still catch the old multi-second freeze.
  expect(Date.now() - started).toBeLessThan(5000);
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  console.log(`longest task during a 1 MB paste: ${longest.toFixed(0)} ms`);
  expect(longest).toBeLessThan(500);
});
