import { onMount } from 'svelte';

/**
 * Whether the island runs in the browser yet. Server rendering (and so the page without
 * JavaScript) sees `false`, and controls that could do nothing without scripts stay out of the
 * HTML; mounting in the browser flips it. Call it while the component initialises.
 */
export function hydration(): { readonly current: boolean } {
  let hydrated = $state(false);
  onMount(() => {
    hydrated = true;
  });
  return {
    get current() {
      return hydrated;
    },
  };
}
