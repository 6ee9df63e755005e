// Translation workflow on the real site: status page, glossary page and glossary terms. Their
// accessibility is scanned by accessibility.spec.ts.
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { localeFromUrl, urlForLocale } from '../src/i18n/locales.ts';
import { strings as siteStrings } from '../src/i18n/strings/site.ts';
import { translator } from '../src/i18n/translate.ts';
import { projectStatus } from '../src/lib/translation/project.ts';
import type { Counts } from '../src/lib/translation/status.ts';
import { loadProject } from '../src/node/translation-project.ts';
import { expect, test } from './fixtures';
import { bringIntoView } from './scroll';

interface Row {
  counts: Counts;
  words: { total: number };
  percent: number;
}
interface StatusJson {
  locales: Record<string, { total: Row; sections: (Row & { section: string; lastAccepted?: string; exists: boolean })[] }>;
}

/** What `npm run i18n -- status --json` prints for the project root: `{ locales: projectStatus(project) }`. */
function statusJson(): StatusJson {
  return { locales: projectStatus(loadProject(process.cwd())) } as StatusJson;
}

const columns = ['blocks', 'translated', 'outdated', 'missing', 'keptEnglish', 'unrecorded'] as const;

/** What a status table shows: the text of every counted cell and the data behind the rest. */
interface TableCells {
  sections: Record<string, { percent: string | null; lastChange: string | null; file: string | null; cells: Record<string, string> }>;
  total: Record<string, string>;
  totalPercent: string | null;
}

/** Reads a locale's status table in one round trip; the page is static, so nothing is waited for. */
function readTable(page: Page, locale: string): Promise<TableCells> {
  return page.locator(`[data-status-locale="${locale}"]`).evaluate((table, keys) => {
    const texts = (row: Element) => Object.fromEntries(keys.map((key) => [key, row.querySelector(`[data-col="${key}"]`)?.textContent?.trim() ?? '(missing)']));
    return {
      sections: Object.fromEntries(
        [...table.querySelectorAll('[data-status-section]')].map((row) => [
          row.getAttribute('data-status-section') ?? '',
          {
            percent: row.querySelector('[data-col="percent"]')?.getAttribute('data-value') ?? null,
            lastChange: row.querySelector('[data-col="lastChange"]')?.getAttribute('data-value') ?? null,
            file: row.querySelector('[data-col="file"] a')?.getAttribute('href') ?? null,
            cells: texts(row),
          },
        ]),
      ),
      total: texts(table.querySelector('[data-status-total]') ?? table),
      totalPercent: table.querySelector('[data-status-total-percent]')?.getAttribute('data-status-total-percent') ?? null,
    };
  }, [...columns, 'words']);
}

for (const path of ['/translation-status/', '/zh-cn/translation-status/']) {
  test(`${path} shows the numbers of \`npm run i18n -- status --json\``, { tag: '@smoke' }, async ({ page }) => {
    const expected = statusJson();
    expect(Object.keys(expected.locales), 'translation locales').not.toEqual([]);
    await page.goto(path);
    for (const [locale, { total, sections }] of Object.entries(expected.locales)) {
      const shown = await readTable(page, locale);
      expect(Object.keys(shown.sections).sort(), `${locale} sections`).toEqual(sections.map((s) => s.section).sort());
      for (const s of sections) {
        const row = shown.sections[s.section]!;
        expect(row.percent, `${locale} ${s.section} percent`).toBe(String(s.percent));
        expect(row.cells, `${locale} ${s.section} counts`).toEqual({ ...Object.fromEntries(columns.map((key) => [key, String(s.counts[key])])), words: String(s.words.total) });
        expect(row.lastChange, `${locale} ${s.section} last change`).toBe(s.lastAccepted ?? '');
        expect(row.file, `${locale} ${s.section} file`).toMatch(new RegExp(`/blob/main/content/article/(${locale}|en)/${s.section}\\.mdx$`));
      }
      expect(shown.total, `${locale} totals`).toEqual({ ...Object.fromEntries(columns.map((key) => [key, String(total.counts[key])])), words: String(total.words.total) });
      expect(shown.totalPercent, `${locale} total percent`).toBe(String(total.percent));
    }
    if (path.startsWith('/zh-cn/')) await expect(page.locator('h2[id^="status-"]').first()).toContainText(`已翻译 ${expected.locales['zh-cn']!.total.percent}%`);
  });
}

const glossaryIds = readdirSync('content/glossary')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

