/**
 * Translation tracking for the files that keep every language in one YAML file: timeline entries
 * (content/timeline/) and glossary terms (content/glossary/). Such a file cannot have a record file
 * per block like an article section; instead it stores, per translation locale, the fingerprint of
 * the English it was translated from (`translations: { zh-cn: { source: … } }`), and its status
 * is computed from the file alone. Reading and stamping the files is in entry-files.ts, so that
 * pages can mark entries without bundling a YAML parser.
 */
import { sourceLocale, type Locale, type TranslationLocale } from '../../i18n/locales.ts';
import type { Translations } from '../../schemas/translations.ts';
import { fingerprint } from './fingerprint.ts';

/** The two kinds of tracked file, each a folder of content/. */
export const entryKinds = ['timeline', 'glossary'] as const;
export type EntryKind = (typeof entryKinds)[number];

export const ENTRY_DIRS: Record<EntryKind, string> = { timeline: 'content/timeline', glossary: 'content/glossary' };

/** The key under which a file keeps its stamps. */
export const TRANSLATIONS_KEY = 'translations';

/**
 * - `translated`: every text has a translation, and the stamp matches the English now.
 * - `outdated`: the English changed since the stamp was written.
 * - `missing`: some text has no translation yet (the site shows the English).
 * - `unrecorded`: translated, but never stamped; run `accept` once the translation is checked.
 */
export const entryStatuses = ['translated', 'outdated', 'missing', 'unrecorded'] as const;
export type EntryStatus = (typeof entryStatuses)[number];

/** A text in the source locale and, where written, in each translation. */
export type TrackedText = { readonly [L in Locale]?: string | undefined } & { readonly [sourceLocale]: string };

/** One tracked file as the tooling reads it. */
export interface TrackedEntry {
  kind: EntryKind;
  /** File name without `.yaml`: `2012-alexnet`, `gpu`. */
  id: string;
  file: string;
  /** The English name a reader knows it by: the event title or the term. */
  label: string;
  /** The texts a translation covers, in a fixed order (title, body, figure label; term, definition). */
  texts: TrackedText[];
  translations: Translations;
}

/** The translated texts of a timeline entry or glossary term, in the order the fingerprint covers them. */
export function trackedTexts(
  kind: EntryKind,
  data: { title?: TrackedText; body?: TrackedText; figure?: { label: TrackedText } | undefined; term?: TrackedText; definition?: TrackedText },
): TrackedText[] {
  const texts = kind === 'timeline' ? [data.title, data.body, data.figure?.label] : [data.term, data.definition];
  return texts.filter((t): t is TrackedText => t !== undefined);
}

/** Fingerprint of the English of every tracked text; what `accept` stores. */
export function sourceFingerprint(texts: readonly TrackedText[]): string {
  return fingerprint(JSON.stringify(texts.map((t) => t[sourceLocale])));
}

export function entryStatus(texts: readonly TrackedText[], translations: Translations, locale: TranslationLocale): EntryStatus {
  if (texts.some((t) => t[locale] === undefined)) return 'missing';
  const stamp = translations?.[locale];
  if (!stamp) return 'unrecorded';
  return stamp.source === sourceFingerprint(texts) ? 'translated' : 'outdated';
}

export interface EntryState {
  id: string;
  file: string;
  label: string;
  status: EntryStatus;
}

export type EntryCounts = Record<EntryStatus | 'entries', number>;

export interface EntryGroupStatus {
  counts: EntryCounts;
  entries: EntryState[];
}

/** The status of every given file in one locale, with counts per status. */
export function entryGroupStatus(entries: readonly TrackedEntry[], locale: TranslationLocale): EntryGroupStatus {
  const states = entries.map((e): EntryState => ({ id: e.id, file: e.file, label: e.label, status: entryStatus(e.texts, e.translations, locale) }));
  const counts = Object.fromEntries([['entries', states.length], ...entryStatuses.map((s) => [s, states.filter((e) => e.status === s).length])]) as EntryCounts;
  return { counts, entries: states };
}

export type EntryNotice = Extract<EntryStatus, 'missing' | 'outdated'>;

/**
 * How readers of a locale see an entry marked: like an article block, only when it is missing
 * (shown in English) or outdated; `unrecorded` is a note for translators.
 */
export function entryNotice(texts: readonly TrackedText[], translations: Translations, locale: Locale): EntryNotice | undefined {
  if (locale === sourceLocale) return undefined;
  const status = entryStatus(texts, translations, locale);
  return status === 'missing' || status === 'outdated' ? status : undefined;
}

