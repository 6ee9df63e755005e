import { describe, expect, it } from 'vitest';
import { parseSection } from '../../src/lib/translation/blocks.ts';
import { checkLinks, routeMatches } from '../../src/lib/translation/checks/links.ts';
import { routeFromPage } from '../../src/lib/translation/project.ts';

const page = (body: string) => parseSection('content/article/zh-cn/01-x.mdx', `---\ntitle: T\norder: 1\ndescription: D\n---\n${body}\n`);
const context = { anchors: new Set(['myth', 'matmul']), articlePaths: { en: '/', 'zh-cn': '/zh-cn/' }, routes: ['/', '/zh-cn/', '/[lang]/glossary/', '/favicon.svg'] };
const messages = (body: string) => checkLinks(page(body), 'zh-cn', context).map((d) => `${d.line}:${d.column} ${d.message}`);

describe('links', () => {
  it('accepts anchors in the article, its pages and files in public/', () => {
    expect(messages('[a](#myth) [b](/zh-cn/#matmul) [c](/zh-cn/glossary) [d](/favicon.svg) [e](https://example.org/)')).toEqual([]);
  });

  it('reports a page that does not exist', () => {
    expect(messages('[a](/zh-cn/glossary/gpu/)')).toEqual(['6:1 link to "/zh-cn/glossary/gpu/", but the site has no such page']);
  });

  it('derives routes from page files, with [param] segments as wildcards', () => {
    expect(routeFromPage('src/pages/index.astro')).toBe('/');
    expect(routeFromPage('src/pages/[lang]/glossary.astro')).toBe('/[lang]/glossary/');
    expect(routeFromPage('src/pages/og.png.ts')).toBeUndefined();
    expect(routeMatches('/[...slug]/', '/a/b/')).toBe(true);
    expect(routeMatches('/[...locale]/glossary/', '/glossary/')).toBe(true);
    expect(routeMatches('/[...locale]/glossary/', '/zh-cn/glossary/')).toBe(true);
    expect(routeMatches('/[...locale]/glossary/', '/zh-cn/timeline/')).toBe(false);
    expect(routeMatches('/[lang]/glossary/', '/zh-cn/status/')).toBe(false);
  });
});
