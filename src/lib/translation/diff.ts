/**
 * What changed in the English since a block was translated: a word diff of
 * the recorded source against the current one, which is all a translator
 * needs to update the Chinese without re-reading the paragraph.
 */
import { diffWords } from 'diff';
import type { SectionStatus } from './status.ts';

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface BlockDiff {
  /** Block index (same in both languages when the structure mirrors). */
  index: number;
  enLine: number;
  zhLine?: number;
  parts: DiffPart[];
}

/** English words are the unit; for Chinese-free English text jsdiff's word tokens are exactly that. */
export function wordDiff(then: string, now: string): DiffPart[] {
  return diffWords(then, now).map((c) => ({ value: c.value, added: c.added, removed: c.removed }));
}

export function outdatedDiffs(status: SectionStatus): BlockDiff[] {
  return status.blocks.flatMap((b) => {
    if (b.status !== 'outdated' || b.then === undefined) return [];
    const d: BlockDiff = { index: b.index, enLine: b.enLine, parts: wordDiff(b.then, b.now) };
    if (b.zhLine !== undefined) d.zhLine = b.zhLine;
    return [d];
  });
}

/**
 * Text rendering in the style of `git diff --word-diff=plain`, which survives
 * copying into an issue; `color` adds red/green for terminals.
 */
export function formatWordDiff(parts: DiffPart[], color: boolean): string {
  return parts
    .map((p) => {
      if (p.removed) return color ? `\x1b[31m[-${p.value}-]\x1b[0m` : `[-${p.value}-]`;
      if (p.added) return color ? `\x1b[32m{+${p.value}+}\x1b[0m` : `{+${p.value}+}`;
      return p.value;
    })
    .join('');
}
