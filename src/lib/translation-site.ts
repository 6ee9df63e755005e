/**
 * The translation status the site shows, from the same code as `npm run i18n -- status --json`
 * (loadProject → projectStatus → totalStatus in src/lib/translation/), so the status page and
 * the command can never disagree. Build-time only: reads the content files from disk.
 */
import { dirname, resolve } from 'node:path';
import { loadProject, projectStatus, type Project } from './translation/project.ts';
import { totalStatus, type SectionStatus } from './translation/status.ts';

export interface LocaleStatus {
  total: ReturnType<typeof totalStatus>;
  sections: SectionStatus[];
}

/**
 * The folder the translation tooling treats as the project root: the parent of the content
 * folder (CONTENT_DIR for fixture builds, e.g. test/fixtures/content → test/fixtures).
 */
export function translationRoot(contentDir = process.env.CONTENT_DIR ?? './content'): string {
  return dirname(resolve(contentDir));
}

export function loadTranslationProject(root = translationRoot()): Project {
  return loadProject(root);
}

/** `{ [locale]: { total, sections } }`: exactly the `locales` object of `status --json`. */
export function translationStatus(root = translationRoot()): Record<string, LocaleStatus> {
  const status = projectStatus(loadTranslationProject(root));
  return Object.fromEntries(Object.entries(status).map(([locale, sections]) => [locale, { total: totalStatus(sections), sections }]));
}

/** The status of one section in one locale, or undefined when the locale or section is unknown. */
export function sectionTranslationStatus(locale: string, section: string, root = translationRoot()): SectionStatus | undefined {
  return translationStatus(root)[locale]?.sections.find((s) => s.section === section || s.slug === section);
}

/** The newest `accepted` day over sections: the "last change" the status page shows. */
export function lastChange(sections: Pick<SectionStatus, 'lastAccepted'>[]): string | undefined {
  return sections.flatMap((s) => (s.lastAccepted ? [s.lastAccepted] : [])).sort().at(-1);
}
