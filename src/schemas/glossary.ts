import { z } from 'astro/zod';
import { inSourceLocale } from './localized.ts';
import { translationsSchema } from './translations.ts';

/** English required; a translation may be missing until it is written (the site then shows the English, marked). */
const localized = inSourceLocale(z.string().min(1));

/** One glossary term (content/glossary/<id>.yaml), in English and each translation. */
export const glossaryTermSchema = z.object({
  /** The term as the article writes it in each language; the Chinese term is the house rendering. */
  term: localized,
  /** One-sentence definition in each language. */
  definition: localized,
  /** Guidance for translators, e.g. why this rendering was chosen. */
  note: z.string().optional(),
  /**
   * Per translation locale, the fingerprint of the English `term` and `definition` it was made
   * from: `zh-cn: { source: 1b2c… }`. Written by `npm run i18n -- accept glossary <id>`; tells
   * translated, outdated and unrecorded apart (src/lib/translation/entries.ts).
   */
  translations: translationsSchema,
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
