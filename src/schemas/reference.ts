import { z } from 'astro/zod';
import { httpUrl } from './url.ts';

/** One cited work (content/references/<id>.yaml); `<Cite id="…" />` points at the file name. */
export const referenceSchema = z.object({
  /** Authors as written in the work, or the publishing organisation (e.g. `NVIDIA`). */
  authors: z.array(z.string().min(1)).min(1),
  /** Title in the work's own language; never translated. */
  title: z.string().min(1),
  /** Conference, journal, publisher or website. */
  venue: z.string().min(1),
  /** Year of publication. */
  year: z.number().int().min(1900).max(2100),
  /** Where a reader can find the work. */
  url: httpUrl,
  /** What the article uses the work for (for maintainers; not shown). */
  note: z.string().optional(),
});

export type Reference = z.infer<typeof referenceSchema>;
