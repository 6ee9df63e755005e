import { expect, test } from './fixtures';
import { sectionSlugs } from './article-content';

test.use({ javaScriptEnabled: false });

test('without JavaScript the article is readable and navigable', async ({ page }) => {
  await page.goto('/');
  for (const slug of sectionSlugs()) {
    await expect(page.locator(`h2#${slug}`)).toBeVisible();
    await expect(page.locator(`[data-section="${slug}"] p`).first()).toBeVisible();
  }
  await page.locator('.toc summary').click();
  const last = sectionSlugs().at(-1) ?? '';
  await page.locator(`[data-toc-link="${last}"]`).click();
  await expect(page).toHaveURL(`/#${last}`);
  await expect(page.locator('[data-theme-toggle]')).toBeHidden();
});

test('without JavaScript the language links work', async ({ page }) => {
  await page.goto('/');
  await page.locator('.lang-switch a[data-lang-switch="zh-cn"]').click();
  await expect(page).toHaveURL('/zh-cn/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.locator('.lang-switch a[data-lang-switch="en"]').click();
  await expect(page).toHaveURL('/');
});
