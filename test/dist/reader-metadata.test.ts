import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { attribute, elementsOf, textOf } from '../../src/node/built-html.ts';
import { fixtureBase } from '../../e2e/fixture-build.ts';
import { formatDate } from '../../src/i18n/format-date.ts';
import { langTag, localeCodes, urlForLocale, withBase, type Locale } from '../../src/i18n/locales.ts';
import { shareImagePath, shareImageSize, sitePages } from '../../src/i18n/site-pages.ts';
import { strings as siteStrings } from '../../src/i18n/strings/site.ts';
import { translator } from '../../src/i18n/translate.ts';
import { siteConfig } from '../../src/site.config.ts';


// The site as built and the fixture site (under the GitHub Pages project path), with the day each
// locale's byline says the article was last updated: the real article's newest sections are dated
// with its current edition; the fixture's English and Chinese sections each carry their own.
const builds = [
  { dir: process.env.DIST_DIR ?? 'dist', base: '/', updated: { en: siteConfig.edition.date, 'zh-cn': siteConfig.edition.date } },
  { dir: process.env.DIST_FIXTURE_DIR ?? 'dist-fixture', base: fixtureBase, updated: { en: '2026-11-28', 'zh-cn': '2026-11-30' } },
] satisfies { dir: string; base: string; updated: Record<Locale, string> }[];


/** A built page's elements; with `headOnly`, those of its `<head>`, which is all the metadata tests read of a long page. */
function page(dir: string, file: string, { headOnly = false } = {}) {
  const html = readFileSync(join(dir, file), 'utf8');
  const all = [...elementsOf(parse(headOnly ? html.slice(0, html.indexOf('</head>')) : html))];
  /** The content of the one `<meta>` whose `name` or `property` is `key`. */
  const meta = (key: string) => {
    const found = all.filter((el) => el.tagName === 'meta' && (attribute(el, 'name') === key || attribute(el, 'property') === key));
    expect(found, `${file}: <meta ${key}>`).toHaveLength(1);
    return attribute(found[0]!, 'content') ?? '';
  };
  return { all, meta };
}

/**
 * The size of a PNG that is whole: signature, every chunk's CRC, IHDR first and IEND last, and
 * image data that inflates to exactly the rows its header announces.
 */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(0, 8).toString('hex'), `${file}: PNG signature`).toBe('89504e470d0a1a0a');
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${file}: CRC of ${type}`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  expect(chunks[0]?.type).toBe('IHDR');
  expect(chunks.at(-1)?.type).toBe('IEND');
  const header = chunks[0]!.data;
  const [width, height, bitDepth, colourType] = [header.readUInt32BE(0), header.readUInt32BE(4), header[8]!, header[9]!];
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colourType] ?? 0;
  const pixels = inflateSync(Buffer.concat(chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data)));
  expect(pixels.length, `${file}: image data`).toBe(height * (1 + Math.ceil((width * channels * bitDepth) / 8)));
  return { width, height };
}

describe.each(builds)('the pages of $dir', ({ dir, base, updated }) => {
  const pages = localeCodes.flatMap((locale) => sitePages.map((sitePage) => ({ locale, sitePage, file: `${urlForLocale(locale, sitePage.path).slice(1)}index.html` })));

  it.each(pages)('$file describes itself and shows its own share card in its language', ({ locale, sitePage, file }) => {
    const t = translator(siteStrings, locale);
    const { all, meta } = page(dir, file, { headOnly: true });
    expect(attribute(all.find((el) => el.tagName === 'html')!, 'lang')).toBe(langTag(locale));
    expect(meta('description')).toBe(t(sitePage.description));
    expect(meta('og:description')).toBe(t(sitePage.description));
    const image = shareImagePath(sitePage, locale);
    expect(meta('og:image')).toBe(new URL(withBase(image, base), siteConfig.site).href);
    expect(meta('og:image:alt')).toBe(t(sitePage.title));
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect([meta('og:image:width'), meta('og:image:height')]).toEqual([String(shareImageSize.width), String(shareImageSize.height)]);
    expect(pngSize(join(dir, image))).toEqual(shareImageSize);
  });

  it.each(localeCodes)('date the %s article’s last update in its byline, in the reader’s language', (locale) => {
    const { all } = page(dir, `${urlForLocale(locale, '/').slice(1)}index.html`);
    const time = all.find((el) => el.tagName === 'time' && all.some((span) => attribute(span, 'data-updated') !== undefined && span.childNodes.includes(el)));
    expect(time && attribute(time, 'datetime')).toBe(updated[locale]);
    expect(time && textOf(time)).toBe(formatDate(updated[locale], locale));
  });
});

describe.each(builds)('the 404 page of $dir', ({ dir, base }) => {
  it('speaks every language, each part marked with its lang, and leads to every page in each', () => {
    const { all } = page(dir, '404.html');
    for (const locale of localeCodes) {
      const t = translator(siteStrings, locale);
      const part = all.find((el) => el.tagName === 'section' && attribute(el, 'lang') === langTag(locale));
      expect(part, `a part in ${locale}`).toBeDefined();
      const inPart = [...elementsOf(part!)];
      expect(inPart.filter((el) => el.tagName === 'h1').map(textOf)).toEqual([t('notFound.title')]);
      expect(inPart.filter((el) => el.tagName === 'a').map((a) => attribute(a, 'href'))).toEqual(
        sitePages.map((sitePage) => urlForLocale(locale, sitePage.path, { base })),
      );
    }
  });

  // links.test.ts checks that they resolve, reading this page from a missing address deep in the site.
  it('links only by paths absolute from the base, so they resolve at any depth', () => {
    const { all } = page(dir, '404.html');
    const urls = all.flatMap((el) => ['href', 'src'].map((name) => attribute(el, name)).filter((url) => url !== undefined));
    expect(urls.length).toBeGreaterThan(localeCodes.length * sitePages.length);
    expect(urls.filter((url) => !url.startsWith(base))).toEqual([]);
  });

  it('is left out of the sitemap', () => {
    expect(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')).not.toMatch(/404/);
    expect(existsSync(join(dir, '404.html'))).toBe(true);
  });
});
