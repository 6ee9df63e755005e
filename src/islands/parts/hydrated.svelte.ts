import { onMount } from 'svelte';
import { nextTask } from '../../lib/next-task.ts';

/**
 * Whether the island runs in the browser yet. Server rendering sees `false`; mounting in the
 * browser flips it, a task later. Call it while the component initialises.
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
    let mounted = true;
    // In a task of its own: drawing the controls is not added to hydration's long task.
    void nextTask().then(() => (hydrated = mounted));
    return () => (mounted = false);
  });
  return {
    get current() {
      return hydrated;
    },
  };
}
