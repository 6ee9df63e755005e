import { expect, test } from './fixtures';

const origin = 'https://why-gpus.github.io';

/** Every page the sitemap lists, as site paths. */
async function sitemapPaths(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    paths.push(...[...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname));
  }
  return paths;
}

test('the sitemap lists every page in both languages', async ({ request }) => {
  const paths = await sitemapPaths(request);
  expect(paths).toContain('/');
  expect(paths).toContain('/zh-cn/');
  const english = paths.filter((p) => !p.startsWith('/zh-cn/'));
  for (const path of english) expect(paths, `Chinese counterpart of ${path}`).toContain(`/zh-cn${path}`);
});

test('every page links its languages with hreflang and x-default', async ({ page, request }) => {
  test.slow(true, 'visits every page of the site');
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    const english = path.replace(/^\/zh-cn\//, '/');
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
    expect(alternates, path).toEqual([
      ['en', `${origin}${english}`],
      ['zh-CN', `${origin}/zh-cn${english}`],
      ['x-default', `${origin}${english}`],
    ]);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}${path}`);
  }
});
