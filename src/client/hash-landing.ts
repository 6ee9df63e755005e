// Deep links, citation jumps and language switches land on their target and stay there while the
// page around it settles: islands hydrating above or below can change the page's height after the
// browser has scrolled. Until the reader takes over (wheel, touch, pointer or key, or a scroll
// that takes the target away), another link is followed or `holdMs` passes, each change of the
// page's size scrolls the target back to the top of the screen.
// The sticky header's height, kept current here, sets how far below the top that is (global.css).

/** How long a landing holds its target without the reader: long enough for slow islands to hydrate. */
const holdMs = 8000;
const readerInput = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
const root = document.documentElement;

function trackHeaderHeight(): void {
  const header = document.querySelector('.site-header');
  if (!header) return;
  new ResizeObserver(([entry]) => {
    const height = entry?.borderBoxSize[0]?.blockSize;
    // Unchanged since the header was first measured (HeaderHeight.astro): a write would restyle the page.
    if (height !== undefined && root.style.getPropertyValue('--header-height') !== `${height}px`) root.style.setProperty('--header-height', `${height}px`);
  }).observe(header);
}

let release: (() => void) | undefined;
const hashTarget = () => document.getElementById(decodeURIComponent(location.hash.slice(1)));

function land(): void {
  release?.();
  const target = hashTarget();
  if (!target) return;
  // Without an explicit behaviour the scroll follows the page's: instant on arrival, smooth once
  // the reader has clicked, so a correction during a glide just retargets it.
  // A newer link may have moved the page before its hashchange event comes: then this one is over.
  const current = () => {
    if (hashTarget() === target) return true;
    stop();
    return false;
  };
  const observer = new ResizeObserver(() => {
    if (current()) target.scrollIntoView({ block: 'start' });
  });
  const timer = setTimeout(() => stop(), holdMs);
  // A scroll that takes the target away from its place, outside a glide, is the reader's own
  // (a scrollbar drag sends none of the input events); the page's shifts move content, not scroll.
  const onScroll = () => {
    if (!current()) return;
    const away = Math.abs(target.getBoundingClientRect().top - parseFloat(getComputedStyle(target).scrollMarginTop)) > 2;
    if (away && getComputedStyle(root).scrollBehavior !== 'smooth') stop();
  };
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of readerInput) removeEventListener(type, stop, true);
    removeEventListener('scroll', onScroll);
    release = undefined;
  };
  for (const type of readerInput) addEventListener(type, stop, { capture: true, passive: true });
  addEventListener('scroll', onScroll, { passive: true });
  // The first call back comes as observing starts: it lands the target again with the header's
  // measured height, and in case the page moved between the browser's scroll and this handler.
  observer.observe(document.body);
  release = stop;
}

export function initHashLanding(): void {
  trackHeaderHeight();
  // A reload or a step back restores the reader's own scroll position: only a fresh visit lands.
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (location.hash && navigation?.type === 'navigate') land();
  addEventListener('hashchange', land);
}
