import { localeCodes, sourceLocale, type Locale } from './locales.ts';

/** getStaticPaths for a page that exists once per locale under src/pages/[...locale]/. */
export function localeStaticPaths(): { params: { locale: string | undefined }; props: { locale: Locale } }[] {
  return localeCodes.map((locale) => ({
    params: { locale: locale === sourceLocale ? undefined : locale },
    props: { locale },
  }));
}
