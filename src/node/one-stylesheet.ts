import type { Plugin } from 'vite';

/**
 * One stylesheet for every page: the pages' build (Astro's prerender and server environments)
 * writes all of the site's CSS into a single file instead of one per shared chunk, so a page's
 * first paint waits for one request (cached for every page after it) rather than seven. Browser
 * chunks loaded later keep their own CSS. With one sheet, a page's `is:global` rule applies on
 * every page: such rules name their page.
 */
export function oneStylesheet(): Plugin {
  return {
    name: 'why-gpus:one-stylesheet',
    configEnvironment: (name) => (name === 'prerender' || name === 'ssr' ? { build: { cssCodeSplit: false } } : undefined),
  };
}
