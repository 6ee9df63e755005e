// The timeline page's category filters and deep links (GpuTimelineFilters.astro draws them).
// Imported by the site script only on pages that have them. The events are the server's list
// (GpuTimelineList.astro): this shows, hides and highlights its items, and reveals the event a
// link points at. Which events and eras show and what the status says are src/lib/timeline.ts.
import { interpolate } from '../i18n/translate.ts';
import { ANCHOR_PREFIX, entryIdFromHash, filterStatus, isEraShown, isShown, type CategoryCount } from '../lib/timeline.ts';
import type { TimelineCategory } from '../schemas/timeline.ts';

interface ListedEvent {
  id: string;
  category: TimelineCategory;
  element: HTMLElement;
}

export function initTimelineFilters(controls: HTMLElement): void {
  const list = controls.closest<HTMLElement>('[data-gpu-timeline]');
  const status = controls.querySelector<HTMLElement>('[role="status"]');
  const showAll = controls.querySelector<HTMLButtonElement>('[data-show-all]');
  const buttons = [...controls.querySelectorAll<HTMLButtonElement>('button[data-category]')];
  if (!list || !status || !showAll) return;
  const counts: CategoryCount[] = buttons.map((button) => ({ category: button.dataset.category as TimelineCategory, count: Number(button.dataset.count) }));
  const known = new Set(counts.map(({ category }) => category));
  const eras = [...list.querySelectorAll<HTMLElement>('.gpu-timeline__era')].map((element) => ({
    element,
    events: [...element.querySelectorAll<HTMLElement>('li[data-category]')].flatMap((item): ListedEvent[] => {
      const category = item.dataset.category as TimelineCategory;
      return known.has(category) ? [{ id: item.id.slice(ANCHOR_PREFIX.length), category, element: item }] : [];
    }),
  }));
  const events = eras.flatMap((era) => era.events);

  // Every category starts switched on.
  const active = new Set(known);
  let highlighted: string | undefined;

  // toggleAttribute leaves an element untouched when its state does not change, so the first
  // update, with everything shown and nothing highlighted, costs no style or layout work.
  const update = (): void => {
    for (const era of eras) {
      era.element.toggleAttribute('hidden', !isEraShown(era.events, active));
      for (const event of era.events) {
        event.element.toggleAttribute('hidden', !isShown(event, active));
        event.element.classList.toggle('gpu-timeline__event--highlighted', event.id === highlighted);
      }
    }
    for (const button of buttons) button.setAttribute('aria-pressed', String(active.has(button.dataset.category as TimelineCategory)));
    const shown = filterStatus(counts, active);
    showAll.disabled = shown.shown === shown.total;
    const text = shown.shown === 0 ? (controls.dataset.noneShown ?? '') : interpolate(controls.dataset.status ?? '', shown);
    if (status.textContent !== text) status.textContent = text;
  };

  const reveal = (hash: string): void => {
    const id = entryIdFromHash(hash, events.map((e) => e.id));
    const event = events.find((e) => e.id === id);
    if (!event) return;
    // A link to an event hidden by the filters shows it again rather than leading nowhere.
    active.add(event.category);
    highlighted = event.id;
    update();
    // Scrolling to it is the site's landing (src/client/hash-landing.ts), as for every deep link.
    event.element.focus({ preventScroll: true });
  };

  for (const button of buttons) {
    button.addEventListener('click', () => {
      const category = button.dataset.category as TimelineCategory;
      if (active.has(category)) active.delete(category);
      else active.add(category);
      update();
    });
    button.disabled = false;
  }
  showAll.addEventListener('click', () => {
    for (const category of known) active.add(category);
    update();
  });
  update();
  reveal(location.hash);
  addEventListener('hashchange', () => reveal(location.hash));
}
