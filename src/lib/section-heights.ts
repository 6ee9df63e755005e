/**
 * How tall each long part of a page (the article's sections and reference list, the timeline's
 * eras and chart) is once laid out, measured in the built site by `npm run sections:measure`
 * (scripts/measure-sections.ts): at 320 px, the narrow layout at its tallest, and at 1024 px, the
 * wide layout at its tallest. A part that follows another part is neither styled nor laid out
 * while off screen (content-visibility in global.css) and stands in at this height, never shorter
 * than its content, so what it holds never spills over its neighbours for tools that measure it.
 * A part's name is unique across the site.
 */
import * as z from 'zod';
import type { Locale } from '../i18n/locales.ts';
import measured from '../data/section-heights.json' with { type: 'json' };

const heights = z.record(z.string(), z.record(z.string(), z.object({ narrow: z.number().int().positive(), wide: z.number().int().positive() }))).parse(measured);

/** The widths the heights are measured at: the narrowest screen, and where the wide layout begins (64rem). */
export const measuredWidths = { narrow: 320, wide: 1024 } as const;

/** The extra room above a measured height, so small edits do not need a new measurement. */
export const heightMargin = 1.2;

/**
 * The attributes that make an element a measured part: its name, which the measuring script
 * records it under, and the stand-in heights global.css reads (none until it has been measured).
 */
export function heightPart(locale: Locale, part: string): { 'data-height-part': string; 'data-height-narrow'?: number; 'data-height-wide'?: number } {
  const height = heights[locale]?.[part];
  return { 'data-height-part': part, ...(height && { 'data-height-narrow': height.narrow, 'data-height-wide': height.wide }) };
}
