export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Space between a tooltip and the thing it explains. */
export const tipGap = 4;
/** Closest a tooltip comes to the edge of the screen. */
export const tipMargin = 8;

/**
 * Where a tooltip of `size` goes for an `anchor`, in viewport coordinates: below the anchor, or
 * above it when only there it fits (otherwise on the roomier side), and moved sideways from the
 * anchor's start just enough to stay `tipMargin` inside the viewport.
 */
export function placeTip(anchor: Rect, size: Size, viewport: Size): { left: number; top: number } {
  const left = Math.max(tipMargin, Math.min(anchor.left, viewport.width - tipMargin - size.width));
  const below = anchor.bottom + tipGap;
  const above = anchor.top - tipGap - size.height;
  const fitsBelow = below + size.height <= viewport.height - tipMargin;
  const fitsAbove = above >= tipMargin;
  const roomierBelow = viewport.height - anchor.bottom >= anchor.top;
  const top = fitsBelow || (!fitsAbove && roomierBelow) ? below : above;
  return { left, top: Math.max(tipMargin, top) };
}
