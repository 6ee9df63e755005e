/**
 * Timeline entries and glossary terms whose translation is outdated or missing are marked for
 * readers like article blocks, and listed on the status page. The fixture site has one of each:
 * the AlexNet entry and `fixture-term` were translated from older English, and
 * `fixture-untranslated` has no Chinese yet (test/fixtures/content).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { attribute, elementsOf, textOf, type HtmlElement as Element, type HtmlNode as Node } from '../../src/node/built-html.ts';


const dir = process.env.DIST_FIXTURE_DIR ?? 'dist-fixture';

function page(path: string): Element[] {
  return [...elementsOf(parse(readFileSync(join(dir, path, 'index.html'), 'utf8')))];
}

const contains = (root: Node, target: Node): boolean => root === target || ('childNodes' in root && root.childNodes.some((child) => contains(child, target)));
/** The elements inside the one with `id`. */
const inside = (elements: Element[], id: string): Element[] => {
  const root = elements.find((el) => attribute(el, 'id') === id);
  if (!root) throw new Error(`no element #${id}`);
  return elements.filter((el) => contains(root, el));
};
const notes = (elements: Element[]) => elements.filter((el) => attribute(el, 'data-entry-note') !== undefined).map((el) => [attribute(el, 'data-entry-note'), attribute(el, 'class')]);

describe('outdated and missing translations of timeline entries and glossary terms', () => {
  it('are marked on the Chinese timeline with the notice look of article blocks', () => {
    const timeline = page('zh-cn/timeline');
    expect(notes(inside(timeline, 'timeline-2012-alexnet'))).toEqual([['outdated', 'block-note block-note--outdated']]);
    expect(notes(inside(timeline, 'timeline-1999-geforce-256'))).toEqual([]);
  });

  it('are marked in the Chinese glossary, and a missing term is shown in English', () => {
    const glossary = page('zh-cn/glossary');
    expect(notes(inside(glossary, 'glossary-fixture-term'))).toEqual([['outdated', 'block-note block-note--outdated']]);
    const untranslated = inside(glossary, 'glossary-fixture-untranslated');
    expect(notes(untranslated)).toEqual([['missing', 'block-note block-note--missing']]);
    expect(untranslated.find((el) => el.tagName === 'dfn')?.attrs).toContainEqual({ name: 'lang', value: 'en' });
  });

  it('are marked in the tooltip of a term in the Chinese article', () => {
    const article = page('zh-cn');
    const tips = article.filter((el) => attribute(el, 'role') === 'tooltip');
    expect(notes(article.filter((el) => tips.some((tip) => contains(tip, el))))).toEqual([['outdated', 'block-note block-note--inline']]);
  });

  it('are not marked on English pages', () => {
    for (const path of ['timeline', 'glossary', '.']) expect(notes(page(path)), path).toEqual([]);
  });

  it('are listed on the status page in both languages, in the page’s words', () => {
    const rows = (path: string) =>
      page(path)
        .filter((el) => attribute(el, 'data-status-entry') !== undefined)
        .map((row) => [attribute(row, 'data-status-entry'), attribute(row, 'data-state'), textOf(row.childNodes.filter((c): c is Element => 'tagName' in c)[1]!)]);
    expect(rows('translation-status')).toEqual([
      ['2012-alexnet', 'outdated', 'Outdated'],
      ['fixture-term', 'outdated', 'Outdated'],
      ['fixture-untranslated', 'missing', 'Missing'],
    ]);
    expect(rows('zh-cn/translation-status').map((row) => row[2])).toEqual(['已过时', '已过时', '未翻译']);
  });
});
