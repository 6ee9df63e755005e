/**
 * The share image of every page in every locale (`og:image`), a PNG rendered at build time
 * (src/node/share-card.ts); BaseLayout points each page's meta tags here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes, type Locale } from '../../../i18n/locales.ts';
import { sitePages, type SitePage } from '../../../i18n/site-pages.ts';
import { renderShareCard, shareCard } from '../../../node/share-card.ts';
import { siteConfig } from '../../../site.config.ts';

export const getStaticPaths = (() =>
  localeCodes.flatMap((locale) => sitePages.map((page) => ({ params: { locale, card: page.card }, props: { locale, page } })))) satisfies GetStaticPaths;

interface Props {
  locale: Locale;
  page: SitePage;
}

export const GET: APIRoute<Props> = async ({ props, site }) =>
  new Response(new Uint8Array(await renderShareCard(shareCard(props.page, props.locale, site?.href ?? siteConfig.site))), {
    headers: { 'Content-Type': 'image/png' },
  });
