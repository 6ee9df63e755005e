// The real article, checked as a whole: both languages present and mirrored, every number's
// citation resolvable, every figure described, the Chinese in house style.
import { readdirSync, readFileSync } from 'node:fs';
import { lintFor } from 'autocorrect-node';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { componentUses } from '../src/lib/mdx-components-used.ts';
import { headingIds, parseSection } from '../src/lib/translation/blocks.ts';
import { runChecks } from '../src/lib/translation/checks/index.ts';
import { formatDiagnostic } from '../src/lib/translation/diagnostics.ts';
import { loadProject } from '../src/node/translation-project.ts';
import { referenceSchema } from '../src/schemas/reference.ts';

const sectionFiles = (locale: string) => readdirSync(`content/article/${locale}`).filter((f) => f.endsWith('.mdx')).sort();
const read = (locale: string, file: string) => readFileSync(`content/article/${locale}/${file}`, 'utf8');
const english = sectionFiles('en');
const referenceIds = readdirSync('content/references').map((f) => f.replace(/\.yaml$/, ''));

describe('the article', () => {
  it('has every section in both languages', () => {
    expect(english.length).toBeGreaterThanOrEqual(9);
    expect(sectionFiles('zh-cn')).toEqual(english);
  });

  it('mirrors English block for block in Chinese, with the same headings, citations, figures and links', () => {
    const errors = runChecks(loadProject(process.cwd())).filter((d) => d.severity === 'error');
    expect(errors.map((d) => formatDiagnostic(d))).toEqual([]);
  }, 60_000);

  it('gives every heading on the page a distinct anchor id', () => {
    const ids = english.flatMap((file) => [file.replace(/^\d+-|\.mdx$/g, ''), ...headingIds(parseSection(file, read('en', file)))]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('citations', () => {
  const cited = (locale: string) => new Set(english.flatMap((file) => componentUses(read(locale, file), 'Cite').map((use) => use.attributes.id)));

  it('resolve to a reference file in both languages', () => {
    for (const locale of ['en', 'zh-cn']) {
      expect([...cited(locale)].filter((id) => !referenceIds.includes(id ?? '')), locale).toEqual([]);
    }
  });

  it('cite every reference at least once', () => {
    const citedInEnglish = cited('en');
    expect(referenceIds.filter((id) => !citedInEnglish.has(id))).toEqual([]);
  });

  it('point at references that each have a title, a year and a link', () => {
    for (const id of referenceIds) {
      const result = referenceSchema.safeParse(parseYaml(readFileSync(`content/references/${id}.yaml`, 'utf8')));
      expect(result.success, `${id}: ${result.error?.message}`).toBe(true);
    }
  });
});

describe('figures', () => {
  it('have a caption and alt text in both languages', () => {
    for (const locale of ['en', 'zh-cn']) {
      for (const file of english) {
        for (const figure of componentUses(read(locale, file), 'Figure')) {
          expect(figure.attributes.alt?.trim(), `${locale}/${file} ${figure.attributes.name} alt`).toBeTruthy();
          expect(figure.text, `${locale}/${file} ${figure.attributes.name} caption`).not.toBe('');
        }
      }
    }
  });

  it('include the three figures the article is built around', () => {
    const names = english.flatMap((file) => componentUses(read('en', file), 'Figure').map((f) => f.attributes.name));
    expect(names).toEqual(expect.arrayContaining(['matmul-cell', 'layer-passes', 'cpu-gpu-schematic']));
  });
});

describe('the Chinese text', () => {
  it('passes AutoCorrect with the house style', () => {
    for (const file of english) {
      const result = lintFor(read('zh-cn', file), `zh-cn/${file}`);
      expect(result.lines.map((l) => `${file}:${l.l}:${l.c} ${l.old} → ${l.new}`)).toEqual([]);
    }
  });
});
