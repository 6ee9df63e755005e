import { localeCodes, urlForLocale, type Locale } from '../src/i18n/locales.ts';

/** Every page of the site as a locale-free path; the SEO test checks that the sitemap lists exactly these. */
export const pagePaths = ['/', '/lab/', '/timeline/', '/peak-flops/', '/glossary/', '/translation-status/'] as const;

/** Every page in every locale. */
export const sitePages: { path: string; locale: Locale; url: string }[] = pagePaths.flatMap((path) =>
  localeCodes.map((locale) => ({ path, locale, url: urlForLocale(locale, path) })),
);
