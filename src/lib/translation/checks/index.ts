/** Runs every check over a loaded project; the order of checks does not matter (results are sorted). */
import { sortDiagnostics, type Diagnostic } from '../diagnostics.ts';
import { locales, sourceLocale, urlForLocale } from '../../../i18n/locales.ts';
import type { Project } from '../project.ts';
import { checkCitationsFigures } from './citations-figures.ts';
import { checkGlossary } from './glossary.ts';
import { checkHouseStyle } from './house-style.ts';
import { checkLinks, type LinkContext } from './links.ts';
import { checkMdxParse } from './mdx-parse.ts';
import { checkMdxSafety } from './mdx-safety.ts';
import { checkRecord } from './record.ts';
import { checkStructure } from './structure.ts';

export function runChecks(project: Project): Diagnostic[] {
  const articlePaths: Record<string, string> = { [sourceLocale]: urlForLocale(sourceLocale) };
  for (const l of project.locales) articlePaths[l] = urlForLocale(l);
  const linkContext: LinkContext = { anchors: project.anchors, articlePaths };
  if (project.routes) linkContext.routes = project.routes;

  const out: Diagnostic[] = [...project.orphans, ...project.dataErrors, ...project.glossaryErrors, ...checkMdxParse(project.english), ...project.english.flatMap(checkMdxSafety)];
  for (const en of project.english) if (!en.errors.length) out.push(...checkLinks(en, sourceLocale, linkContext));
  // English-only findings (heading levels, unknown references) are reported once, with the first locale.
  const seen = new Set<string>();
  for (const pair of project.pairs) {
    const first = !seen.has(pair.en.file);
    seen.add(pair.en.file);
    out.push(...checkRecord(pair, pair.recordErrors));
    const structure = checkStructure(pair);
    const cites = checkCitationsFigures(pair, project.references);
    out.push(...structure.filter((d) => first || d.file !== pair.en.file), ...cites.filter((d) => first || d.file !== pair.en.file));
    if (!pair.zh) continue;
    out.push(...checkMdxParse([pair.zh]));
    if (pair.zh.errors.length) continue;
    out.push(...checkMdxSafety(pair.zh));
    out.push(...checkLinks(pair.zh, pair.locale, linkContext));
    out.push(...checkGlossary(pair, pair.locale, project.glossary));
    if (locales[pair.locale].houseStyle === 'autocorrect') out.push(...checkHouseStyle(pair.zh));
  }
  return sortDiagnostics(out);
}
