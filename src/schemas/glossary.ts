import { z } from 'astro/zod';
import { inEveryLocale } from './localized.ts';

const localized = inEveryLocale(z.string().min(1));

/** One glossary term (content/glossary/<id>.yaml), in every locale. */
export const glossaryTermSchema = z.object({
  /** The term as the article writes it in each language; the Chinese term is the house rendering. */
  term: localized,
  /** One-sentence definition in each language. */
  definition: localized,
  /** Guidance for translators, e.g. why this rendering was chosen. */
  note: z.string().optional(),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
