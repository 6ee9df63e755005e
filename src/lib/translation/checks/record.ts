/**
 * The record file must be valid and point at blocks that exist; otherwise the
 * status it feeds is silently wrong.
 */
import { messageInEveryLocale } from '../../../i18n/translate.ts';
import { strings } from '../../../i18n/strings/i18n-record.ts';
import { align } from '../align.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { SectionPair } from './context.ts';

export function checkRecord(pair: SectionPair, parseErrors: Diagnostic[]): Diagnostic[] {
  const out = [...parseErrors];
  if (!pair.zh || pair.zh.errors.length > 0) return out;
  const count = pair.zh.blocks.length;
  const error = (message: Diagnostic['message'], hint: Diagnostic['hint']): Diagnostic => ({ file: pair.recordFile, line: 1, column: 1, message, hint, check: 'record', severity: 'error' });
  // An entry the alignment finds a block for is current wherever that block went (a deleted
  // or moved block is reported once, by the structure check).
  const found = new Set(align(pair.en.blocks, pair.zh.blocks, pair.record).entries.values());
  for (const entry of pair.record.blocks) {
    if (entry.block >= count && !found.has(entry)) {
      out.push(
        error(
          messageInEveryLocale(strings, 'entry.outOfRange', { block: entry.block, file: pair.zhFile, count, last: count - 1 }),
          messageInEveryLocale(strings, 'entry.outOfRange.hint', { file: pair.zhFile }),
        ),
      );
    } else if (entry.zh === undefined) {
      out.push(error(messageInEveryLocale(strings, 'entry.noFingerprint', { block: entry.block }), messageInEveryLocale(strings, 'entry.noFingerprint.hint')));
    }
  }
  return out;
}
