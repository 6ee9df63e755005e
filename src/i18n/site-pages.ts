import type { Locale } from './locales.ts';
import type { strings } from './strings/site.ts';

type SiteStringKey = keyof (typeof strings)['en'];

/**
 * Every page readers can land on, as a locale-free path, with the site strings that name and
 * describe it: the share cards (src/node/share-card.ts), their font subset and the tests that
 * walk the site all read this list. `card` names the page's share image, `<base>og/<locale>/<card>.png`.
 */
export const sitePages = [
  { path: '/', card: 'article', title: 'site.title', description: 'site.description' },
  { path: '/lab/', card: 'lab', title: 'page.lab.title', description: 'page.lab.description' },
  { path: '/timeline/', card: 'timeline', title: 'page.timeline.title', description: 'page.timeline.description' },
  { path: '/peak-flops/', card: 'peak-flops', title: 'page.timeline.chart', description: 'page.peakFlops.description' },
  { path: '/glossary/', card: 'glossary', title: 'glossary.title', description: 'glossary.description' },
  { path: '/translation-status/', card: 'translation-status', title: 'status.title', description: 'status.description' },
] as const satisfies readonly { path: string; card: string; title: SiteStringKey; description: SiteStringKey }[];

export type SitePage = (typeof sitePages)[number];

/** The page at a locale-free path (`pagePath()` of its URL), or undefined for pages not listed (the 404 page, fragments). */
export function sitePageAt(path: string): SitePage | undefined {
  return sitePages.find((page) => page.path === path);
}

/** The share images' size: what Open Graph and X's summary_large_image crop least, 1.91:1. */
export const shareImageSize = { width: 1200, height: 630 } as const;

/** A page's share image as a site path, the route src/pages/og/[locale]/[card].png.ts renders: `/og/zh-cn/lab.png`. */
export function shareImagePath(page: SitePage, locale: Locale): string {
  return `/og/${locale}/${page.card}.png`;
}
