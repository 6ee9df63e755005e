// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { headingIdsFromSource } from './src/plugins/heading-ids-from-source.ts';
import { translationBlocks } from './src/plugins/translation-blocks.ts';
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
  // A test-only content folder (fixtures) is built into its own folder; see e2e/README.md.
  outDir: process.env.OUT_DIR ?? './dist',
  i18n: {
    locales: ['en', { path: 'zh-cn', codes: ['zh-CN', 'zh'] }],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    svelte(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', 'zh-cn': 'zh-CN' } },
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
