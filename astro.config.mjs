// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { astroI18nConfig, sitemapI18nConfig } from './src/i18n/locales.ts';
import { headingIdsFromSource } from './src/node/heading-ids-from-source.ts';
import { translationBlocks } from './src/node/translation-blocks.ts';
import { siteConfig } from './src/site.config.ts';
import watPlugin from './scripts/vite-plugin-wat.mjs';

// Cross-origin isolation lets the matmul lab share memory between workers; hosts that read
// public/_headers send the same pair.
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  site: siteConfig.site,
  output: 'static',
  trailingSlash: 'always',
  // The site built from test fixtures (CONTENT_DIR) goes into its own folder.
  outDir: process.env.OUT_DIR ?? './dist',
  i18n: astroI18nConfig(),
  integrations: [
    mdx(),
    svelte(),
    sitemap({
      i18n: sitemapI18nConfig(),
      // The kernel-sources fragment is fetched by the article, not read on its own.
      filter: (page) => !new URL(page).pathname.endsWith('/lab/kernel-sources/'),
    }),
  ],
  markdown: {
    processor: satteri({ hastPlugins: [headingIdsFromSource(), translationBlocks()] }),
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false },
  },
  server: { headers: isolationHeaders },
  vite: {
    preview: { headers: isolationHeaders },
    // The matmul lab's WebAssembly kernel is compiled from .wat at build time, also inside workers.
    plugins: [watPlugin()],
    worker: { plugins: () => [watPlugin()] },
  },
  devToolbar: { enabled: false },
});
