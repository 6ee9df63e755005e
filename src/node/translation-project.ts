/**
 * Reads the translation project from disk (article sections in every locale, record files,
 * timeline entries, glossary, reference ids and site routes) and shares it: the markdown plugins, the pages and the
 * status page all ask `translationProject()`, which parses the content once per build. Reads files
 * only; never calls git.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isLocale, sourceLocale, translationLocales } from '../i18n/locales.ts';
import { headingIds, parseSection, sectionSlug } from '../lib/translation/blocks.ts';
import { strings } from '../i18n/strings/i18n-project.ts';
import { messageInEveryLocale } from '../i18n/translate.ts';
import type { Diagnostic, LocalizedText } from '../lib/translation/diagnostics.ts';
import { dataFileErrors, dataFolders } from '../lib/translation/data-files.ts';
import { ENTRY_DIRS } from '../lib/translation/entries.ts';
import { parseTimelineFile } from '../lib/translation/entry-files.ts';
import { parseGlossaryFile, type GlossaryEntry } from '../lib/translation/glossary.ts';
import { ARTICLE_DIR, projectStatus, routeFromPage, type LoadedPair, type LocaleStatus, type Project } from '../lib/translation/project.ts';
import { emptyRecord, parseRecord, recordPath } from '../lib/translation/record.ts';
import type { TranslationLocale } from '../i18n/locales.ts';

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

function loadRoutes(root: string): string[] | undefined {
  if (!existsSync(join(root, 'src/pages'))) return undefined;
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { recursive: true, withFileTypes: false, encoding: 'utf8' }).map((f) => `${dir}/${f.split('\\').join('/')}`);
  const pages = walk('src/pages').flatMap((f) => routeFromPage(f) ?? []);
  const assets = existsSync(join(root, 'public')) ? walk('public').map((f) => f.slice('public'.length)) : [];
  return [...pages, ...assets];
}

const structureError = (file: string, message: LocalizedText, hint: LocalizedText): Diagnostic => ({ file, line: 1, column: 1, message, hint, check: 'structure', severity: 'error' });

/** Reads the project under `root` (the folder holding `content/`). */
export function loadProject(root: string): Project {
  const englishFiles = list(root, `${ARTICLE_DIR}/${sourceLocale}`, '.mdx');
  const english = englishFiles.map((f) => parseSection(f, read(root, f)!));
  const folders = existsSync(join(root, ARTICLE_DIR)) ? readdirSync(join(root, ARTICLE_DIR), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
  const orphans: Diagnostic[] = folders
    .filter((name) => !isLocale(name))
    .map((name) => structureError(`${ARTICLE_DIR}/${name}`, messageInEveryLocale(strings, 'folder.notLocale', { name }), messageInEveryLocale(strings, 'folder.hint')));

  const pairs: LoadedPair[] = [];
  const names = new Set(englishFiles.map((f) => f.split('/').pop()));
  for (const locale of translationLocales) {
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
    for (const f of list(root, `${ARTICLE_DIR}/${locale}`, '.mdx')) {
      const name = f.split('/').pop();
      if (!names.has(name)) {
        orphans.push(structureError(f, messageInEveryLocale(strings, 'file.noSource', { source: `${ARTICLE_DIR}/${sourceLocale}/${name}` }), messageInEveryLocale(strings, 'file.hint')));
      }
    }
  }

  const glossary: GlossaryEntry[] = [];
  const glossaryErrors: Diagnostic[] = [];
  for (const f of list(root, ENTRY_DIRS.glossary, '.yaml')) {
    const { entry, errors } = parseGlossaryFile(f, read(root, f)!);
    if (entry) glossary.push(entry);
    glossaryErrors.push(...errors);
  }

  const timeline = list(root, ENTRY_DIRS.timeline, '.yaml').flatMap((f) => parseTimelineFile(f, read(root, f)!) ?? []);

  const referencesDir = 'content/references';
  const references = existsSync(join(root, referencesDir)) ? new Set(list(root, referencesDir, '.yaml').map((f) => f.split('/').pop()!.replace(/\.yaml$/, ''))) : undefined;

  const dataErrors = dataFolders.flatMap((folder) =>
    list(root, folder.dir, '.yaml')
      .filter((f) => !folder.only || f === `${folder.dir}/${folder.only}`)
      .flatMap((f) => dataFileErrors(f, read(root, f)!, folder)),
  );

  const anchors = new Set(english.flatMap((s) => [sectionSlug(s.file), ...headingIds(s)]));
  const project: Project = { root, locales: [...translationLocales], english, pairs, orphans, timeline, glossary, glossaryErrors, dataErrors, anchors };
  if (references) project.references = references;
  const routes = loadRoutes(root);
  if (routes) project.routes = routes;
  return project;
}

/**
 * The folder the translation tooling treats as the project root: the parent of the content
 * folder (CONTENT_DIR for fixture builds, e.g. test/fixtures/content → test/fixtures).
 */
export function translationRoot(contentDir = process.env.CONTENT_DIR ?? './content'): string {
  return dirname(resolve(contentDir));
}

/** Size and modification time of every file the project reads: a changed file under `astro dev` reloads it. */
function fingerprint(root: string): string {
  const dirs = [
    ...[sourceLocale, ...translationLocales].map((locale) => `${ARTICLE_DIR}/${locale}`),
    ENTRY_DIRS.glossary,
    ...dataFolders.map((folder) => folder.dir),
  ];
  return dirs
    .flatMap((dir) => {
      const abs = join(root, dir);
      if (!existsSync(abs)) return [];
      return readdirSync(abs).map((f) => {
        const stat = statSync(join(abs, f));
        return `${dir}/${f}:${stat.size}:${stat.mtimeMs}`;
      });
    })
    .join('\n');
}

interface Loaded {
  fingerprint: string;
  project: Project;
  status?: Partial<Record<TranslationLocale, LocaleStatus>>;
}

// Astro loads the markdown plugins with the config and the pages through Vite, so this module is
// instantiated more than once per build; the cache lives on globalThis so that all share one project.
const store = globalThis as typeof globalThis & { __translationProjects?: Map<string, Loaded> };
const loaded = (store.__translationProjects ??= new Map<string, Loaded>());

function cached(root: string): Loaded {
  const key = resolve(root);
  const print = fingerprint(key);
  let entry = loaded.get(key);
  if (entry?.fingerprint !== print) {
    entry = { fingerprint: print, project: loadProject(key) };
    loaded.set(key, entry);
  }
  return entry;
}

/** The project under `root`, parsed once and shared until a content file changes. */
export function translationProject(root = translationRoot()): Project {
  return cached(root).project;
}

/** `{ [locale]: { total, sections } }` for the shared project: exactly the `locales` object of `status --json`. */
export function translationStatus(root = translationRoot()): Partial<Record<TranslationLocale, LocaleStatus>> {
  const entry = cached(root);
  entry.status ??= projectStatus(entry.project);
  return entry.status;
}
