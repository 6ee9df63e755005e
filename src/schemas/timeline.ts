import { z } from 'astro/zod';
import { datePrecisions, type DatePrecision } from '../i18n/format-date.ts';
import { localeCodes, type Locale } from '../i18n/locales.ts';
import { inSourceLocale } from './localized.ts';
import { translationsSchema } from './translations.ts';
import { httpUrl } from './url.ts';

/** What kind of milestone an event is; the timeline filters on these. */
export const timelineCategories = ['hardware', 'software', 'research', 'browser'] as const;
export type TimelineCategory = (typeof timelineCategories)[number];


/** The ISO shape each precision requires: `2012`, `2012-09` or `2012-09-30`. */
const datePatterns: Record<DatePrecision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
};

/** True when every part that is given exists in the calendar (no month 13, no 31 February). */
export function isCalendarDate(date: string): boolean {
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  if (year === undefined || !Number.isInteger(year) || month < 1 || month > 12) return false;
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

/**
 * Text in the source language and each translation. A translation may be missing: the page then
 * shows the English with a notice, and the translation tooling lists the entry as untranslated.
 * Chinese follows the house style (zh-style.md).
 */
export const localizedTextSchema = inSourceLocale(z.string().trim().min(1));
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A cited page or paper. */
export const sourceLinkSchema = z.object({
  /** What the reader will find at the link, in its own language. */
  title: z.string().trim().min(1),
  /** Where it is. */
  url: httpUrl,
});

/** One event of the GPU history timeline (content/timeline/<yyyy>-<slug>.yaml). */
export const timelineEntrySchema = z
  .object({
    /**
     * When it happened, ISO style and only as precise as known: `2012`, `2012-09` or
     * `2012-09-30`. Quote it in YAML, or YAML turns a full date into a timestamp.
     */
    date: z
      .string({ error: 'date must be a quoted string such as "2012-09-30".' })
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must look like 2012, 2012-09 or 2012-09-30.')
      .refine(isCalendarDate, 'date is not a real calendar date.'),
    /** How much of `date` is known: `year`, `month` or `day`; must match the shape of `date`. */
    datePrecision: z.enum(datePrecisions),
    /** Hardware (chips, boards), software (languages, libraries), research (papers) or browser (web APIs). */
    category: z.enum(timelineCategories),
    /** Headline of the event, a few words long. */
    title: localizedTextSchema,
    /** Two or three sentences in our own words: what happened and why it mattered. */
    body: localizedTextSchema,
    /** An optional headline number, shown as value, unit and label ("125 TFLOPS mixed-precision …"). */
    figure: z
      .object({
        /** The number itself, as the source gives it. */
        value: z.number().nonnegative(),
        /**
         * A symbol written after the value in every language (TFLOPS, %, ×); empty for a plain
         * count, whose noun then starts the label ("128" + "stream processors").
         */
        unit: z.string(),
        /** What the number measures. */
        label: localizedTextSchema,
      })
      .optional(),
    /** Where every fact in the entry can be checked; at least one. */
    sources: z.array(sourceLinkSchema).min(1),
    /**
     * Per translation locale, the fingerprint of the English `title`, `body` and `figure.label`
     * it was made from: `zh-cn: { source: 1b2c… }`. Written by `npm run i18n -- accept timeline
     * <id>`; tells translated, outdated and unrecorded apart (src/lib/translation/entries.ts).
     */
    translations: translationsSchema,
  })
  .superRefine((entry, ctx) => {
    if (!datePatterns[entry.datePrecision].test(entry.date)) {
      ctx.addIssue({
        code: 'custom',
        path: ['datePrecision'],
        message: `datePrecision "${entry.datePrecision}" does not match date "${entry.date}".`,
      });
    }
  });

export type TimelineEntryData = z.infer<typeof timelineEntrySchema>;

/** An entry as components receive it: the collection id (file name) plus its data. */
export const timelineEntryWithIdSchema = timelineEntrySchema.and(
  z.object({
    /** File name without extension, `2012-alexnet`; the entry's anchor is `timeline-<id>`. */
    id: z.string().regex(/^\d{4}-[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be <yyyy>-<kebab-slug>, from the file name.'),
  }),
);
export type TimelineEntry = z.infer<typeof timelineEntryWithIdSchema>;

/** What the timeline page renders: the page locale and the collection's entries. */
export const timelinePropsSchema = z.object({
  /** Locale the interface and entries are shown in. */
  locale: z.enum(localeCodes as [Locale, ...Locale[]]),
  /** Every event, in any order; the page sorts them. */
  entries: z.array(timelineEntryWithIdSchema).min(1, 'entries is empty; is content/timeline/ missing?'),
});

/** Throws one readable error naming every bad prop, for components to call before rendering. */
export function assertTimelineProps(props: unknown): asserts props is z.infer<typeof timelinePropsSchema> {
  const result = timelinePropsSchema.safeParse(props);
  if (result.success) return;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(props)'}: ${issue.message}`);
  throw new Error(`<FullTimeline>: invalid props.\n  ${problems.join('\n  ')}`);
}
