import { getCollection, type CollectionEntry } from 'astro:content';
import { sourceLocale, type Locale } from '../i18n/locales.ts';
import { assembleArticle, lastUpdated, type PlacedSection } from '../lib/article.ts';
import { componentAttributeValues, numberByFirstAppearance } from '../lib/mdx-components-used.ts';
import { siteConfig } from '../site.config.ts';

export type SectionCollectionEntry = CollectionEntry<'article'>;

let sourceOrder: Promise<{ citations: Map<string, number>; figures: Map<string, number> }> | undefined;

/** Citation and figure numbers, taken from the source article so both languages number alike. */
export function articleNumbering() {
  sourceOrder ??= (async () => {
    const bodies = assembleArticle(await getCollection('article'), sourceLocale).map((s) => s.entry.body ?? '');
    return {
      citations: numberByFirstAppearance(bodies.flatMap((body) => componentAttributeValues(body, 'Cite', 'id'))),
      figures: numberByFirstAppearance(bodies.flatMap((body) => componentAttributeValues(body, 'Figure', 'name'))),
    };
  })();
  return sourceOrder;
}

export async function articleSections(locale: Locale): Promise<PlacedSection<SectionCollectionEntry>[]> {
  return assembleArticle(await getCollection('article'), locale);
}

/** The day the article a locale's readers see last changed: its sections' newest `updated`, a stand-in English section's included. */
export async function articleUpdated(locale: Locale): Promise<string> {
  return lastUpdated((await articleSections(locale)).map((section) => section.entry.data), siteConfig.published);
}
