// Reading modes on a translated article page: this language, English, or both (对照). Imported
// lazily by the site script only on pages that have the control, and the English page is fetched
// only when a mode needs it, so neither counts against the first-load budget. Blocks are paired
// by `data-block` (the translation tooling's block index) within each `data-section`.
import { readPreference, writePreference } from '../lib/preferences.ts';

type Mode = 'zh' | 'en' | 'both';
const storageKey = 'why-gpus:reading-mode';
const isMode = (value: unknown): value is Mode => value === 'zh' || value === 'en' || value === 'both';

const control = document.querySelector<HTMLElement>('[data-reading-modes]');
const group = control?.querySelector<HTMLFieldSetElement>('[data-reading-group]');
const status = control?.querySelector<HTMLElement>('[data-reading-status]');
const root = document.documentElement;

/** zh block → its English clone, once the English page is loaded. */
const pairs = new Map<HTMLElement, HTMLElement>();
let loading: Promise<void> | undefined;

/** Gives the clone's ids an `en-` prefix (and the references to them), so no id appears twice. */
function prefixIds(clone: HTMLElement): void {
  const ids = new Set<string>();
  for (const el of [clone, ...clone.querySelectorAll<HTMLElement>('[id]')]) {
    if (!el.id) continue;
    ids.add(el.id);
    el.id = `en-${el.id}`;
  }
  for (const attr of ['aria-describedby', 'aria-labelledby', 'for']) {
    for (const el of [clone, ...clone.querySelectorAll<HTMLElement>(`[${attr}]`)]) {
      const value = el.getAttribute(attr);
      if (value) el.setAttribute(attr, value.split(/\s+/).map((id) => (ids.has(id) ? `en-${id}` : id)).join(' '));
    }
  }
}

function loadEnglish(url: string): Promise<void> {
  loading ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    })
    .then((html) => {
      const english = new DOMParser().parseFromString(html, 'text/html');
      for (const section of document.querySelectorAll<HTMLElement>('[data-section]')) {
        const body = section.querySelector<HTMLElement>('.article-section__body');
        // A section shown in English already (not translated yet) has nothing to pair.
        if (!body || body.lang) continue;
        const source = english.querySelector(`[data-section="${CSS.escape(section.dataset.section ?? '')}"] .article-section__body`);
        if (!source) continue;
        for (const block of body.querySelectorAll<HTMLElement>(':scope > [data-block]')) {
          // Blocks shown in English anyway, and interactive demos (islands), are the same in every mode.
          if (block.lang || block.querySelector('astro-island, .demo')) continue;
          const match = source.querySelector<HTMLElement>(`:scope > [data-block="${block.dataset.block}"]`);
          if (!match) continue;
          const clone = document.importNode(match, true);
          clone.removeAttribute('data-block');
          clone.removeAttribute('data-status');
          clone.dataset.enBlock = block.dataset.block;
          clone.classList.add('en-block');
          clone.lang = 'en';
          prefixIds(clone);
          block.classList.add('has-en');
          block.after(clone);
          pairs.set(block, clone);
        }
      }
    });
  return loading;
}

/** In English mode the visible English heading carries the shared anchor id. */
function moveIds(mode: Mode): void {
  for (const [zh, en] of pairs) {
    const id = zh.id || zh.dataset.anchorId;
    if (!id) continue;
    zh.dataset.anchorId = id;
    if (mode === 'en') {
      zh.removeAttribute('id');
      en.id = id;
    } else {
      en.id = `en-${id}`;
      zh.id = id;
    }
  }
}

function show(mode: Mode): void {
  moveIds(mode);
  root.dataset.readingMode = mode;
  for (const input of group?.querySelectorAll<HTMLInputElement>('input') ?? []) input.checked = input.value === mode;
}

async function choose(mode: Mode, remember: boolean): Promise<void> {
  if (remember) writePreference(storageKey, mode);
  if (mode === 'zh') return show(mode);
  if (status) status.textContent = status.dataset.loading ?? '';
  root.dataset.readingLoading = '';
  try {
    await loadEnglish(control?.dataset.sourceUrl ?? '/');
    if (status) status.textContent = '';
    show(mode);
  } catch {
    loading = undefined;
    if (status) status.textContent = status.dataset.failed ?? '';
    show('zh');
  } finally {
    delete root.dataset.readingLoading;
  }
}

if (control && group) {
  control.querySelector<HTMLElement>('[data-reading-links]')?.setAttribute('hidden', '');
  group.hidden = false;
  group.addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value;
    if (isMode(value)) void choose(value, true);
  });
  const stored = readPreference(storageKey);
  if (isMode(stored) && stored !== 'zh') void choose(stored, false);
  else show('zh');
}
