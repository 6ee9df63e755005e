import { expect, test } from './fixtures';
import { missedLandings, scrollToHeading } from './scroll';
import { sectionSlugs } from './article-content';

const [, , first = '', second = ''] = sectionSlugs();
const switchTo = (locale: string) => `.lang-switch a[data-lang-switch="${locale}"]`;

test('the language switch keeps the reader on the same section, from a deep link and after scrolling', async ({ page }) => {
  expect(second, 'the article needs four sections for this test').not.toBe('');
  await page.goto(`/#${first}`);
  await page.locator(switchTo('zh-cn')).click();
  await expect(page).toHaveURL(`/zh-cn/#${first}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator(`h2#${first}`)).toBeInViewport();

  await scrollToHeading(page, second);
  await expect(page.locator(`[data-toc-link="${second}"]`)).toHaveAttribute('aria-current', 'true');
  await page.locator(switchTo('en')).click();
  await expect(page).toHaveURL(`/#${second}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await missedLandings(page, [second], { follow: false })).toEqual([]);
});

// The offer lives in the layout of every page, so a short page stands in for the long article.
test('a reader who chose Chinese is offered it on English pages until they dismiss the offer', async ({ page }) => {
  await page.goto('/glossary/');
  const offer = page.locator('[data-lang-suggest="zh-cn"]');
  await expect(offer).toBeHidden();
  await page.locator(switchTo('zh-cn')).click();
  await expect(page).toHaveURL('/zh-cn/glossary/');
  await page.goto('/glossary/');
  await expect(offer).toBeVisible();
  await expect(offer).toHaveAttribute('lang', 'zh-CN');
  await offer.locator('[data-lang-suggest-dismiss]').click();
  await expect(offer).toBeHidden();
  await page.reload();
  await expect(page.locator('.lang-switch')).toBeVisible();
  await expect(offer).toBeHidden();
});

test.describe('a browser that prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('sees no suggestion on a Chinese page, and a dismissible one on an English page without being redirected', async ({ page }) => {
    await page.goto('/zh-cn/glossary/');
    await expect(page.locator('.lang-switch')).toBeVisible();
    await expect(page.locator('[data-lang-suggest]:visible')).toHaveCount(0);

    await page.goto('/glossary/');
    await expect(page).toHaveURL('/glossary/');
    const offer = page.locator('[data-lang-suggest="zh-cn"]');
    await expect(offer).toBeVisible();
    await expect(offer.getByRole('link')).toHaveAttribute('href', '/zh-cn/glossary/');
    await offer.locator('[data-lang-suggest-dismiss]').click();
    await page.reload();
    await expect(page.locator('.lang-switch')).toBeVisible();
    await expect(offer).toBeHidden();
  });
});
