import { expect, test } from './fixtures';
import { sectionSlugs } from './article-content';

test.use({ javaScriptEnabled: false });

test('without JavaScript the article is readable and navigable, and the language links work', async ({ page }) => {
  await page.goto('/');
  for (const slug of sectionSlugs()) {
    await expect(page.locator(`h2#${slug}`)).toBeVisible();
    await expect(page.locator(`[data-section="${slug}"] p`).first()).toBeVisible();
  }
  await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  // Search needs JavaScript: without it there is no search button that does nothing.
  await expect(page.locator('[data-search-open]')).toBeHidden();
  // On a wide screen the contents list is open; narrow screens fold it into a <details>.
  const last = sectionSlugs().at(-1) ?? '';
  await page.locator(`[data-toc-link="${last}"]`).click();
  await expect(page).toHaveURL(`/#${last}`);
  await expect(page.locator(`h2#${last}`)).toBeInViewport();

  await page.locator('.lang-switch a[data-lang-switch="zh-cn"]').click();
  await expect(page).toHaveURL('/zh-cn/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.locator('.lang-switch a[data-lang-switch="en"]').click();
  await expect(page).toHaveURL('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('without JavaScript, on a narrow screen, the folded contents open and a citation links to its reference', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto('/zh-cn/');
  const first = sectionSlugs()[0] ?? '';
  const link = page.locator(`[data-toc-link="${first}"]`);
  await expect(link).toBeHidden();
  await page.locator('.toc summary').click();
  await link.click();
  await expect(page).toHaveURL(`/zh-cn/#${first}`);
  await expect(page.locator(`h2#${first}`)).toBeInViewport();
  // Without JavaScript the list stays open until the reader folds it again.
  await page.locator('.toc summary').click();

  const marker = page.locator('a[data-cite]').first();
  const href = (await marker.getAttribute('href')) ?? '';
  expect(href).toMatch(/^#ref-/);
  await expect(page.locator(href)).not.toBeInViewport();
  await marker.click();
  await expect(page).toHaveURL(`/zh-cn/${href}`);
  await expect(page.locator(href)).toBeInViewport();

  await test.step('far down the page the contents are still at hand', async () => {
    const contents = page.locator('.toc summary');
    await expect(contents).toBeInViewport();
    await expect(contents).toHaveText('目录');
    await contents.click();
    await expect(link).toBeInViewport();
  });
});
