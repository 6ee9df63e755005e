import { sourceLocale, type Locale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translate.ts';
import { strings } from '../../i18n/strings/i18n-diagnostics.ts';

/**
 * A message in every locale: the tool speaks the translator's language, so every check writes
 * each message in all of them (through a `defineStrings` table and `messageInEveryLocale`).
 */
export type LocalizedText = Readonly<Record<Locale, string>>;

/**
 * The one shape every translation check reports in, so the CLI, CI logs and
 * editors (which jump to `file:line:col`) all read the same thing.
 */
export interface Diagnostic {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file as it is on disk (frontmatter included). */
  line: number;
  /** 1-based column. */
  column: number;
  /** What is wrong, in one sentence. */
  message: LocalizedText;
  /** How to fix it. */
  hint: LocalizedText;
  /** The check that produced it, e.g. `structure`; lets a reader find the rule. */
  check: string;
  /** Errors fail `check` and the build; warnings are printed but do not. */
  severity: 'error' | 'warning';
}

export function formatDiagnostic(d: Diagnostic, lang: Locale = sourceLocale): string {
  const t = translator(strings, lang);
  const label = t(d.severity === 'warning' ? 'severity.warning' : 'severity.error');
  return `${d.file}:${d.line}:${d.column}: ${label} [${d.check}] ${d.message[lang]}\n  ${t('hint')}${d.hint[lang]}`;
}

/** Stable order (file, line, column) so CI output and tests do not depend on check order. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.check.localeCompare(b.check),
  );
}
