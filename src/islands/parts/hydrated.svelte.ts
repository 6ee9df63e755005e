import { onMount } from 'svelte';

/**
 * Whether the island runs in the browser yet. Server rendering sees `false`, so a control can be
 * drawn at its final size but stay disabled until it can act on what the reader types; mounting
 * in the browser flips it. Call it while the component initialises.
 *
 * Text fields, menus, checkboxes and radio buttons are drawn only once it is `true`; before that, a
 * `.stand-in` of the same size (global.css) takes their place. Chromium's autofill asks every such
 * control, and every form, on a page for its box as soon as the page is parsed, and that lays out
 * the whole off-screen section around it, which `content-visibility` would otherwise skip: on the
 * article, two of the longest sections. Sliders and buttons are not asked and stay as they are.
 * Islands use no `<form>`: one drawn late would redraw every control inside it.
 */
export function hydration(): { readonly current: boolean } {
  let hydrated = $state(false);
  onMount(() => {
    // In a task of its own: drawing the controls is not added to hydration's long task.
    const timer = setTimeout(() => (hydrated = true));
    return () => clearTimeout(timer);
  });
  return {
    get current() {
      return hydrated;
    },
  };
}
