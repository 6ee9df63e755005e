/**
 * A glossary term used in an English block must appear in the translation as
 * the glossary's rendering in that locale, so one concept has one name across the article.
 * If the glossary rendering is wrong for a context, fix the glossary (one place)
 * rather than the block.
 */
import { align, matchedPairs } from '../align.ts';
import { normalizeSource } from '../blocks.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { strings } from '../../../i18n/strings/i18n-glossary.ts';
import { messageInEveryLocale } from '../../../i18n/translate.ts';
import { sourceLocale, type TranslationLocale } from '../../../i18n/locales.ts';
import { termsUsed, usesTranslatedTerm, type GlossaryEntry } from '../glossary.ts';
import { entryFor } from '../record.ts';
import { at, type SectionPair } from './context.ts';

export function checkGlossary(pair: SectionPair, locale: TranslationLocale, entries: GlossaryEntry[]): Diagnostic[] {
  const { en, zh } = pair;
  if (!zh || en.errors.length || zh.errors.length) return [];
  const out: Diagnostic[] = [];
  for (const { en: e, zh: z } of matchedPairs(align(en.blocks, zh.blocks, pair.record))) {
    if (!e.translatable) continue;
    // Blocks still (or deliberately) in English have no translation to check.
    if (normalizeSource(e.source) === normalizeSource(z.source) || entryFor(pair.record, z.index)?.keepEnglish) continue;
    for (const entry of termsUsed(e.text, entries)) {
      const rendering = entry.term[locale];
      // A term not yet translated in the glossary has no rendering to ask for (its status says missing).
      if (rendering === undefined || usesTranslatedTerm(z.text, rendering)) continue;
      out.push(
        at(
          z,
          zh.file,
          'glossary',
          messageInEveryLocale(strings, 'term.notUsed', { term: entry.term[sourceLocale], block: e.index, line: e.line, rendering }),
          messageInEveryLocale(strings, 'term.hint', { rendering, file: entry.file }),
        ),
      );
    }
  }
  return out;
}
