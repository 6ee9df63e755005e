// Runs against the site built from test/fixtures/content, where "beta" has no Chinese file.
import { expect, test } from './fixtures';

test('a section missing in Chinese falls back to English, marked and with a notice', async ({ page }) => {
  await page.goto('/zh-cn/');
  const beta = page.locator('[data-section="beta"]');
  await expect(beta.locator('.article-section__body')).toHaveAttribute('lang', 'en');
  await expect(beta.locator('h2#beta')).toHaveText('Beta section');
  const notice = beta.locator('[data-fallback-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('还没有翻译');
  await expect(notice.getByRole('link')).toHaveAttribute('href', /CONTRIBUTING\.zh-cn\.md$/);
});

test('a translated section is not marked as a fallback', async ({ page }) => {
  await page.goto('/zh-cn/');
  const alpha = page.locator('[data-section="alpha"]');
  await expect(alpha.locator('[data-fallback-notice]')).toHaveCount(0);
  await expect(alpha.locator('.article-section__body')).not.toHaveAttribute('lang', /.+/);
});

test('translated headings carry the English anchor ids', async ({ page }) => {
  await page.goto('/zh-cn/#a-sub-heading-in-alpha');
  await expect(page.locator('#a-sub-heading-in-alpha')).toHaveText('第一节的小标题');
  await expect(page.locator('#a-sub-heading-in-alpha')).toBeInViewport();
});

test('the English page shows no fallback notice', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-fallback-notice]')).toHaveCount(0);
});
