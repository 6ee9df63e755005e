import { localeCodes, urlForLocale, type Locale } from '../src/i18n/locales.ts';
import { sitePages as pages } from '../src/i18n/site-pages.ts';

/**
 * Every page of the site as a locale-free path (src/i18n/site-pages.ts; the 404 page is none of
 * them); the SEO test checks that the sitemap lists exactly these.
 */
export const pagePaths = pages.map((page) => page.path);

/** Every page in every locale. */
export const sitePages: { path: string; locale: Locale; url: string }[] = pagePaths.flatMap((path) =>
  localeCodes.map((locale) => ({ path, locale, url: urlForLocale(locale, path) })),
);
