/**
 * Glossary terms as the translation checks need them: the term in the source
 * language and the term a translation must use for it. The files are
 * content/glossary/<id>.yaml, validated by the site's own schema.
 */
import { parse as parseYaml } from 'yaml';
import { sourceLocale } from '../../i18n/locales.ts';
import { glossaryTermSchema, type GlossaryTerm } from '../../schemas/glossary.ts';
import { dataFileErrors } from './data-files.ts';
import type { Diagnostic } from './diagnostics.ts';
import { trackedTexts, type TrackedEntry } from './entries.ts';

const GLOSSARY_SCHEMA_FILE = 'src/schemas/glossary.ts';

/** One glossary file as the checks read it: where it is, its term in every locale, and what its status is computed from. */
export interface GlossaryEntry extends TrackedEntry {
  kind: 'glossary';
  /** The English term as it appears in running text (lower case unless a name), and each translation's rendering. */
  term: GlossaryTerm['term'];
}

/** Reads a glossary file; schema problems are reported at the field's line, like every data file (data-files.ts). */
export function parseGlossaryFile(file: string, text: string): { entry?: GlossaryEntry; errors: Diagnostic[] } {
  const errors = dataFileErrors(file, text, { schema: glossaryTermSchema, schemaFile: GLOSSARY_SCHEMA_FILE });
  if (errors.length) return { errors };
  const data = glossaryTermSchema.parse(parseYaml(text));
  const id = (file.split('/').pop() ?? file).replace(/\.ya?ml$/, '');
  return { entry: { kind: 'glossary', id, file, label: data.term[sourceLocale], term: data.term, texts: trackedTexts('glossary', data), translations: data.translations }, errors: [] };
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
export function termsUsed(text: string, entries: GlossaryEntry[]): GlossaryEntry[] {
  const found = entries.map((term) => ({ term, at: termForms(term.term[sourceLocale]).flatMap((f) => spans(text, f)) }));
  const inside = (a: [number, number], b: [number, number]) => b[0] <= a[0] && a[1] <= b[1] && b[1] - b[0] > a[1] - a[0];
  return found
    .filter(({ term, at }) => at.some((span) => !found.some((other) => other.term !== term && other.at.some((o) => inside(span, o)))))
    .map(({ term }) => term);
}

/** Whether a translated block contains one of the term's forms (spaces ignored: "云 GPU 实例" = "云GPU实例"). */
export function usesTranslatedTerm(text: string, term: string): boolean {
  const compact = text.replace(/\s+/g, '').toLowerCase();
  return termForms(term).some((form) => compact.includes(form.replace(/\s+/g, '').toLowerCase()));
}
