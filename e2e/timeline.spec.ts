/**
 * The GPU history timeline and the CPU-vs-GPU peak-throughput chart, in the article's history
 * section and on their own page, in both languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { strings } from '../src/i18n/strings/gpu-timeline.ts';
import { translator } from '../src/i18n/translate.ts';
import { expect, test } from './fixtures';

const root = process.cwd();
const timelineIds = readdirSync(join(root, 'content/timeline'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));
const categoryOf = new Map(
  timelineIds.map((id) => [id, (parse(readFileSync(join(root, 'content/timeline', `${id}.yaml`), 'utf8')) as { category: string }).category]),
);
const dataset = parse(readFileSync(join(root, 'content/datasets/peak-flops.yaml'), 'utf8')) as { id: string; gflops: number; year: number; name: string }[];

// Interactions are tested on the timeline pages, where the full island lives; the article carries
// a compact list of the events that links to them there.
const pages = (
  [
    { path: '/timeline/', article: '/', locale: 'en' },
    { path: '/zh-cn/timeline/', article: '/zh-cn/', locale: 'zh-cn' },
  ] as const
).map((page) => ({ ...page, browsers: translator(strings, page.locale)('category.browser'), showAll: translator(strings, page.locale)('showAll') }));

const timeline = (page: Page) => page.locator('[data-gpu-timeline]');
const chart = (page: Page) => page.locator('[data-peak-flops-chart]');

/** The island hydrates when scrolled into view; its filter buttons only exist once it has. */
async function hydrateTimeline(page: Page) {
  await timeline(page).scrollIntoViewIfNeeded();
  await expect(timeline(page).getByRole('group').getByRole('button').first()).toBeVisible();
}

