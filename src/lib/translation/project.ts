/**
 * The content the translation tooling works on: article sections in every
 * locale, record files, timeline entries, glossary, reference ids and site routes. src/node/
 * translation-project.ts reads it from disk; everything in src/lib/translation
 * is pure and works on what that returns.
 */
import type { TranslationLocale } from '../../i18n/locales.ts';
import type { ParsedSection } from './blocks.ts';
import type { SectionPair } from './checks/context.ts';
import type { Diagnostic } from './diagnostics.ts';
import { entryGroupStatus, type EntryGroupStatus, type TrackedEntry } from './entries.ts';
import type { GlossaryEntry } from './glossary.ts';
import { sectionStatus, totalStatus, type SectionStatus } from './status.ts';

export const ARTICLE_DIR = 'content/article';

export interface LoadedPair extends SectionPair {
  locale: TranslationLocale;
  /** File name without extension, e.g. `03-matmul`. */
  section: string;
  recordErrors: Diagnostic[];
}

export interface Project {
  root: string;
  locales: TranslationLocale[];
  english: ParsedSection[];
  pairs: LoadedPair[];
  /** Translation files with no English file of the same name, and folders that name no locale. */
  orphans: Diagnostic[];
  /** content/timeline/*.yaml that follow the schema (the others are among `dataErrors`). */
  timeline: TrackedEntry[];
  glossary: GlossaryEntry[];
  glossaryErrors: Diagnostic[];
  /** Problems in the other YAML data files (references, timeline, data sets), each at its field's line. */
  dataErrors: Diagnostic[];
  /** Ids of content/references/*.yaml; undefined when the folder does not exist. */
  references?: Set<string>;
  /** Section slugs and English heading ids: every anchor on the article page. */
  anchors: Set<string>;
  /** Site routes from src/pages (and files in public/); undefined when there are no pages yet. */
  routes?: string[];
}

/** `src/pages/[...locale]/glossary/index.astro` → `/[...locale]/glossary/`; `[param]` segments stay as wildcards. */
export function routeFromPage(file: string): string | undefined {
  const rel = file.replace(/^src\/pages\//, '');
  const dot = rel.lastIndexOf('.');
  const ext = rel.slice(dot);
  if (!['.astro', '.md', '.mdx', '.html'].includes(ext)) return undefined;
  const segments = rel.slice(0, dot).split('/').filter((s) => s !== 'index');
  return segments.length ? `/${segments.join('/')}/` : '/';
}

export interface LocaleStatus {
  total: ReturnType<typeof totalStatus>;
  sections: SectionStatus[];
  /** Timeline entries and glossary terms, tracked per file (src/lib/translation/entries.ts). */
  timeline: EntryGroupStatus;
  glossary: EntryGroupStatus;
}

/**
 * The status of every section, timeline entry and glossary term in every translation locale: the one computation behind
 * `npm run i18n -- status` (its `--json` prints `{ locales: projectStatus(project) }`), the
 * status page and the notices in the article.
 */
export function projectStatus(project: Project): Partial<Record<TranslationLocale, LocaleStatus>> {
  const out: Partial<Record<TranslationLocale, LocaleStatus>> = {};
  for (const locale of project.locales) {
    const sections = project.pairs.filter((p) => p.locale === locale).map((p) => sectionStatus(p.en, p.zh, p.record, p.zhFile));
    out[locale] = {
      total: totalStatus(sections),
      sections,
      timeline: entryGroupStatus(project.timeline, locale),
      glossary: entryGroupStatus(project.glossary, locale),
    };
  }
  return out;
}
