import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { attribute, elementsOf } from '../../src/node/built-html.ts';
import { COMPILE_HINT } from '../../src/node/compile-hints.ts';

const dir = process.env.DIST_DIR ?? 'dist';
const startsWithHint = (url: string) => readFileSync(join(dir, url), 'utf8').startsWith(`${COMPILE_HINT}\n`);

describe(`the scripts of ${dir}/lab/index.html`, () => {
  const elements = [...elementsOf(parse(readFileSync(join(dir, 'lab/index.html'), 'utf8')))];
  const island = elements.find((el) => el.tagName === 'astro-island');
  const scripts = elements.flatMap((el) => (el.tagName === 'script' && attribute(el, 'type') === 'module' ? [attribute(el, 'src') ?? ''] : []));

  it('that run as it loads ask V8 to compile them as they stream in: the page script, the island and its renderer', () => {
    const loaded = [...scripts, attribute(island!, 'component-url') ?? '', attribute(island!, 'renderer-url') ?? ''];
    expect(loaded.filter((url) => url.endsWith('.js') && !startsWithHint(url))).toEqual([]);
    expect(loaded.length).toBeGreaterThanOrEqual(3);
  });

  it('that the island imports only when it needs them (the device probe, the runners) are left to compile when called', () => {
    const source = readFileSync(join(dir, attribute(island!, 'component-url')!), 'utf8');
    const lazy = [...source.matchAll(/import\(`\.\/((?:device-probe|registry)\.[^`]+\.js)`\)/g)].map((match) => `/_astro/${match[1]}`);
    expect(lazy).toHaveLength(2);
    expect(lazy.filter(startsWithHint)).toEqual([]);
  });
});
