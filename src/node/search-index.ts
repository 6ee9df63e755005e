/**
 * The site's search index: at the end of `astro build`, Pagefind reads the built pages and writes
 * `<outDir>/pagefind/`, one index per `<html lang>`, which the search dialog (src/client/search.ts)
 * fetches only when the reader opens it. The npm package runs Pagefind's extended binary, which
 * segments Chinese into words.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchFolder } from '../lib/search.ts';

/**
 * What a page's `data-pagefind-body` (its `<main>`) holds that a search should not find: text
 * repeated from elsewhere, translation furniture and controls. Header, contents and footer lie
 * outside `<main>` and are never indexed.
 */
export const notSearched = [
  // A term's definition, shown in place on hover: the glossary is where it is found.
  '[role="tooltip"]',
  // Translation notices, the English of an outdated paragraph, "Help translate / Improve" links.
  '[data-fallback-notice]',
  '[data-block-note]',
  '[data-entry-note]',
  '[data-improve-translation]',
  // The reading-mode switch and the demos' controls, readouts and no-JavaScript notes.
  '[data-reading-modes]',
  'astro-island',
  'noscript',
] as const;

/** Pagefind's answers carry a list of error strings; any of them fails the build with its step named. */
function failOn(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind (${step}): ${errors.join('; ')}`);
}

/** The Astro integration that indexes the built site. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...notSearched] });
          failOn('createIndex', errors);
          if (!index) throw new Error('Pagefind (createIndex): no index');
          const added = await index.addDirectory({ path: fileURLToPath(dir) });
          failOn('addDirectory', added.errors);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL(`${searchFolder}/`, dir)) });
          failOn('writeFiles', written.errors);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`${searchFolder}/: ${added.page_count} pages indexed in ${seconds} s (${written.outputPath})`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
