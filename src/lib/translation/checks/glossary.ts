/**
 * A glossary term used in an English block must appear in the translation as
 * the glossary's rendering in that locale, so one concept has one name across the article.
 * If the glossary rendering is wrong for a context, fix the glossary (one place)
 * rather than the block.
 */
import { align } from '../align.ts';
import { normalizeSource } from '../blocks.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { sourceLocale, type TranslationLocale } from '../../../i18n/locales.ts';
import { termsUsed, usesTranslatedTerm, type GlossaryEntry } from '../glossary.ts';
import { entryFor } from '../record.ts';
import { at, type SectionPair } from './context.ts';

export function checkGlossary(pair: SectionPair, locale: TranslationLocale, entries: GlossaryEntry[]): Diagnostic[] {
  const { en, zh } = pair;
  if (!zh || en.errors.length || zh.errors.length) return [];
  const out: Diagnostic[] = [];
  for (const { en: e, zh: z } of align(en.blocks, zh.blocks)) {
    if (!e || !z || !e.translatable) continue;
    // Blocks still (or deliberately) in English have no translation to check.
    if (normalizeSource(e.source) === normalizeSource(z.source) || entryFor(pair.record, z.index)?.keepEnglish) continue;
    for (const entry of termsUsed(e.text, entries)) {
      const rendering = entry.term[locale];
      if (!usesTranslatedTerm(z.text, rendering)) {
        out.push(
          at(z, zh.file, 'glossary', `glossary term "${entry.term[sourceLocale]}" (English block ${e.index}, line ${e.line}) should be rendered as "${rendering}", which this block does not contain`, `use "${rendering}"; if it does not fit here, discuss changing ${entry.file}`),
        );
      }
    }
  }
  return out;
}
