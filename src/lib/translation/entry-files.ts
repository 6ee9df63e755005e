/**
 * Reading and stamping the tracked YAML files (src/lib/translation/entries.ts): kept apart so that
 * the pages which only mark entries do not bundle the YAML parser and the schemas.
 */
import { isMap, isScalar, parseDocument, stringify } from 'yaml';
import { sourceLocale, type TranslationLocale } from '../../i18n/locales.ts';
import { timelineEntrySchema } from '../../schemas/timeline.ts';
import { TRANSLATIONS_KEY, trackedTexts, type TrackedEntry } from './entries.ts';

/**
 * The file's text with the locale's stamp set to `source`. Only the `translations:` block is
 * written (in place, or appended): re-serialising the whole document would re-flow the folded
 * English and Chinese texts and turn every accept into a noisy diff.
 */
export function stampYaml(text: string, locale: TranslationLocale, source: string): string {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) throw new TypeError('a tracked YAML file must be a mapping');
  const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === TRANSLATIONS_KEY);
  const current = (doc.toJS() as Record<string, unknown>)[TRANSLATIONS_KEY];
  const stamps = { ...(typeof current === 'object' && current !== null ? current : {}), [locale]: { source } };
  const block = stringify({ [TRANSLATIONS_KEY]: stamps });
  const start = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
  const end = (pair?.value as { range?: [number, number, number] } | undefined)?.range?.[2];
  if (start === undefined || end === undefined) return `${text}${text.endsWith('\n') ? '' : '\n'}${block}`;
  return `${text.slice(0, start)}${block}${text.slice(end).replace(/^\n/, '')}`;
}

/** A timeline file (content/timeline/<id>.yaml) as tracked; undefined when it breaks the schema (the data check reports where). */
export function parseTimelineFile(file: string, text: string): TrackedEntry | undefined {
  const parsed = timelineEntrySchema.safeParse(parseDocument(text).toJS());
  if (!parsed.success) return undefined;
  const id = (file.split('/').pop() ?? file).replace(/\.ya?ml$/, '');
  return { kind: 'timeline', id, file, label: parsed.data.title[sourceLocale], texts: trackedTexts('timeline', parsed.data), translations: parsed.data.translations };
}
