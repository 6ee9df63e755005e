// The kernel boxes of the article and the lab page. Imported by the site script only when a box is
// opened, and the highlighted sources are fetched only then, so neither counts against the page's
// first load. The fragment is built from the files the lab runs.

/** Boxes whose sources are loaded or loading; a failed load is forgotten so reopening retries. */
const started = new WeakSet<HTMLDetailsElement>();

export async function showKernelSources(box: HTMLDetailsElement): Promise<void> {
  const status = box.querySelector<HTMLElement>('[data-kernel-sources-status]');
  const body = box.querySelector<HTMLElement>('[data-kernel-sources-body]');
  if (!status || !body || started.has(box)) return;
  started.add(box);
  status.textContent = status.dataset.loading ?? '';
  box.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch(box.dataset.kernelSources ?? '');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const fragment = new DOMParser().parseFromString(await response.text(), 'text/html');
    body.replaceChildren(...fragment.body.childNodes);
    status.textContent = '';
  } catch {
    // The link to the lab page stays below the message.
    started.delete(box);
    status.textContent = status.dataset.failed ?? '';
  } finally {
    box.removeAttribute('aria-busy');
  }
}
