import { test as base, expect, type CDPSession, type Page } from '@playwright/test';

export interface PageHealthOptions {
  /** Console errors matching one of these are expected by the test (e.g. a deliberately lost context). */
  allowedConsoleErrors: RegExp[];
  /** Responses with an error status from URLs matching one of these are expected (e.g. a failure the test injects). */
  allowedHttpErrors: RegExp[];
}

/** Prefix of the console error that reports a Content-Security-Policy violation. */
const CSP_VIOLATION = 'Content-Security-Policy violation';

/** Reports each violation in the realm it runs in (page or worker) as one console error. */
const reportViolations = `addEventListener('securitypolicyviolation', (event) => {
  console.error(\`${CSP_VIOLATION}: \${event.effectiveDirective} blocked \${event.blockedURI || 'inline'} (\${event.sourceFile || location.href}:\${event.lineNumber})\`);
});`;

/**
 * Runs `reportViolations` in every web worker of the page before the worker's own script; the
 * page's console events carry what workers log. Workers get their policy from their script's
 * response, not from the page, and Playwright's worker event comes too late for a worker's first
 * statements, so this holds each new worker at its start through the Chrome DevTools Protocol.
 */
async function watchWorkers(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  let nextId = 1;
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    const send = (method: string, params: object = {}) =>
      // A worker may end before it hears from us; then there is nothing left to watch.
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method, params }) }).catch(() => undefined);
    if (targetInfo.type.includes('worker')) void send('Runtime.evaluate', { expression: reportViolations });
    void send('Runtime.runIfWaitingForDebugger');
  });
  // flatten: false routes messages to a worker through this session, which Playwright's CDPSession can send on.
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  return cdp;
}

/**
 * Every test gets a page that fails the test afterwards if the page logged a console error,
 * threw, had a request fail, asked anything of a host other than localhost, or broke the
 * Content-Security-Policy in the page or in any of its web workers.
 */
export const test = base.extend<PageHealthOptions & { pageHealth: void }>({
  allowedConsoleErrors: [[], { option: true }],
  allowedHttpErrors: [[], { option: true }],
  pageHealth: [
    async ({ page, allowedConsoleErrors, allowedHttpErrors }, use) => {
      const problems: string[] = [];
      await page.addInitScript(reportViolations);
      const workers = await watchWorkers(page);
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        // No test may allow a policy violation (in the page or a worker), whatever errors it expects.
        if (message.text().startsWith(CSP_VIOLATION)) return void problems.push(message.text());
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
      await workers.detach().catch(() => undefined);
      expect(problems, 'the page stayed healthy').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
