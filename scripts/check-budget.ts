// Byte budget of a first visit to each locale's home page, gzip-compressed: everything the page
// loads before any island becomes visible. Fails `npm test` when a budget is exceeded; raising a
// budget needs a reason in the commit that raises it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse as parseImports } from 'es-module-lexer';
import { parse } from 'parse5';
import { localeCodes, urlForLocale } from '../src/i18n/locales.ts';
import { attribute, elementsOf, textOf } from '../src/node/built-html.ts';

// total: the first edition's Chinese page was 68 KB; the 2026 edition's five sections, their
// references and the roofline added 31 KB to it (27 KB in English), so 105 KB leaves about 5% for
// corrections, not another section. Lighthouse gates what readers feel.
export const budgets = { js: 8 * 1024, total: 105 * 1024 } as const;
const pages = Object.fromEntries(localeCodes.map((locale) => [locale, `${urlForLocale(locale, '/').slice(1)}index.html`]));
const outDir = process.env.OUT_DIR ?? 'dist';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
/** Site-absolute URL → file in the build folder. */
const fileFor = (url: string) => join(outDir, decodeURIComponent(new URL(url, 'http://site/').pathname));

/** A module and every module it imports statically: dynamic import() only loads later. */
function staticModuleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const [imports] = parseImports(readFileSync(fileFor(entry), 'utf8'));
  for (const spec of imports) {
    if (spec.type !== 'static' && spec.type !== 'reexport-star') continue;
    staticModuleGraph(new URL(spec.specifier, new URL(entry, 'http://site/')).pathname, seen);
  }
  return seen;
}

export function measurePage(htmlPath: string) {
  const html = readFileSync(join(outDir, htmlPath), 'utf8');
  const all = [...elementsOf(parse(html))];
  const css = all
    .filter((el) => el.tagName === 'link' && attribute(el, 'rel') === 'stylesheet')
    .reduce((sum, el) => sum + gz(readFileSync(fileFor(attribute(el, 'href') ?? ''))), 0);
  const modules = new Set<string>();
  let inlineJs = 0;
  for (const el of all) {
    if (el.tagName === 'script' && attribute(el, 'src')) staticModuleGraph(attribute(el, 'src') ?? '', modules);
    else if (el.tagName === 'script' && attribute(el, 'type') !== 'application/ld+json') inlineJs += gz(textOf(el));
    if (el.tagName === 'link' && attribute(el, 'rel') === 'modulepreload') staticModuleGraph(attribute(el, 'href') ?? '', modules);
  }
  const externalJs = [...modules].reduce((sum, url) => sum + gz(readFileSync(fileFor(url))), 0);
  const htmlBytes = gz(html);
  return { html: htmlBytes, css, js: externalJs + inlineJs, total: htmlBytes + css + externalJs };
}

await init();
let failed = false;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const [locale, file] of Object.entries(pages)) {
  const m = measurePage(file);
  console.log(`${locale}: HTML ${kb(m.html)}, CSS ${kb(m.css)}, JS ${kb(m.js)} (inline included), total ${kb(m.total)} gzip`);
  if (m.js > budgets.js) {
    console.error(`  over budget: JavaScript ${kb(m.js)} > ${kb(budgets.js)}`);
    failed = true;
  }
  if (m.total > budgets.total) {
    console.error(`  over budget: HTML + CSS + JS ${kb(m.total)} > ${kb(budgets.total)}`);
    failed = true;
  }
}
if (failed) process.exit(1);
