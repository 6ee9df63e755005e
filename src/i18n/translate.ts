import { localeCodes, type Locale, type sourceLocale } from './locales.ts';
import { needsSpace } from './spacing.ts';

/**
 * The one convention for interface strings: each surface (site chrome, lab, timeline, …) keeps
 * one table per locale of flat keys to plain strings, with `{name}` placeholders. The source
 * locale's table defines the keys; the compiler checks that every call passes exactly the
 * placeholders its English message names, and test/i18n-strings.test.ts checks that every other
 * locale has the same keys and placeholders and passes AutoCorrect.
 */
export type StringTable = Readonly<Record<string, string>>;

/** The placeholder names of a message: `'Showing {shown} of {total}'` → `'shown' | 'total'`. */
export type Placeholders<Message extends string> = Message extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type TranslatedLocale = Exclude<Locale, typeof sourceLocale>;

/** One surface's strings in every locale. */
export type LocalizedStrings<Source extends StringTable> = { readonly [L in typeof sourceLocale]: Source } & {
  readonly [L in TranslatedLocale]: { readonly [K in keyof Source]: string };
};

type PlaceholderValues<Message extends string> = [Placeholders<Message>] extends [never]
  ? []
  : [values: Readonly<Record<Placeholders<Message>, string | number>>];

export type Translator<Source extends StringTable> = <Key extends keyof Source & string>(
  key: Key,
  ...values: PlaceholderValues<Source[Key]>
) => string;

/** Declares a surface's strings; `const` keeps the English messages literal so placeholders are typed. */
export function defineStrings<const Source extends StringTable>(strings: LocalizedStrings<Source>): LocalizedStrings<Source> {
  return strings;
}

/**
 * Fills `{name}` placeholders; a name without a value stays visible rather than vanishing. A
 * message cannot know whether a value ends in a digit ("1,000") or a Chinese unit ("100 万"), so
 * where a value meets Chinese text the house-style space (src/i18n/spacing.ts) is added here:
 * `'{value}次运算'` gives "1,000 次运算" and "100 万次运算".
 */
export function interpolate(message: string, values: Readonly<Record<string, string | number>> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string, offset: number) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = String(values[name]);
    const lead = needsSpace(message[offset - 1], value[0]) ? ' ' : '';
    const trail = needsSpace(value.at(-1), message[offset + whole.length]) ? ' ' : '';
    return `${lead}${value}${trail}`;
  });
}

/** A translator for one surface and locale: `t('run.progress', { backend, n })`. */
export function translator<Source extends StringTable>(strings: LocalizedStrings<Source>, locale: Locale): Translator<Source> {
  const table = strings[locale] as Readonly<Record<string, string>>;
  return ((key: string, values?: Readonly<Record<string, string | number>>) => interpolate(table[key] ?? key, values)) as Translator<Source>;
}

/**
 * One message in every locale, for tools that choose the reader's language when they print
 * (the translation checks): `messageInEveryLocale(strings, 'block.missing', { block: 5 })`.
 */
export function messageInEveryLocale<Source extends StringTable, Key extends keyof Source & string>(
  strings: LocalizedStrings<Source>,
  key: Key,
  ...values: PlaceholderValues<Source[Key]>
): Readonly<Record<Locale, string>> {
  return Object.fromEntries(localeCodes.map((code) => [code, (translator(strings, code) as Translator<Source>)(key, ...values)])) as Record<Locale, string>;
}
