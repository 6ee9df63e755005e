/** Smallest and largest N the lab accepts at all; a backend may have a lower limit of its own. */
export const MIN_N = 1;
/** The lab never goes past this N; the largest it offers on a device may be smaller (size-limits.ts, from its memory). */
export const MAX_N = 8192;

/** Bytes of the three N×N float32 matrices A, B and C. */
export const matrixBytes = (n: number): number => 3 * n * n * 4;

export type SizeCheck =
  | { ok: true; n: number }
  | { ok: false; reason: 'empty' | 'not-a-number' | 'not-whole' | 'too-small' }
  | { ok: false; reason: 'too-large'; max: number; bytes: number };

/** Validates what the reader typed for N (the input is text: "1.5", "abc" and "" must be told apart). */
export function checkSize(raw: string): SizeCheck {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return { ok: false, reason: 'not-a-number' };
  const value = Number(text);
  if (!Number.isInteger(value)) return { ok: false, reason: 'not-whole' };
  if (value < MIN_N) return { ok: false, reason: 'too-small' };
  if (value > MAX_N) return { ok: false, reason: 'too-large', max: MAX_N, bytes: matrixBytes(value) };
  return { ok: true, n: value };
}
