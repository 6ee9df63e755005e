/**
 * The demo registry (src/demos.ts) against what it describes: the article's <Demo> tags, the
 * string tables, the demo pages and src/components/Demo.astro.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoNames, demos, isDemoName, type DemoInfo } from '../src/demos.ts';
import { localeCodes, sourceLocale } from '../src/i18n/locales.ts';
import { parseSectionId } from '../src/lib/article.ts';

const root = join(import.meta.dirname, '..');

/** Every `<Demo name="…" />` of the article, with the locale and section it sits in. */
const placements = localeCodes.flatMap((locale) => {
  const dir = join(root, 'content/article', locale);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => {
      const { slug } = parseSectionId(`${locale}/${file.replace(/\.mdx$/, '')}`);
      const text = readFileSync(join(dir, file), 'utf8');
      return [...text.matchAll(/<Demo\s+name="([^"]+)"/g)].map((match) => ({ locale, slug, name: match[1]! }));
    });
});

describe('the demo registry', () => {
  it('knows every demo the article places, in the section where it sits', () => {
    expect(placements.length).toBeGreaterThan(0);
    for (const { locale, slug, name } of placements) {
      expect(isDemoName(name), `${locale}/${slug}: <Demo name="${name}">`).toBe(true);
      if (isDemoName(name)) expect(demos[name].section, `${locale} ${name}`).toBe(slug);
    }
  });

  it('lists no demo the English article leaves out', () => {
    const placed = new Set(placements.filter((p) => p.locale === sourceLocale).map((p) => p.name));
    expect(demoNames.filter((name) => !placed.has(name))).toEqual([]);
  });

  it('names a string table that exists for every demo', () => {
    for (const name of demoNames) expect(existsSync(join(root, 'src/i18n/strings', `${demos[name].strings}.ts`)), name).toBe(true);
  });

  it('names a page that exists, in every locale, for every demo that has one', () => {
    for (const name of demoNames) {
      const { page }: DemoInfo = demos[name];
      if (page === undefined) continue;
      expect(existsSync(join(root, 'src/pages/[...locale]', page, 'index.astro')), `${name}: ${page}`).toBe(true);
    }
  });

  it('has a rendering line in <Demo> for every demo', () => {
    // Astro hydrates only islands it can trace to an import, so <Demo> names each demo once.
    const source = readFileSync(join(root, 'src/components/Demo.astro'), 'utf8');
    const rendered = [...source.matchAll(/\{name === '([^']+)' && </g)].map((match) => match[1]);
    expect(rendered.sort()).toEqual([...demoNames].sort());
  });
});
