import { z } from 'astro/zod';

/** Frontmatter of one article section (content/article/<locale>/NN-slug.mdx). */
export const articleSectionSchema = z.object({
  /** The section heading as readers see it; the layout renders it as the section's `<h2>`. */
  title: z.string().min(1),
  /** Position of the section in the article; a translation uses the same number as its source. */
  order: z.number().int().positive(),
  /** One-sentence summary, used in the table of contents and page metadata. */
  description: z.string().min(1),
});

export type ArticleSection = z.infer<typeof articleSectionSchema>;
