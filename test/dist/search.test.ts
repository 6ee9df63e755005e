/**
 * The search index Pagefind writes at the end of each build: one index per language, holding every
 * page of the site in that language, and none of the text search leaves out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pagePaths } from '../../e2e/site-pages.ts';
import { langTag, localeCodes, urlForLocale } from '../../src/i18n/locales.ts';
import { strings as siteStrings } from '../../src/i18n/strings/site.ts';
import { searchFolder } from '../../src/lib/search.ts';

const builds = [{ dir: process.env.DIST_DIR ?? 'dist' }, { dir: process.env.DIST_FIXTURE_DIR ?? 'dist-fixture' }];

interface Fragment {
  url: string;
  content: string;
}

/** Pagefind's index language for a locale: the page's `<html lang>`, lower-cased. */
const indexLanguage = (locale: (typeof localeCodes)[number]) => langTag(locale).toLowerCase();

/** A page's record in the index: gzip of a `pagefind_dcd` signature and JSON. */
function readFragment(file: string): Fragment {
  const bytes = gunzipSync(readFileSync(file));
  const signature = 'pagefind_dcd';
  expect(bytes.subarray(0, signature.length).toString(), file).toBe(signature);
  return JSON.parse(bytes.subarray(signature.length).toString('utf8')) as Fragment;
}

describe.each(builds)('the search index of $dir', ({ dir }) => {
  const folder = join(dir, searchFolder);
  const fragmentsDir = join(folder, 'fragment');
  const fragments = existsSync(fragmentsDir)
    ? readdirSync(fragmentsDir).map((file) => ({ language: /^(.+)_\w+\.pf_fragment$/.exec(file)?.[1], ...readFragment(join(fragmentsDir, file)) }))
    : [];

  it('sits beside Pagefind’s script, with one index per language of the site', () => {
    expect(existsSync(join(folder, 'pagefind.js')), `${folder}/pagefind.js`).toBe(true);
    const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(localeCodes.map(indexLanguage).sort());
  });

  // Pagefind keeps paths inside the build; pagefind.js puts the base before them, the part of its
  // own URL before /pagefind/.
  it.each(localeCodes)('holds every page in %s and no other page', (locale) => {
    const urls = fragments.filter((fragment) => fragment.language === indexLanguage(locale)).map((fragment) => fragment.url);
    expect(urls.sort()).toEqual(pagePaths.map((path) => urlForLocale(locale, path)).sort());
  });

  it('leaves out the translation notices and the “help translate” links', () => {
    const furniture = localeCodes.flatMap((locale) => (['fallback.notice', 'translate.help', 'translate.improve', 'block.missing', 'block.outdated'] as const).map((key) => siteStrings[locale][key]));
    const found = fragments.flatMap(({ url, content }) => furniture.filter((text) => content.replaceAll('\u200b', '').includes(text)).map((text) => `${url}: ${text}`));
    expect(fragments.length, 'pages in the index').toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
