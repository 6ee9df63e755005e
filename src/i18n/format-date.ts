import { locales, type Locale } from './locales.ts';
import { spaceHanSeams } from './spacing.ts';

/** How much of a date is known; it decides how the date is written out. */
export const datePrecisions = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

const fields: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
};

/**
 * An ISO date (`2026-11-28`, `2017-05`, `2001`) written as precisely as it is known, the way the
 * locale's readers write dates: "28 November 2026", "May 2017", "2001"; "2026 年 11 月 28 日" with
 * the house style's spaces, which Intl leaves out. Read in UTC, the zone an ISO date without a time
 * is in, so no build machine's zone shifts it by a day.
 */
export function formatDate(iso: string, locale: Locale, precision: DatePrecision = 'day'): string {
  const format = new Intl.DateTimeFormat(locales[locale].dateStyle, { ...fields[precision], timeZone: 'UTC' });
  return spaceHanSeams(format.format(new Date(iso)));
}
