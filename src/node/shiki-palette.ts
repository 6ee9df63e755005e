import { bundledThemes, normalizeTheme } from 'shiki';
import type { Plugin } from 'vite';
import { codeThemes, paletteCss, type ThemeColours } from '../lib/shiki-classes.ts';

const ID = 'virtual:shiki-palette.css';
// The \0 keeps other plugins off the id; the .css ending makes Vite treat it as a stylesheet.
const RESOLVED_ID = `\0${ID}`;

/**
 * `import 'virtual:shiki-palette.css'`: the classes the highlighter writes instead of style
 * attributes, built from the installed themes on every build, so nothing generated is committed.
 */
export function shikiPalette(): Plugin {
  return {
    name: 'why-gpus:shiki-palette',
    resolveId: (id) => (id === ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const entries = await Promise.all(
        Object.entries(codeThemes).map(async ([key, name]): Promise<[string, ThemeColours]> => [key, normalizeTheme((await bundledThemes[name]()).default)]),
      );
      return paletteCss(Object.fromEntries(entries));
    },
  };
}
