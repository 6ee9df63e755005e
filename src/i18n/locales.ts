/**
 * The site's locales: the one list that Astro's i18n routing, the sitemap, the routes, the content
 * schemas and the translation tooling all derive from. Folder and URL names (`zh-cn`) are kept
 * apart from BCP-47 language tags (`zh-CN`), as in withastro/docs: the first names files and paths,
 * the second goes into `lang` and `hreflang` attributes.
 */
export const locales = {
  // sentenceGap: what separates two sentences (Chinese ends a sentence with a full-width stop, no space).
  // dateStyle: the Intl locale whose way of writing dates the site follows; the English is British
  // ("optimiser"), and so are its dates ("28 November 2026").
  en: { tag: 'en', label: 'English', dir: 'ltr', houseStyle: undefined, sentenceGap: ' ', dateStyle: 'en-GB' },
  // AutoCorrect enforces the Chinese house style (spacing between CJK and Latin, full-width punctuation).
  'zh-cn': { tag: 'zh-CN', label: '简体中文', dir: 'ltr', houseStyle: 'autocorrect', sentenceGap: '', dateStyle: 'zh-CN' },
} as const;

export type Locale = keyof typeof locales;

/** The language the article is written in first; translations mirror it. */
export const sourceLocale = 'en' satisfies Locale;

export type TranslationLocale = Exclude<Locale, typeof sourceLocale>;

export const localeCodes = Object.keys(locales) as Locale[];

/** Every locale but the source: the languages the translation tooling tracks. */
export const translationLocales = localeCodes.filter((code): code is TranslationLocale => code !== sourceLocale);

/**
 * Astro's `i18n` config, built from `locales`: the folder name is the URL path and the BCP-47 tag
 * is the code browsers send. The source locale is unprefixed, the rule `urlForLocale` follows.
 */
export function astroI18nConfig() {
  return {
    locales: localeCodes.map((code) => ({ path: code, codes: [locales[code].tag] as [string] })),
    defaultLocale: sourceLocale,
    routing: { prefixDefaultLocale: false },
  };
}

/** The sitemap integration's `i18n` option: locale path → BCP-47 tag. */
export function sitemapI18nConfig(): { defaultLocale: Locale; locales: Record<Locale, string> } {
  return { defaultLocale: sourceLocale, locales: Object.fromEntries(localeCodes.map((code) => [code, locales[code].tag])) as Record<Locale, string> };
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

export function langTag(locale: Locale): string {
  return locales[locale].tag;
}

/** The locale of a site path or URL: its first path segment (after the base) when that names a locale. */
export function localeFromUrl(url: URL | string, base = '/'): Locale {
  const pathname = typeof url === 'string' ? new URL(url, 'http://x').pathname : url.pathname;
  const rest = stripBase(pathname, base);
  const first = rest.split('/').find((segment) => segment !== '') ?? '';
  return isLocale(first) && first !== sourceLocale ? first : sourceLocale;
}

/** A page's path without base and locale prefix, always starting and ending with `/`. */
export function pagePath(url: URL | string, base = '/'): string {
  const pathname = typeof url === 'string' ? new URL(url, 'http://x').pathname : url.pathname;
  const segments = stripBase(pathname, base).split('/').filter((segment) => segment !== '');
  if (segments[0] !== undefined && isLocale(segments[0]) && segments[0] !== sourceLocale) segments.shift();
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/**
 * The URL of `path` (a locale-free page path such as `/` or `/glossary/`) in `locale`, with an
 * optional `#hash`. The source locale is unprefixed; others live under `/<locale>/`.
 */
export function urlForLocale(locale: Locale, path = '/', options: { base?: string; hash?: string } = {}): string {
  const base = options.base ?? '/';
  const clean = path.split('/').filter((segment) => segment !== '');
  const prefix = locale === sourceLocale ? [] : [locale];
  const segments = [...base.split('/').filter((segment) => segment !== ''), ...prefix, ...clean];
  const hash = options.hash ? `#${options.hash.replace(/^#/, '')}` : '';
  return `/${segments.map((segment) => `${segment}/`).join('')}${hash}`;
}

/**
 * A site-absolute path (`/lab/`, `/#matmul`) under the site's base (`/why-gpus/lab/`). Other
 * references (external, protocol-relative, relative, `#hash` alone) are returned unchanged.
 */
export function withBase(href: string, base = '/'): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const prefix = base.split('/').filter((segment) => segment !== '').join('/');
  return prefix === '' ? href : `/${prefix}${href}`;
}

function stripBase(pathname: string, base: string): string {
  const normalized = `/${base.split('/').filter((segment) => segment !== '').join('/')}`;
  if (normalized === '/') return pathname;
  return pathname === normalized || pathname.startsWith(`${normalized}/`) ? pathname.slice(normalized.length) || '/' : pathname;
}
