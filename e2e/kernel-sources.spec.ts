import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { bringIntoView } from './scroll';

// The kernel boxes: "kernels you just ran" after the matmul lab in the article, and the three
// kernel files on the lab page. Their highlighted sources are fetched only when a box is opened,
// so they cost neither page's first load anything. The opened boxes are scanned by
// accessibility.spec.ts.
const BOX = 'details[data-kernel-sources]';
// Names that each file is built around (the kernels' own names and the SIMD instruction the
// WebAssembly kernel exists for), so they survive edits to the code around them.
const identifiers = ['matmulTiled', 'f32x4.mul', 'matmulWebgl2', 'matmulWebgpu'];

// `fallback` is where the box's link goes, shown while loading fails and without JavaScript: from
// the article, the lab page's box; from the lab page, the fragment itself as a plain page.
const pages = [
  { path: '/', fragment: '/lab/kernel-sources/', fallback: '/lab/#kernel-sources', failed: /could not be loaded/ },
  { path: '/zh-cn/', fragment: '/zh-cn/lab/kernel-sources/', fallback: '/zh-cn/lab/#kernel-sources', failed: /加载失败/ },
  { path: '/lab/', fragment: '/lab/kernel-sources/', fallback: '/lab/kernel-sources/', failed: /could not be loaded/ },
];

/** Counts requests for a path from now on. */
function countRequests(page: Page, path: string): { count: () => number } {
  let count = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === path) count++;
  });
  return { count: () => count };
}

for (const { path, fragment, fallback, failed } of pages) {
  test.describe(() => {
    // The test makes the first load fail on purpose; the browser logs the error status.
    test.use({ allowedHttpErrors: [new RegExp(`${fragment}$`)], allowedConsoleErrors: [/status of 503/] });

    test(`${path}: the kernel sources load when the box is opened, not before, and a failed load says so and retries`, async ({ page }) => {
      const requests = countRequests(page, fragment);
      let fail = true;
      await page.route(`**${fragment}`, (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
      await page.goto(path);
      const box = page.locator(BOX);

      await test.step('nothing is fetched before the box is opened', async () => {
        // Scrolling to the box also brings the lab into view and hydrates it; still no request.
        await bringIntoView(box);
        await page.waitForLoadState('networkidle');
        expect(requests.count()).toBe(0);
      });

      await test.step('a failed load says so and keeps the link to the sources', async () => {
        await box.locator('summary').click();
        await expect(box.locator('[data-kernel-sources-status]')).toHaveText(failed);
        await expect(box.locator(`a[href="${fallback}"]`)).toBeVisible();
        expect(requests.count()).toBe(1);
      });

      await test.step('reopening retries and shows the highlighted sources', async () => {
        fail = false;
        await box.locator('summary').click();
        await box.locator('summary').click();
        await expect(box.locator('figure pre.astro-code')).toHaveCount(3);
        for (const name of identifiers) {
          const line = box.locator('pre.astro-code .line', { hasText: name }).first();
          await expect(line, name).toBeVisible();
          // Highlighted by shiki: the line is split into coloured tokens.
          await expect(line.locator('span[class*="sh-light-"]').first(), name).toBeAttached();
        }
        await expect(box.locator('[data-kernel-sources-status]')).toBeEmpty();
        expect(requests.count()).toBe(2);
      });

      await test.step('closing and reopening shows what is already there', async () => {
        await box.locator('summary').click();
        await box.locator('summary').click();
        await expect(box.locator('figure pre.astro-code')).toHaveCount(3);
        expect(requests.count()).toBe(2);
      });
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // The article's rows: their box leads to the lab page's, whose box leads to the fragment.
  for (const { path, fallback, fragment } of pages.filter((row) => row.fallback.endsWith('#kernel-sources'))) {
    test(`${path}: the box links to the lab page's box, which links to the sources as a plain page`, async ({ page }) => {
      await page.goto(path);
      for (const next of [fallback, fragment]) {
        const box = page.locator(BOX);
        await box.locator('summary').click();
        await box.locator('a').click();
        await expect(page).toHaveURL(next);
      }
      await expect(page.locator('figure pre')).toHaveCount(3);
      for (const name of identifiers) await expect(page.locator('pre .line', { hasText: name }).first(), name).toBeVisible();
    });
  }
});
