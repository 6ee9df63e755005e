import { expect, test } from './fixtures';
import { scrollToHeading } from './scroll';
import { sectionSlugs, translatedSlugs } from './article-content';
import { langTag, localeCodes, sourceLocale, urlForLocale } from '../src/i18n/locales.ts';

for (const locale of localeCodes) {
  test(`${urlForLocale(locale, '/')} renders every section in order with lang="${langTag(locale)}"`, { tag: '@smoke' }, async ({ page }) => {
    await page.goto(urlForLocale(locale, '/'));
    await expect(page.locator('html')).toHaveAttribute('lang', langTag(locale));
    const rendered = await page.locator('[data-section]').evaluateAll((els) => els.map((el) => el.getAttribute('data-section')));
    expect(rendered).toEqual(sectionSlugs());
    for (const slug of sectionSlugs()) await expect(page.locator(`h2#${slug}`)).toHaveCount(1);
    if (locale === sourceLocale) return;
    await test.step('only the sections without a translation are marked as English', async () => {
      const translated = new Set(translatedSlugs(locale));
      const marked = await page
        .locator('[data-section]')
        .evaluateAll((els) => els.map((el) => [el.getAttribute('data-section'), el.querySelector('.article-section__body')?.getAttribute('lang') ?? null]));
      expect(marked).toEqual(sectionSlugs().map((slug) => [slug, translated.has(slug) ? null : 'en']));
    });
  });
}

test('the article page: contents, citations, code colours and the theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');

  await test.step('the table of contents links to every section and highlights the one being read', async () => {
    const slugs = sectionSlugs();
    const links = await page.locator('[data-toc-link]').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(links).toEqual(slugs.map((slug) => `#${slug}`));
    const last = slugs.at(-1) ?? '';
    await scrollToHeading(page, last);
    await expect(page.locator(`[data-toc-link="${last}"]`)).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('[data-toc-link][aria-current="true"]')).toHaveCount(1);
  });

  await test.step('a citation reveals its reference on hover and on keyboard focus, and Escape hides it', async () => {
    const marker = page.locator('a[data-cite]').first();
    const id = await marker.getAttribute('data-cite');
    expect(id).toBeTruthy();
    await expect(marker).toHaveAttribute('aria-describedby', `ref-${id}`);
    const title = (await page.locator(`#ref-${id} cite`).textContent()) ?? '';
    expect(title).not.toBe('');
    const tip = page.locator('#cite-tip');
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

  await test.step('code blocks are highlighted with a light and a dark theme', async () => {
    const token = page.locator('.astro-code span[class*="sh-dark-"]').first();
    await expect(token).toBeAttached();
    const colour = () => token.evaluate((el) => getComputedStyle(el).color);
    const dark = await colour();
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(colour).not.toBe(dark);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(colour).toBe(dark);
  });

  await test.step('the theme follows the system and a manual choice persists', async () => {
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(background).not.toBe(dark);
    const light = await background();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await background()).toBe(light);
  });
});

test('the layout fits a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const locale of localeCodes) {
    await page.goto(urlForLocale(locale, '/'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, locale).toBeLessThanOrEqual(0);
  }
});
