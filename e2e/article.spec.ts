import { expect, test } from './fixtures';
import { scrollToHeading } from './scroll';
import { sectionSlugs, translatedSlugs } from './article-content';

const pages = [
  { path: '/', lang: 'en' },
  { path: '/zh-cn/', lang: 'zh-CN' },
];

for (const { path, lang } of pages) {
  test(`${path} renders every section in order with lang="${lang}"`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('[data-section]')).toHaveCount(sectionSlugs().length);
    const rendered = await page.locator('[data-section]').evaluateAll((els) => els.map((el) => el.getAttribute('data-section')));
    expect(rendered).toEqual(sectionSlugs());
    for (const slug of sectionSlugs()) await expect(page.locator(`h2#${slug}`)).toHaveCount(1);
  });
}

test('the Chinese page marks only untranslated sections as English', async ({ page }) => {
  await page.goto('/zh-cn/');
  const translated = new Set(translatedSlugs('zh-cn'));
  for (const slug of sectionSlugs()) {
    const body = page.locator(`[data-section="${slug}"] .article-section__body`);
    if (translated.has(slug)) await expect(body).not.toHaveAttribute('lang', /.+/);
    else await expect(body).toHaveAttribute('lang', 'en');
  }
});

test('the table of contents links to every section and highlights the one being read', async ({ page }) => {
  await page.goto('/');
  const slugs = sectionSlugs();
  await expect(page.locator('[data-toc-link]')).toHaveCount(slugs.length);
  const last = slugs.at(-1) ?? '';
  await scrollToHeading(page, last);
  await expect(page.locator(`[data-toc-link="${last}"]`)).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('[data-toc-link][aria-current="true"]')).toHaveCount(1);
});

test('a citation reveals its reference on hover and on keyboard focus, and Escape hides it', async ({ page }) => {
  await page.goto('/');
  const marker = page.locator('a[data-cite]').first();
  const id = await marker.getAttribute('data-cite');
  const reference = page.locator(`#ref-${id}`);
  await expect(marker).toHaveAttribute('aria-describedby', `ref-${id}`);
  const tip = page.locator('#cite-tip');
  const title = (await reference.locator('cite').textContent()) ?? '';
  await expect(tip).toBeHidden();
  await marker.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(title);
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await marker.focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test('without JavaScript a citation is a link to its reference', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh-cn/');
  const marker = page.locator('a[data-cite]').first();
  const href = (await marker.getAttribute('href')) ?? '';
  await marker.click();
  await expect(page.locator(href)).toBeInViewport();
  await context.close();
});

test('the theme follows the system and a manual choice persists', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await background();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await background()).not.toBe(dark);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('code blocks are highlighted with a light and a dark theme', async ({ page }) => {
  await page.goto('/');
  const token = page.locator('.astro-code span[style*="--shiki-dark"]').first();
  await expect(token).toBeAttached();
  const colour = () => token.evaluate((el) => getComputedStyle(el).color);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await colour();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await colour()).not.toBe(light);
});

test('the layout fits a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/zh-cn/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
