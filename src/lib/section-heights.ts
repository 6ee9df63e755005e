/**
 * How tall each long part of the article (its sections, the reference list) is once laid out,
 * measured in the built site by `npm run sections:measure` (scripts/measure-sections.ts): at
 * 320 px, the narrow layout at its tallest, and at 1024 px, the wide layout at its tallest. Parts
 * off screen are neither styled nor laid out (content-visibility in global.css) and stand in at
 * this height, never shorter than their content, so what they hold never spills over their
 * neighbours for tools that measure it.
 */
import * as z from 'zod';
import type { Locale } from '../i18n/locales.ts';
import measured from '../data/section-heights.json' with { type: 'json' };

const heights = z.record(z.string(), z.record(z.string(), z.object({ narrow: z.number().int().positive(), wide: z.number().int().positive() }))).parse(measured);

/** The widths the heights are measured at: the narrowest screen, and where the wide layout begins (64rem). */
export const measuredWidths = { narrow: 320, wide: 1024 } as const;

/** The extra room above a measured height, so small edits do not need a new measurement. */
export const heightMargin = 1.2;

/** The attributes global.css reads a part's stand-in height from; none for a part not measured. */
export function heightAttributes(locale: Locale, part: string): { 'data-height-narrow'?: number; 'data-height-wide'?: number } {
  const height = heights[locale]?.[part];
  return height ? { 'data-height-narrow': height.narrow, 'data-height-wide': height.wide } : {};
}
