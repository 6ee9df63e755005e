import { describe, expect, it } from 'vitest';
import { placeTip, tipGap, tipMargin } from '../src/lib/tip-placement.ts';

const viewport = { width: 390, height: 844 };
const anchorAt = (left: number, top: number, width = 60, height = 20) => ({ left, top, right: left + width, bottom: top + height });

describe('placeTip', () => {
  it('puts the tooltip just below the anchor, aligned with its start, when it fits', () => {
    expect(placeTip(anchorAt(40, 100), { width: 200, height: 80 }, viewport)).toEqual({ left: 40, top: 120 + tipGap });
  });

  it('moves a tooltip that would hang off the right edge back inside the viewport', () => {
    const { left } = placeTip(anchorAt(300, 100), { width: 358, height: 80 }, viewport);
    expect(left).toBe(viewport.width - tipMargin - 358);
  });

  it('keeps the tooltip off the left edge when the anchor starts there', () => {
    expect(placeTip(anchorAt(-20, 100), { width: 100, height: 80 }, viewport).left).toBe(tipMargin);
  });

  it('opens above an anchor near the bottom of the screen', () => {
    expect(placeTip(anchorAt(40, 800), { width: 200, height: 120 }, viewport).top).toBe(800 - tipGap - 120);
  });

  it('opens on the roomier side, never above the top edge, when it fits on neither', () => {
    expect(placeTip(anchorAt(40, 300), { width: 200, height: 700 }, viewport).top).toBe(320 + tipGap);
    expect(placeTip(anchorAt(40, 600), { width: 200, height: 700 }, viewport).top).toBe(tipMargin);
  });
});
