import { langTag, type Locale } from './locales.ts';
import { spaceHanSeams } from './spacing.ts';

/**
 * A calendar day (`2026-11-28`) as readers of `locale` write it: "28 November 2026",
 * "2026 年 11 月 28 日" (with the house style's spaces, which Intl leaves out). Read in UTC, the
 * zone an ISO day without a time is in, so no build machine's zone shifts it by a day.
 */
export function formatDay(iso: string, locale: Locale): string {
  const day = new Intl.DateTimeFormat(langTag(locale), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
  return spaceHanSeams(day);
}
