import { defineConfig } from '@playwright/test';

/** Browser tests run the system Chromium (never a downloaded one) against the built site on 127.0.0.1. */
const executablePath = process.env['CHROME_PATH'] || '/usr/bin/chromium';
export const SITE = 'http://127.0.0.1:4322';
export const BASE_SITE = 'http://127.0.0.1:4323/prep/';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : 2,
  reporter: [['list']],
  use: {
    baseURL: SITE,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    {
      command: 'node scripts/serve-static.mjs dist 4322',
      url: `${SITE}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: 'node scripts/serve-static.mjs dist-base 4323 /prep/',
      url: BASE_SITE,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
