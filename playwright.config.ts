import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Two static sites are built and served for the suite:
 * - `*.fixture.spec.ts` run against the fixture KB in e2e/fixtures/kb (template variations, hostile input);
 * - `*.content.spec.ts` run against the starter KB in content/.
 * Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser.
 */
// E2E_PORT moves both servers (CONTENT at E2E_PORT, FIXTURE at E2E_PORT + 1), so two checkouts can test side by side.
const CONTENT_PORT = Number(process.env.E2E_PORT) || 3100;
const FIXTURE_PORT = CONTENT_PORT + 1;
const chromium = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

function site(contentDir: string, outDir: string, port: number) {
  return {
    command: `KB_CONTENT_DIR=${contentDir} KB_OUT_DIR=${outDir} npm run build && npx serve ${outDir} -c ../../serve.json --no-clipboard -l ${port}`,
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
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'fixture-kb', testMatch: /.*\.fixture\.spec\.ts/, use: { baseURL: `http://localhost:${FIXTURE_PORT}` } },
    { name: 'starter-kb', testMatch: /.*\.content\.spec\.ts/, use: { baseURL: `http://localhost:${CONTENT_PORT}` } },
  ],
  webServer: [
    site('e2e/fixtures/kb', '.e2e-out/fixtures', FIXTURE_PORT),
    site('content', '.e2e-out/content', CONTENT_PORT),
  ],
});
