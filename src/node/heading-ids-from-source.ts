import type { HastPluginEntry } from 'satteri';
import { sourceLocale } from '../i18n/locales.ts';
import { translatedHeadingIds } from '../lib/translation/align.ts';
import { articleFileAt } from './article-file.ts';
import { translationProject } from './translation-project.ts';

/**
 * Gives each heading of a translated section the id of the English heading it translates,
 * so `/#matmul` and `/zh-cn/#matmul` land on the same place. English files keep their own slugs.
 */
export function headingIdsFromSource(): HastPluginEntry {
  return (ctx) => {
    const at = articleFileAt(ctx.fileURL);
    if (!at || at.locale === sourceLocale) return null;
    const pair = translationProject(at.root).pairs.find((p) => p.locale === at.locale && p.section === at.section);
    if (!pair?.zh) return null;
    // The translation tooling's alignment pairs the headings, so the site and `i18n check` agree.
    const ids = translatedHeadingIds(pair.en.blocks, pair.zh.blocks, pair.record);
    let index = 0;
    return {
      name: 'heading-ids-from-source',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, visitor) {
          const id = ids[index++];
          if (id !== undefined) visitor.setProperty(node, 'id', id);
        },
      },
    };
  };
}
