/**
 * The share card of each page and locale (the `og:image` chat apps show beside a shared link),
 * rendered at build time: satori lays the card out into SVG, resvg rasterises it to PNG. Text is
 * set in a committed subset of Noto Sans CJK SC (src/fonts/, made by scripts/subset-share-font.ts
 * from the characters `shareCardCharacters()` lists), so no font is fetched and Latin and Chinese
 * cards look alike.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { localeCodes, type Locale } from '../i18n/locales.ts';
import { shareImageSize, sitePages, type SitePage } from '../i18n/site-pages.ts';
import { strings as siteStrings } from '../i18n/strings/site.ts';
import { translator } from '../i18n/translate.ts';
import { needsPhraseBreaks, phrases } from '../lib/phrase-breaks.ts';

/** The font subset per weight: bold sets titles, regular the rest. */
export const shareFonts = {
  700: 'src/fonts/noto-sans-sc-share-bold.otf',
  400: 'src/fonts/noto-sans-sc-share-regular.otf',
} as const;

export type ShareFontWeight = keyof typeof shareFonts;

/** What one card shows. */
export interface ShareCard {
  locale: Locale;
  /** The page's heading, large. */
  title: string;
  description: string;
  /** The site's name, above the title; the article's own card shows the site's domain there. */
  kicker: string;
}

export function shareCard(page: SitePage, locale: Locale, siteUrl: string): ShareCard {
  const t = translator(siteStrings, locale);
  const title = t(page.title);
  const siteTitle = t('site.title');
  return { locale, title, description: t(page.description), kicker: title === siteTitle ? new URL(siteUrl).host : siteTitle };
}

// Printable ASCII: domains, numbers and any Latin a title gains stay covered without a new subset.
const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/** Every character the cards set in each weight, for the font subset. */
export function shareCardCharacters(siteUrl: string): Record<ShareFontWeight, string> {
  const cards = localeCodes.flatMap((locale) => sitePages.map((page) => shareCard(page, locale, siteUrl)));
  const unique = (text: string) => [...new Set(ascii + text)].sort().join('');
  return {
    700: unique(cards.map((card) => card.title).join('')),
    400: unique(cards.map((card) => card.kicker + card.description).join('')),
  };
}

type Element = { type: string; props: { style?: Record<string, string | number>; children?: (Element | string)[] | Element | string } };

const box = (style: Record<string, string | number>, ...children: (Element | string)[]): Element => ({ type: 'div', props: { style, children } });

/**
 * The title as satori should wrap it. Satori breaks Chinese between any two characters, so a
 * language that needs phrase breaks gets one flex item per phrase: lines wrap between words only.
 */
function titleBox(card: ShareCard): Element {
  const style = { fontSize: card.title.length > 40 ? 58 : 68, fontWeight: 700, lineHeight: 1.2 };
  if (!needsPhraseBreaks(card.locale)) return box(style, card.title);
  // `pre` keeps the spaces the house style puts around Latin words ("比较 CPU 和 GPU"), which
  // flex items would otherwise trim at their edges.
  return box({ ...style, display: 'flex', flexWrap: 'wrap' }, ...phrases(card.title, card.locale).map((phrase) => box({ whiteSpace: 'pre' }, phrase)));
}

/** The card's layout: site colours (the dark theme), a matrix motif, kicker, title, description. */
export function cardTree(card: ShareCard): Element {
  const cells = Array.from({ length: 16 }, (_, i) =>
    box({ width: 34, height: 34, borderRadius: 6, backgroundColor: i % 5 === 0 ? '#6cb6ff' : '#1b2535' }),
  );
  return box(
    { ...shareImageSize, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '56px 72px', backgroundColor: '#0f1419', color: '#e6edf3', fontFamily: 'Noto Sans SC' },
    box(
      { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start' },
      box({ fontSize: 30, color: '#6cb6ff', fontWeight: 400 }, card.kicker),
      box({ display: 'flex', flexWrap: 'wrap', width: 160, height: 160, gap: 8 }, ...cells),
    ),
    box(
      { display: 'flex', flexDirection: 'column', gap: 24 },
      titleBox(card),
      box({ fontSize: 28, fontWeight: 400, lineHeight: 1.5, color: '#9aa5b1' }, card.description),
    ),
  );
}

let fonts: { name: string; data: Buffer; weight: ShareFontWeight; style: 'normal' }[] | undefined;
const loadFonts = () =>
  (fonts ??= Object.entries(shareFonts).map(([weight, file]) => ({ name: 'Noto Sans SC', data: readFileSync(file), weight: Number(weight) as ShareFontWeight, style: 'normal' as const })));

/** The card as SVG; a character the font subset lacks is an error, never a blank box. */
export async function shareCardSvg(card: ShareCard): Promise<string> {
  return satori(cardTree(card) as Parameters<typeof satori>[0], {
    ...shareImageSize,
    fonts: loadFonts(),
    loadAdditionalAsset: (_language, segment) => {
      throw new Error(`The share-card font subset lacks "${segment}" (card "${card.title}", ${card.locale}): run \`npm run fonts:share-cards\` and commit src/fonts/.`);
    },
  });
}

const cacheDir = 'node_modules/.cache/share-cards';

/**
 * The card as PNG. Rendering takes a noticeable part of a second per card, so PNGs are kept in
 * node_modules/.cache under a hash of everything they depend on: the text, the fonts and this file's layout.
 */
export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify(card))
    .update(JSON.stringify(cardTree(card)))
    .update(loadFonts().map((font) => font.data).reduce((hash, data) => hash.update(data), createHash('sha256')).digest())
    .digest('hex');
  const cached = join(cacheDir, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = new Resvg(await shareCardSvg(card), { fitTo: { mode: 'original' } }).render().asPng();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
