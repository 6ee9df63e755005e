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
 * The names a glossary entry goes by. Entries are written with a gloss in
 * parentheses — "GPU (graphics processing unit)", "GPU（图形处理器）",
 * "general-purpose GPU computing (GPGPU)" — and running text uses either part,
 * so the whole entry, the part before the parenthesis and the part inside all count.
 */
export function termForms(term: string): string[] {
  for (const [open, close] of [['（', '）'], ['(', ')']] as const) {
    const i = term.indexOf(open);
    const j = term.lastIndexOf(close);
    if (i > 0 && j > i) return [term, term.slice(0, i).trim(), term.slice(i + 1, j).trim()].filter(Boolean);
  }
  return [term];
}

/**
 * Where a form occurs in English prose: whole words, plural `s`/`es` allowed.
 * Forms with capitals (FLOPS, Tensor Core, Adam) are names and match in that
 * case only, so "FLOPs" (operations) is not "FLOPS" (a rate); lower-case forms
 * match any case, e.g. at the start of a sentence.
 */
function spans(text: string, form: string): [number, number][] {
  const words = form.split(/\s+/).map(escapeRegExp).join('\\s+');
  const flags = form === form.toLowerCase() ? 'giu' : 'gu';
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?:s|es)?(?![\\p{L}\\p{N}])`, flags);
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * The glossary terms an English block uses. An occurrence inside a longer
 * term's occurrence does not count: "GPU memory" asks for 显存, not for the
 * Chinese of "GPU"; "Tensor Cores" is not a use of "tensor".
 */
export function termsUsed(text: string, terms: GlossaryTerm[]): GlossaryTerm[] {
  const found = terms.map((term) => ({ term, at: termForms(term.en).flatMap((f) => spans(text, f)) }));
  const inside = (a: [number, number], b: [number, number]) => b[0] <= a[0] && a[1] <= b[1] && b[1] - b[0] > a[1] - a[0];
  return found
    .filter(({ term, at }) => at.some((span) => !found.some((other) => other.term !== term && other.at.some((o) => inside(span, o)))))
    .map(({ term }) => term);
}

/** Whether the Chinese block contains one of the term's forms (spaces ignored: "云 GPU 实例" = "云GPU实例"). */
export function usesChineseTerm(text: string, zh: string): boolean {
  const compact = text.replace(/\s+/g, '').toLowerCase();
  return termForms(zh).some((form) => compact.includes(form.replace(/\s+/g, '').toLowerCase()));
}
