// The article's only first-load script: theme toggle, language preference, table-of-contents
// highlight and tooltip dismissal. Kept small because it counts against the page's byte budget.
import { readPreference, storageKeys, writePreference } from '../lib/preferences.ts';
import { initCitationTips } from './citation-tips.ts';
import { initHashLanding } from './hash-landing.ts';
import { nudgeTip } from './tip-position.ts';

const root = document.documentElement;

function initTheme(): void {
  const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!toggle) return;
  const systemDark = matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : systemDark.matches);
  const sync = () => toggle.setAttribute('aria-pressed', String(isDark()));
  sync();
  systemDark.addEventListener('change', sync);
  toggle.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    writePreference(storageKeys.theme, next);
    sync();
  });
}

let sectionInView: string | undefined;

function initTocHighlight(): void {
  const sections = [...document.querySelectorAll<HTMLElement>('[data-section]')];
  const links = new Map<string, HTMLElement>();
  for (const link of document.querySelectorAll<HTMLElement>('[data-toc-link]')) {
    links.set(link.dataset.tocLink ?? '', link);
    // On a narrow screen the list drops down over the article; picking a section folds it away.
    link.addEventListener('click', () => link.closest('details')?.removeAttribute('open'));
  }
  // The section being read is the last one whose heading has passed a line a third down the
  // screen; at the very end of the page, the last one that has come into view.
  const update = () => {
    const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
    const line = atEnd ? innerHeight : innerHeight / 3;
    const current = sections.filter((section) => section.getBoundingClientRect().top <= line).at(-1) ?? sections[0];
    sectionInView = current?.dataset.section;
    for (const [slug, link] of links) {
      if (slug === sectionInView) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    },
    { passive: true },
  );
  // In the next frame, whose layout the browser does anyway, rather than forcing one now.
  requestAnimationFrame(update);
}

/**
 * The place to keep when switching language: the linked heading if still on screen, else the last
 * heading above a line a third down the screen (headings have the same ids in every language).
 */
function placeToKeep(): string | undefined {
  const hash = decodeURIComponent(location.hash.slice(1));
  const target = hash ? document.getElementById(hash) : null;
  if (target) {
    const { top, bottom } = target.getBoundingClientRect();
    if (bottom > 0 && top < innerHeight) return hash;
  }
  const headings = [...document.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]')];
  const passed = headings.filter((heading) => heading.getBoundingClientRect().top <= innerHeight / 3).at(-1);
  return passed?.id ?? sectionInView ?? (hash || undefined);
}

function initLanguage(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    link.addEventListener('click', () => {
      const place = placeToKeep();
      const url = new URL(link.href);
      // The query holds page state that is the same in every language (the lab's settings).
      url.search = location.search;
      url.hash = place ? `#${place}` : '';
      link.href = url.href;
      writePreference(storageKeys.locale, link.dataset.langSwitch ?? '');
    });
  }
  const dismissed = readPreference(storageKeys.suggestDismissed) === 'true';
  const chosen = readPreference(storageKeys.locale);
  for (const banner of document.querySelectorAll<HTMLElement>('[data-lang-suggest]')) {
    const offered = banner.dataset.langSuggest ?? '';
    const prefersOffered = navigator.languages.find((tag) => /^(en|zh)\b/i.test(tag))?.toLowerCase().startsWith(offered.slice(0, 2));
    if (dismissed) continue;
    if (chosen === offered || (chosen === null && prefersOffered)) banner.hidden = false;
    banner.querySelector('[data-lang-suggest-dismiss]')?.addEventListener('click', () => {
      writePreference(storageKeys.suggestDismissed, 'true');
      banner.hidden = true;
    });
  }
}

function initTooltips(): void {
  // A glossary term's tooltip shows by CSS on hover and focus; here it is only kept on screen.
  const place = (event: Event) => {
    const wrapper = (event.target as Element | null)?.closest?.('.term-wrap');
    const tip = wrapper?.querySelector<HTMLElement>(':scope > .tip');
    const term = wrapper?.querySelector(':scope > .term');
    if (tip && term) nudgeTip(tip, term);
  };
  document.addEventListener('mouseover', place);
  document.addEventListener('focusin', place);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const wrapper = (document.activeElement as HTMLElement | null)?.closest('.term-wrap');
    if (wrapper) wrapper.setAttribute('data-tip-dismissed', '');
  });
  document.addEventListener('focusout', (event) => {
    (event.target as HTMLElement).closest('[data-tip-dismissed]')?.removeAttribute('data-tip-dismissed');
  });
}

initTheme();
initHashLanding();
// Smooth scrolling waits for the reader's first click or key: the browser's own scroll to a deep
// link then stays instant, and islands hydrating along a long glide cannot make it miss.
for (const type of ['pointerdown', 'keydown']) {
  addEventListener(type, () => (root.dataset.smoothScroll = ''), { once: true, capture: true });
}
initTocHighlight();
initLanguage();
initTooltips();
initCitationTips();
// Reading modes (中文 / English / 对照) load only on pages that offer them, after first load.
if (document.querySelector('[data-reading-modes]')) void import('./reading-modes.ts');
const timelineFilters = document.querySelector<HTMLElement>('[data-timeline-filters]');
if (timelineFilters) void import('./timeline-filters.ts').then(({ initTimelineFilters }) => initTimelineFilters(timelineFilters));
// The kernel sources, and the code that fetches them, load when the reader opens their box.
for (const box of document.querySelectorAll<HTMLDetailsElement>('details[data-kernel-sources]')) {
  box.addEventListener('toggle', () => {
    if (box.open) void import('./kernel-sources.ts').then(({ showKernelSources }) => showKernelSources(box));
  });
}
// The search dialog opens at once, so what the reader types is kept; its script, Pagefind and the
// index load only then.
const searchDialog = document.querySelector<HTMLDialogElement>('dialog[data-search-script]');
document.querySelector('[data-search-open]')?.addEventListener('click', () => {
  if (!searchDialog) return;
  searchDialog.showModal();
  void import('./search.ts').then(({ initSearch }) => initSearch(searchDialog));
});
