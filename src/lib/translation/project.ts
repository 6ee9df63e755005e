/**
 * Loads the content the translation tooling works on from disk: article
 * sections in every locale, record files, glossary, reference ids and site
 * routes. Everything else in src/lib/translation is pure and works on what
 * this returns. Reads files only; never calls git.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headingIds, parseSection, sectionSlug, type ParsedSection } from './blocks.ts';
import type { Diagnostic } from './diagnostics.ts';
import { parseGlossaryFile, type GlossaryTerm } from './glossary.ts';
import { emptyRecord, parseRecord, recordPath } from './record.ts';
import { sectionStatus, type SectionStatus } from './status.ts';
import type { SectionPair } from './checks/context.ts';

export const SOURCE_LOCALE = 'en';
/** Translation locales the site is built for; more are picked up from content/article/<locale>/. */
export const TRANSLATION_LOCALES = ['zh-cn'];
export const ARTICLE_DIR = 'content/article';

export interface LoadedPair extends SectionPair {
  locale: string;
  /** File name without extension, e.g. `03-matmul`. */
  section: string;
  recordErrors: Diagnostic[];
}

export interface Project {
  root: string;
  locales: string[];
  english: ParsedSection[];
  pairs: LoadedPair[];
  /** Translation files with no English file of the same name. */
  orphans: Diagnostic[];
  glossary: GlossaryTerm[];
  glossaryErrors: Diagnostic[];
  /** Ids of content/references/*.yaml; undefined when the folder does not exist. */
  references?: Set<string>;
  /** Section slugs and English heading ids: every anchor on the article page. */
  anchors: Set<string>;
  /** Site routes from src/pages (and files in public/); undefined when there are no pages yet. */
  routes?: string[];
}

function read(root: string, rel: string): string | undefined {
  const abs = join(root, rel);
  return existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
}

function list(root: string, dir: string, ext: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => `${dir}/${f}`);
}

/** `src/pages/zh-cn/glossary.astro` → `/zh-cn/glossary/`; `[lang]` segments stay as wildcards. */
export function routeFromPage(file: string): string | undefined {
  const rel = file.replace(/^src\/pages\//, '');
  const dot = rel.lastIndexOf('.');
  const ext = rel.slice(dot);
  if (!['.astro', '.md', '.mdx', '.html'].includes(ext)) return undefined;
  const segments = rel.slice(0, dot).split('/').filter((s) => s !== 'index');
  return segments.length ? `/${segments.join('/')}/` : '/';
}

function loadRoutes(root: string): string[] | undefined {
  if (!existsSync(join(root, 'src/pages'))) return undefined;
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { recursive: true, withFileTypes: false, encoding: 'utf8' }).map((f) => `${dir}/${f.split('\\').join('/')}`);
  const pages = walk('src/pages').flatMap((f) => routeFromPage(f) ?? []);
  const assets = existsSync(join(root, 'public')) ? walk('public').map((f) => f.slice('public'.length)) : [];
  return [...pages, ...assets];
}

export function loadProject(root: string): Project {
  const englishFiles = list(root, `${ARTICLE_DIR}/${SOURCE_LOCALE}`, '.mdx');
  const english = englishFiles.map((f) => parseSection(f, read(root, f)!));
  const found = existsSync(join(root, ARTICLE_DIR))
    ? readdirSync(join(root, ARTICLE_DIR), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== SOURCE_LOCALE).map((d) => d.name)
    : [];
  const locales = [...new Set([...TRANSLATION_LOCALES, ...found])].sort();

  const pairs: LoadedPair[] = [];
  const orphans: Diagnostic[] = [];
  for (const locale of locales) {
    for (const en of english) {
      const name = en.file.split('/').pop()!;
      const zhFile = `${ARTICLE_DIR}/${locale}/${name}`;
      const text = read(root, zhFile);
      const recordFile = recordPath(zhFile);
      const recordText = read(root, recordFile);
      const { record, errors } = recordText === undefined ? { record: emptyRecord(en.file), errors: [] } : parseRecord(recordFile, recordText, en.file);
      const pair: LoadedPair = { locale, section: name.replace(/\.mdx$/, ''), en, zhFile, record, recordFile, recordErrors: errors };
      if (text !== undefined) pair.zh = parseSection(zhFile, text);
      pairs.push(pair);
    }
    const names = new Set(englishFiles.map((f) => f.split('/').pop()));
    for (const f of list(root, `${ARTICLE_DIR}/${locale}`, '.mdx')) {
      if (!names.has(f.split('/').pop())) {
        orphans.push({ file: f, line: 1, column: 1, message: `no English section ${ARTICLE_DIR}/${SOURCE_LOCALE}/${f.split('/').pop()} for this translation`, hint: 'a translation file must have the same name as its English section; rename it or remove it', check: 'structure', severity: 'error' });
      }
    }
  }

  const glossary: GlossaryTerm[] = [];
  const glossaryErrors: Diagnostic[] = [];
  for (const f of list(root, 'content/glossary', '.yaml')) {
    const { term, errors } = parseGlossaryFile(f, read(root, f)!);
    if (term) glossary.push(term);
    glossaryErrors.push(...errors);
  }

  const referencesDir = 'content/references';
  const references = existsSync(join(root, referencesDir)) ? new Set(list(root, referencesDir, '.yaml').map((f) => f.split('/').pop()!.replace(/\.yaml$/, ''))) : undefined;

  const anchors = new Set(english.flatMap((s) => [sectionSlug(s.file), ...headingIds(s)]));
  const project: Project = { root, locales, english, pairs, orphans, glossary, glossaryErrors, anchors };
  if (references) project.references = references;
  const routes = loadRoutes(root);
  if (routes) project.routes = routes;
  return project;
}

export function projectStatus(project: Project): Record<string, SectionStatus[]> {
  const out: Record<string, SectionStatus[]> = {};
  for (const p of project.pairs) (out[p.locale] ??= []).push(sectionStatus(p.en, p.zh, p.record, p.zhFile));
  return out;
}
