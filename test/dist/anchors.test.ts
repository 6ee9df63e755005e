import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { attribute, elementsOf } from '../../src/node/built-html.ts';
import { firstEditionAnchors } from '../first-edition-anchors.ts';

const dir = process.env.DIST_DIR ?? 'dist';

describe.each(['index.html', 'zh-cn/index.html'])('the article %s', (page) => {
  it('keeps a heading for every anchor of the first edition', () => {
    const headings = [...elementsOf(parse(readFileSync(join(dir, page), 'utf8')))].filter((el) => /^h[1-6]$/.test(el.tagName));
    const ids = new Set(headings.map((el) => attribute(el, 'id')));
    expect(firstEditionAnchors.filter((id) => !ids.has(id))).toEqual([]);
  });
});
