import { z } from 'astro/zod';
import { translationLocales, type TranslationLocale } from '../i18n/locales.ts';
import { FINGERPRINT_PATTERN } from '../lib/translation/fingerprint.ts';

/** What a translation of one file was made from. */
export const translationStampSchema = z.strictObject({
  /**
   * Fingerprint of the English texts this translation was made from (src/lib/translation/fingerprint.ts).
   * Written by `npm run i18n -- accept <file>`; never edited by hand.
   */
  source: z.string().regex(FINGERPRINT_PATTERN, 'source must be the 16 hex digits `npm run i18n -- accept` writes.'),
});
export type TranslationStamp = z.infer<typeof translationStampSchema>;

/**
 * `translations:` in a timeline or glossary file: per translation locale, the stamp of the English
 * it was translated from. The translation is **translated** when the stamp matches the English
 * now, **outdated** when the English changed since, **unrecorded** when it has text but no stamp,
 * and **missing** while any of its texts is absent.
 */
export const translationsSchema = z
  .strictObject(Object.fromEntries(translationLocales.map((code) => [code, translationStampSchema.optional()])) as Record<TranslationLocale, z.ZodOptional<typeof translationStampSchema>>)
  .optional();
export type Translations = z.infer<typeof translationsSchema>;
