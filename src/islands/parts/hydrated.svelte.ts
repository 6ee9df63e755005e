import { onMount } from 'svelte';

/**
 * Whether the island runs in the browser yet. Server rendering sees `false`, so a control can be
 * drawn at its final size but stay disabled until it can act on what the reader types; mounting
 * in the browser flips it. Call it while the component initialises.
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
