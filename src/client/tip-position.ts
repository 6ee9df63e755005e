// Keeps a tooltip fully on screen: it opens below its anchor (above near the bottom of the
// screen) and slides sideways away from the edges. CSS gives the tooltip its look and default
// place; this only nudges it, through CSSOM, once the page's script runs.
import { placeTip } from '../lib/tip-placement.ts';

const viewport = () => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight });

/** Moves a tooltip that CSS has placed next to its anchor (a glossary term's) by the offset that keeps it on screen. */
export function nudgeTip(tip: HTMLElement, anchor: Element): void {
  tip.style.removeProperty('--tip-dx');
  tip.style.removeProperty('--tip-dy');
  const box = tip.getBoundingClientRect();
  if (box.width === 0) return;
  const { left, top } = placeTip(anchor.getBoundingClientRect(), box, viewport());
  tip.style.setProperty('--tip-dx', `${left - box.left}px`);
  tip.style.setProperty('--tip-dy', `${top - box.top}px`);
}

/** Places a tooltip positioned against the document (the shared citation tooltip) next to its anchor. */
export function placeFloatingTip(tip: HTMLElement, anchor: Element): void {
  // Measured at the left edge, where its width is not squeezed by where it last stood.
  tip.style.left = '0px';
  const { left, top } = placeTip(anchor.getBoundingClientRect(), tip.getBoundingClientRect(), viewport());
  tip.style.left = `${left + scrollX}px`;
  tip.style.top = `${top + scrollY}px`;
}

/** Places a tooltip positioned against its offset parent (a chart's frame) next to its anchor. */
export function placeTipInParent(tip: HTMLElement, anchor: Element): void {
  // Measured at the parent's start, where its width is not squeezed by where it last stood, and
  // kept at that width where it goes, so it wraps into the height it was placed with.
  tip.style.removeProperty('width');
  tip.style.left = '0px';
  tip.style.top = '0px';
  const size = tip.getBoundingClientRect();
  const origin = (tip.offsetParent ?? document.documentElement).getBoundingClientRect();
  const { left, top } = placeTip(anchor.getBoundingClientRect(), size, viewport());
  tip.style.width = `${Math.ceil(size.width)}px`;
  tip.style.left = `${left - origin.left}px`;
  tip.style.top = `${top - origin.top}px`;
}
