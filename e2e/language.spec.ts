import { expect, test } from './fixtures';
import { scrollToHeading } from './scroll';
import { sectionSlugs } from './article-content';

const slug = sectionSlugs()[Math.min(2, sectionSlugs().length - 1)] ?? '';

test('the language switch from a deep link lands on the same section, and back', async ({ page }) => {
  await page.goto(`/#${slug}`);
  await page.locator('.lang-switch a[data-lang-switch="zh-cn"]').click();
  await expect(page).toHaveURL(`/zh-cn/#${slug}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator(`h2#${slug}`)).toBeInViewport();
  await page.locator('.lang-switch a[data-lang-switch="en"]').click();
  await expect(page).toHaveURL(`/#${slug}`);
  await expect(page.locator(`h2#${slug}`)).toBeInViewport();
});

test('the language switch keeps the section the reader scrolled to', async ({ page }) => {
  await page.goto('/');
  await scrollToHeading(page, slug);
  await expect(page.locator(`[data-toc-link="${slug}"]`)).toHaveAttribute('aria-current', 'true');
  await page.locator('.lang-switch a[data-lang-switch="zh-cn"]').click();
  await expect(page).toHaveURL(`/zh-cn/#${slug}`);
});

test('a reader who chose Chinese is offered it on English pages until they dismiss the offer', async ({ page }) => {
  await page.goto('/');
  const offer = page.locator('[data-lang-suggest="zh-cn"]');
  await expect(offer).toBeHidden();
  await page.locator('.lang-switch a[data-lang-switch="zh-cn"]').click();
  await expect(page).toHaveURL(/\/zh-cn\/(#[\w-]+)?$/);
  await page.goto('/');
  await expect(offer).toBeVisible();
  await expect(offer).toHaveAttribute('lang', 'zh-CN');
  await offer.locator('[data-lang-suggest-dismiss]').click();
  await expect(offer).toBeHidden();
  await page.reload();
  await expect(offer).toBeHidden();
});

test.describe('a browser that prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('sees a dismissible suggestion on an English page and is not redirected', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/');
    const offer = page.locator('[data-lang-suggest="zh-cn"]');
    await expect(offer).toBeVisible();
    await expect(offer.getByRole('link')).toHaveAttribute('href', '/zh-cn/');
    await offer.locator('[data-lang-suggest-dismiss]').click();
    await page.reload();
    await expect(offer).toBeHidden();
  });

  test('sees no suggestion on the Chinese page', async ({ page }) => {
    await page.goto('/zh-cn/');
    await expect(page.locator('[data-lang-suggest]:visible')).toHaveCount(0);
  });
});
