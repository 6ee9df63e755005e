import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSectionSchema } from './schemas/article.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { peakFlopsRowSchema } from './schemas/peak-flops.ts';
import { referenceSchema } from './schemas/reference.ts';
import { timelineEntrySchema } from './schemas/timeline.ts';

// Tests build the site from a fixture folder through CONTENT_DIR; readers' builds use content/.
const contentDir = process.env.CONTENT_DIR ?? './content';

const article = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${contentDir}/article` }),
  schema: articleSectionSchema,
});

const references = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/references` }),
  schema: referenceSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/glossary` }),
  schema: glossaryTermSchema,
});

// GPU history timeline: one YAML file per event; the file name (2012-alexnet) is the entry id.
const timeline = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/timeline` }),
  schema: timelineEntrySchema,
});

// CPU-vs-GPU peak throughput: one YAML file, a list of rows that each carry their own id.
const peakFlops = defineCollection({
  loader: file(`${contentDir}/datasets/peak-flops.yaml`),
  schema: peakFlopsRowSchema,
});

export const collections = { article, references, glossary, timeline, peakFlops };
