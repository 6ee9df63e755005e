// Translation workflow on the real site: status page, glossary page and glossary terms.
import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { projectStatus } from '../src/lib/translation/project.ts';
import type { Counts } from '../src/lib/translation/status.ts';
import { loadProject } from '../src/node/translation-project.ts';
import { expect, test } from './fixtures';

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

for (const path of ['/translation-status/', '/zh-cn/translation-status/']) {
  test(`${path} shows the numbers of \`npm run i18n -- status --json\``, async ({ page }) => {
    test.setTimeout(120_000);
    const expected = statusJson();
    await page.goto(path);
    for (const [locale, { total, sections }] of Object.entries(expected.locales)) {
      const table = page.locator(`[data-status-locale="${locale}"]`);
      await expect(table.locator('[data-status-section]')).toHaveCount(sections.length);
      for (const s of sections) {
        const row = table.locator(`[data-status-section="${s.section}"]`);
        await expect(row.locator('[data-col="percent"]')).toHaveAttribute('data-value', String(s.percent));
        for (const key of columns) await expect(row.locator(`[data-col="${key}"]`)).toHaveText(String(s.counts[key]));
        await expect(row.locator('[data-col="words"]')).toHaveText(String(s.words.total));
        await expect(row.locator('[data-col="lastChange"]')).toHaveAttribute('data-value', s.lastAccepted ?? '');
        await expect(row.locator('[data-col="file"] a')).toHaveAttribute('href', new RegExp(`/blob/main/content/article/(${locale}|en)/${s.section}\\.mdx$`));
      }
      const foot = table.locator('[data-status-total]');
      for (const key of columns) await expect(foot.locator(`[data-col="${key}"]`)).toHaveText(String(total.counts[key]));
      await expect(foot.locator('[data-col="words"]')).toHaveText(String(total.words.total));
      await expect(table.locator('[data-status-total-percent]')).toHaveAttribute('data-status-total-percent', String(total.percent));
    }
    if (path.startsWith('/zh-cn/')) await expect(page.locator('h2[id^="status-"]').first()).toContainText(`已翻译 ${expected.locales['zh-cn']!.total.percent}%`);
  });
}

const glossaryIds = readdirSync('content/glossary')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

for (const { path, lang } of [
  { path: '/glossary/', lang: 'en' },
  { path: '/zh-cn/glossary/', lang: 'zh-CN' },
]) {
  test(`${path} lists every glossary term with an anchor, both terms and a definition`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('.glossary__entry')).toHaveCount(glossaryIds.length);
    for (const id of glossaryIds.slice(0, 5)) {
      const entry = page.locator(`#glossary-${id}`);
      await expect(entry.locator('dfn')).not.toBeEmpty();
      await expect(entry.locator('.glossary__other')).toHaveAttribute('lang', lang === 'en' ? 'zh-CN' : 'en');
      await expect(entry.locator('dd')).not.toBeEmpty();
    }
  });
}

test('the footer links to the glossary and the translation status', async ({ page }) => {
  await page.goto('/zh-cn/');
  const nav = page.locator('.site-footer nav');
  await expect(nav.getByRole('link', { name: '术语表' })).toHaveAttribute('href', '/zh-cn/glossary/');
  await expect(nav.getByRole('link', { name: '翻译进度' })).toHaveAttribute('href', '/zh-cn/translation-status/');
});

for (const path of ['/', '/zh-cn/']) {
  test(`${path}: a glossary term reveals its definition on hover and on keyboard focus, and links to the glossary`, async ({ page }) => {
    await page.goto(path);
    const term = page.locator('.term').first();
    await term.scrollIntoViewIfNeeded();
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
    const href = (await term.getAttribute('href')) ?? '';
    expect(href).toMatch(new RegExp(`^${path}glossary/#glossary-[a-z0-9-]+$`));
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${path}glossary/#glossary-`));
    await expect(page.locator(href.slice(href.indexOf('#')))).toBeInViewport();
  });
}

for (const path of ['/glossary/', '/zh-cn/glossary/', '/translation-status/', '/zh-cn/translation-status/']) {
  test(`${path} has no axe violations`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
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
