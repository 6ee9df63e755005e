/**
 * Glossary terms as the translation checks need them: the English term and
 * the Chinese term a translation must use for it. The files are
 * content/glossary/<id>.yaml; other fields (definitions, notes) belong to the
 * site's glossary and are ignored here.
 */
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from './diagnostics.ts';

/** The part of a glossary file the checks read. */
export const glossaryFileSchema = z.looseObject({
  term: z.looseObject({
    /** The English term, as it appears in running text (lower case unless a name). */
    en: z.string().min(1),
    /** The Chinese term every translation of a block using the English term must contain. */
    'zh-cn': z.string().min(1),
  }),
});

export interface GlossaryTerm {
  /** File name without `.yaml`, e.g. `forward-pass`. */
  id: string;
  file: string;
  en: string;
  zh: string;
}

export function parseGlossaryFile(file: string, text: string): { term?: GlossaryTerm; errors: Diagnostic[] } {
  const id = (file.split('/').pop() ?? file).replace(/\.ya?ml$/, '');
  const error = (message: string): Diagnostic => ({
    file,
    line: 1,
    column: 1,
    message,
    hint: 'a glossary file needs `term: { en: …, zh-cn: … }` (see the project conventions)',
    check: 'glossary',
    severity: 'error',
  });
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    return { errors: [error(`glossary file is not valid YAML: ${(e as Error).message.split('\n')[0]}`)] };
  }
  const parsed = glossaryFileSchema.safeParse(data);
  if (!parsed.success) return { errors: parsed.error.issues.map((i) => error(`glossary field \`${i.path.join('.')}\`: ${i.message}`)) };
  return { term: { id, file, en: parsed.data.term.en, zh: parsed.data.term['zh-cn'] }, errors: [] };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True when the English prose uses the term: whole words, any case, plural
 * `s`/`es` allowed ("neural networks" uses "neural network"). Words are
 * matched on the block's plain text, so markup never gets in the way.
 */
export function usesEnglishTerm(text: string, term: string): boolean {
  const words = term.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * The Chinese forms that satisfy the glossary. A term written with a gloss,
 * "GPU（图形处理器）", is spelled out at first use only, so the part before the
 * full-width parenthesis ("GPU") is enough.
 */
export function acceptedChineseForms(zh: string): string[] {
  const open = zh.indexOf('（');
  return open > 0 ? [zh, zh.slice(0, open).trim()] : [zh];
}

export function usesChineseTerm(text: string, zh: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return acceptedChineseForms(zh).some((form) => compact.includes(form.replace(/\s+/g, '')) || text.toLowerCase().includes(form.toLowerCase()));
}
