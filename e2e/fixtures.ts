import { test as base, expect } from '@playwright/test';

export interface PageHealthOptions {
  /** Console errors matching one of these are expected by the test (e.g. a deliberately lost context). */
  allowedConsoleErrors: RegExp[];
  /** Responses with an error status from URLs matching one of these are expected (e.g. a failure the test injects). */
  allowedHttpErrors: RegExp[];
}

/**
 * Every test gets a page that fails the test afterwards if the page logged a console error,
 * threw, had a request fail, or asked anything of a host other than localhost.
 */
export const test = base.extend<PageHealthOptions & { pageHealth: void }>({
  allowedConsoleErrors: [[], { option: true }],
  allowedHttpErrors: [[], { option: true }],
  pageHealth: [
    async ({ page, allowedConsoleErrors, allowedHttpErrors }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (allowedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
        problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('request', (request) => {
        const { protocol, hostname } = new URL(request.url());
        if (protocol === 'data:' || protocol === 'blob:') return;
        if (hostname !== 'localhost' && hostname !== '127.0.0.1') problems.push(`request left localhost: ${request.url()}`);
      });
      page.on('requestfailed', (request) => {
        // Navigations the test itself interrupts are not failures of the site.
        if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
        problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && !allowedHttpErrors.some((pattern) => pattern.test(response.url()))) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await use();
      expect(problems, 'the page stayed healthy').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
