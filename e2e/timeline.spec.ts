/**
 * The GPU history timeline and the CPU-vs-GPU peak-throughput chart, in the article's history
 * section and on their own pages, in both languages. Their accessibility, with a filter applied
 * and a tooltip shown, is scanned by accessibility.spec.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { strings } from '../src/i18n/strings/gpu-timeline.ts';
import { translator } from '../src/i18n/translate.ts';
import { expect, test } from './fixtures';
import { layoutShift, outgrownParts, readThrough, watchLayoutShifts } from './layout-shift';
import { lineStarts, splitWords } from './legibility';
import { missedLandings } from './scroll';

const root = process.cwd();
const timelineIds = readdirSync(join(root, 'content/timeline'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));
const categoryOf = new Map(
  timelineIds.map((id) => [id, (parse(readFileSync(join(root, 'content/timeline', `${id}.yaml`), 'utf8')) as { category: string }).category]),
);
const dataset = parse(readFileSync(join(root, 'content/datasets/peak-flops.yaml'), 'utf8')) as { id: string; gflops: number; year: number; name: string }[];

// Interactions are tested on the timeline pages, where the full island lives; the article carries
// a compact list of the events that links to them there. The chart is tested on its own page, the
// smallest that has it.
const pages = (
  [
    { path: '/timeline/', chartPath: '/peak-flops/', article: '/', locale: 'en' },
    { path: '/zh-cn/timeline/', chartPath: '/zh-cn/peak-flops/', article: '/zh-cn/', locale: 'zh-cn' },
  ] as const
).map((page) => {
  const t = translator(strings, page.locale);
  const others = (['hardware', 'software', 'research'] as const).map((category) => t(`category.${category}`));
  return { ...page, browsers: t('category.browser'), others, showAll: t('showAll'), noneShown: t('noneShown') };
});

const timeline = (page: Page) => page.locator('[data-gpu-timeline]');
const chart = (page: Page) => page.locator('[data-peak-flops-chart]');

/** The filters take clicks once the site script has wired them (src/client/timeline-filters.ts). */
async function hydrateTimeline(page: Page) {
  await timeline(page).scrollIntoViewIfNeeded();
  await expect(timeline(page).getByRole('group').getByRole('button').first()).toBeEnabled();
}

