import { describe, expect, it } from 'vitest';
import { parseSection } from '../../src/lib/translation/blocks.ts';
import { checkLinks, routeMatches } from '../../src/lib/translation/checks/links.ts';
import { routeFromPage } from '../../src/lib/translation/project.ts';

const page = (body: string) => parseSection('content/article/zh-cn/01-x.mdx', `---\ntitle: T\norder: 1\ndescription: D\n---\n${body}\n`);
const context = { anchors: new Set(['myth', 'matmul']), articlePaths: { en: '/', 'zh-cn': '/zh-cn/' }, routes: ['/', '/zh-cn/', '/[lang]/glossary/', '/favicon.svg'] };
const messages = (body: string) => checkLinks(page(body), 'zh-cn', context).map((d) => `${d.line}:${d.column} ${d.message.en}`);

describe('links', () => {
  it('accepts anchors in the article, its pages and files in public/', () => {
    expect(messages('[a](#myth) [b](/zh-cn/#matmul) [c](/zh-cn/glossary) [d](/favicon.svg) [e](https://example.org/)')).toEqual([]);
  });

  it('reports a page that does not exist', () => {
    expect(messages('[a](/zh-cn/glossary/gpu/)')).toEqual(['6:1 link to "/zh-cn/glossary/gpu/", but the site has no such page']);
  });

  it('accepts web, e-mail and site links', () => {
    expect(messages('[a](https://example.org/) [b](http://example.org/) [c](mailto:editor@example.org) [d](/zh-cn/#myth) [e](#matmul)')).toEqual([]);
  });

  it.each([
    ['javascript:alert(document.domain)', 'javascript:'],
    ['JavaScript:alert(1)', 'javascript:'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data:'],
    ['vbscript:msgbox(1)', 'vbscript:'],
    ['file:///etc/passwd', 'file:'],
  ])('refuses a link to %s', (url, scheme) => {
    expect(messages(`[a](<${url}>)`)).toEqual([`6:1 link "${url}" uses ${scheme}, which article links may not use`]);
  });

  it('sees through the disguises a browser forgives: a tab or leading space in the scheme', () => {
    expect(checkLinks(page('<a href="java	script:alert(1)">a</a> <a href=" javascript:alert(1)">b</a>'), 'zh-cn', context).map((d) => d.message.en)).toEqual([
      'link "java	script:alert(1)" uses javascript:, which article links may not use',
      'link " javascript:alert(1)" uses javascript:, which article links may not use',
    ]);
  });

  it.each(['//evil.example/', '/\\evil.example/'])('refuses the protocol-relative link %s', (url) => {
    expect(messages(`<a href="${url}">a</a>`)).toEqual([`6:1 link "${url}" starts with \`//\` (or a backslash), which leads to another site without saying how`]);
  });

  it('checks href on any element, not only on <a>', () => {
    expect(messages('<Aside kind="note" title="T" href="javascript:alert(1)">x</Aside>\n\nText <Term id="gpu" href="data:,x">GPU</Term>.')).toEqual([
      '6:1 link "javascript:alert(1)" uses javascript:, which article links may not use',
      '8:6 link "data:,x" uses data:, which article links may not use',
    ]);
  });

  it('reports a bad link in both languages', () => {
    const en = parseSection('content/article/en/01-x.mdx', '---\ntitle: T\norder: 1\ndescription: D\n---\n[a](javascript:alert(1))\n');
    const [found] = checkLinks(en, 'en', context);
    expect(found?.message['zh-cn']).toBe('链接“javascript:alert(1)”使用了 javascript:，文章里的链接不能使用这种地址');
    expect(found?.hint.en).toContain('https:, http:, mailto:');
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
