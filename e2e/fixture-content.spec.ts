// Runs against the site built from test/fixtures/content, where "beta" has no Chinese file.
import { expect, test } from './fixtures';

// The one address in this file that is meant to be missing. Chromium's console line for it names
// no URL; any other missing file still fails the test through its HTTP status.
const missingAddress = 'no/such/page/';
test.use({ allowedHttpErrors: [new RegExp(`/${missingAddress}$`)], allowedConsoleErrors: [/status of 404 \(Not Found\)$/] });

test('on the Chinese page a missing section falls back to English with a notice, and a translated one is not marked', async ({ page }) => {
  await page.goto('zh-cn/');

  await test.step('a section missing in Chinese falls back to English, marked and with a notice', async () => {
    const beta = page.locator('[data-section="beta"]');
    await expect(beta.locator('.article-section__body')).toHaveAttribute('lang', 'en');
    await expect(beta.locator('h2#beta')).toHaveText('Beta section');
    const notice = beta.locator('[data-fallback-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('还没有翻译');
    await expect(notice.getByRole('link')).toHaveAttribute('href', /CONTRIBUTING\.zh-cn\.md$/);
  });

  await test.step('a translated section is not marked as a fallback', async () => {
    const alpha = page.locator('[data-section="alpha"]');
    await expect(alpha.locator('h2#alpha')).toBeVisible();
    await expect(alpha.locator('[data-fallback-notice]')).toHaveCount(0);
    await expect(alpha.locator('.article-section__body')).not.toHaveAttribute('lang', /.+/);
  });
});

test('translated headings carry the English anchor ids', async ({ page }) => {
  await page.goto('zh-cn/#a-sub-heading-in-alpha');
  await expect(page.locator('#a-sub-heading-in-alpha')).toHaveText('第一节的小标题');
  await expect(page.locator('#a-sub-heading-in-alpha')).toBeInViewport();
});

test('the English page shows no fallback notice', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-section="beta"] h2#beta')).toBeVisible();
  await expect(page.locator('[data-fallback-notice]')).toHaveCount(0);

  await test.step('a missing address deep under the base gets the 404 page, styled, in both languages, in the chosen theme', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('[data-theme-toggle]').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const response = await page.goto(missingAddress);
    expect(response?.status()).toBe(404);
    await expect(page.locator('section[lang="en"] h1')).toHaveText('Page not found');
    await expect(page.locator('section[lang="zh-CN"] h1')).toHaveText('找不到页面');
    // Its stylesheet loaded from the base, not from the missing folder.
    await expect(page.locator('main.not-found')).toHaveCSS('display', 'grid');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});
