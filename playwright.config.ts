import { defineConfig } from '@playwright/test';

const frontendUrl = process.env.PLAYWRIGHT_URL ?? 'http://localhost:3000';
const backendUrl =
  process.env.PLAYWRIGHT_BACKEND_URL ?? 'http://localhost:7007';

/**
 * Browser tests against the portal started as the README does (frontend :3000, backend
 * :7007), each run on a fresh SQLite directory, in Debian's Chromium.
 */
export default defineConfig({
  testDir: '.',
  testMatch: ['{packages,plugins}/*/e2e-tests/**/*.test.ts'],
  timeout: 240_000,
  expect: { timeout: 30_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],
  outputDir: 'node_modules/.cache/e2e-test-results',
  webServer: {
    command: 'OQULLUS_DATA_DIR="$(mktemp -d)" bash scripts/start.sh',
    // The backend answers readiness once every plugin has started; the frontend dev
    // server holds requests until its first build is done.
    url: `${backendUrl}/.backstage/health/v1/readiness`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  use: {
    baseURL: frontendUrl,
    navigationTimeout: 180_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.OQ_CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
