import type { Locator, Page } from '@playwright/test';
import type { Locale } from '../src/i18n/locales.ts';
import { phrases } from '../src/lib/phrase-breaks.ts';

/** Every text run drawn in a figure or chart. */
export const figureText = '.figure__art :is(text, tspan), .pf-chart__svg :is(text, tspan)';

/**
 * On-screen font size of each visible text run in figures and charts: its font size in viewBox
 * units times the SVG's scale on screen (computed fontSize alone ignores the viewBox).
 */
export function renderedTextSizes(page: Page): Promise<{ text: string; px: number }[]> {
  return page.locator(figureText).evaluateAll((runs) =>
    runs.flatMap((run) => {
      const matrix = (run as SVGGraphicsElement).getScreenCTM();
      if (!matrix || !run.checkVisibility() || !run.textContent?.trim()) return [];
      const px = Number.parseFloat(getComputedStyle(run).fontSize) * Math.hypot(matrix.a, matrix.b);
      return [{ text: run.textContent.trim().slice(0, 40), px: Math.round(px * 10) / 10 }];
    }),
  );
}

/** The element's text and the offsets in it where a rendered line begins (after the first). */
export function lineStarts(element: Locator): Promise<{ text: string; starts: number[] }> {
  return element.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const starts: number[] = [];
    let offset = 0;
    let lineTop: number | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.textContent ?? '';
      for (let i = 0; i < value.length; i++) {
        if (!value[i]?.trim()) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        if (lineTop !== undefined && box.top > lineTop + box.height / 2) starts.push(offset + i);
        lineTop = box.top;
      }
      offset += value.length;
    }
    return { text: root.textContent ?? '', starts };
  });
}

/**
 * Where each element's rendered lines split a word: every line that begins anywhere but at a
 * phrase boundary (src/lib/phrase-breaks.ts), as "before / after". Empty when none does.
 */
export async function splitWords(elements: Locator, locale: Locale): Promise<string[]> {
  const splits: string[] = [];
  for (const element of await elements.all()) {
    const { text, starts } = await lineStarts(element);
    let at = 0;
    const boundaries = phrases(text, locale).map((phrase) => (at += phrase.length));
    // A line may also begin after spaces that follow a boundary.
    const inside = starts.filter((start) => !boundaries.some((b) => b <= start && text.slice(b, start).trim() === ''));
    splits.push(...inside.map((start) => `${text.slice(0, start)} / ${text.slice(start)}`));
  }
  return splits;
}

/** For each selector, whether any element it matches is rendered (one round trip for the lot). */
export function anyVisible(page: Page, selectors: string[]): Promise<[string, boolean][]> {
  return page.evaluate((list) => list.map((selector): [string, boolean] => [selector, [...document.querySelectorAll(selector)].some((el) => el.checkVisibility())]), selectors);
}
