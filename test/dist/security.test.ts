import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { attribute, elementsOf, htmlFiles, type HtmlElement as Element } from '../../src/node/built-html.ts';
import { fixtureBase } from '../../e2e/fixture-build.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { findWorkerFiles } from '../../src/node/security-headers.ts';
import { pageDirectives, searchWorker, searchWorkerDirectives, serialisePolicy, siteHeaders, workerDirectives } from '../../src/node/security-policy.ts';

// The site as built (dist/) and the fixture site, built under the GitHub Pages project path.
const builds = [
  { dir: process.env.DIST_DIR ?? 'dist', base: '/' },
  { dir: process.env.DIST_FIXTURE_DIR ?? 'dist-fixture', base: fixtureBase },
];


const filesEndingIn = (dir: string, ending: string) =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith(ending)).sort();

/** Every element of every page, <template> contents included, with the page's file for messages. */
const elements = (dir: string) =>
  htmlFiles(dir).flatMap((file) =>
    [...elementsOf(parse(readFileSync(join(dir, file), 'utf8'), { sourceCodeLocationInfo: true }))].map((element) => ({ file, element })),
  );
const where = (file: string, element: Element) => `${file}:${element.sourceCodeLocation?.startLine ?? '?'} <${element.tagName}>`;

/** `a x y; b z` → { a: ['x','y'], b: ['z'] }. */
const directives = (policy: string) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );

describe.each(builds)('the pages in $dir', ({ dir, base }) => {
  const all = elements(dir);
  const pages = htmlFiles(dir);

  it('have no style attribute, which the policy would refuse', () => {
    expect(pages.length, 'pages were read').toBeGreaterThan(5);
    const styled = all.filter(({ element }) => attribute(element, 'style') !== undefined);
    expect(styled.map(({ file, element }) => `${where(file, element)} style="${attribute(element, 'style')}"`)).toEqual([]);
  });

  it('each carry one strict Content-Security-Policy meta: no inline or eval’d script or style, WebAssembly allowed', () => {
    const problems = pages.flatMap((file) => {
      const metas = all.filter(({ file: f, element }) => f === file && element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy');
      if (metas.length !== 1) return [`${file}: ${metas.length} CSP metas`];
      const policy = directives(attribute(metas[0]!.element, 'content') ?? '');
      const wrong: string[] = [];
      for (const name of ['script-src', 'style-src']) {
        for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'"]) if (policy[name]?.includes(unsafe)) wrong.push(`${name} allows ${unsafe}`);
      }
      if (!policy['script-src']?.includes("'wasm-unsafe-eval'")) wrong.push("script-src lacks 'wasm-unsafe-eval'");
      for (const [name, sources] of Object.entries(pageDirectives)) if (String(policy[name]) !== String(sources)) wrong.push(`${name} is "${policy[name]?.join(' ')}"`);
      return wrong.map((problem) => `${file}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  it('use only highlighting classes that a stylesheet of the build defines', () => {
    const css = filesEndingIn(dir, '.css').map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
    const used = new Set(all.flatMap(({ element }) => (attribute(element, 'class') ?? '').split(/\s+/).filter((name) => name.startsWith('sh-'))));
    expect([...used].filter((name) => !css.includes(`.${name}{`))).toEqual([]);
  });

  it('come with a _headers file: the site headers everywhere, and its own policy on every worker script (the lab’s and the search’s)', () => {
    const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'), join(dir, '_headers'));
    const page = Object.fromEntries(headersFor(rules, `${base}lab/`));
    expect(page).toEqual(Object.fromEntries(Object.entries(siteHeaders).map(([name, value]) => [name.toLowerCase(), value])));
    const workers = findWorkerFiles(readdirSync('src/workers'), readdirSync(join(dir, '_astro')), '_astro');
    expect(workers.length).toBeGreaterThan(0);
    for (const { path } of workers) {
      expect(headersFor(rules, `${base}${path}`).get('content-security-policy'), path).toBe(`${siteHeaders['Content-Security-Policy']}, ${serialisePolicy(workerDirectives)}`);
    }
    expect(existsSync(join(dir, searchWorker)), searchWorker).toBe(true);
    expect(headersFor(rules, `${base}${searchWorker}`).get('content-security-policy')).toBe(`${siteHeaders['Content-Security-Policy']}, ${serialisePolicy(searchWorkerDirectives)}`);
  });
});
