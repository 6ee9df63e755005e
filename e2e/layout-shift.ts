import type { Page } from '@playwright/test';

declare global {
  interface Window {
    /** Sum of the page's layout shifts not caused by the reader's input, as CLS counts them. */
    layoutShift?: number;
  }
}

/** Sums every layout shift from the page's first paint on; call before `page.goto`. */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) window.layoutShift = (window.layoutShift ?? 0) + entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift summed so far; `reset` starts a new sum (after a resize, say). */
export function layoutShift(page: Page, { reset = false } = {}): Promise<number> {
  return page.evaluate((reset) => {
    const total = window.layoutShift ?? NaN;
    if (reset) window.layoutShift = 0;
    return total;
  }, reset);
}

/**
 * Scrolls through the whole page a screen at a time as a reader does, waiting at each stop for
 * the islands on screen to hydrate, and returns every island whose height hydrating changed
 * (heights taken from the server-rendered page before any scrolling). Empty when none did.
 */
export function readThrough(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    // A frame, or 100 ms when none comes (a busy or throttled renderer), so the wait stays bounded.
    const frame = () => new Promise((resolve) => (requestAnimationFrame(resolve), setTimeout(resolve, 100)));
    const islands = [...document.querySelectorAll('astro-island')];
    // An island is `display: contents`; its wrapper (the demo) has its box.
    const height = (island: Element) => island.parentElement?.getBoundingClientRect().height ?? NaN;
    const before = islands.map((island) => (island.hasAttribute('ssr') ? height(island) : null));
    const onScreen = (el: Element) => {
      const { top, bottom } = el.getBoundingClientRect();
      return bottom > 0 && top < innerHeight;
    };
    const hydrating = () => islands.filter((island) => island.hasAttribute('ssr') && onScreen(island)).length;
    scrollTo({ top: 0, behavior: 'instant' });
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 0.8) {
      scrollTo({ top: y, behavior: 'instant' });
      // Bounded (10 s a stop), so an island that never hydrates is reported below instead of hanging the test.
      const until = performance.now() + 10_000;
      for (let i = 0; performance.now() < until && (i < 2 || hydrating() > 0); i += 1) await frame();
    }
    return islands.flatMap((island, i) => {
      const was = before[i];
      const now = height(island);
      const name = island.getAttribute('component-url')?.split('/').at(-1)?.split('.')[0] ?? `island ${i}`;
      if (was === null || was === undefined) return [];
      if (island.hasAttribute('ssr')) return [`${name}: never hydrated`];
      return Math.abs(now - was) > 0.5 ? [`${name}: ${was} px before hydrating, ${now} px after`] : [];
    });
  });
}

/**
 * The parts of the article taller than the height they stand in at while off screen
 * (content-visibility in global.css; heights from src/data/section-heights.json). An outgrown
 * part spills over its neighbours until the reader reaches it: `npm run build && npm run
 * sections:measure` records the new heights.
 */
export function outgrownParts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-height-part]')].flatMap((part) => {
      const standIn = parseFloat(getComputedStyle(part).containIntrinsicHeight.replace('auto', ''));
      part.style.contentVisibility = 'visible';
      const height = part.getBoundingClientRect().height;
      part.style.removeProperty('content-visibility');
      return height > standIn ? [`${part.dataset.heightPart}: ${Math.round(height)} px tall, stands in at ${standIn} px at ${innerWidth} px wide`] : [];
    }),
  );
}
