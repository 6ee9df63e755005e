import { z } from 'astro/zod';
import { localeCodes, sourceLocale, translationLocales, type Locale, type TranslationLocale } from '../i18n/locales.ts';

/** One value per locale of src/i18n/locales.ts, every locale required: `{ en: …, 'zh-cn': … }`. */
export function inEveryLocale<const S extends z.ZodType>(schema: S) {
  return z.object(Object.fromEntries(localeCodes.map((code) => [code, schema])) as Record<Locale, S>);
}

/** The source locale required, every translation optional until it is written. */
export function inSourceLocale<const S extends z.ZodType>(schema: S) {
  const translations = Object.fromEntries(translationLocales.map((code) => [code, schema.optional()])) as Record<TranslationLocale, z.ZodOptional<S>>;
  return z.object({ ...translations, [sourceLocale]: schema } as Record<typeof sourceLocale, S> & Record<TranslationLocale, z.ZodOptional<S>>);
}
