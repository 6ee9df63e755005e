/**
 * Chinese typography (spaces between CJK and Latin, full-width punctuation) is
 * enforced by AutoCorrect, the linter MDN's Chinese translations use, so the
 * house style has one arbiter instead of reviewers' memories.
 */
import autocorrect from 'autocorrect-node';
import type { ParsedSection } from '../blocks.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { strings } from '../../../i18n/strings/i18n-house-style.ts';
import { messageInEveryLocale } from '../../../i18n/translate.ts';

/** Where `old` and `new` first differ, shown with a little context so a long line stays readable. */
export function excerpt(old: string, corrected: string, context = 12): { before: string; after: string } {
  let start = 0;
  while (start < old.length && old[start] === corrected[start]) start++;
  let endOld = old.length;
  let endNew = corrected.length;
  while (endOld > start && endNew > start && old[endOld - 1] === corrected[endNew - 1]) {
    endOld--;
    endNew--;
  }
  const from = Math.max(0, start - context);
  const cut = (s: string, end: number) => (from > 0 ? '…' : '') + s.slice(from, end + context) + (end + context < s.length ? '…' : '');
  return { before: cut(old, endOld), after: cut(corrected, endNew) };
}

export function checkHouseStyle(section: ParsedSection): Diagnostic[] {
  const result = autocorrect.lintFor(section.text, section.file);
  return result.lines.map((l) => {
    const { before, after } = excerpt(l.old, l.new);
    return {
      file: section.file,
      line: l.l,
      column: l.c,
      message: messageInEveryLocale(strings, 'change', { before, after }),
      hint: messageInEveryLocale(strings, 'hint', { file: section.file }),
      check: 'house-style',
      // AutoCorrect: 1 = formatting error, 2 = spelling suggestion.
      severity: l.severity === 1 ? 'error' : 'warning',
    } satisfies Diagnostic;
  });
}
