/**
 * The record file: what each translated block was translated from.
 *
 * It sits next to the translation, same name with `.i18n.json` instead of
 * `.mdx` (content/article/zh-cn/03-matmul.mdx → content/article/zh-cn/03-matmul.i18n.json),
 * so it shows up beside the section in a pull request and moves with it.
 * `npm run i18n -- accept` writes it; translators only edit it by hand to
 * set `keepEnglish`. Because it stores the English text itself, the status of
 * every block is computed from the files alone — no git history needed, so it
 * works the same in a shallow CI clone — and `diff` can show what changed.
 */
import { z } from 'astro/zod';
import type { Diagnostic } from './diagnostics.ts';

/** One translated block. */
export const recordEntrySchema = z.strictObject({
  /** Block index in the section; 0 is the frontmatter, body blocks start at 1. */
  block: z.number().int().min(0),
  /** The English block source (MDX, as written) the translation was made from or last accepted against. */
  en: z.string(),
  /** Set by the translator: this block deliberately stays in English on the Chinese page. */
  keepEnglish: z.literal(true).optional(),
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
  const error = (message: string): Diagnostic => ({
    file,
    line: 1,
    column: 1,
    message,
    hint: 'restore the file from the repository or delete it and run `npm run i18n -- accept <translation file>` again',
    check: 'record',
    severity: 'error',
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { record: emptyRecord(source), errors: [error(`record file is not valid JSON: ${(e as Error).message}`)] };
  }
  const parsed = recordSchema.safeParse(data);
  if (!parsed.success) {
    return {
      record: emptyRecord(source),
      errors: parsed.error.issues.map((i) => error(`record file field \`${i.path.join('.') || '(root)'}\`: ${i.message}`)),
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
