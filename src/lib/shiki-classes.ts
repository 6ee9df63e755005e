/**
 * Syntax highlighting without style attributes, which the site's Content-Security-Policy refuses.
 * Shiki writes each token's colours as `style="--shiki-light:#…;--shiki-dark:#…"`; the transformer
 * here turns every declaration into a class named after it, and `paletteCss` defines those classes
 * for every colour and font style the two themes can produce. One home for the highlighting of
 * markdown, MDX and `<Code>`: `codeHighlighting`.
 */
import type { Element, Root, RootContent } from 'hast';
import type { ShikiTransformer } from 'shiki';

/**
 * GitHub's newer default palettes: every token colour in the lab's kernels reaches 4.5:1 contrast,
 * which github-light's orange and github-dark's grey comments do not.
 */
export const codeThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const;
export type CodeThemeKey = keyof typeof codeThemes;

/** Declarations Astro's highlighter adds to `<pre>` and diff markers, besides the theme's. */
const astroDeclarations: readonly (readonly [string, string])[] = [
  ['overflow-x', 'auto'],
  ['white-space', 'pre-wrap'],
  ['word-wrap', 'break-word'],
  ['user-select', 'none'],
];

/** `#ABC` and `#abcdef` name one colour; classes and palette use the long lower-case form. */
export function normaliseValue(value: string): string {
  const lower = value.trim().toLowerCase();
  const short = /^#([0-9a-f]{3,4})$/.exec(lower);
  return short ? `#${[...short[1]!].map((digit) => digit + digit).join('')}` : lower;
}

/** The class standing for one declaration: `--shiki-dark:#E6EDF3` → `sh-dark-e6edf3`. */
export function declarationClass(property: string, value: string): string {
  const name = property.trim().replace(/^--shiki-/, '');
  const slug = normaliseValue(value).replace(/^#/, '').replace(/[^a-z0-9-]+/g, '-');
  return `sh-${name}-${slug}`;
}

/** `a:b; c: d` → [['a','b'], ['c','d']]; a declaration without a colon is an error in the highlighter. */
export function parseDeclarations(style: string): [string, string][] {
  return style
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      if (colon < 1) throw new Error(`shiki-classes: cannot read the style declaration "${part}" in "${style}"`);
      return [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
    });
}

function classList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

function moveStyleToClasses(node: Element): void {
  const style = node.properties.style;
  if (style === undefined || style === null) return;
  const classes = parseDeclarations(String(style)).map(([property, value]) => declarationClass(property, value));
  node.properties.class = [...new Set([...classList(node.properties.class ?? node.properties.className), ...classes])].join(' ');
  delete node.properties.className;
  delete node.properties.style;
}

function visitElements(node: Root | RootContent, visit: (element: Element) => void): void {
  if (node.type === 'element') visit(node);
  if ('children' in node) for (const child of node.children) visitElements(child, visit);
}

/**
 * Replaces the style attribute of every element shiki (and Astro's highlighter) produced with
 * classes. It runs on the finished tree, after every other transformer has added its styles.
 */
export function styleToClasses(): ShikiTransformer {
  return {
    name: 'why-gpus:style-to-classes',
    root(root) {
      visitElements(root, moveStyleToClasses);
    },
  };
}

/** What the palette reads of a theme (shiki's normalised theme has these). */
export interface ThemeColours {
  fg: string;
  bg: string;
  settings: readonly { settings: { foreground?: string; background?: string } }[];
  colorReplacements?: Record<string, string>;
}

/** Every declaration shiki can write for one theme under `--shiki-<key>` with `defaultColor: false`. */
function themeDeclarations(key: string, theme: ThemeColours): [string, string][] {
  const replace = (colour: string) => theme.colorReplacements?.[colour.toLowerCase()] ?? colour;
  const colours = (pick: 'foreground' | 'background', own: string) => [
    own,
    ...theme.settings.flatMap((rule) => rule.settings[pick] ?? []),
    // A token that one theme styles and the other does not gets `inherit` from the other.
    'inherit',
  ];
  const values: Record<string, string[]> = {
    '': colours('foreground', theme.fg).map(replace),
    '-bg': colours('background', theme.bg).map(replace),
    '-font-style': ['italic', 'inherit'],
    '-font-weight': ['bold', 'inherit'],
    '-text-decoration': ['underline', 'line-through', 'underline line-through', 'inherit'],
  };
  return Object.entries(values).flatMap(([suffix, list]) => list.map((value): [string, string] => [`--shiki-${key}${suffix}`, normaliseValue(value)]));
}

/** The stylesheet that defines every class `styleToClasses` can write for these themes. */
export function paletteCss(themes: Readonly<Record<string, ThemeColours>>): string {
  const declarations = [...Object.entries(themes).flatMap(([key, theme]) => themeDeclarations(key, theme)), ...astroDeclarations];
  const rules = new Map<string, string>();
  for (const [property, value] of declarations) rules.set(declarationClass(property, value), `${property}:${value}`);
  return [...rules].map(([name, declaration]) => `.${name}{${declaration}}`).join('\n') + '\n';
}

/** The highlighting options of markdown and MDX (`markdown.shikiConfig`) and of every `<Code>`. */
export const codeHighlighting: { themes: typeof codeThemes; defaultColor: false; transformers: ShikiTransformer[] } = {
  themes: codeThemes,
  // Both themes as custom properties; src/styles/global.css picks the one the page is in.
  defaultColor: false,
  transformers: [styleToClasses()],
};
