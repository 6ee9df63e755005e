/**
 * What a reader typed into a bounded number field. Fields are text inputs rather than
 * `type="number"`, so that input methods which type full-width digits ("２５６") work and so that
 * "", "abc" and "1.5" can be told apart in the message.
 */
export interface NumberBounds {
  min: number;
  max: number;
  /** Whether only whole numbers are allowed. */
  integer: boolean;
}

export type NumberCheck =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'not-a-number' | 'not-whole' | 'too-small' | 'too-large'; value?: number };

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads a number from the text of a field: NFKC folds full-width digits, signs, points and the
 * ideographic space into their ASCII forms, and surrounding spaces are ignored.
 */
export function checkNumber(raw: string, bounds: NumberBounds): NumberCheck {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (!DECIMAL.test(text)) return { ok: false, reason: 'not-a-number' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-a-number' };
  if (bounds.integer && !Number.isInteger(value)) return { ok: false, reason: 'not-whole', value };
  if (value < bounds.min) return { ok: false, reason: 'too-small', value };
  if (value > bounds.max) return { ok: false, reason: 'too-large', value };
  return { ok: true, value };
}
