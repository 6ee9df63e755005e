/**
 * Pairs each English block with the Chinese block that mirrors it. When the
 * structures match this is index by index; when a block was added or removed
 * on one side, a longest-common-subsequence alignment over block signatures
 * keeps the rest paired, so one inserted English paragraph shows up as one
 * missing block instead of shifting every later block.
 */
import { signature, type Block } from './blocks.ts';

/** A mirrored pair; one side is undefined for a block that exists in only one language. */
export interface Pair {
  en: Block | undefined;
  zh: Block | undefined;
}

export function align(en: Block[], zh: Block[]): Pair[] {
  const a = en.map(signature);
  const b = zh.map(signature);
  if (a.length === b.length && a.every((s, i) => s === b[i])) {
    return en.map((block, i) => ({ en: block, zh: zh[i] }));
  }
  // lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const pairs: Pair[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      pairs.push({ en: en[i], zh: zh[j] });
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      pairs.push({ en: en[i], zh: undefined });
      i++;
    } else {
      pairs.push({ en: undefined, zh: zh[j] });
      j++;
    }
  }
  return pairs;
}
