import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { pagePaths, sitePages } from './site-pages';
import { siteConfig } from '../src/site.config.ts';

const origin = new URL(siteConfig.site).origin;

/** Every page the sitemap lists, as site paths. */
async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    paths.push(...[...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname));
  }
  return paths;
}

/** The attributes of every <link> in a page's HTML as served, the way a crawler reads it. */
function linkTags(html: string): Record<string, string>[] {
  return [...html.matchAll(/<link\b([^>]*)>/g)].map((tag) =>
    Object.fromEntries([...(tag[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map((attr) => [attr[1], attr[2]])),
  );
}

test('the sitemap lists every page in every language, and the tests know each of them', async ({ request }) => {
  const paths = await sitemapPaths(request);
  expect([...paths].sort()).toEqual(sitePages.map((page) => page.url).sort());
  expect(pagePaths).toContain('/');
});

test('every page links its languages with hreflang and x-default, and names itself canonical', async ({ request }) => {
  for (const path of await sitemapPaths(request)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const links = linkTags(await response.text());
    const english = path.replace(/^\/zh-cn\//, '/');
    const alternates = links.filter((l) => l.rel === 'alternate' && l.hreflang).map((l) => [l.hreflang, l.href]);
    expect(alternates, path).toEqual([
      ['en', `${origin}${english}`],
      ['zh-CN', `${origin}/zh-cn${english}`],
      ['x-default', `${origin}${english}`],
    ]);
    expect(links.filter((l) => l.rel === 'canonical').map((l) => l.href), path).toEqual([`${origin}${path}`]);
  }
});
