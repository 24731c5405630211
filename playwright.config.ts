import { defineConfig } from '@playwright/test';

const port = Number(process.env.PORT ?? 4399);

// Browser tests run against the built site (`astro build` first) in Debian's Chromium,
// because Playwright cannot download its own browser here.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  // Conditions are waited for, never slept on; these limits only bound how long a busy 2-core machine may
  // take to load a page or answer a search before a wait counts as a failure.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'da-DK',
    // A test's page comes from one context per worker, reset between tests (cookies, cache, storage, extra
    // pages, viewport and emulation), instead of a new context for each: on two cores a new context and
    // its first page cost about a second each. Measured on three specs of 56 tests: 175–180 s → 131–141 s.
    // Blocks that need a context of their own (other options, a page shared by a block) still make one.
    reuseContext: true,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
