// One shared tooltip for citation markers, filled from the reference list on hover or focus, so
// the page does not carry a copy of a reference for every time it is cited. Without JavaScript
// a marker is a plain link to its reference, which screen readers also get via aria-describedby.
import { placeFloatingTip } from './tip-position.ts';

export function initCitationTips(): void {
  const tip = document.createElement('div');
  tip.className = 'tip tip--floating';
  tip.setAttribute('role', 'tooltip');
  tip.id = 'cite-tip';
  tip.hidden = true;
  document.body.append(tip);
  let current: HTMLElement | null = null;
  let hideTimer = 0;

  const show = (marker: HTMLElement) => {
    const reference = document.getElementById(`ref-${marker.dataset.cite}`);
    if (!reference) return;
    clearTimeout(hideTimer);
    current = marker;
    const copy = reference.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('a').forEach((link) => link.remove());
    tip.textContent = copy.textContent?.trim() ?? '';
    tip.lang = reference.lang;
    tip.hidden = false;
    placeFloatingTip(tip, marker);
  };
  const hide = () => {
    tip.hidden = true;
    current = null;
  };
  // A short grace period lets the pointer travel from the marker onto the tooltip.
  const hideSoon = () => {
    hideTimer = window.setTimeout(hide, 200);
  };

  const marker = (event: Event) => (event.target as Element | null)?.closest<HTMLElement>('a[data-cite]');
  document.addEventListener('mouseover', (event) => {
    const found = marker(event);
    if (found) show(found);
    else if (tip.contains(event.target as Node)) clearTimeout(hideTimer);
  });
  document.addEventListener('mouseout', (event) => {
    if (marker(event) || tip.contains(event.target as Node)) hideSoon();
  });
  document.addEventListener('focusin', (event) => {
    const found = marker(event);
    if (found) show(found);
  });
  document.addEventListener('focusout', (event) => {
    if (marker(event) === current) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !tip.hidden) hide();
  });
}
