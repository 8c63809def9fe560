import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/helpers/chromium';

/**
 * Two static sites are built and served for the suite:
 * - `*.fixture.spec.ts` run against the fixture KB in e2e/fixtures/kb (template variations, hostile input);
 * - `*.content.spec.ts` run against the starter KB in content/.
 * Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser.
 */
// E2E_PORT moves the servers (CONTENT at E2E_PORT, FIXTURE at +1, DEV at +2), so two checkouts can test side by side.
const CONTENT_PORT = Number(process.env.E2E_PORT) || 3100;
const FIXTURE_PORT = CONTENT_PORT + 1;
const DEV_PORT = CONTENT_PORT + 2;
/** The dev-loop test (e2e/dev-loop.dev.spec.ts) edits entries in this copy of the fixture KB, never the fixtures. */
const DEV_CONTENT = '.e2e-out/dev-content';

/** `env`: extra settings for the build, e.g. `KB_REPO_URL=…` (values without spaces). */
function site(contentDir: string, outDir: string, port: number, env = '') {
  return {
    command: `${env} KB_CONTENT_DIR=${contentDir} KB_OUT_DIR=${outDir} npm run build && npx serve ${outDir} -c ../../serve.json --no-clipboard -l ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: chromiumPath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'fixture-kb', testMatch: /.*\.fixture\.spec\.ts/, use: { baseURL: `http://localhost:${FIXTURE_PORT}` } },
    { name: 'starter-kb', testMatch: /.*\.content\.spec\.ts/, use: { baseURL: `http://localhost:${CONTENT_PORT}` } },
    { name: 'dev-server', testMatch: /.*\.dev\.spec\.ts/, use: { baseURL: `http://localhost:${DEV_PORT}` } },
  ],
  webServer: [
    site('e2e/fixtures/kb', '.e2e-out/fixtures', FIXTURE_PORT),
    // The starter site has the repository setting (feedback and edit links, e2e/feedback.content.spec.ts); the fixture site has none.
    site('content', '.e2e-out/content', CONTENT_PORT, 'KB_REPO_URL=https://github.com/acme/kb'),
    {
      // `npm run dev` on a fresh copy of the fixture KB, with its own .next folder.
      command: `rm -rf ${DEV_CONTENT} && mkdir -p .e2e-out && cp -r e2e/fixtures/kb ${DEV_CONTENT} && KB_CONTENT_DIR=${DEV_CONTENT} KB_DIST_DIR=.next-e2e-dev npx next dev -p ${DEV_PORT}`,
      url: `http://localhost:${DEV_PORT}/`,
      reuseExistingServer: false,
      timeout: 300_000,
      // next dev runs its server as a child process: SIGTERM lets it stop that child too (SIGKILL left it running).
      gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
    },
  ],
});
