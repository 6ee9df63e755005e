/**
 * Links in the article must be safe and land somewhere. Content comes from strangers' pull
 * requests, so only addresses a reader expects a link to open are allowed: web pages, e-mail, site
 * paths and anchors; a `javascript:` or `data:` link would run code on the site's origin. Internal
 * links need an existing section or heading id (`#anchor`, `/…#anchor`) or page, because a typo
 * fails silently in the browser.
 */
import { webProtocols } from '../../../schemas/url.ts';
import { messageInEveryLocale } from '../../../i18n/translate.ts';
import { strings } from '../../../i18n/strings/i18n-links.ts';
import type { Block, Link, ParsedSection } from '../blocks.ts';
import type { Diagnostic } from '../diagnostics.ts';

const CHECK = 'links';

/** The schemes an article link may use; everything else is refused. */
export const linkProtocols: ReadonlySet<string> = new Set([...webProtocols, 'mailto:']);

/** Attributes a browser follows as an address, on any element of the article. */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'xlinkhref']);

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

// Any origin will do: a site path resolves onto it, an address that leaves it names another host.
const SITE = new URL('https://site.invalid/');

export type LinkTarget = { kind: 'external' } | { kind: 'site' } | { kind: 'refused'; scheme: string } | { kind: 'protocol-relative' };

/**
 * Where a browser would take a link, decided by the same WHATWG URL parser browsers use, so
 * disguises it forgives (`JavaScript:`, ` javascript:`, `java\tscript:`, `/\evil.example`) are seen
 * through.
 */
export function linkTarget(url: string): LinkTarget {
  const absolute = URL.parse(url);
  if (absolute) return linkProtocols.has(absolute.protocol) ? { kind: 'external' } : { kind: 'refused', scheme: absolute.protocol };
  return URL.parse(url, SITE.href)?.origin === SITE.origin ? { kind: 'site' } : { kind: 'protocol-relative' };
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

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** An attribute value written as `{…}`: code, which the mdx-safety check reports; its value is unknown here. */
const isExpression = (value: string) => value.startsWith('{') && value.endsWith('}');

/**
 * Every address in a block: Markdown links and definitions, `<a href>` (both from the block
 * model), and URL attributes on any other element.
 */
function addresses(block: Block): Link[] {
  const own = block.component ? [{ ...block.component, line: block.line, column: block.column }] : [];
  const fromAttributes = [...own, ...block.components]
    .filter((element) => element.name !== 'a')
    .flatMap((element) =>
      element.props.filter((p) => URL_ATTRIBUTES.has(p.name.toLowerCase())).map((p) => ({ url: p.value, line: element.line, column: element.column })),
    );
  return [...block.links, ...fromAttributes].filter((link) => !isExpression(link.url));
}

export function checkLinks(section: ParsedSection, locale: string, ctx: LinkContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (l: { line: number; column: number }, message: Diagnostic['message'], hint: Diagnostic['hint'], severity: Diagnostic['severity'] = 'error') =>
    out.push({ file: section.file, line: l.line, column: l.column, message, hint, check: CHECK, severity });
  const schemeHint = messageInEveryLocale(strings, 'scheme.hint', { schemes: [...linkProtocols].join(', ') });
  const anchorHint = messageInEveryLocale(strings, 'anchor.hint', { ids: [...ctx.anchors].slice(0, 6).join(', ') });
  const ownArticle = ctx.articlePaths[locale];

  for (const link of section.blocks.flatMap(addresses)) {
    const url = link.url;
    if (url === '') continue;
    const target = linkTarget(url);
    if (target.kind === 'refused') report(link, messageInEveryLocale(strings, 'scheme.refused', { url, scheme: target.scheme }), schemeHint);
    if (target.kind === 'protocol-relative') report(link, messageInEveryLocale(strings, 'scheme.protocolRelative', { url }), schemeHint);
    if (target.kind !== 'site') continue;

    const hash = url.indexOf('#');
    const path = hash === -1 ? url : url.slice(0, hash);
    const anchor = hash === -1 ? '' : decode(url.slice(hash + 1));
    if (!path.startsWith('/') && path !== '') {
      report(link, messageInEveryLocale(strings, 'relative', { url }), messageInEveryLocale(strings, 'relative.hint'));
      continue;
    }
    const articleLocale = path === '' ? undefined : Object.entries(ctx.articlePaths).find(([, p]) => p === normalizePath(path))?.[0];
    if (path === '' || articleLocale) {
      if (anchor && !ctx.anchors.has(anchor)) report(link, messageInEveryLocale(strings, 'anchor.unknown', { anchor }), anchorHint);
      if (articleLocale && ownArticle && articleLocale !== locale) {
        report(
          link,
          messageInEveryLocale(strings, 'locale.other', { url, target: articleLocale, locale }),
          messageInEveryLocale(strings, 'locale.hint', { path: `${ownArticle}${anchor ? `#${anchor}` : ''}`, anchor: anchor || 'id' }),
          'warning',
        );
      }
      continue;
    }
    if (ctx.routes && !ctx.routes.some((r) => routeMatches(r, normalizePath(path)))) {
      report(link, messageInEveryLocale(strings, 'page.unknown', { path }), messageInEveryLocale(strings, 'page.hint'));
    }
  }
  return out;
}
