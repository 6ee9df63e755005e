// tsc reads neither .svelte nor .astro files; svelte-check and astro check type them in their own
// realms (tsconfig.browser.json, tsconfig.json), so tests see them as opaque components.
declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component<Record<string, unknown>>;
  export default component;
}

declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
