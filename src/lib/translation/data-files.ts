/**
 * The YAML data files besides the article (references, timeline events, data sets), validated by
 * the same schemas Astro's content layer uses, but reported at the line of the offending field so
 * that `npm run i18n -- check` and the build gate point a contributor at it.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { messageInEveryLocale } from '../../i18n/translate.ts';
import { strings } from '../../i18n/strings/i18n-data.ts';
import { peakFlopsDatasetSchema } from '../../schemas/peak-flops.ts';
import { referenceSchema } from '../../schemas/reference.ts';
import { timelineEntrySchema } from '../../schemas/timeline.ts';
import type { Diagnostic } from './diagnostics.ts';

const CHECK = 'data';

export interface DataFolder {
  dir: string;
  /** Only this file of the folder; every `.yaml` file when absent. */
  only?: string;
  schema: z.ZodType;
  /** Where a contributor reads what the fields mean. */
  schemaFile: string;
}

/** Which schema each data file follows: the same pairing as the collections in src/content.config.ts. */
export const dataFolders: readonly DataFolder[] = [
  { dir: 'content/references', schema: referenceSchema, schemaFile: 'src/schemas/reference.ts' },
  { dir: 'content/timeline', schema: timelineEntrySchema, schemaFile: 'src/schemas/timeline.ts' },
  { dir: 'content/datasets', only: 'peak-flops.yaml', schema: peakFlopsDatasetSchema, schemaFile: 'src/schemas/peak-flops.ts' },
];

type Path = readonly PropertyKey[];

/** The node a schema path names, or its nearest existing ancestor; a map entry is found at its key. */
function nodeAt(doc: Document, path: Path): Node | undefined {
  let node: unknown = doc.contents;
  let found = node as Node | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === step);
      if (!pair) break;
      found = (pair.key as Node | null) ?? found;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
      if (!node) break;
      found = node as Node;
    } else break;
  }
  return found;
}

/** A web address rule failure from `httpUrl` (src/schemas/url.ts), the only URL format the schemas use. */
function isUrlIssue(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'invalid_format' && issue.format === 'url';
}

/** Every problem with one data file, each at its 1-based line and column. */
export function dataFileErrors(file: string, text: string, folder: Pick<DataFolder, 'schema' | 'schemaFile'>): Diagnostic[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const at = (offset: number | undefined, message: Diagnostic['message'], hint: Diagnostic['hint']): Diagnostic => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { file, line, column: col, message, hint, check: CHECK, severity: 'error' };
  };
  const [syntax] = doc.errors;
  if (syntax) {
    return [at(syntax.pos[0], messageInEveryLocale(strings, 'yaml.invalid', { error: syntax.message.split('\n')[0] ?? '' }), messageInEveryLocale(strings, 'yaml.hint'))];
  }
  const parsed = folder.schema.safeParse(doc.toJS());
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(file)';
    const offset = nodeAt(doc, issue.path)?.range?.[0];
    if (isUrlIssue(issue)) {
      return at(offset, messageInEveryLocale(strings, 'field.url', { field, value: String(doc.getIn(issue.path as unknown[])) }), messageInEveryLocale(strings, 'field.urlHint'));
    }
    return at(offset, messageInEveryLocale(strings, 'field.invalid', { field, error: issue.message }), messageInEveryLocale(strings, 'field.hint', { schema: folder.schemaFile }));
  });
}
