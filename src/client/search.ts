// The search dialog (src/components/Search.astro). The site script opens it and imports this module
// when the reader first opens search; this module then loads Pagefind's script, its WebAssembly and
// the index of the page's language (Pagefind picks it from <html lang>): none of it is first-load.
// It imports nothing the islands share, so the site script's import of it needs no preloading code.
import { pageHits, pagesShown, type Pagefind, type SearchHit } from '../lib/search.ts';

/** Pagefind, loading or loaded; forgotten when loading fails, so the next search retries. */
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(script: string): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ script) as Promise<Pagefind>).then(async (module) => {
    await module.init();
    return module;
  });
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** A result as DOM built from text: the excerpt's marked words become <mark>, nothing else is markup. */
function hitItem(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.section ?? hit.page;
  if (hit.section !== undefined) {
    const page = document.createElement('span');
    page.className = 'search__page';
    page.textContent = hit.page;
    link.append(page);
  }
  const excerpt = document.createElement('p');
  excerpt.append(
    ...hit.excerpt.map(({ text, marked }) => {
      if (!marked) return text;
      const mark = document.createElement('mark');
      mark.textContent = text;
      return mark;
    }),
  );
  item.append(link, excerpt);
  return item;
}

function wire(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog.querySelector<HTMLElement>('[data-search-results]');
  if (!input || !status || !list) return;
  const { searchScript: script = '', loading = '', failed = '', none = '', count = '' } = dialog.dataset;

  const search = async () => {
    const query = input.value.trim();
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    try {
      const found = await (await loadPagefind(script)).debouncedSearch(query);
      // A later keystroke superseded this search.
      if (!found) return;
      const pages = await Promise.all(found.results.slice(0, pagesShown).map((result) => result.data()));
      if (input.value.trim() !== query) return;
      list.replaceChildren(...pages.flatMap((page) => pageHits(page)).map(hitItem));
      status.textContent = pages.length ? count.replace('{count}', String(found.results.length)) : none;
    } catch {
      status.textContent = failed;
    }
  };

  input.addEventListener('input', () => void search());
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A search field's own Escape only clears it; in the dialog, Escape always closes.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dialog.close();
  });
  // A result on the same page only scrolls; the dialog closes so the reader sees where it leads.
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) dialog.close();
  });

  // The dialog opened before this module loaded: what the reader typed meanwhile is searched.
  status.textContent = loading;
  loadPagefind(script).then(search, () => (status.textContent = failed));
}

const wired = new WeakSet<HTMLDialogElement>();

/** Makes the opened dialog search, once; the first call starts loading Pagefind. */
export function initSearch(dialog: HTMLDialogElement): void {
  if (wired.has(dialog)) return;
  wired.add(dialog);
  wire(dialog);
}
