/**
 * Content arrives in pull requests from strangers, so `astro build` refuses it until the translation
 * checks (src/lib/translation/checks/) find no error: an unsafe link, code in an article file, a
 * broken reference. The gate runs when the config is set up, before the content layer syncs and
 * long before any page renders, so a bad file costs seconds and is named at its file:line.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { join, sep } from 'node:path';
import type { Locale } from '../i18n/locales.ts';
import { messageInEveryLocale } from '../i18n/translate.ts';
import { strings } from '../i18n/strings/i18n-content-gate.ts';
import { runChecks } from '../lib/translation/checks/index.ts';
import { formatDiagnostic, type Diagnostic } from '../lib/translation/diagnostics.ts';
import type { Project } from '../lib/translation/project.ts';
import { cliLanguage } from './i18n-cli.ts';
import { translationProject, translationRoot } from './translation-project.ts';

/** The diagnostics that stop the build. */
export function contentGateErrors(project: Project): Diagnostic[] {
  return runChecks(project).filter((d) => d.severity === 'error');
}

export interface GateResult {
  errors: Diagnostic[];
  /** Every diagnostic as `formatDiagnostic` prints it, one after another; empty when there are none. */
  details: string;
  /** One line: how many errors and warnings, and whether the build goes on; empty when there are none. */
  summary: string;
}

/**
 * Runs the checks over a project and writes what the gate prints, for a build (which stops) or the
 * dev server (which carries on), in the terminal's language as `npm run i18n` speaks it.
 */
export function contentGate(project: Project, mode: 'build' | 'dev', lang: Locale = cliLanguage({ env: process.env })): GateResult {
  const diagnostics = runChecks(project);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (diagnostics.length === 0) return { errors, details: '', summary: '' };
  const counts = { errors: errors.length, warnings: diagnostics.length - errors.length };
  return {
    errors,
    details: diagnostics.map((d) => formatDiagnostic(d, lang)).join('\n'),
    summary: messageInEveryLocale(strings, errors.length === 0 ? 'passed' : mode === 'build' ? 'build.failed' : 'dev.failed', counts)[lang],
  };
}

function printDevReport(logger: AstroIntegrationLogger): void {
  const { errors, details, summary } = contentGate(translationProject(), 'dev');
  if (summary) logger[errors.length ? 'error' : 'warn'](`${details}\n${summary}`);
}

/** The Astro integration: fails `astro build` on errors; under `astro dev`, prints them and carries on. */
export function contentGateIntegration(): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { errors, details, summary } = contentGate(translationProject(), 'build');
        if (!errors.length) {
          if (summary) logger.warn(`${details}\n${summary}`);
          return;
        }
        // The diagnostics go through the logger as written: Astro's error printer would reformat
        // them and guess hints from words in the content ("document" suggests a browser API).
        logger.error(details);
        const stop = new AstroError(summary);
        // A stack trace would point into this file, not at the content.
        delete stop.stack;
        throw stop;
      },
      // Vitest also sets up a Vite dev server from this config, so the checks wait for a dev server
      // that listens, and after that for each change to a content file.
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = join(translationRoot(), 'content') + sep;
        server.watcher.on('change', (file) => {
          if (file.startsWith(contentDir)) printDevReport(logger);
        });
      },
      'astro:server:start': ({ logger }) => printDevReport(logger),
    },
  };
}
