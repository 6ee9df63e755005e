/**
 * The comment the translation workflow keeps on a pull request (.github/workflows/translation-comment.yml):
 * the status of the sections and entries the pull request touches, in every locale, and how to
 * preview the built site. Its input is an artifact built from the pull request's code, so it is
 * untrusted: `parsePrStatus` bounds and validates it, and every text taken from it is escaped
 * before it enters the Markdown.
 */
import { z } from 'astro/zod';
import { localeCodes, translationLocales, type Locale } from '../../i18n/locales.ts';
import { strings } from '../../i18n/strings/i18n-pr-comment.ts';
import { strings as siteStrings } from '../../i18n/strings/site.ts';
import { translator } from '../../i18n/translate.ts';
import { entryKinds, entryStatuses } from './entries.ts';

/** Hidden in the comment so the workflow finds and updates its own comment instead of adding one per push. */
export const COMMENT_MARKER = '<!-- translation-status-comment -->';

/** The artifact is a few kilobytes; anything near this is not ours. */
export const MAX_ARTIFACT_BYTES = 1_000_000;
/** Rows shown before the table is cut, so a huge pull request stays under GitHub's comment limit. */
export const MAX_ROWS = 60;

const name = z.string().max(300);
const count = z.number().int().nonnegative().max(1_000_000);

const entryGroupSchema = z.object({
  entries: z.array(z.object({ id: name, file: name, label: name, status: z.enum(entryStatuses) })).max(5000),
});

const localeStatusSchema = z.object({
  sections: z
    .array(
      z.object({
        section: name,
        source: name,
        translation: name,
        exists: z.boolean(),
        percent: count.max(100),
        counts: z.object({ blocks: count, translated: count, outdated: count, missing: count, keptEnglish: count, unrecorded: count }),
      }),
    )
    .max(500),
  timeline: entryGroupSchema,
  glossary: entryGroupSchema,
});

/** What the pull-request workflow uploads: the pull request's number, the files it changes, and `status --json`. */
export const prStatusSchema = z.object({
  pr: z.number().int().positive(),
  changedFiles: z.array(name).max(3000),
  status: z.object({ locales: z.partialRecord(z.enum(translationLocales as [string, ...string[]]), localeStatusSchema) }),
});
export type PrStatus = z.infer<typeof prStatusSchema>;

/** Reads the artifact's text: refused when too large, not JSON, or not the expected shape. */
export function parsePrStatus(text: string): PrStatus {
  if (new TextEncoder().encode(text).length > MAX_ARTIFACT_BYTES) throw new Error(`the status artifact is larger than ${MAX_ARTIFACT_BYTES} bytes`);
  const parsed = prStatusSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`the status artifact does not match its schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/**
 * Text from the artifact as inert Markdown inside a table cell (never inside a code span, where
 * escapes would show): HTML and Markdown punctuation become entities or backslash escapes, line
 * breaks become spaces, and `@` cannot mention anyone.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;');
}

interface Row {
  kind: string;
  item: string;
  locale: string;
  state: string;
}

function rows(input: PrStatus, locale: Locale): Row[] {
  const t = translator(strings, locale);
  const s = translator(siteStrings, locale);
  const changed = new Set(input.changedFiles);
  const touches = (...files: string[]) => files.some((f) => changed.has(f));
  return Object.entries(input.status.locales).flatMap(([target, status]) => {
    if (!status) return [];
    const sections = status.sections
      .filter((x) => touches(x.source, x.translation, x.translation.replace(/\.mdx$/, '.i18n.json')))
      .map((x) => ({
        kind: s('status.section'),
        item: escapeMarkdown(x.section),
        locale: escapeMarkdown(target),
        state: x.exists
          ? t('section.state', { ...x.counts, percent: x.percent })
          : t('section.noFile'),
      }));
    const entries = entryKinds.flatMap((kind) =>
      status[kind].entries
        .filter((e) => touches(e.file))
        .map((e) => ({ kind: s(`status.${kind}`), item: `${escapeMarkdown(e.label)} (${escapeMarkdown(e.id)})`, locale: escapeMarkdown(target), state: s(`status.${e.status}`) })),
    );
    return [...sections, ...entries];
  });
}

function block(input: PrStatus, locale: Locale, runUrl: string): string {
  const t = translator(strings, locale);
  const all = rows(input, locale);
  const shown = all.slice(0, MAX_ROWS);
  const table = shown.length
    ? [
        `| ${t('column.kind')} | ${t('column.item')} | ${t('column.locale')} | ${t('column.state')} |`,
        '| --- | --- | --- | --- |',
        ...shown.map((r) => `| ${r.kind} | ${r.item} | ${r.locale} | ${r.state} |`),
        ...(all.length > shown.length ? ['', t('more', { count: all.length - shown.length })] : []),
      ].join('\n')
    : t('none');
  return [`### ${t('heading')}`, '', t('intro'), '', table, '', `#### ${t('preview.heading')}`, '', t('preview.steps', { run: runUrl }), '', `<sub>${t('footer')}</sub>`].join('\n');
}

/**
 * The whole comment, in every locale one after the other. `runUrl` is the workflow run that built
 * the artifacts; the workflow takes it from the event, never from the artifact.
 */
export function renderComment(input: PrStatus, runUrl: string): string {
  return [COMMENT_MARKER, ...localeCodes.map((locale) => block(input, locale, runUrl))].join('\n\n');
}
