import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { htmlFiles, type HtmlNode } from '../../src/node/built-html.ts';

const dir = process.env.DIST_DIR ?? 'dist';

// Text inside these is shown as written (code) or not shown as text at all.
const literal = new Set(['code', 'pre', 'script', 'style']);

/** Text nodes a reader sees that still hold Markdown's emphasis markers. */
function strayMarkers(node: HtmlNode): string[] {
  if ('value' in node) return /\*\*|__/.test(node.value) ? [node.value.trim()] : [];
  if ('tagName' in node && literal.has(node.tagName)) return [];
  const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  return children.flatMap(strayMarkers);
}

describe(`the pages of ${dir}`, () => {
  it('show no Markdown emphasis marker that failed to render', () => {
    const files = htmlFiles(dir);
    expect(files.length).toBeGreaterThan(10);
    // Parsed as without scripting, so that <noscript> holds elements rather than raw markup.
    const found = files.flatMap((file) => strayMarkers(parse(readFileSync(join(dir, file), 'utf8'), { scriptingEnabled: false })).map((text) => `${file}: ${text}`));
    expect(found).toEqual([]);
  });
});
