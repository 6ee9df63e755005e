import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';
import { headingIds, parseSection } from '../lib/translation/blocks.ts';
import { sourceLocale } from '../i18n/locales.ts';

const translatedSection = /[\\/]article[\\/]([a-z-]+)[\\/]([^\\/]+\.mdx)$/;

/**
 * Gives each heading of a translated section the id of the English heading at the same position,
 * so `/#matmul` and `/zh-cn/#matmul` land on the same place. English files keep their own slugs.
 */
export function headingIdsFromSource(): HastPluginEntry {
  return (ctx) => {
    if (!ctx.fileURL) return null;
    const path = fileURLToPath(ctx.fileURL);
    const match = translatedSection.exec(path);
    if (!match || match[1] === sourceLocale) return null;
    const sourcePath = path.slice(0, match.index) + `/article/${sourceLocale}/${match[2]}`;
    if (!existsSync(sourcePath)) return null;
    // The translation tooling's block model owns the slug rule, so the site and `i18n check` agree.
    const ids = headingIds(parseSection(sourcePath, readFileSync(sourcePath, 'utf8')));
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
