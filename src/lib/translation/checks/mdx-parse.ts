/**
 * Files that do not parse break the site build, and every other check needs
 * the parse, so parse errors come first and stop the other checks for that file.
 */
import type { ParsedSection } from '../blocks.ts';
import type { Diagnostic } from '../diagnostics.ts';

export function checkMdxParse(sections: ParsedSection[]): Diagnostic[] {
  return sections.flatMap((s) => s.errors);
}
