/**
 * What the checks are given: an English section, its translation (if the
 * file exists) and the record. Checks never touch the disk; project.ts loads
 * everything, so the checks run the same on fixtures, in CI and in tests.
 */
import type { Block, ParsedSection } from '../blocks.ts';
import type { Diagnostic, LocalizedText } from '../diagnostics.ts';
import type { TranslationRecord } from '../record.ts';

export interface SectionPair {
  en: ParsedSection;
  /** Undefined while the translation file does not exist (all blocks missing; not an error). */
  zh?: ParsedSection;
  /** Translation file path, whether or not it exists. */
  zhFile: string;
  record: TranslationRecord;
  recordFile: string;
}

export function at(block: Pick<Block, 'line' | 'column'>, file: string, check: string, message: LocalizedText, hint: LocalizedText): Diagnostic {
  return { file, line: block.line, column: block.column, message, hint, check, severity: 'error' };
}
