import { z } from 'astro/zod';

/**
 * A calendar day written `2026-11-28`. YAML readers differ on an unquoted date (Astro's turns it
 * into a Date at midnight UTC, the translation tooling's keeps the text), so both read as the text.
 */
const isoDay = z.preprocess((value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value), z.iso.date());

/** Frontmatter of one article section (content/article/<locale>/NN-slug.mdx). */
export const articleSectionSchema = z.object({
  /** The section heading as readers see it; the layout renders it as the section's `<h2>`. */
  title: z.string().min(1),
  /** Position of the section in the article; a translation uses the same number as its source. */
  order: z.number().int().positive(),
  /** One-sentence summary, used in the table of contents and page metadata. */
  description: z.string().min(1),
  /**
   * The day this file's text last changed in substance (absent: unchanged since the article's
   * publication). Not translated: each language's file keeps its own, since a translation is
   * revised on other days than its source; the byline shows the newest a reader sees.
   */
  updated: isoDay.optional(),
});

export type ArticleSection = z.infer<typeof articleSectionSchema>;
