import { defineConfig } from '@playwright/test';

/** Browser tests run the system Chromium (never a downloaded one) against the built site on 127.0.0.1. */
const executablePath = process.env['CHROME_PATH'] || '/usr/bin/chromium';
/** Ports can be moved (E2E_PORT) so two checkouts can run their browser tests side by side. */
const port = Number(process.env['E2E_PORT'] || 4322);
export const SITE = `http://127.0.0.1:${port}`;
export const BASE_SITE = `http://127.0.0.1:${port + 1}/prep/`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : 2,
  reporter: [['list']],
  use: {
    baseURL: SITE,
    browserName: 'chromium',
    // The offline worker would precache the whole site in every test's fresh browser; offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    {
      command: `node scripts/serve-static.mjs dist ${port}`,
      url: `${SITE}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-static.mjs dist-base ${port + 1} /prep/`,
      url: BASE_SITE,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
