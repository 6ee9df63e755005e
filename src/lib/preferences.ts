/** localStorage keys of the reader's choices; one prefix so they are easy to find and clear. */
export const storageKeys = {
  theme: 'why-gpus:theme',
  locale: 'why-gpus:locale',
  suggestDismissed: 'why-gpus:suggest-dismissed',
} as const;

// Storage can be unavailable (privacy modes, sandboxed frames): preferences then last one page.
export function readPreference(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writePreference(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* not persisted; see above */
  }
}
