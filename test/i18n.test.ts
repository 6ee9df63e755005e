import { describe, expect, it } from 'vitest';
import { astroI18nConfig, isLocale, langTag, localeCodes, localeFromUrl, locales, pagePath, sitemapI18nConfig, sourceLocale, translationLocales, urlForLocale, withBase } from '../src/i18n/locales.ts';
import { strings as siteStrings } from '../src/i18n/strings/site.ts';
import { spaceHanSeams } from '../src/i18n/spacing.ts';
import { interpolate, translator } from '../src/i18n/translate.ts';

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

describe('withBase', () => {
  it('puts a site-absolute path under the base', () => {
    expect(withBase('/lab/', '/why-gpus/')).toBe('/why-gpus/lab/');
    expect(withBase('/#matmul', '/why-gpus/')).toBe('/why-gpus/#matmul');
  });
  it('leaves every path alone at the root base', () => {
    expect(withBase('/lab/', '/')).toBe('/lab/');
  });
  it('leaves external, protocol-relative, relative and hash-only references alone', () => {
    for (const href of ['https://example.org/', '//cdn.example.org/x.js', 'glossary/', '#matmul', 'mailto:a@b.c']) {
      expect(withBase(href, '/why-gpus/')).toBe(href);
    }
  });
});

describe("Astro's i18n routing", () => {
  it('is built from the locale list and routes each locale where urlForLocale links to it', () => {
    const config = astroI18nConfig();
    expect(config.defaultLocale).toBe(sourceLocale);
    expect(config.routing.prefixDefaultLocale).toBe(false);
    expect(config.locales.map((entry) => entry.path)).toEqual(localeCodes);
    for (const { path, codes } of config.locales) {
      expect(urlForLocale(path, '/lab/')).toBe(path === sourceLocale ? '/lab/' : `/${path}/lab/`);
      expect(codes).toEqual([locales[path].tag]);
    }
  });
  it('gives the sitemap each locale with its language tag, and the tooling every locale but the source', () => {
    expect(sitemapI18nConfig()).toEqual({ defaultLocale: 'en', locales: { en: 'en', 'zh-cn': 'zh-CN' } });
    expect(translationLocales).toEqual(['zh-cn']);
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

describe('translator', () => {
  it('fills placeholders in the requested locale', () => {
    expect(translator(siteStrings, 'zh-cn')('byline.readingTime', { minutes: 12 })).toBe('阅读约 12 分钟');
    expect(translator(siteStrings, 'en')('byline.readingTime', { minutes: 3 })).toBe('3 min read');
  });
  it('leaves a placeholder without a value visible', () => {
    expect(interpolate('{shown} of {total}', { shown: 3 })).toBe('3 of {total}');
  });
  it('puts a space where a value meets Chinese text, as house style wants', () => {
    expect(interpolate('{value}次运算', { value: '1,000' })).toBe('1,000 次运算');
    expect(interpolate('共{n}个', { n: 12 })).toBe('共 12 个');
    expect(interpolate('{value}次运算', { value: '100 万' })).toBe('100 万次运算');
    expect(interpolate('阅读约 {minutes} 分钟', { minutes: 12 })).toBe('阅读约 12 分钟');
    expect(interpolate('{value} operations', { value: '1,000' })).toBe('1,000 operations');
  });
});

describe('spaceHanSeams', () => {
  it('spaces digits and Latin letters from Chinese, and nothing else', () => {
    expect(spaceHanSeams('3.2小时')).toBe('3.2 小时');
    expect(spaceHanSeams('用GPU算了12秒')).toBe('用 GPU 算了 12 秒');
    expect(spaceHanSeams('100 万年')).toBe('100 万年');
    expect(spaceHanSeams('3.2 hours')).toBe('3.2 hours');
  });
});
