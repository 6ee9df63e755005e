import { getCollection, type CollectionEntry } from 'astro:content';
import { sourceLocale, type Locale } from '../i18n/locales.ts';
import { assembleArticle, type PlacedSection } from '../lib/article.ts';
import { componentAttributeValues, numberByFirstAppearance } from '../lib/mdx-components-used.ts';

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