for (const { path, chartPath, article, locale, browsers, others, showAll, noneShown } of pages) {
  test(`the timeline page: deep links, category filters, keyboard and reduced motion (${locale})`, async ({ page }) => {
    await watchLayoutShifts(page);
    await page.goto(`${path}#timeline-2012-alexnet`);
    const toggle = timeline(page).getByRole('button', { name: browsers });

    await test.step('a deep link scrolls to its event and highlights it', async () => {
      const event = page.locator('#timeline-2012-alexnet');
      await expect(event).toBeInViewport();
      await expect(event).toHaveClass(/gpu-timeline__event--highlighted/);
      await expect(event).toBeFocused();
    });

    await test.step('the deep link stays at the top of the screen while eras above it stand in', async () => {
      expect(await missedLandings(page, ['timeline-2012-alexnet'], { follow: false })).toEqual([]);
    });

    await test.step('nothing moves while the page loads, the filters are wired and the reader scrolls through it', async () => {
      expect(await layoutShift(page)).toBe(0);
      expect(await readThrough(page)).toEqual([]);
      expect(await layoutShift(page)).toBe(0);
    });

    await test.step('eras and the chart off screen stand in at their full height, wide and at 320 px', async () => {
      expect(await outgrownParts(page), 'eras and the chart off screen stand in at their full height in the wide layout').toEqual([]);
      const wide = page.viewportSize();
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await outgrownParts(page), 'eras and the chart off screen stand in at their full height at 320 px').toEqual([]);
      if (wide) await page.setViewportSize(wide);
    });

    if (locale === 'zh-cn') {
      await test.step('at 390 px the title, eras and events wrap only between words', async () => {
        const wide = page.viewportSize();
        await page.setViewportSize({ width: 390, height: 844 });
        // Every era laid out, so the titles of those off screen have lines to read.
        await page.locator('[data-height-part]').evaluateAll((parts) => parts.forEach((part) => ((part as HTMLElement).style.contentVisibility = 'visible')));
        const titles = page.locator('h1 .phrased, .gpu-timeline__era-title .phrased, .gpu-timeline__title .phrased');
        const eras = await page.locator('.gpu-timeline__era').count();
        expect(await titles.count(), 'the title, every era and every event').toBe(1 + eras + timelineIds.length);
        expect(await splitWords(titles, locale)).toEqual([]);
        expect((await lineStarts(page.locator('h1'))).starts.length, 'the title wraps at 390 px').toBeGreaterThan(0);
        await page.locator('[data-height-part]').evaluateAll((parts) => parts.forEach((part) => (part as HTMLElement).style.removeProperty('content-visibility')));
        if (wide) await page.setViewportSize(wide);
      });
    }

    await test.step('the page shows every event and the whole chart', async () => {
      await expect(timeline(page).locator('li[data-category]')).toHaveCount(timelineIds.length);
      // The page runs no component framework: the events and filters are the server's markup.
      await expect(page.locator('astro-island')).toHaveCount(0);
      await expect(chart(page).locator('[data-point]:visible')).toHaveCount(dataset.length);
    });

    await test.step('category filters show and hide the right events', async () => {
      await hydrateTimeline(page);
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      const browserCount = [...categoryOf.values()].filter((category) => category === 'browser').length;
      expect(browserCount, 'events in the browser category').toBeGreaterThan(0);
      await expect(timeline(page).locator('li[data-category="browser"]:visible')).toHaveCount(0);
      await expect(timeline(page).locator('li[data-category]:visible')).toHaveCount(timelineIds.length - browserCount);
      await expect(timeline(page).getByRole('status')).toContainText(String(timelineIds.length - browserCount));

      // With every kind switched off, the eras go too and the status says why the list is empty.
      for (const name of others) await timeline(page).getByRole('button', { name }).click();
      await expect(timeline(page).locator('.gpu-timeline__era:visible')).toHaveCount(0);
      await expect(timeline(page).getByRole('status')).toHaveText(noneShown);

      await timeline(page).getByRole('button', { name: showAll }).click();
      await expect(timeline(page).locator('li[data-category]:visible')).toHaveCount(timelineIds.length);
    });

    await test.step('a deep link to a filtered-out event brings it back', async () => {
      await toggle.click();
      await expect(page.locator('#timeline-2011-webgl-1')).toBeHidden();
      await page.evaluate(() => {
        location.hash = '#timeline-2011-webgl-1';
      });
      await expect(page.locator('#timeline-2011-webgl-1')).toBeVisible();
      await expect(page.locator('#timeline-2011-webgl-1')).toBeInViewport();
      await expect(page.locator('#timeline-2011-webgl-1')).toHaveClass(/gpu-timeline__event--highlighted/);
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    });

    await test.step('works with the keyboard alone', async () => {
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

    await test.step('respects prefers-reduced-motion', async () => {
      const event = page.locator('#timeline-2020-a100');
      expect(await event.evaluate((element) => getComputedStyle(element).transitionDuration)).not.toBe('0s');
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await expect.poll(() => event.evaluate((element) => getComputedStyle(element).transitionDuration)).toBe('0s');
    });
  });

  test(`the article lists every event, each linking to it on the timeline page (${locale})`, async ({ page }) => {
    await page.goto(`${article}#timeline-2012-alexnet`);
    await expect(page.locator('#timeline-2012-alexnet')).toBeInViewport();
    const highlights = page.locator('[data-timeline-highlights]');
    const links = await highlights.locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(timelineIds.map((id) => `${path}#timeline-${id}`).sort());
    await highlights.locator('#timeline-2012-alexnet a').click();
    await expect(page).toHaveURL(`${path}#timeline-2012-alexnet`);
    await expect(timeline(page).locator('#timeline-2012-alexnet')).toBeInViewport();
  });

  test(`the peak-flops chart states its data, shows tooltips and credits its source (${locale})`, async ({ page }) => {
    await page.goto(chartPath);
    await expect(chart(page).locator('svg.pf-chart__svg:visible')).toBeVisible();
    await expect(chart(page).locator('[data-point]:visible')).toHaveCount(dataset.length);

    await test.step('a text alternative that states the data', async () => {
      const svg = chart(page).locator('svg.pf-chart__svg:visible');
      const describedBy = await svg.getAttribute('aria-describedby');
      const labelledBy = await svg.getAttribute('aria-labelledby');
      expect(describedBy, 'aria-describedby').toBeTruthy();
      expect(labelledBy, 'aria-labelledby').toBeTruthy();
      await expect(page.locator(`[id="${labelledBy}"]`)).not.toBeEmpty();
      const summary = page.locator(`[id="${describedBy}"]`);
      await expect(summary).toBeVisible();
      // The summary names the first CPU and the last tensor point with their values.
      await expect(summary).toContainText('Xeon X5482');
      await expect(summary).toContainText('2,250,000');
    });

    await test.step('a data table with exactly the numbers of the dataset', async () => {
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

    await test.step("a point's value and source on hover and on keyboard focus", async () => {
      const tooltip = chart(page).locator('.pf-chart__tooltip');
      const point = chart(page).locator('[data-point="2017-v100-tensor"]:visible');
      await point.hover();
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toContainText('Tesla V100');
      await expect(tooltip).toContainText('125,000 GFLOPS');
      await expect(tooltip).toContainText('NVIDIA');
      await page.mouse.move(0, 0);
      await expect(tooltip).toBeHidden();

      await chart(page).locator('[data-point="2024-xeon-6980p"]:visible').focus();
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toContainText('16,384 GFLOPS');
      await expect(tooltip).toContainText('128 cores × 2.0 GHz');
      await page.keyboard.press('Escape');
      await expect(tooltip).toBeHidden();
    });

    await test.step('every point’s tooltip lies inside the screen, on a laptop and a phone', async () => {
      for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
        await page.setViewportSize(size);
        await expect(chart(page).locator('[data-point]:visible')).toHaveCount(dataset.length);
        const offScreen = await chart(page).evaluate((figure) => {
          const tooltip = figure.querySelector<HTMLElement>('.pf-chart__tooltip')!;
          return [...figure.querySelectorAll<SVGGElement>('[data-point]')].flatMap((point) => {
            if (point.getClientRects().length === 0) return [];
            // Brought just into view, as focus does, so some open at the screen's edges.
            point.scrollIntoView({ block: 'nearest', behavior: 'instant' });
            point.focus({ preventScroll: true });
            const shown = !tooltip.hidden;
            const box = tooltip.getBoundingClientRect();
            const { clientWidth, clientHeight } = document.documentElement;
            point.blur();
            if (shown && box.left >= 0 && box.top >= 0 && box.right <= clientWidth && box.bottom <= clientHeight) return [];
            return [`${point.dataset.point}: ${shown ? [box.left, box.top, box.right, box.bottom].map(Math.round).join(' ') : 'no tooltip'}`];
          });
        });
        expect(offScreen, `${size.width} px`).toEqual([]);
      }
    });

    await test.step('credits Karl Rupp under CC BY 4.0', async () => {
      await expect(chart(page).locator('a[href="https://github.com/karlrupp/cpu-gpu-mic-comparison"]')).toContainText('Karl Rupp');
      await expect(chart(page).locator('a[href="https://creativecommons.org/licenses/by/4.0/"]')).toHaveText('CC BY 4.0');
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, locale } of pages) {
    test(`every event and the chart are on the timeline page, and a deep link lands on its event (${locale})`, async ({ page }) => {
      await page.goto(`${path}#timeline-2012-alexnet`);
      await expect(page.locator('#timeline-2012-alexnet')).toBeInViewport();
      const events = await timeline(page)
        .locator('li[data-category]:visible')
        .evaluateAll((items) =>
          items.map((item) => ({
            id: item.id.replace('timeline-', ''),
            title: (item.querySelector('h4')?.textContent?.trim() ?? '') !== '',
            body: (item.querySelector('.gpu-timeline__body')?.textContent?.trim().length ?? 0) > 20,
            sources: [...item.querySelectorAll('.gpu-timeline__sources a')].some((a) => /^https?:\/\//.test(a.getAttribute('href') ?? '')),
          })),
        );
      expect(events.map((event) => event.id).sort()).toEqual([...timelineIds].sort());
      expect(events.filter((event) => !event.title || !event.body || !event.sources)).toEqual([]);
      // The filters are in the page, at their size, but need scripts: readers without them see none.
      await expect(timeline(page).locator('button:visible')).toHaveCount(0);
      await expect(chart(page).locator('svg.pf-chart__svg:visible')).toBeVisible();
      await expect(chart(page).locator('[data-point]:visible')).toHaveCount(dataset.length);
    });
  }
});
