/**
 * Internal links must land somewhere: `#anchor` and `/…#anchor` links to the
 * article need an existing section or heading id, other site paths need a page.
 * A typo in an anchor fails silently in the browser, so it fails here instead.
 */
import type { ParsedSection } from '../blocks.ts';
import type { Diagnostic } from '../diagnostics.ts';

const CHECK = 'links';

export interface LinkContext {
  /** Ids on the article page: section slugs and heading ids (identical in both languages). */
  anchors: ReadonlySet<string>;
  /** The article page per locale: `{ en: '/', 'zh-cn': '/zh-cn/' }`. */
  articlePaths: Readonly<Record<string, string>>;
  /**
   * Other site routes, e.g. `/zh-cn/glossary/`; a segment `[param]` matches any
   * one segment, `[...rest]` any number. Undefined while the site has no pages
   * to compare against: then only links into the article are checked.
   */
  routes?: readonly string[];
}

/** `/zh-cn/glossary` and `/zh-cn/glossary/` are the same page. */
function normalizePath(path: string): string {
  return path.endsWith('/') || path.split('/').pop()!.includes('.') ? path : `${path}/`;
}

export function routeMatches(route: string, path: string): boolean {
  const match = (r: string[], p: string[]): boolean => {
    const [head, ...rest] = r;
    if (head === undefined) return p.length === 0;
    // A rest parameter, `[...locale]`, takes zero or more segments ('' for English pages).
    if (head.startsWith('[...')) return p.some((_, k) => match(rest, p.slice(k))) || match(rest, []);
    return p.length > 0 && (head.startsWith('[') || head === p[0]) && match(rest, p.slice(1));
  };
  return match(route.split('/').filter(Boolean), path.split('/').filter(Boolean));
}

function hasScheme(url: string): boolean {
  const colon = url.indexOf(':');
  const slash = url.indexOf('/');
  return colon > 0 && (slash === -1 || colon < slash);
}

export function checkLinks(section: ParsedSection, locale: string, ctx: LinkContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (l: { line: number; column: number }, message: string, hint: string, severity: Diagnostic['severity'] = 'error') =>
    out.push({ file: section.file, line: l.line, column: l.column, message, hint, check: CHECK, severity });
  const anchorHint = `use one of the section ids (${[...ctx.anchors].slice(0, 6).join(', ')}, …) or a heading id; heading ids come from the English heading text`;
  const ownArticle = ctx.articlePaths[locale];

  for (const block of section.blocks) {
    for (const link of block.links) {
      const url = link.url;
      if (url === '' || url.startsWith('//') || hasScheme(url)) continue;
      const hash = url.indexOf('#');
      const path = hash === -1 ? url : url.slice(0, hash);
      const anchor = hash === -1 ? '' : decodeURIComponent(url.slice(hash + 1));
      if (!path.startsWith('/') && path !== '') {
        report(link, `relative link "${url}" depends on the page it is rendered on`, 'write a site path starting with `/`, or `#id` for a place in the article');
        continue;
      }
      const articleLocale = path === '' ? undefined : Object.entries(ctx.articlePaths).find(([, p]) => p === normalizePath(path))?.[0];
      if (path === '' || articleLocale) {
        if (anchor && !ctx.anchors.has(anchor)) report(link, `link to "#${anchor}", but the article has no section or heading with that id`, anchorHint);
        if (articleLocale && ownArticle && articleLocale !== locale) {
          report(link, `link "${url}" leads to the ${articleLocale} article from a ${locale} page`, `link to ${ownArticle}${anchor ? `#${anchor}` : ''} or just #${anchor || 'id'}`, 'warning');
        }
        continue;
      }
      if (ctx.routes && !ctx.routes.some((r) => routeMatches(r, normalizePath(path)))) {
        report(link, `link to "${path}", but the site has no such page`, 'check the path against src/pages (English pages have no locale prefix, Chinese ones start with /zh-cn/)');
      }
    }
  }
  return out;
}
