/**
 * `accept`: record that translated blocks now match the current English.
 * Run after translating or updating blocks; it is what turns "unrecorded" or
 * "outdated" into "translated". Each entry also gets the fingerprint of the
 * translation as accepted, so the next `accept` can tell whether the
 * translation was updated when the English changed, and the alignment can
 * find the block again wherever it goes.
 */
import { messageInEveryLocale } from '../../i18n/translate.ts';
import { strings } from '../../i18n/strings/i18n-accept.ts';
import { align, matchedPairs, STRUCTURAL_EDITS } from './align.ts';
import { normalizeSource, type ParsedSection } from './blocks.ts';
import type { LocalizedText } from './diagnostics.ts';
import { fingerprint } from './fingerprint.ts';
import type { RecordEntry, TranslationRecord } from './record.ts';

export interface AcceptOptions {
  /** Only this English block index (as `status` and `diff` number blocks); every changed block otherwise. */
  block?: number;
  /** Mark the block as deliberately kept in English (only with `block`). */
  keepEnglish?: boolean;
  /** The English changed and the translation still holds as it is (only with `block`). */
  unchanged?: boolean;
  /** YYYY-MM-DD stored as the block's `accepted` day. */
  today: string;
}

/** Why a block is (or would be) accepted. */
export type AcceptReason = 'unrecorded' | 'outdated' | 'unchanged' | 'edited' | 'current' | 'keptEnglish';

export interface Acceptance {
  /** English block index. */
  block: number;
  /** Line of the Chinese block. */
  zhLine: number;
  reason: AcceptReason;
}

export interface AcceptResult {
  /** The whole record after accepting, its entries keyed by the Chinese block they describe now. */
  record: TranslationRecord;
  accepted: Acceptance[];
  /** Blocks left as they are: still English, or English changed while the translation did not. */
  skipped: { block: number; reason: 'still-english' | 'chinese-unchanged' }[];
}

/** Thrown for input that `accept` must refuse; the message is shown to the user in their language. */
export class AcceptError extends Error {
  readonly text: LocalizedText;
  constructor(text: LocalizedText) {
    super(text.en);
    this.text = text;
  }
}

export function accept(en: ParsedSection, zh: ParsedSection, record: TranslationRecord, options: AcceptOptions): AcceptResult {
  for (const s of [en, zh]) if (s.errors.length) throw new AcceptError(messageInEveryLocale(strings, 'unparsed', { file: s.file }));
  if (record.blocks.some((e) => e.zh === undefined)) throw new AcceptError(messageInEveryLocale(strings, 'notMigrated', { file: zh.file }));
  if (options.keepEnglish && options.block === undefined) throw new AcceptError(messageInEveryLocale(strings, 'keepEnglishNeedsBlock'));
  if (options.unchanged && options.block === undefined) throw new AcceptError(messageInEveryLocale(strings, 'unchangedNeedsBlock'));
  const alignment = align(en.blocks, zh.blocks, record);
  // A translation recorded against the wrong English block would hide the mistake for good.
  const broken = alignment.steps.filter((s) => STRUCTURAL_EDITS.has(s.kind));
  if (broken.length) {
    const first = broken[0]!;
    throw new AcceptError(messageInEveryLocale(strings, 'structure', { file: zh.file, source: en.file, count: broken.length, line: (first.zh[0] ?? first.en[0])!.line }));
  }
  if (options.block !== undefined && (options.block < 0 || options.block >= en.blocks.length)) {
    throw new AcceptError(messageInEveryLocale(strings, 'noSuchBlock', { block: options.block, source: en.file, last: en.blocks.length - 1 }));
  }
  const pairs = matchedPairs(alignment);
  if (options.block !== undefined && !pairs.some((p) => p.en.index === options.block)) throw new AcceptError(messageInEveryLocale(strings, 'noCounterpart', { block: options.block, file: zh.file }));

  const result: AcceptResult = { record: { source: en.file, blocks: [] }, accepted: [], skipped: [] };
  for (const { en: e, zh: z } of pairs) {
    const previous = alignment.entries.get(z.index);
    const kept = previous ? [{ ...previous, block: z.index }] : [];
    const chosen = options.block === undefined || options.block === e.index;
    if (!chosen || !e.translatable) {
      result.record.blocks.push(...kept);
      continue;
    }
    const keepEnglish = options.keepEnglish === true || previous?.keepEnglish === true;
    const stillEnglish = normalizeSource(z.source) === normalizeSource(e.source);
    const englishChanged = previous !== undefined && normalizeSource(previous.en) !== normalizeSource(e.source);
    const chineseChanged = previous === undefined || previous.zh !== fingerprint(z.source);
    let reason: AcceptReason;
    if (stillEnglish && !keepEnglish) {
      if (options.block !== undefined) throw new AcceptError(messageInEveryLocale(strings, 'stillEnglish', { block: e.index, line: z.line }));
      result.skipped.push({ block: e.index, reason: 'still-english' });
      result.record.blocks.push(...kept);
      continue;
    } else if (keepEnglish) reason = options.keepEnglish || englishChanged || chineseChanged ? 'keptEnglish' : 'current';
    else if (!previous) reason = 'unrecorded';
    else if (englishChanged && !chineseChanged) {
      if (!options.unchanged) {
        if (options.block !== undefined) throw new AcceptError(messageInEveryLocale(strings, 'chineseUnchanged', { block: e.index, line: z.line }));
        result.skipped.push({ block: e.index, reason: 'chinese-unchanged' });
        result.record.blocks.push(...kept);
        continue;
      }
      reason = 'unchanged';
    } else if (englishChanged) reason = 'outdated';
    else if (chineseChanged) reason = 'edited';
    else reason = 'current';
    // Accepting the whole file records what changed; an up-to-date block keeps its entry and day.
    if (options.block === undefined && reason === 'current') {
      result.record.blocks.push(...kept);
      continue;
    }
    const entry: RecordEntry = { block: z.index, en: e.source, zh: fingerprint(z.source) };
    if (keepEnglish) entry.keepEnglish = true;
    if (reason === 'unchanged') entry.unchanged = true;
    entry.accepted = options.today;
    result.record.blocks.push(entry);
    result.accepted.push({ block: e.index, zhLine: z.line, reason });
  }
  result.record.blocks.sort((a, b) => a.block - b.block);
  return result;
}
