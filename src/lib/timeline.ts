/**
 * Ordering, grouping, filtering and wording of the GPU history timeline. No DOM here: the
 * server-rendered list, the filters' script and their tests all use these functions.
 */
import { formatDate } from '../i18n/format-date.ts';
import { langTag, sourceLocale, type Locale } from '../i18n/locales.ts';
import { formatExact } from './format-number.ts';
import { entryNotice, trackedTexts } from './translation/entries.ts';
import type { LocalizedText, TimelineCategory, TimelineEntry } from '../schemas/timeline.ts';

/** Prefix of every entry's element id, so timeline anchors never clash with heading ids. */
export const ANCHOR_PREFIX = 'timeline-';

/** The element id (and URL hash without `#`) of an entry: `timeline-2012-alexnet`. */
export function entryAnchorId(entryId: string): string {
  return `${ANCHOR_PREFIX}${entryId}`;
}

/** The entry a URL hash points at, or undefined when it names no entry of the list. */
export function entryIdFromHash(hash: string, entryIds: readonly string[]): string | undefined {
  const raw = hash.replace(/^#/, '');
  let anchor: string;
  try {
    anchor = decodeURIComponent(raw);
  } catch {
    // A malformed escape (`#%E0`) cannot name one of our ids.
    return undefined;
  }
  if (!anchor.startsWith(ANCHOR_PREFIX)) return undefined;
  const id = anchor.slice(ANCHOR_PREFIX.length);
  return entryIds.includes(id) ? id : undefined;
}

/**
 * Oldest first. ISO dates of mixed precision compare correctly as strings ("2017" sorts before
 * "2017-01", so a year-only event opens its year); the id breaks ties so the order is stable.
 */
export function sortEntries<T extends Pick<TimelineEntry, 'id' | 'date'>>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
}

/** The periods the story falls into; each era runs from its first year to the next era's. */
export const eras = [
  { id: 'programmable-graphics', from: 1999 },
  { id: 'gpu-computing', from: 2006 },
  { id: 'deep-learning', from: 2012 },
  { id: 'tensor-era', from: 2017 },
] as const;
export type EraId = (typeof eras)[number]['id'];

export function entryYear(entry: Pick<TimelineEntry, 'date'>): number {
  return Number(entry.date.slice(0, 4));
}

/** The era an entry belongs to; events before the first era count in it. */
export function eraOf(entry: Pick<TimelineEntry, 'date'>): EraId {
  const year = entryYear(entry);
  return eras.findLast((era) => year >= era.from)?.id ?? eras[0].id;
}

export interface EraGroup<T> {
  era: EraId;
  /** First and last year of the entries in the group, for the era marker. */
  firstYear: number;
  lastYear: number;
  entries: T[];
}

/** Entries (sorted first) in era order; eras without entries are left out. */
export function groupByEra<T extends Pick<TimelineEntry, 'id' | 'date'>>(entries: readonly T[]): EraGroup<T>[] {
  const sorted = sortEntries(entries);
  return eras
    .map((era) => {
      const inEra = sorted.filter((entry) => eraOf(entry) === era.id);
      return {
        era: era.id,
        firstYear: inEra.length > 0 ? entryYear(inEra[0]!) : era.from,
        lastYear: inEra.length > 0 ? entryYear(inEra.at(-1)!) : era.from,
        entries: inEra,
      };
    })
    .filter((group) => group.entries.length > 0);
}

/** Whether an entry passes the category filter. */
export function isShown(entry: Pick<TimelineEntry, 'category'>, activeCategories: ReadonlySet<TimelineCategory>): boolean {
  return activeCategories.has(entry.category);
}

/** Whether an era stays in the list: only while at least one of its events passes the filter. */
export function isEraShown(events: readonly Pick<TimelineEntry, 'category'>[], activeCategories: ReadonlySet<TimelineCategory>): boolean {
  return events.some((event) => isShown(event, activeCategories));
}

/** A filter button's category and how many events it stands for. */
export interface CategoryCount {
  category: TimelineCategory;
  count: number;
}

/**
 * Events per category, in the filters' order (a category without events counts 0). The server
 * counts them so the filters can state their status without being sent the events themselves.
 */
