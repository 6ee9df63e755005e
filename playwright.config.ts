import { defineConfig } from '@playwright/test';
import { fixtureBase } from './e2e/fixture-build.ts';
import { chromiumArgs, findBrowser } from './scripts/find-browser.ts';

// The site is tested as readers get it, on scripts/serve.ts: the built folder with its _headers
// applied, as Netlify or Cloudflare Pages serve it. A second build from test/fixtures/content
// (CONTENT_DIR) covers states the real article never has, such as a section missing in Chinese;
// it is built and served as GitHub Pages serves a project site: under a base path, with no extra
// headers. Its specs navigate with relative URLs (`zh-cn/`), which resolve under that base.
// E2E_OUT_DIR / E2E_PORT (and the E2E_FIXTURE_* pair) let a developer test another build on
// other ports. Every run starts its own servers and fails if a port is taken, so a test can never
// pass against some other process's server.
const port = Number(process.env.E2E_PORT ?? 4331);
const fixturePort = Number(process.env.E2E_FIXTURE_PORT ?? 4332);
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
const fixtureOutDir = process.env.E2E_FIXTURE_OUT_DIR ?? 'dist-fixture';
const browser = findBrowser();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  // One more worker than this machine's two cores: much of a test is waiting for frames, timers
  // and the server, time a third worker fills.
  workers: 3,
  retries: 0,
  // Two cores run the server, the browser and the tests: give slow machines room, not retries.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: browser?.executablePath, args: chromiumArgs },
    // A failed test keeps its actions, console and network; DOM snapshots of the long article on
    // every action nearly doubled the suite's time. Rerun a failure with `--trace on` to get them.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
  },
  projects: [
    { name: 'site', testIgnore: /fixture-.*\.spec\.ts/, use: { baseURL: `http://localhost:${port}/` } },
    { name: 'fixture-content', testMatch: /fixture-.*\.spec\.ts/, use: { baseURL: `http://localhost:${fixturePort}${fixtureBase}` } },
  ],
  webServer: [
    {
      command: `node scripts/serve.ts ${outDir} --port ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.ts ${fixtureOutDir} --port ${fixturePort} --base ${fixtureBase} --no-headers`,
      url: `http://localhost:${fixturePort}${fixtureBase}`,
      reuseExistingServer: false,
    },
  ],
});
