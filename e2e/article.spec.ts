import { expect, test } from './fixtures';
import { layoutShift, outgrownParts, readThrough, watchLayoutShifts } from './layout-shift';
import { missedLandings, scrollToHeading } from './scroll';
import { sectionSlugs, translatedSlugs } from './article-content';
import { anyVisible, lineStarts, renderedTextSizes, splitWords } from './legibility';
import { langTag, localeCodes, sourceLocale, urlForLocale } from '../src/i18n/locales.ts';

for (const locale of localeCodes) {
  test(`${urlForLocale(locale, '/')} renders every section in order with lang="${langTag(locale)}"`, { tag: '@smoke' }, async ({ page }) => {
    test.slow(true, 'it reads through the whole article and lands on every heading at two sizes');
    await watchLayoutShifts(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(urlForLocale(locale, '/'));
    await expect(page.locator('html')).toHaveAttribute('lang', langTag(locale));
    expect(await outgrownParts(page), 'sections off screen stand in at their full height in the wide layout').toEqual([]);
    await test.step('nothing moves while the page loads and the reader scrolls through it, and every island hydrates at its size', async () => {
      expect(await readThrough(page)).toEqual([]);
      expect(await layoutShift(page)).toBe(0);
    });
    const rendered = await page.locator('[data-section]').evaluateAll((els) => els.map((el) => el.getAttribute('data-section')));
    expect(rendered).toEqual(sectionSlugs());
    for (const slug of sectionSlugs()) await expect(page.locator(`h2#${slug}`)).toHaveCount(1);
    await test.step('a link to any heading lands it at the top of the screen, below the header, on a laptop and a phone', async () => {
      const ids = await page.locator('main :is(h2, h3)[id]').evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.id));
      for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
        await page.setViewportSize(size);
        expect(await missedLandings(page, ids), `${size.width} px`).toEqual([]);
      }
    });
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

  await test.step('a citation jumps to its reference, which links back to that citation', async () => {
    const marker = page.locator('a[data-cite]', { hasText: '[3]' }).first();
    const [id, anchor, section] = await marker.evaluate((el) => [
      el.getAttribute('data-cite'),
      el.id,
      [...document.querySelectorAll('[data-section]')].indexOf(el.closest('[data-section]') as Element) + 1,
    ]);
    await marker.click();
    await expect(page).toHaveURL(new RegExp(`#ref-${id}$`));
    expect(await missedLandings(page, [`ref-${id}`], { follow: false })).toEqual([]);
    const back = page.locator(`#ref-${id}`).getByRole('link', { name: `Back to citation 1 in §${section}`, exact: true });
    await expect(back).toHaveAttribute('href', `#${anchor}`);
    await back.click();
    await expect(page).toHaveURL(new RegExp(`#${anchor}$`));
    expect(await missedLandings(page, [String(anchor)], { follow: false })).toEqual([]);
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

for (const locale of localeCodes) {
  test(`on phones (${locale}): no sideways scrolling at 320 px, and at 390 px no layout shift, legible figures, titles whole, and a print layout`, async ({ page }) => {
    await watchLayoutShifts(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(urlForLocale(locale, '/'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'sideways scroll at 320 px').toBeLessThanOrEqual(0);
    expect(await outgrownParts(page), 'sections off screen stand in at their full height at 320 px').toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await test.step('at 390 px nothing moves as the reader scrolls through the page and its islands hydrate', async () => {
      await layoutShift(page, { reset: true });
      expect(await readThrough(page)).toEqual([]);
      expect(await layoutShift(page)).toBe(0);
    });

    await test.step('every text in figures and charts shows at 12 px or more', async () => {
      const sizes = await renderedTextSizes(page);
      expect(sizes.length).toBeGreaterThan(50);
      expect(sizes.filter((run) => run.px < 12)).toEqual([]);
    });

    if (locale === 'zh-cn') {
      await test.step('a Chinese title wraps only between words', async () => {
        expect(await splitWords(page.locator('.article__header h1, .site-header__title').or(page.locator('[data-section] h2').first()), locale)).toEqual([]);
        expect((await lineStarts(page.locator('.article__header h1'))).starts.length, 'the title wraps at 390 px').toBeGreaterThan(0);
      });
    }

    await test.step('printed, the charts, tables and timeline show and the controls do not', async () => {
      await page.emulateMedia({ media: 'print' });
      const shown = ['.pf-chart__svg', '.pf-chart__data table', '[data-timeline-highlights] li', '.figure__art svg'];
      const hidden = ['.site-header__controls', '[data-improve-translation]', '[data-demo="matmul-lab"]', '.reading-modes', '.toc'];
      expect(await anyVisible(page, [...shown, ...hidden])).toEqual([...shown.map((s) => [s, true]), ...hidden.map((s) => [s, false])]);
      await page.emulateMedia({ media: 'screen' });
    });
  });
}
