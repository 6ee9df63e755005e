import { sourceLocale, type Locale } from '../i18n/locales.ts';

/** What the article model needs of a section entry: Astro's collection entries fit this shape. */
export interface SectionEntry {
  /** `<locale>/<NN-slug>` as the glob loader names it. */
  id: string;
  data: { order: number; title: string };
}

/**
 * When the article as a reader sees it last changed: the newest `updated` day (ISO, so text order
 * is date order) of the sections shown, or the publication day when none changed since.
 */
export function lastUpdated(sections: readonly { updated?: string | undefined }[], published: string): string {
  return sections.reduce((newest, { updated }) => (updated !== undefined && updated > newest ? updated : newest), published);
}

export interface PlacedSection<E extends SectionEntry> {
  /** The section's anchor id, the same in every language (`matmul` for `03-matmul.mdx`). */
  slug: string;
  /** The entry to render: the reader's locale, or the source when no translation exists. */
  entry: E;
  /** Locale the entry is written in. */
  locale: Locale;
  /** True when the source section stands in for a missing translation. */
  isFallback: boolean;
}

/** Splits `zh-cn/03-matmul` into its locale folder and section file name. */
export function parseSectionId(id: string): { locale: string; file: string; slug: string } {
  const [locale, file, ...rest] = id.split('/');
  if (!locale || !file || rest.length > 0) {
    throw new Error(`Article section id "${id}" must look like "<locale>/<NN-slug>", e.g. "en/03-matmul".`);
  }
  const match = /^\d+-(.+)$/.exec(file);
  if (!match?.[1]) {
    throw new Error(`Article section file "${file}" must be named "NN-slug.mdx", e.g. "03-matmul.mdx".`);
  }
  return { locale, file, slug: match[1] };
}

/**
 * The sections of the article in reading order for `locale`. The source locale decides which
 * sections exist and their order; a missing translation falls back to the source section.
 */
export function assembleArticle<E extends SectionEntry>(entries: readonly E[], locale: Locale): PlacedSection<E>[] {
  const byLocale = new Map<string, Map<string, E>>();
  for (const entry of entries) {
    const { locale: entryLocale, file } = parseSectionId(entry.id);
    const files = byLocale.get(entryLocale) ?? new Map<string, E>();
    files.set(file, entry);
    byLocale.set(entryLocale, files);
  }
  const source = [...(byLocale.get(sourceLocale)?.values() ?? [])].sort((a, b) => a.data.order - b.data.order);
  const translations = byLocale.get(locale);
  return source.map((sourceEntry) => {
    const { file, slug } = parseSectionId(sourceEntry.id);
    const translated = locale === sourceLocale ? sourceEntry : translations?.get(file);
    return translated
      ? { slug, entry: translated, locale, isFallback: false }
      : { slug, entry: sourceEntry, locale: sourceLocale, isFallback: true };
  });
}

/** Minutes to read a text in any of the site's languages: about 230 words a minute, 400 Chinese characters a minute. */
export function readingMinutes(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.replace(/\p{Script=Han}/gu, ' ').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  const minutes = han / 400 + words / 230;
  return Math.max(1, Math.round(minutes));
}
