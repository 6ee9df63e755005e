import { readFileSync } from 'node:fs';
import type { Element, Root, RootContent } from 'hast';
import { bundledThemes, codeToHast, normalizeTheme, type ShikiTransformer } from 'shiki';
import { describe, expect, it } from 'vitest';
import { codeHighlighting, codeThemes, declarationClass, paletteCss, parseDeclarations, styleToClasses } from '../src/lib/shiki-classes.ts';

const themes = Object.fromEntries(
  await Promise.all(Object.entries(codeThemes).map(async ([key, name]) => [key, normalizeTheme((await bundledThemes[name]()).default)] as const)),
);
const palette = paletteCss(themes);
/** class name → the declaration the palette gives it. */
const paletteRules = new Map([...palette.matchAll(/^\.([\w-]+)\{(.+)\}$/gm)].map(([, name, declaration]) => [name!, declaration!]));

/** What Astro's highlighter adds to every <pre> before the site's transformers run. */
const astroPre: ShikiTransformer = {
  pre(node) {
    node.properties.style = `${String(node.properties.style ?? '')}; overflow-x: auto;`;
  },
};

const samples = [
  { lang: 'ts', code: readFileSync('src/lib/matmul/gpu-kernels.ts', 'utf8') },
  { lang: 'wasm', code: readFileSync('src/lib/matmul/wasm/matmul.wat', 'utf8') },
  { lang: 'bibtex', code: '@misc{x,\n  title = {Why deep learning needs GPUs},\n  year = {2026}\n}' },
  // Markdown's emphasis is where the themes use italic, bold and strike-through.
  { lang: 'markdown', code: '# Title\n\n*italic* **bold** ~~gone~~ [link](https://example.org)' },
];

function elements(node: Root | RootContent, found: Element[] = []): Element[] {
  if (node.type === 'element') found.push(node);
  if ('children' in node) for (const child of node.children) elements(child, found);
  return found;
}

const highlight = (code: string, lang: string, transformers: ShikiTransformer[]) =>
  codeToHast(code, { lang, themes: codeHighlighting.themes, defaultColor: codeHighlighting.defaultColor, transformers: [astroPre, ...transformers] });

describe('declarationClass', () => {
  it('names a colour variable after the theme and the colour in long lower-case hex', () => {
    expect(declarationClass('--shiki-dark', '#E6EDF3')).toBe('sh-dark-e6edf3');
    expect(declarationClass('--shiki-light-bg', '#fff')).toBe('sh-light-bg-ffffff');
  });

  it('names font styles and other declarations after property and value', () => {
    expect(declarationClass('--shiki-light-text-decoration', 'underline line-through')).toBe('sh-light-text-decoration-underline-line-through');
    expect(declarationClass('overflow-x', ' auto')).toBe('sh-overflow-x-auto');
  });
});

describe('parseDeclarations', () => {
  it('reads the declarations of a style attribute, stray semicolons included', () => {
    expect(parseDeclarations('--shiki-light:#1f2328;; overflow-x: auto;')).toEqual([
      ['--shiki-light', '#1f2328'],
      ['overflow-x', 'auto'],
    ]);
  });

  it('refuses a declaration without a colon and quotes it', () => {
    expect(() => parseDeclarations('color red')).toThrow('cannot read the style declaration "color red"');
  });
});

describe('styleToClasses with the palette', () => {
  it.each(samples)('leaves no style attribute in highlighted $lang', async ({ code, lang }) => {
    const tree = await highlight(code, lang, codeHighlighting.transformers);
    expect(elements(tree).filter((element) => element.properties.style !== undefined)).toEqual([]);
  });

  it.each(samples)('gives every element of highlighted $lang exactly the declarations shiki wrote as a style', async ({ code, lang }) => {
    const styled = elements(await highlight(code, lang, []));
    const classed = elements(await highlight(code, lang, [styleToClasses()]));
    expect(classed).toHaveLength(styled.length);
    styled.forEach((element, index) => {
      const expected = parseDeclarations(String(element.properties.style ?? '')).map(([property, value]) => `${property}:${value.toLowerCase()}`);
      const classes = String(classed[index]!.properties.class ?? '').split(' ');
      const actual = classes.filter((name) => name.startsWith('sh-')).map((name) => paletteRules.get(name) ?? `no palette rule for .${name}`);
      expect(actual.sort()).toEqual(expected.sort());
    });
  });

  it('keeps the classes an element already had', async () => {
    const pre = elements(await highlight('let x = 1', 'ts', codeHighlighting.transformers))[0]!;
    expect(String(pre.properties.class).split(' ')).toEqual(expect.arrayContaining(['shiki', 'shiki-themes', 'github-light-default', 'sh-overflow-x-auto']));
  });

  it('defines each class once and only with custom properties or Astro’s layout declarations', () => {
    expect(paletteRules.size).toBe(palette.trim().split('\n').length);
    for (const declaration of paletteRules.values()) expect(declaration).toMatch(/^(--shiki-(light|dark)[\w-]*|overflow-x|white-space|word-wrap|user-select):/);
  });
});