// Search terms and the article heading (same id in both languages) each must find first among the article's sections.
for (const { path, lang, locale, query, heading } of [
  { path: '/glossary/', lang: 'en', locale: 'en', query: 'Tensor Cores', heading: 'gpus-grew-tensor-cores-and-numbers-got-smaller' },
  { path: '/zh-cn/glossary/', lang: 'zh-CN', locale: 'zh-cn', query: '显存', heading: 'rule-1-count-memory-before-speed' },
] as const) {
  test(`${path} lists every glossary term with an anchor, both terms and a definition, the footer links to the glossary and the translation status, and search finds “${query}”`, async ({ page }) => {
    // Search code: Pagefind's script, WebAssembly and index, and the dialog's own module.
    const searchRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/pagefind\/|\/_astro\/search\./.test(new URL(request.url()).pathname)) searchRequests.push(new URL(request.url()).pathname);
    });
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('.glossary__entry')).toHaveCount(glossaryIds.length);
    for (const id of glossaryIds.slice(0, 5)) {
      const entry = page.locator(`#glossary-${id}`);
      await expect(entry.locator('dfn')).not.toBeEmpty();
      await expect(entry.locator('.glossary__other')).toHaveAttribute('lang', lang === 'en' ? 'zh-CN' : 'en');
      await expect(entry.locator('dd')).not.toBeEmpty();
    }
    const nav = page.locator('.site-footer nav');
    const t = translator(siteStrings, locale);
    await expect(nav.getByRole('link', { name: t('nav.glossary'), exact: true })).toHaveAttribute('href', urlForLocale(locale, '/glossary/'));
    await expect(nav.getByRole('link', { name: t('nav.translationStatus'), exact: true })).toHaveAttribute('href', urlForLocale(locale, '/translation-status/'));
    await test.step('search loads nothing until the reader opens it from the keyboard, finds the right section in this language, and Escape closes it', async () => {
      expect(searchRequests, 'search requests before search is opened').toEqual([]);
      const open = page.locator('[data-search-open]');
      await open.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('searchbox')).toBeFocused();
      await page.keyboard.type(query);
      const articleHit = dialog.locator(`[data-search-results] a[href^="${urlForLocale(locale, '/')}#"]`).first();
      await expect(articleHit).toHaveAttribute('href', urlForLocale(locale, '/', { hash: heading }));
      await expect(articleHit.locator('xpath=following-sibling::p/mark').first()).toHaveText(new RegExp(query.split(' ')[0]!, 'i'));
      const hrefs = await dialog.locator('[data-search-results] a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.filter((href) => localeFromUrl(href) !== locale), 'results in another language').toEqual([]);
      expect(searchRequests.filter((request) => request.includes(`/pagefind/pagefind.${locale}_`)), 'this language\'s index').toHaveLength(1);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(open).toBeFocused();
    });
  });
}

for (const path of ['/', '/zh-cn/']) {
  test(`${path}: a glossary term reveals its definition on hover and on keyboard focus, and links to the glossary`, async ({ page }) => {
    await page.goto(path);
    const term = page.locator('.term').first();
    await bringIntoView(term);
    const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
    await expect(tip).toBeHidden();
    await term.hover();
    await expect(tip).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(tip).toBeHidden();
    await term.focus();
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await test.step('every glossary and citation tooltip lies inside the screen, on a laptop and a phone', async () => {
      for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
        await page.setViewportSize(size);
        const offScreen = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.term, a[data-cite]')].flatMap((trigger) => {
            // Brought just into view, as focus does, so some open at the screen's edges.
            trigger.scrollIntoView({ block: 'nearest', behavior: 'instant' });
            trigger.focus({ preventScroll: true });
            const shown = document.getElementById(trigger.dataset.cite ? 'cite-tip' : (trigger.getAttribute('aria-describedby') ?? ''));
            const box = shown?.getBoundingClientRect();
            const { clientWidth, clientHeight } = document.documentElement;
            trigger.blur();
            if (box && box.width > 0 && box.left >= 0 && box.top >= 0 && box.right <= clientWidth && box.bottom <= clientHeight) return [];
            return [`${trigger.textContent}: ${box ? [box.left, box.top, box.right, box.bottom].map(Math.round).join(' ') : 'no tooltip'}`];
          }),
        );
        expect(offScreen, `${size.width} px`).toEqual([]);
      }
    });
    const href = (await term.getAttribute('href')) ?? '';
    expect(href).toMatch(new RegExp(`^${path}glossary/#glossary-[a-z0-9-]+$`));
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${path}glossary/#glossary-`));
    await expect(page.locator(href.slice(href.indexOf('#')))).toBeInViewport();
  });
}

test('on the real article, 对照 pairs the Chinese blocks with English ones and keeps ids unique', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/zh-cn/');
  await page.getByRole('radiogroup', { name: '阅读模式' }).getByRole('radio', { name: /对照/ }).check();
  await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'both');
  const translated = await page.locator('[data-section]:has(> .article-section__body:not([lang]))').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-section')));
  for (const slug of translated) {
    await expect(page.locator(`[data-section="${slug}"] .en-block[data-en-block="0"]`), `section ${slug}`).toBeVisible();
  }
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(duplicates).toEqual([]);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'both');
});
