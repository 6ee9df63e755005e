/**
 * The search dialog's logic over Pagefind's results, kept apart from the DOM: which sections of a
 * page to list, and an excerpt's text with its highlighted words.
 */

/** The folder under the site's base that holds Pagefind's index and its script, `pagefind.js`. */
export const searchFolder = 'pagefind';

/** How many matched pages the dialog lists, the best first. */
export const pagesShown = 5;

/** How many sections of one page the dialog lists, the best first. */
export const sectionsPerPage = 3;

/** A section of a page that matched: under a heading with an id, or the page's text before its first heading. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: readonly { balanced_score: number }[];
}

/** A page that matched, as `result.data()` loads it (pagefind.js ships no types; this is what the dialog reads). */
export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: readonly PagefindSubResult[];
}

/** The part of pagefind.js the dialog calls. */
export interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(term: string): Promise<{ results: readonly { data(): Promise<PagefindPage> }[] } | null>;
}

/** A piece of an excerpt: plain text, or words that matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** One link in the result list. `section` is absent for the text before a page's first heading. */
export interface SearchHit {
  page: string;
  section: string | undefined;
  url: string;
  excerpt: ExcerptPart[];
}

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Undoes the escaping Pagefind applies to page text: the five XML entities and numeric references. */
function unescape(text: string): string {
  return text.replace(/&(?:#x([\da-f]+)|#(\d+)|(\w+));/gi, (whole, hex?: string, dec?: string, name?: string) => {
    if (hex !== undefined || dec !== undefined) {
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name ?? ''] ?? whole;
  });
}

/**
 * An excerpt's text and its `<mark>`ed words. Pagefind escapes the page text and adds only
 * `<mark>` tags; any other tag is kept as visible text, so nothing in an excerpt can become markup.
 * The zero-width spaces its Chinese word segmentation leaves between words are dropped, and the
 * marked pieces of one word (`<mark>显</mark>\u200b<mark>存</mark>`) become one.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    const text = unescape(piece).replaceAll('\u200b', '');
    const last = parts.at(-1);
    if (last?.marked === marked) last.text += text;
    else if (text) parts.push({ text, marked });
  }
  return parts;
}

const score = (sub: PagefindSubResult) => sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);

/**
 * The links a matched page contributes: its best-scoring sections (at most `limit`), best first,
 * or the page itself when Pagefind found no sections.
 */
export function pageHits(page: PagefindPage, limit = sectionsPerPage): SearchHit[] {
  const title = page.meta.title ?? page.url;
  if (page.sub_results.length === 0) return [{ page: title, section: undefined, url: page.url, excerpt: excerptParts(page.excerpt) }];
  return [...page.sub_results]
    .sort((a, b) => score(b) - score(a))
    .slice(0, limit)
    .map((sub) => ({
      page: title,
      section: sub.url.includes('#') ? sub.title : undefined,
      url: sub.url,
      excerpt: excerptParts(sub.excerpt),
    }));
}