export function countByCategory(entries: readonly Pick<TimelineEntry, 'category'>[], categories: readonly TimelineCategory[]): CategoryCount[] {
  return categories.map((category) => ({ category, count: entries.filter((entry) => entry.category === category).length }));
}

/** How many events pass the filter, and how many there are in all. */
export function filterStatus(counts: readonly CategoryCount[], activeCategories: ReadonlySet<TimelineCategory>): { shown: number; total: number } {
  return counts.reduce(
    (sum, { category, count }) => ({ shown: sum.shown + (activeCategories.has(category) ? count : 0), total: sum.total + count }),
    { shown: 0, total: 0 },
  );
}

export interface LocalizedResult {
  text: string;
  /** True when the locale had no text and the source language stands in for it. */
  fallback: boolean;
  /** The locale the text is actually in, for the `lang` attribute. */
  locale: Locale;
}

/** The text in `locale`, or the English with `fallback` set when it has not been translated. */
export function localize(text: LocalizedText, locale: Locale): LocalizedResult {
  const translated = text[locale];
  if (translated !== undefined) return { text: translated, fallback: false, locale };
  // The schema makes English (the source locale) the one language every text has.
  return { text: text.en, fallback: locale !== sourceLocale, locale: sourceLocale };
}

/** Ids of entries with any text not yet in `locale`, for translation status reports. */
export function untranslatedEntryIds(
  entries: readonly Pick<TimelineEntry, 'id' | 'title' | 'body' | 'figure'>[],
  locale: Locale,
): string[] {
  return entries
    .filter((entry) => [entry.title, entry.body, entry.figure?.label].some((text) => text !== undefined && text[locale] === undefined))
    .map((entry) => entry.id);
}

/** Units written straight after the number; the rest take a space ("125 TFLOPS", "15.3%"). */
const UNSPACED_UNITS = new Set(['%', '×']);

/** The headline figure's number and unit: "125 TFLOPS", "70×", "128". */
export function formatFigureValue(formattedValue: string, unit: string): string {
  if (unit === '') return formattedValue;
  return UNSPACED_UNITS.has(unit) ? `${formattedValue}${unit}` : `${formattedValue} ${unit}`;
}

/** Text as the timeline shows it, with a language tag only when it is a fallback. */
export interface ShownText {
  text: string;
  /** BCP-47 tag of the fallback language; absent when the text is in the page's language. */
  lang?: string;
}

/**
 * One event ready to display in one locale: the server renders the timeline's lists from these,
 * one language at a time.
 */
export interface TimelineItem {
  id: string;
  date: string;
  dateText: string;
  category: TimelineCategory;
  title: ShownText;
  body: ShownText;
  /** True when any of the entry's text is shown in English for want of a translation. */
  fallback: boolean;
  /** True when the English changed after the entry was translated (src/lib/translation/entries.ts). */
  outdated: boolean;
  figure?: { value: string; label: ShownText };
  sources: { title: string; url: string }[];
}

function shown(text: LocalizedText, locale: Locale): { value: ShownText; fallback: boolean } {
  const result = localize(text, locale);
  const value = result.fallback ? { text: result.text, lang: langTag(result.locale) } : { text: result.text };
  return { value, fallback: result.fallback };
}

/** The entries of a locale's page as display items, oldest first. */
export function toTimelineItems(entries: readonly TimelineEntry[], locale: Locale): TimelineItem[] {
  return sortEntries(entries).map((entry) => {
    const title = shown(entry.title, locale);
    const body = shown(entry.body, locale);
    const label = entry.figure ? shown(entry.figure.label, locale) : undefined;
    return {
      id: entry.id,
      date: entry.date,
      dateText: formatDate(entry.date, locale, entry.datePrecision),
      category: entry.category,
      title: title.value,
      body: body.value,
      fallback: title.fallback || body.fallback || (label?.fallback ?? false),
      outdated: entryNotice(trackedTexts('timeline', entry), entry.translations, locale) === 'outdated',
      ...(entry.figure && label
        ? { figure: { value: formatFigureValue(formatExact(entry.figure.value, locale, 2), entry.figure.unit), label: label.value } }
        : {}),
      sources: entry.sources.map(({ title: sourceTitle, url }) => ({ title: sourceTitle, url })),
    };
  });
}
