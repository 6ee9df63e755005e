import type { Page } from '@playwright/test';
import { axeViolations, type AxeScope } from './axe';
import { expect, test } from './fixtures';
import { sitePages } from './site-pages';
import { sourceLocale, urlForLocale, type Locale } from '../src/i18n/locales.ts';
import { strings as timelineStrings } from '../src/i18n/strings/gpu-timeline.ts';
import { translator } from '../src/i18n/translate.ts';

// One axe pass per page, locale and theme, with the page in its fullest state. The other specs
// test behaviour and leave accessibility to this file.

// The highlighted kernel sources (thousands of tokens, most of axe's time) are the same code in
// every locale, on the lab page and in the article's box: the English lab page scans them in both
// themes, and every other pass skips them.
const kernelCode = '.kernel-sources pre, [data-kernel-sources-body] pre';
const kernelCodeHome = urlForLocale(sourceLocale, '/lab/');

/**
 * Axe checks the contrast of every text node, and the kernel sources hold thousands of tokens that
 * share a few dozen styles: keeping one token per style still checks every colour in both themes.
 * Returns how many styles were kept.
 */
function keepOneTokenPerStyle(page: Page): Promise<number> {
  return page.locator('.kernel-sources').evaluate((element) => {
    const seen = new Set<string>();
    // A token's colours and font style are its highlighting classes (src/lib/shiki-classes.ts).
    for (const token of element.querySelectorAll('pre.astro-code .line span[class*="sh-"]')) {
      const style = token.getAttribute('class') ?? '';
      if (seen.has(style)) token.remove();
      else seen.add(style);
    }
    return seen.size;
  });
}

function scan(page: Page, url: string, options: Omit<AxeScope, 'exclude'> = {}): Promise<string[]> {
  return axeViolations(page, { ...options, ...(url === kernelCodeHome ? {} : { exclude: kernelCode }) });
}

/** Hydrates every island, opens every disclosure (waiting for what it fetches) and shows a chart tooltip. */
async function revealEverything(page: Page): Promise<void> {
  // client:visible hydrates an island once it has been scrolled into view. Islands are
  // `display: contents`, so it is their content that gets scrolled to.
  for (const island of await page.locator('astro-island').all()) {
    await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center', behavior: 'instant' }));
    await expect(island).not.toHaveAttribute('ssr');
  }
  await page.locator('details:not([open])').evaluateAll((boxes) => boxes.forEach((box) => ((box as HTMLDetailsElement).open = true)));
  // The article's kernel-sources box fetches its code when opened.
  const kernels = page.locator('details[data-kernel-sources]');
  if ((await kernels.count()) > 0) await expect(kernels.locator('pre.astro-code').first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const point = page.locator('[data-point]:visible').first();
  if ((await point.count()) > 0) await point.focus();
}

/** Hides the timeline's browser events: the filters' unpressed state and the count it announces. */
async function filterTimeline(page: Page, locale: Locale): Promise<void> {
  const toggle = page.locator('[data-gpu-timeline]').getByRole('button', { name: translator(timelineStrings, locale)('category.browser') });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
}

for (const { path, url, locale } of sitePages) {
  // Dark comes from the system in the source locale and from the page's own toggle in the others,
  // so both ways of choosing it are scanned. Only colours change with the theme, so the dark pass
  // checks contrast alone.
  const manualDark = locale !== sourceLocale;
  test(`${url} has no axe violations, and no contrast failure in the dark theme${manualDark ? ' chosen on the page' : ''}`, async ({ page }) => {
    test.slow(path === '/', 'axe walks the whole long article');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url);
    // The article's islands below the first screen stay as the server rendered them (what readers
    // without JavaScript get) until client:visible sees them.
    if (path === '/') {
      await test.step('islands as the server rendered them', async () => {
        await expect(page.locator('astro-island[ssr]').first()).toBeAttached();
        expect(await scan(page, url, { only: 'astro-island[ssr]' })).toEqual([]);
      });
    }
    await revealEverything(page);
    if (url === kernelCodeHome) expect(await keepOneTokenPerStyle(page), 'distinct kernel token styles').toBeGreaterThan(1);
    await test.step('light theme', async () => {
      expect(await scan(page, url)).toEqual([]);
    });
    if (path === '/') {
      await test.step('on a phone, with the contents control and a glossary tooltip open', async () => {
        await page.setViewportSize({ width: 390, height: 844 });
        const toc = page.locator('.toc summary');
        await toc.scrollIntoViewIfNeeded();
        await expect(page.locator('.toc details')).toHaveAttribute('open', '');
        const term = page.locator('.term').first();
        await term.focus();
        const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
        await expect(tip).toBeVisible();
        expect(await scan(page, url, { only: '.toc, .term' })).toEqual([]);
        await term.blur();
        await page.setViewportSize({ width: 1280, height: 720 });
      });
    }
    if (path === '/glossary/') {
      await test.step('with search open and showing results', async () => {
        await page.locator('[data-search-open]').click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('searchbox').fill(locale === sourceLocale ? 'Tensor Cores' : '显存');
        await expect(dialog.locator('[data-search-results] a').first()).toBeVisible();
        expect(await scan(page, url, { only: 'dialog' })).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      });
    }
    if (path === '/timeline/') {
      await test.step('light theme, the timeline filtered', async () => {
        await filterTimeline(page, locale);
        // The click took focus from the chart point; give it back so its tooltip stays scanned.
        await page.locator('[data-point]:visible').first().focus();
        // Filtering changes only the controls and the count; the events it hides are not scanned.
        expect(await scan(page, url, { only: '[data-gpu-timeline] [role="group"], [data-gpu-timeline] [role="status"]' })).toEqual([]);
      });
    }
    await test.step('dark theme', async () => {
      if (manualDark) await page.locator('[data-theme-toggle]').click();
      else await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'true');
      // The translated article shares every style with the English one, whose dark pass walks it
      // all; here the dark pass covers what only translated pages have (the reading modes) and the
      // header the page's own toggle switched, so the suite walks the long article three times, not four.
      const only = path === '/' && locale !== sourceLocale ? '.site-header, [data-reading-modes], .article-section:first-of-type' : undefined;
      expect(await scan(page, url, { rules: ['color-contrast'], ...(only ? { only } : {}) })).toEqual([]);
    });
  });
}
