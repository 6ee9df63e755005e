import { describe, expect, it } from 'vitest';
import { isLocale, langTag, localeCodes, localeFromUrl, pagePath, urlForLocale } from '../src/i18n/locales.ts';
import { ui, useTranslations } from '../src/i18n/ui.ts';

describe('localeFromUrl', () => {
  it('reads Chinese from the /zh-cn/ prefix', () => {
    expect(localeFromUrl('/zh-cn/')).toBe('zh-cn');
    expect(localeFromUrl(new URL('https://example.org/zh-cn/glossary/#gpu'))).toBe('zh-cn');
  });
  it('treats unprefixed paths as English', () => {
    expect(localeFromUrl('/')).toBe('en');
    expect(localeFromUrl('/glossary/')).toBe('en');
  });
  it('does not mistake a page named like a locale tag for a locale', () => {
    expect(localeFromUrl('/zh-CN-notes/')).toBe('en');
  });
  it('looks past a deployment base path', () => {
    expect(localeFromUrl('/why-gpus/zh-cn/', '/why-gpus/')).toBe('zh-cn');
    expect(localeFromUrl('/why-gpus/', '/why-gpus/')).toBe('en');
  });
});

describe('urlForLocale', () => {
  it('leaves English unprefixed and puts Chinese under /zh-cn/', () => {
    expect(urlForLocale('en', '/')).toBe('/');
    expect(urlForLocale('zh-cn', '/')).toBe('/zh-cn/');
    expect(urlForLocale('zh-cn', '/glossary')).toBe('/zh-cn/glossary/');
  });
  it('keeps a hash, with or without its #', () => {
    expect(urlForLocale('zh-cn', '/', { hash: 'matmul' })).toBe('/zh-cn/#matmul');
    expect(urlForLocale('en', '/', { hash: '#matmul' })).toBe('/#matmul');
  });
  it('prefixes the deployment base path', () => {
    expect(urlForLocale('zh-cn', '/lab/', { base: '/why-gpus/' })).toBe('/why-gpus/zh-cn/lab/');
  });
  it('round-trips with pagePath for every locale', () => {
    for (const locale of localeCodes) {
      const url = urlForLocale(locale, '/lab/');
      expect(localeFromUrl(url)).toBe(locale);
      expect(pagePath(url)).toBe('/lab/');
    }
  });
});

describe('locale names and tags', () => {
  it('keeps folder names apart from BCP-47 tags', () => {
    expect(langTag('zh-cn')).toBe('zh-CN');
    expect(langTag('en')).toBe('en');
    expect(isLocale('zh-CN')).toBe(false);
    expect(isLocale('zh-cn')).toBe(true);
  });
});

describe('UI strings', () => {
  it('exist for every key in every locale, non-empty', () => {
    const keys = Object.keys(ui.en).sort();
    for (const locale of localeCodes) {
      expect(Object.keys(ui[locale]).sort()).toEqual(keys);
      for (const key of keys) expect(ui[locale][key as keyof typeof ui.en].trim()).not.toBe('');
    }
  });
  it('use the same placeholders in every locale', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(ui.en) as (keyof typeof ui.en)[]) {
      for (const locale of localeCodes) expect(placeholders(ui[locale][key]), `${locale} ${key}`).toEqual(placeholders(ui.en[key]));
    }
  });
  it('fill placeholders', () => {
    expect(useTranslations('zh-cn')('byline.readingTime', { minutes: 12 })).toBe('阅读约 12 分钟');
    expect(useTranslations('en')('byline.readingTime', { minutes: 3 })).toBe('3 min read');
  });
});
