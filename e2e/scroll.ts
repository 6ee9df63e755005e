import type { Locator, Page } from '@playwright/test';

/** Scrolls as a reader does, bringing a section's heading to the top of the screen. */
export async function scrollToHeading(page: Page, slug: string): Promise<void> {
  await page.locator(`h2#${slug}`).evaluate((heading) => heading.scrollIntoView({ block: 'start', behavior: 'instant' }));
}

/**
 * Brings an element to the middle of the screen as a reader's scroll would. The browser's own
 * scrollIntoView, not Playwright's, which measures the element first: islands hydrating on the
 * way can move it before the scroll ends.
 */
export async function bringIntoView(target: Locator): Promise<void> {
  await target.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
}

/**
 * Goes to each id in turn by setting `location.hash` (or, with `follow: false`, checks where the
 * page already went), waits until the islands on screen have hydrated and scrolling has stopped,
 * and returns every target that did not end at the top of the screen: its top at its
 * scroll margin (within 2 px; at the end of the page, where it cannot scroll further, at or below
 * it) and below every sticky bar above it. An empty list means every target landed.
 */
export function missedLandings(page: Page, ids: readonly string[], { follow = true } = {}): Promise<string[]> {
  return page.evaluate(async ({ targets, follow }) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const onScreen = (el: Element) => {
      const { top, bottom } = el.getBoundingClientRect();
      return bottom > 0 && top < innerHeight;
    };
    const hydrating = () => [...document.querySelectorAll('astro-island[ssr]')].filter(onScreen).length;
    const sticky = [...document.querySelectorAll('body *')].filter((el) => getComputedStyle(el).position === 'sticky');
    const missed: string[] = [];
    for (const id of targets) {
      if (follow) location.hash = id;
      // The page's own landing runs on the next frame. Waits are bounded, so an island that
      // never hydrates or a glide that never ends is reported below rather than hanging the test.
      await frame();
      for (let i = 0; i < 600 && hydrating() > 0; i += 1) await frame();
      const target = document.getElementById(id);
      if (!target) {
        missed.push(`#${id}: not found`);
        continue;
      }
      // Settled: the scroll position and the target's place unchanged for three frames in a row.
      const place = () => `${scrollY} ${target.getBoundingClientRect().top}`;
      for (let i = 0, still = 0, last = ''; i < 600 && still < 3; i += 1) {
        still = place() === last ? still + 1 : 0;
        last = place();
        await frame();
      }
      const { top, left, right } = target.getBoundingClientRect();
      const margin = parseFloat(getComputedStyle(target).scrollMarginTop);
      const over = (bar: Element) => {
        const box = bar.getBoundingClientRect();
        return box.left < right && box.right > left;
      };
      const bars = sticky.filter((bar) => onScreen(bar) && over(bar) && !bar.contains(target));
      const covered = Math.max(0, ...bars.map((bar) => bar.getBoundingClientRect().bottom));
      const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
      const atTop = atEnd ? top >= margin - 2 : Math.abs(top - margin) <= 2;
      if (!atTop || top < covered || hydrating() > 0) {
        missed.push(`#${id}: top ${Math.round(top)} px, scroll margin ${margin} px, sticky bars end at ${Math.round(covered)} px, ${hydrating()} islands hydrating`);
      }
    }
    return missed;
  }, { targets: ids, follow });
}
