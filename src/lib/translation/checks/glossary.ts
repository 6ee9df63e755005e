/**
 * A glossary term used in an English block must appear in the translation as
 * the glossary's Chinese term, so one concept has one name across the article.
 * If the glossary rendering is wrong for a context, fix the glossary (one place)
 * rather than the block.
 */
import { align } from '../align.ts';
import { normalizeSource } from '../blocks.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { termsUsed, usesChineseTerm, type GlossaryTerm } from '../glossary.ts';
import { entryFor } from '../record.ts';
import { at, type SectionPair } from './context.ts';

export function checkGlossary(pair: SectionPair, terms: GlossaryTerm[]): Diagnostic[] {
  const { en, zh } = pair;
  if (!zh || en.errors.length || zh.errors.length) return [];
  const out: Diagnostic[] = [];
  for (const { en: e, zh: z } of align(en.blocks, zh.blocks)) {
    if (!e || !z || !e.translatable) continue;
    // Blocks still (or deliberately) in English have no Chinese to check.
    if (normalizeSource(e.source) === normalizeSource(z.source) || entryFor(pair.record, z.index)?.keepEnglish) continue;
    for (const term of termsUsed(e.text, terms)) {
      if (!usesChineseTerm(z.text, term.zh)) {
        out.push(
          at(z, zh.file, 'glossary', `glossary term "${term.en}" (English block ${e.index}, line ${e.line}) should be rendered as "${term.zh}", which this block does not contain`, `use "${term.zh}"; if it does not fit here, discuss changing ${term.file}`),
        );
      }
    }
  }
  return out;
}
