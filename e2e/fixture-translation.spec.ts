// Runs against the site built from test/fixtures/content: section "gamma" has a translated, an
// outdated, a missing and a kept-English block (content/article/zh-cn/03-gamma.i18n.json).
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { fixtureBase } from './fixture-build';
import { expect, test } from './fixtures';

const gamma = (page: Page) => page.locator('[data-section="gamma"]');

test('the Chinese page marks outdated, missing and kept-English blocks, and links each section to its file', async ({ page }) => {
  await page.goto('zh-cn/');

  await test.step('an outdated block shows a notice that opens the word diff of its English source', async () => {
    const block = gamma(page).locator('[data-block="2"]');
    await expect(block).toHaveAttribute('data-status', 'outdated');
    const notice = gamma(page).locator('details[data-block-note="2"]');
    await expect(notice).toBeVisible();
    await expect(notice.locator('summary')).toContainText('英文原文在翻译之后改过');
    const diff = notice.locator('.word-diff');
    await expect(diff).toBeHidden();
    await notice.locator('summary').click();
    await expect(diff).toBeVisible();
    await expect(diff).toHaveAttribute('lang', 'en');
    await expect(diff.locator('del')).toHaveText('hundreds');
    await expect(diff.locator('ins')).toHaveText('thousands');
    await expect(notice.getByRole('link')).toHaveAttribute('href', /content\/article\/zh-cn\/03-gamma\.mdx$/);
  });

  await test.step('a missing block is shown in English, marked, and a kept-English block is marked lang="en" only', async () => {
    const missing = gamma(page).locator('[data-block="3"]');
    await expect(missing).toHaveAttribute('lang', 'en');
    await expect(missing).toHaveAttribute('data-status', 'missing');
    await expect(missing).toHaveText('This third paragraph has not been translated yet.');
    await expect(gamma(page).locator('[data-block-note="3"]')).toContainText('还没有翻译');
    const kept = gamma(page).locator('[data-block="5"]');
    await expect(kept).toHaveAttribute('lang', 'en');
    await expect(kept).toHaveAttribute('data-status', 'kept-english');
    await expect(gamma(page).locator('[data-block-note="5"]')).toHaveCount(0);
    await expect(gamma(page).locator('[data-block="1"]')).toBeVisible();
    await expect(gamma(page).locator('[data-block="1"]')).not.toHaveAttribute('data-status', /.+/);
  });

  await test.step('every section has an improve-this-translation link to its file on the repository host', async () => {
    await expect(page.locator('[data-section="gamma"] [data-improve-translation]')).toHaveAttribute('href', /\/blob\/main\/content\/article\/zh-cn\/03-gamma\.mdx$/);
    await expect(page.locator('[data-section="alpha"] [data-improve-translation]')).toHaveText('改进本节译文');
    // Not translated yet: the link goes to the contributing guide.
    await expect(page.locator('[data-section="beta"] [data-improve-translation]')).toHaveAttribute('href', /CONTRIBUTING\.zh-cn\.md$/);
  });
});

test('the English page stamps blocks without any translation marks, and its improve links go to the contributing guide', async ({ page }) => {
  await page.goto('./');
  await expect(gamma(page).locator(':scope .article-section__body > [data-block]')).toHaveCount(6);
  await expect(page.locator('[data-block-note], [data-status]')).toHaveCount(0);
  for (const slug of ['alpha', 'beta', 'gamma']) {
    await expect(page.locator(`[data-section="${slug}"] [data-improve-translation]`)).toHaveAttribute('href', /CONTRIBUTING\.md$/);
  }
});

const modeRadio = (page: Page, name: RegExp) => page.getByRole('radiogroup', { name: '阅读模式' }).getByRole('radio', { name });

for (const { name, width } of [
  { name: 'desktop', width: 1280 },
  { name: 'mobile', width: 375 },
]) {
  test(`reading modes 中文 / English / 对照 work and persist on ${name} (${width}px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('zh-cn/');
    const zh = page.locator('[data-section="alpha"] [data-block="1"]');
    const en = page.locator('[data-section="alpha"] [data-en-block="1"]');
    await expect(modeRadio(page, /中文/)).toBeChecked();
    await expect(en).toHaveCount(0);

    await modeRadio(page, /English/).check();
    await expect(en).toBeVisible();
    await expect(en).toHaveAttribute('lang', 'en');
    await expect(en).toContainText('A fixture paragraph with a citation.');
    await expect(zh).toBeHidden();
    // The visible English heading carries the shared anchor; no id appears twice.
    await expect(page.locator('#a-sub-heading-in-alpha')).toHaveText('A sub-heading in alpha');
    expect(await page.evaluate(() => { const ids = [...document.querySelectorAll('[id]')].map((e) => e.id); return ids.length - new Set(ids).size; })).toBe(0);

    await modeRadio(page, /对照/).check();
    await expect(zh).toBeVisible();
    await expect(en).toBeVisible();
    await expect(page.locator('#a-sub-heading-in-alpha')).toHaveText('第一节的小标题');
    const zhBox = (await zh.boundingBox())!;
    const enBox = (await en.boundingBox())!;
    if (width >= 1000) {
      // Side by side: same row, English to the right.
      expect(enBox.x).toBeGreaterThan(zhBox.x + zhBox.width - 1);
      expect(Math.abs(enBox.y - zhBox.y)).toBeLessThan(40);
    } else {
      // Narrow: the English directly under the Chinese.
      expect(enBox.y).toBeGreaterThanOrEqual(zhBox.y + zhBox.height - 1);
      expect(Math.abs(enBox.x - zhBox.x)).toBeLessThan(20);
    }

    await page.reload();
    await expect(modeRadio(page, /对照/)).toBeChecked();
    await expect(page.locator('[data-section="alpha"] [data-en-block="1"]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'both');

    await modeRadio(page, /中文/).check();
    await expect(page.locator('[data-section="alpha"] [data-en-block="1"]')).toBeHidden();
    await page.reload();
    await expect(modeRadio(page, /中文/)).toBeChecked();
  });
}

test('reading modes work with the keyboard', async ({ page }) => {
  await page.goto('zh-cn/');
  await modeRadio(page, /中文/).focus();
  await page.keyboard.press('ArrowRight');
  await expect(modeRadio(page, /English/)).toBeChecked();
  await expect(modeRadio(page, /English/)).toBeFocused();
  await expect(page.locator('[data-section="alpha"] [data-en-block="1"]')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(modeRadio(page, /对照/)).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'both');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(modeRadio(page, /中文/)).toBeChecked();
  await expect(page.locator('[data-section="alpha"] [data-en-block="1"]')).toBeHidden();
});

test('without JavaScript the reading modes are plain links to each language', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('zh-cn/');
  const links = page.locator('[data-reading-links]');
  await expect(links).toBeVisible();
  await expect(links.getByRole('link', { name: 'English' })).toHaveAttribute('href', fixtureBase);
  await expect(links.getByRole('link', { name: '中文' })).toHaveAttribute('href', `${fixtureBase}zh-cn/`);
  await expect(page.locator('[data-reading-group]')).toBeHidden();
  await context.close();
});

test('the Chinese page with notices and every reading mode has no axe violations', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('zh-cn/');
  await gamma(page).locator('details[data-block-note="2"] summary').click();
  for (const mode of [/中文/, /English/, /对照/]) {
    await modeRadio(page, mode).check();
    await expect(modeRadio(page, mode)).toBeChecked();
    expect(await axeViolations(page)).toEqual([]);
  }
});
