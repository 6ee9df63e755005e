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
  message: string;
  /** How to fix it. */
  hint: string;
  /** The check that produced it, e.g. `structure`; lets a reader find the rule. */
  check: string;
  /** Errors fail `check`; warnings are printed but do not. */
  severity: 'error' | 'warning';
}

export function formatDiagnostic(d: Diagnostic): string {
  const label = d.severity === 'warning' ? 'warning' : 'error';
  return `${d.file}:${d.line}:${d.column}: ${label} [${d.check}] ${d.message}\n  hint: ${d.hint}`;
}

/** Stable order (file, line, column) so CI output and tests do not depend on check order. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.check.localeCompare(b.check),
  );
}
