/**
 * The record file must be valid and point at blocks that exist; otherwise the
 * status it feeds is silently wrong.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { SectionPair } from './context.ts';

export function checkRecord(pair: SectionPair, parseErrors: Diagnostic[]): Diagnostic[] {
  const out = [...parseErrors];
  if (!pair.zh || pair.zh.errors.length > 0) return out;
  const count = pair.zh.blocks.length;
  for (const entry of pair.record.blocks) {
    if (entry.block >= count) {
      out.push({
        file: pair.recordFile,
        line: 1,
        column: 1,
        message: `the record has an entry for block ${entry.block}, but ${pair.zhFile} has only ${count} blocks (0–${count - 1})`,
        hint: `remove that entry, or run \`npm run i18n -- accept ${pair.zhFile}\` to rewrite the record`,
        check: 'record',
        severity: 'error',
      });
    }
  }
  return out;
}
