import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { attribute, elementsOf, htmlFiles } from '../../src/node/built-html.ts';

const dir = process.env.DIST_DIR ?? 'dist';

/** The stylesheets a built page links, in order. */
const stylesheets = (file: string) =>
  [...elementsOf(parse(readFileSync(join(dir, file), 'utf8')))]
    .filter((el) => el.tagName === 'link' && attribute(el, 'rel') === 'stylesheet')
    .map((el) => attribute(el, 'href'));

describe(`the pages of ${dir}`, () => {
  it('all link one stylesheet, the whole site’s, which a reader’s first page caches for the rest', () => {
    const files = htmlFiles(dir);
    expect(files).toEqual(expect.arrayContaining(['index.html', 'zh-cn/index.html', 'lab/index.html', '404.html', 'lab/kernel-sources/index.html']));
    const linked = files.map(stylesheets);
    const everywhere = linked.reduce((common, sheets) => common.filter((sheet) => sheets.includes(sheet)));
    expect(everywhere).toHaveLength(1);
    // Islands' browser chunks bring their own CSS too; the site's stylesheet already holds every rule of it.
    const site = readFileSync(join(dir, everywhere[0]!), 'utf8');
    const others = [...new Set(linked.flat())].filter((sheet) => sheet !== everywhere[0]);
    const rules = others.flatMap((sheet) => readFileSync(join(dir, sheet!), 'utf8').split('}').map((rule) => rule.trim()).filter(Boolean));
    expect(rules.filter((rule) => !site.includes(rule))).toEqual([]);
  });

  it('keep the rules of the kernel files’ plain page to that page, not every page the stylesheet serves', () => {
    const css = readFileSync(join(dir, stylesheets('lab/kernel-sources/index.html')[0]!), 'utf8');
    expect(css).toContain('.kernel-sources-page{');
    expect(css).not.toMatch(/(^|})body\{[^}]*max-width/);
  });
});
