/**
 * The record file: what each translated block was translated from, and what
 * its translation was when it was accepted.
 *
 * It sits next to the translation, same name with `.i18n.json` instead of
 * `.mdx` (content/article/zh-cn/03-matmul.mdx → content/article/zh-cn/03-matmul.i18n.json),
 * so it shows up beside the section in a pull request and moves with it.
 * `npm run i18n -- accept` writes it; translators only edit it by hand to
 * set `keepEnglish`. Because it stores the English text itself, the status of
 * every block is computed from the files alone — no git history needed, so it
 * works the same in a shallow CI clone — and `diff` can show what changed.
 * The fingerprint of the accepted translation (`zh`) lets the alignment find
 * each translated block wherever it is now, so a deleted, moved or swapped
 * block is recognised even when nothing else tells two paragraphs apart.
 */
import { z } from 'astro/zod';
import { messageInEveryLocale } from '../../i18n/translate.ts';
import { strings } from '../../i18n/strings/i18n-record.ts';
import type { ParsedSection } from './blocks.ts';
import type { Diagnostic } from './diagnostics.ts';
import { FINGERPRINT_PATTERN, fingerprint } from './fingerprint.ts';

/** One translated block. */
export const recordEntrySchema = z.strictObject({
  /** Index of the translated block in the translation when it was accepted; 0 is the frontmatter. */
  block: z.number().int().min(0),
  /** The English block source (MDX, as written) the translation was made from or last accepted against. */
  en: z.string(),
  /** `fingerprint` of the translated block's source when it was accepted. */
  zh: z.string().regex(FINGERPRINT_PATTERN).optional(),
  /** Set by the translator: this block deliberately stays in English on the Chinese page. */
  keepEnglish: z.literal(true).optional(),
  /** Accepted with `--unchanged`: the English changed, and the translator judged the translation still holds. */
  unchanged: z.literal(true).optional(),
  /** Day of the last `accept` (YYYY-MM-DD); the status page shows it as the last change. */
  accepted: z.iso.date().optional(),
});
export type RecordEntry = z.infer<typeof recordEntrySchema>;

/** A whole record file. */
export const recordSchema = z
  .strictObject({
    /** The English section this file tracks, relative to the project root. */
    source: z.string(),
    /** One entry per translated block, sorted by `block`. */
    blocks: z.array(recordEntrySchema),
  })
  .refine((r) => new Set(r.blocks.map((b) => b.block)).size === r.blocks.length, {
    message: 'a block index appears twice in `blocks`',
    path: ['blocks'],
  });
export type TranslationRecord = z.infer<typeof recordSchema>;

export function recordPath(translationFile: string): string {
  return translationFile.endsWith('.mdx') ? `${translationFile.slice(0, -'.mdx'.length)}.i18n.json` : `${translationFile}.i18n.json`;
}

export function emptyRecord(source: string): TranslationRecord {
  return { source, blocks: [] };
}

/** Reads a record file's text; a broken file yields an empty record plus diagnostics (reported by the record check). */
export function parseRecord(file: string, text: string, source: string): { record: TranslationRecord; errors: Diagnostic[] } {
  const error = (message: Diagnostic['message'], line = 1): Diagnostic => ({
    file,
    line,
    column: 1,
    message,
    hint: messageInEveryLocale(strings, 'broken.hint'),
    check: 'record',
    severity: 'error',
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const reason = (e as Error).message;
    // V8 names the position only in the message: "… in JSON at position 42 (line 3 column 5)".
    const line = Number(/line (\d+)/.exec(reason)?.[1] ?? 1);
    return { record: emptyRecord(source), errors: [error(messageInEveryLocale(strings, 'broken.json', { reason }), line)] };
  }
  const parsed = recordSchema.safeParse(data);
  if (!parsed.success) {
    return {
      record: emptyRecord(source),
      errors: parsed.error.issues.map((i) => error(messageInEveryLocale(strings, 'broken.field', { field: i.path.join('.') || '(root)', reason: i.message }))),
    };
  }
  return { record: parsed.data, errors: [] };
}

export function serializeRecord(record: TranslationRecord): string {
  const blocks = [...record.blocks].sort((a, b) => a.block - b.block);
  return `${JSON.stringify({ source: record.source, blocks }, null, 2)}\n`;
}

export function entryFor(record: TranslationRecord, block: number): RecordEntry | undefined {
  return record.blocks.find((e) => e.block === block);
}

/**
 * Adds the `zh` fingerprint to entries written before it existed. Those records were written
 * when the translation mirrored the English index by index, so entry `block` is the
 * translated block it describes. Entries pointing past the end are left as they are (the record check reports them).
 */
export function migrateRecord(record: TranslationRecord, translation: ParsedSection): { record: TranslationRecord; filled: number[] } {
  const filled: number[] = [];
  const blocks = record.blocks.map((entry) => {
    const zh = translation.blocks[entry.block];
    if (entry.zh !== undefined || !zh) return entry;
    filled.push(entry.block);
    return { block: entry.block, en: entry.en, zh: fingerprint(zh.source), ...(entry.keepEnglish ? { keepEnglish: entry.keepEnglish } : {}), ...(entry.accepted ? { accepted: entry.accepted } : {}) };
  });
  return { record: { source: record.source, blocks }, filled };
}
