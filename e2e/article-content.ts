import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Section slugs in reading order, read from a content folder's English files (NN-slug.mdx). */
export function sectionSlugs(contentDir = process.env.E2E_CONTENT_DIR ?? 'content'): string[] {
  return readdirSync(join(contentDir, 'article', 'en'))
    .filter((file) => /^\d+-.+\.mdx$/.test(file))
    .sort()
    .map((file) => file.replace(/^\d+-/, '').replace(/\.mdx$/, ''));
}

/** Slugs of the sections that have a file in `locale`. */
export function translatedSlugs(locale: string, contentDir = process.env.E2E_CONTENT_DIR ?? 'content'): string[] {
  return readdirSync(join(contentDir, 'article', locale))
    .filter((file) => /^\d+-.+\.mdx$/.test(file))
    .map((file) => file.replace(/^\d+-/, '').replace(/\.mdx$/, ''));
}
