import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The "kernels you just ran" box after the matmul lab in the article: its highlighted sources are
// fetched only when it is opened, so they cost the article's first load nothing.
const BOX = '[data-demo="kernel-sources"] details';
// Names that each file is built around (the kernels' own names and the SIMD instruction the
// WebAssembly kernel exists for), so they survive edits to the code around them.
const identifiers = ['matmulTiled', 'f32x4.mul', 'matmulWebgl2', 'matmulWebgpu'];

const pages = [
  { path: '/', fragment: '/lab/kernel-sources/', lab: '/lab/', failed: /could not be loaded/ },
  { path: '/zh-cn/', fragment: '/zh-cn/lab/kernel-sources/', lab: '/zh-cn/lab/', failed: /加载失败/ },
];

/** Counts requests for a path from now on. */
function countRequests(page: Page, path: string): { count: () => number } {
  let count = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === path) count++;
  });
  return { count: () => count };
}

for (const { path, fragment, lab, failed } of pages) {
  test(`${path}: the kernel sources load when the box is first opened, not before`, async ({ page }) => {
    const requests = countRequests(page, fragment);
    await page.goto(path);
    const box = page.locator(BOX);
    // Scrolling to the box also brings the lab into view and hydrates it; still no request.
    await box.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    expect(requests.count()).toBe(0);

    await box.locator('summary').click();
    await expect(box.locator('figure pre.astro-code')).toHaveCount(3);
    for (const name of identifiers) {
      const line = box.locator('pre.astro-code .line', { hasText: name }).first();
      await expect(line, name).toBeVisible();
      // Highlighted by shiki: the line is split into coloured tokens.
      await expect(line.locator('span[style*="--shiki-light"]').first(), name).toBeAttached();
    }
    await expect(box.locator('[data-kernel-sources-status]')).toBeEmpty();

    // Closing and reopening shows what is already there.
    await box.locator('summary').click();
    await box.locator('summary').click();
    await expect(box.locator('figure pre.astro-code')).toHaveCount(3);
    expect(requests.count()).toBe(1);
  });

  test(`${path}: a failed load says so, keeps the link to the lab and retries on reopening`, async ({ context }) => {
    // A page of its own: the health check on the `page` fixture would rightly count the deliberate failure.
    const page = await context.newPage();
    let fail = true;
    await page.route(`**${fragment}`, (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    await page.goto(path);
    const box = page.locator(BOX);
    await box.locator('summary').click();
    await expect(box.locator('[data-kernel-sources-status]')).toHaveText(failed);
    await expect(box.locator(`a[href="${lab}#kernel-sources"]`)).toBeVisible();

    fail = false;
    await box.locator('summary').click();
    await box.locator('summary').click();
    await expect(box.locator('figure pre.astro-code')).toHaveCount(3);
    await expect(box.locator('[data-kernel-sources-status]')).toBeEmpty();
  });
}

// One language is enough: both show the same code.
test('the opened box has no axe violations in either theme', async ({ page }) => {
  await page.goto('/');
  const box = page.locator(BOX);
  await box.locator('summary').click();
  await expect(box.locator('figure pre.astro-code')).toHaveCount(3);
  // Axe checks the contrast of every node, and the box holds thousands of tokens sharing a few
  // dozen styles: keeping one token per style still checks every colour in both themes.
  const styles = await box.evaluate((element) => {
    const seen = new Set<string>();
    for (const token of element.querySelectorAll('pre.astro-code .line span[style]')) {
      const style = token.getAttribute('style') ?? '';
      if (seen.has(style)) token.remove();
      else seen.add(style);
    }
    return seen.size;
  });
  expect(styles, 'distinct token styles').toBeGreaterThan(1);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).include(BOX).analyze();
    expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const contrast = results.passes.find((rule) => rule.id === 'color-contrast');
    expect(contrast?.nodes.length ?? 0, `${colorScheme}: tokens whose contrast axe checked`).toBeGreaterThanOrEqual(styles);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, fragment, lab } of pages) {
    test(`${path}: the box links to the sources on the lab page`, async ({ page }) => {
      const requests = countRequests(page, fragment);
      await page.goto(path);
      const box = page.locator(BOX);
      await box.locator('summary').click();
      const link = box.locator('a');
      await expect(link).toHaveAttribute('href', `${lab}#kernel-sources`);
      await link.click();
      await expect(page).toHaveURL(`${lab}#kernel-sources`);
      await expect(page.locator('h2#kernel-sources')).toBeVisible();
      expect(requests.count()).toBe(0);
    });
  }
});
