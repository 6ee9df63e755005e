/**
 * `accept`: record that translated blocks now match the current English.
 * Run after translating or updating blocks; it is what turns "unrecorded" or
 * "outdated" into "translated".
 */
import { normalizeSource, signature, type ParsedSection } from './blocks.ts';
import { entryFor, type RecordEntry, type TranslationRecord } from './record.ts';

export interface AcceptOptions {
  /** Only this block index; all translated blocks otherwise. */
  block?: number;
  /** Mark the block(s) as deliberately kept in English (only with `block`). */
  keepEnglish?: boolean;
  /** YYYY-MM-DD stored as the block's `accepted` day. */
  today: string;
}

export interface AcceptResult {
  record: TranslationRecord;
  accepted: number[];
  /** Blocks not recorded, with the reason (still English, nothing to translate). */
  skipped: { block: number; reason: string }[];
}

/** Thrown for input that `accept` must refuse; the message is shown to the user as is. */
export class AcceptError extends Error {}

export function accept(en: ParsedSection, zh: ParsedSection, record: TranslationRecord, options: AcceptOptions): AcceptResult {
  for (const s of [en, zh]) {
    if (s.errors.length) throw new AcceptError(`${s.file} does not parse; run \`npm run i18n -- check\` and fix it first`);
  }
  // Accepting pairs blocks by index, so the structures must mirror exactly; otherwise a
  // translation could be recorded against the wrong English block.
  const mismatch = en.blocks.findIndex((b, i) => zh.blocks[i] === undefined || signature(b) !== signature(zh.blocks[i]!));
  if (mismatch !== -1 || zh.blocks.length !== en.blocks.length) {
    throw new AcceptError(`${zh.file} does not mirror the structure of ${en.file} (first difference at block ${mismatch === -1 ? en.blocks.length : mismatch}); run \`npm run i18n -- check\` and fix the structure errors first`);
  }
  if (options.keepEnglish && options.block === undefined) throw new AcceptError('--keep-english needs --block N: keeping a whole section in English is not a translation');
  if (options.block !== undefined && (options.block < 0 || options.block >= en.blocks.length)) {
    throw new AcceptError(`block ${options.block} does not exist; ${zh.file} has blocks 0–${en.blocks.length - 1} (see \`npm run i18n -- status --json\`)`);
  }

  const entries = new Map(record.blocks.map((e) => [e.block, e]));
  const result: AcceptResult = { record: { source: en.file, blocks: [] }, accepted: [], skipped: [] };
  const indices = options.block === undefined ? en.blocks.map((b) => b.index) : [options.block];
  for (const i of indices) {
    const e = en.blocks[i]!;
    const z = zh.blocks[i]!;
    const previous = entryFor(record, i);
    const keepEnglish = options.keepEnglish || previous?.keepEnglish;
    if (!e.translatable) {
      result.skipped.push({ block: i, reason: 'nothing to translate' });
      continue;
    }
    if (!keepEnglish && normalizeSource(z.source) === normalizeSource(e.source)) {
      if (options.block !== undefined) throw new AcceptError(`block ${i} (line ${z.line}) is still the English text; translate it first, or pass --keep-english to keep it in English on purpose`);
      result.skipped.push({ block: i, reason: 'still in English' });
      continue;
    }
    const entry: RecordEntry = keepEnglish ? { block: i, en: e.source, keepEnglish: true, accepted: options.today } : { block: i, en: e.source, accepted: options.today };
    entries.set(i, entry);
    result.accepted.push(i);
  }
  result.record.blocks = [...entries.values()].sort((a, b) => a.block - b.block);
  return result;
}