for (const { path, article, locale, browsers, showAll } of pages) {
  test.describe(`timeline (${locale})`, () => {
    test('category filters show and hide the right events', async ({ page }) => {
      await page.goto(path);
      await hydrateTimeline(page);
      const events = timeline(page).locator('li[data-category]');
      await expect(events).toHaveCount(timelineIds.length);

      const toggle = timeline(page).getByRole('button', { name: browsers });
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      const browserCount = [...categoryOf.values()].filter((category) => category === 'browser').length;
      await expect(timeline(page).locator('li[data-category="browser"]:visible')).toHaveCount(0);
      await expect(timeline(page).locator('li[data-category]:visible')).toHaveCount(timelineIds.length - browserCount);
      await expect(timeline(page).getByRole('status')).toContainText(String(timelineIds.length - browserCount));

      await timeline(page).getByRole('button', { name: showAll }).click();
      await expect(timeline(page).locator('li[data-category]:visible')).toHaveCount(timelineIds.length);
    });

    test('a deep link scrolls to its event and highlights it', async ({ page }) => {
      await page.goto(`${path}#timeline-2012-alexnet`);
      const event = page.locator('#timeline-2012-alexnet');
      await expect(event).toBeInViewport();
      await expect(event).toHaveClass(/gpu-timeline__event--highlighted/);
      await expect(event).toBeFocused();
    });

    test('the article lists every event, each linking to it on the timeline page', async ({ page }) => {
      await page.goto(`${article}#timeline-2012-alexnet`);
      await expect(page.locator('#timeline-2012-alexnet')).toBeInViewport();
      const highlights = page.locator('[data-timeline-highlights]');
      const links = await highlights.locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links.sort()).toEqual(timelineIds.map((id) => `${path}#timeline-${id}`).sort());
      await highlights.locator('#timeline-2012-alexnet a').click();
      await expect(page).toHaveURL(`${path}#timeline-2012-alexnet`);
      await expect(timeline(page).locator('#timeline-2012-alexnet')).toBeInViewport();
    });

    test('a deep link to a filtered-out event brings it back', async ({ page }) => {
      await page.goto(path);
      await hydrateTimeline(page);
      await timeline(page).getByRole('button', { name: browsers }).click();
      await expect(page.locator('#timeline-2011-webgl-1')).toBeHidden();
      await page.evaluate(() => {
        location.hash = '#timeline-2011-webgl-1';
      });
      await expect(page.locator('#timeline-2011-webgl-1')).toBeVisible();
      await expect(page.locator('#timeline-2011-webgl-1')).toHaveClass(/gpu-timeline__event--highlighted/);
      await expect(timeline(page).getByRole('button', { name: browsers })).toHaveAttribute('aria-pressed', 'true');
    });

    test('works with the keyboard alone', async ({ page }) => {
      await page.goto(path);
      await hydrateTimeline(page);
      const toggle = timeline(page).getByRole('button', { name: browsers });
      await toggle.focus();
      await page.keyboard.press('Space');
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');

      // From the filters, Tab on into the list and follow the first event's own link.
      const firstEvent = timeline(page).locator('li[data-category]').first();
      const firstId = await firstEvent.getAttribute('id');
      let guard = 0;
      while (!(await firstEvent.locator('.gpu-timeline__permalink').evaluate((link) => link === document.activeElement)) && guard++ < 20) {
        await page.keyboard.press('Tab');
      }
      await expect(firstEvent.locator('.gpu-timeline__permalink')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`#${firstId}$`));
      await expect(firstEvent).toHaveClass(/gpu-timeline__event--highlighted/);
    });

    test('respects prefers-reduced-motion', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${path}#timeline-2020-a100`);
      const event = page.locator('#timeline-2020-a100');
      await expect(event).toBeInViewport();
      expect(await event.evaluate((element) => getComputedStyle(element).transitionDuration)).toBe('0s');
    });
  });

  test.describe(`peak-flops chart (${locale})`, () => {
    test('has a text alternative that states the data', async ({ page }) => {
      await page.goto(path);
      const svg = chart(page).locator('svg.pf-chart__svg');
      const describedBy = await svg.getAttribute('aria-describedby');
      const labelledBy = await svg.getAttribute('aria-labelledby');
      await expect(page.locator(`[id="${labelledBy}"]`)).not.toBeEmpty();
      const summary = page.locator(`[id="${describedBy}"]`);
      await expect(summary).toBeVisible();
      // The summary names the first CPU and the last tensor point with their values.
      await expect(summary).toContainText('Xeon X5482');
      await expect(summary).toContainText('2,250,000');
    });

    test('has a data table with exactly the numbers of the dataset', async ({ page }) => {
      await page.goto(path);
      await chart(page).locator('summary').click();
      const rows = chart(page).locator('tbody tr');
      await expect(rows).toHaveCount(dataset.length);
      const fromTable = await rows.evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.getAttribute('data-row-id'),
          year: Number(tr.querySelector('td')?.textContent),
          gflops: Number(tr.querySelector('[data-gflops]')?.textContent?.replaceAll(',', '')),
        })),
      );
      expect(fromTable.sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual(
        dataset.map(({ id, year, gflops }) => ({ id, year, gflops })).sort((a, b) => a.id.localeCompare(b.id)),
      );
    });

    test('shows a point\'s value and source on hover and on keyboard focus', async ({ page }) => {
      await page.goto(path);
      const tooltip = chart(page).locator('.pf-chart__tooltip');
      const point = chart(page).locator('[data-point="2017-v100-tensor"]');
      await point.hover();
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toContainText('Tesla V100');
      await expect(tooltip).toContainText('125,000 GFLOPS');
      await expect(tooltip).toContainText('NVIDIA');
      await page.mouse.move(0, 0);
      await expect(tooltip).toBeHidden();

      await chart(page).locator('[data-point="2024-xeon-6980p"]').focus();
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toContainText('16,384 GFLOPS');
      await expect(tooltip).toContainText('128 cores × 2.0 GHz');
      await page.keyboard.press('Escape');
      await expect(tooltip).toBeHidden();
    });

    test('credits Karl Rupp under CC BY 4.0', async ({ page }) => {
      await page.goto(path);
      await expect(chart(page).locator('a[href="https://github.com/karlrupp/cpu-gpu-mic-comparison"]')).toContainText('Karl Rupp');
      await expect(chart(page).locator('a[href="https://creativecommons.org/licenses/by/4.0/"]')).toHaveText('CC BY 4.0');
    });
  });

  test(`the timeline with a filter applied and the chart have no axe violations (${locale})`, async ({ page }) => {
    test.slow(true, 'axe on a page with 26 events and a 34-point chart can exceed 30 s on two cores');
    await page.goto(path);
    await hydrateTimeline(page);
    await timeline(page).getByRole('button', { name: browsers }).click();
    await chart(page).locator('summary').click();
    await chart(page).locator('[data-point]').first().focus();
    const results = await new AxeBuilder({ page }).include('[data-gpu-timeline]').include('[data-peak-flops-chart]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, locale } of pages) {
    test(`every event and the chart are on the timeline page (${locale})`, async ({ page }) => {
      await page.goto(path);
      const events = await timeline(page)
        .locator('li[data-category]:visible')
        .evaluateAll((items) =>
          items.map((item) => ({
            id: item.id.replace('timeline-', ''),
            title: item.querySelector('h4')?.textContent?.trim() !== '',
            body: (item.querySelector('.gpu-timeline__body')?.textContent?.trim().length ?? 0) > 20,
            sources: [...item.querySelectorAll('.gpu-timeline__sources a')].some((a) => /^https?:\/\//.test(a.getAttribute('href') ?? '')),
          })),
        );
      expect(events.map((event) => event.id).sort()).toEqual([...timelineIds].sort());
      expect(events.filter((event) => !event.title || !event.body || !event.sources)).toEqual([]);
      await expect(timeline(page).locator('button')).toHaveCount(0);
      await expect(chart(page).locator('svg.pf-chart__svg')).toBeVisible();
      await expect(chart(page).locator('[data-point]')).toHaveCount(dataset.length);
    });
  }

  test('a deep link still lands on its event', async ({ page }) => {
    await page.goto('/timeline/#timeline-2012-alexnet');
    await expect(page.locator('#timeline-2012-alexnet')).toBeInViewport();
  });
});

for (const path of ['/timeline/', '/zh-cn/timeline/']) {
  test(`${path} shows the timeline and the chart on a page of their own, free of axe violations`, async ({ page }) => {
    test.slow(true, 'axe on a page with 26 events and a 34-point chart can exceed 30 s on two cores');
    await page.goto(path);
    await expect(timeline(page).locator('li[data-category]')).toHaveCount(timelineIds.length);
    await expect(chart(page).locator('[data-point]')).toHaveCount(dataset.length);
    await hydrateTimeline(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

for (const path of ['/peak-flops/', '/zh-cn/peak-flops/']) {
  test(`${path} shows the chart on a page of its own, free of axe violations`, async ({ page }) => {
    await page.goto(path);
    await expect(chart(page).locator('svg.pf-chart__svg')).toBeVisible();
    await expect(chart(page).locator('[data-point]')).toHaveCount(dataset.length);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
