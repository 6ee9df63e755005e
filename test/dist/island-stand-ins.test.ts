import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { attribute, elementsOf, htmlFiles, type HtmlElement } from '../../src/node/built-html.ts';

const dir = process.env.DIST_DIR ?? 'dist';

// Chromium's autofill measures every form, menu, text area and input of these kinds once a page is
// parsed, laying out the off-screen section around it (src/islands/parts/hydrated.svelte.ts).
// Sliders are not measured.
const measured = (element: HtmlElement) =>
  ['form', 'select', 'textarea'].includes(element.tagName) || (element.tagName === 'input' && attribute(element, 'type') !== 'range');

/** The measured controls inside islands, as `page: tag[type]`. */
function controlsInIslands(file: string): string[] {
  const islands = [...elementsOf(parse(readFileSync(join(dir, file), 'utf8')))].filter((el) => el.tagName === 'astro-island');
  return islands.flatMap((island) =>
    [...elementsOf(island)].filter(measured).map((el) => `${file}: ${el.tagName}${attribute(el, 'type') ? `[type=${attribute(el, 'type')}]` : ''}`),
  );
}

describe(`the islands of ${dir}`, () => {
  it('draw stand-ins on the server, never a form, text field, menu, checkbox or radio button', () => {
    const files = htmlFiles(dir);
    const islandPages = files.filter((file) => readFileSync(join(dir, file), 'utf8').includes('<astro-island'));
    expect(islandPages).toEqual(expect.arrayContaining(['index.html', 'zh-cn/index.html', 'lab/index.html']));
    expect(files.flatMap(controlsInIslands)).toEqual([]);
  });
});
