// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { astroI18nConfig, sitemapI18nConfig } from './src/i18n/locales.ts';
import { headingIdsFromSource } from './src/node/heading-ids-from-source.ts';
import { contentGateIntegration } from './src/node/content-gate.ts';
import { translationBlocks } from './src/node/translation-blocks.ts';
import { baseLinks } from './src/node/base-links.ts';
import { phraseBreaks } from './src/node/phrase-breaks.ts';
import { siteConfig } from './src/site.config.ts';
import watPlugin from './scripts/vite-plugin-wat.mjs';
import { codeHighlighting } from './src/lib/shiki-classes.ts';
import { astroCsp, isolationHeaders } from './src/node/security-policy.ts';
import { securityHeaders } from './src/node/security-headers.ts';
import { searchIndex } from './src/node/search-index.ts';
import { shikiPalette } from './src/node/shiki-palette.ts';
import { compileHints } from './src/node/compile-hints.ts';
import { oneStylesheet } from './src/node/one-stylesheet.ts';

// A GitHub Pages project site lives under /<repository>/: BASE_PATH builds the site for that path.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: siteConfig.site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // The site built from test fixtures (CONTENT_DIR) goes into its own folder.
  outDir: process.env.OUT_DIR ?? './dist',
  // Two builds at once (the site and the fixture, or two checkouts' worth of work) must not share
  // the content layer's cache, or one build can publish the other's content.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Stylesheets stay files: an inlined one differs from page to page, and the Chinese page's
  // policy would not list the hash of the English page's, which the 对照 mode parses.
  build: { inlineStylesheets: 'never' },
  i18n: astroI18nConfig(),
  integrations: [
    contentGateIntegration(),
    mdx(),
    svelte(),
    sitemap({
      i18n: sitemapI18nConfig(),
      // The kernel-sources fragment is fetched by the article, not read on its own.
      filter: (page) => !new URL(page).pathname.endsWith('/lab/kernel-sources/'),
    }),
    // Writes _headers (the site's security headers and the workers' policies) into the build.
    securityHeaders(),
    // Indexes the built pages for the search dialog (pagefind/, one index per language).
    searchIndex(),
  ],
  // A strict policy in a <meta> on every page (build only; `astro dev` has none).
  security: { csp: astroCsp },
  markdown: {
    processor: satteri({ hastPlugins: [headingIdsFromSource(), translationBlocks(), phraseBreaks(), baseLinks(base)] }),
    shikiConfig: codeHighlighting,
  },
  server: { headers: isolationHeaders },
  vite: {
    preview: { headers: isolationHeaders },
    // The matmul lab's WebAssembly kernel is compiled from .wat at build time, also inside workers.
    // The highlighter's colour classes come from a stylesheet built from its themes (virtual:shiki-palette.css).
    // The scripts a page runs as it loads are compiled off the page's thread (compile-hints.ts);
    // every page links the same stylesheet (one-stylesheet.ts).
    plugins: [watPlugin(), shikiPalette(), compileHints(), oneStylesheet()],
    worker: { plugins: () => [watPlugin()] },
  },
  devToolbar: { enabled: false },
});
