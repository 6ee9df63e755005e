// The real article, checked as a whole: both languages present and mirrored, every number's
// citation resolvable, every figure described, the Chinese in house style.
import { readdirSync, readFileSync } from 'node:fs';
import { lintFor } from 'autocorrect-node';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { componentUses } from '../src/lib/mdx-components-used.ts';
import { headingIds, parseSection, sectionSlug } from '../src/lib/translation/blocks.ts';
import { runChecks } from '../src/lib/translation/checks/index.ts';
import { formatDiagnostic } from '../src/lib/translation/diagnostics.ts';
import { loadProject } from '../src/node/translation-project.ts';
import { formatDate } from '../src/i18n/format-date.ts';
import { referenceSchema } from '../src/schemas/reference.ts';
import { siteConfig } from '../src/site.config.ts';

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

/**
 * Whether a block states a number: a figure followed by a unit, a percentage, a multiplier or a
 * scale word ("15.5 billion", "3.35 TB/s", "37 times", "$20,000", "155 亿", "70 倍"), or any other
 * number of three or more digits. Not counted: years (19xx/20xx), list numbering, code, anything
 * inside a component's props or a <Derived> (the arithmetic is its own label), digits joined to
 * letters or hyphens (H100, 9950X, 8-bit, 1K), bit widths (128 位) and model or version numbers
 * after a capitalised name or before 版 (GTX 680, Chrome 113, 141 版). The frontmatter is left out: its description
 * summarises cited paragraphs and cannot carry a citation itself.
 */
function statedNumbers(source: string): string[] {
  const prose = source
    .replace(/```[\s\S]*?```|`[^`]*`/g, ' ')
    .replace(/<Derived>[\s\S]*?<\/Derived>/g, ' ')
    .replace(/<\/?[A-Z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\s*\d+\.\s/gm, ' ');
  const number = String.raw`(?<![\p{L}\p{N}\-.,])\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{L}\p{N}\-]|[.,]\d)`;
  const unit = String.raw`\s*(?:%|×(?!\s*\d)|x\b|times\b|million\b|billion\b|trillion\b|[KMGTP]i?B(?:\/s)?\b|[MG]T\/s\b|[MG]Hz\b|[GTP]FLOPS?\b|TOPS\b|FLOPs\b|W\b|bytes?\b|(?:seconds|minutes|hours|days|weeks|months|years)\b|万|亿|倍|字节|美元|秒|分钟|小时|天|周|个月|年(?!代))`;
  const found: string[] = [];
  for (const match of prose.matchAll(new RegExp(`${number}(${unit})?`, 'gu'))) {
    const [text, withUnit] = match;
    const digits = text.replace(/\D/g, '');
    const before = prose.slice(0, match.index);
    const after = prose.slice(match.index + text.length);
    const isYear = /^(19|20)\d\d$/.test(text) || (withUnit?.trim() === '年' && /^(19|20)\d\d/.test(text));
    const isModel = /[A-Z][\p{L}\d]*\s$/u.test(before) || /^\s*[版位]/.test(after);
    if (isYear) continue;
    if (withUnit || text.startsWith('$') || (digits.length >= 3 && !isModel)) found.push(text.trim());
  }
  return found;
}

describe('numbers', () => {
  it('are recognised as the article means them', () => {
    expect(statedNumbers('About 15.5 billion multiply-adds, 3.35 TB/s and 37 times the bandwidth.')).toEqual(['15.5 billion', '3.35 TB/s', '37 times']);
    expect(statedNumbers('It cost $20,000 for 138,357,544 parameters, 15.3% error, 155 亿次，70 倍。')).toEqual(['$20,000', '138,357,544', '15.3%', '155 亿', '70 倍']);
    expect(statedNumbers('In 2017, 2016 年, the GTX 680, Chrome 113 and Firefox 141 版 on an H100 with 8-bit 1K CPUs and 128 位 SIMD.')).toEqual([]);
    expect(statedNumbers('1. Two 16 × 16 matrices <Derived>3 × 4 = 12 GB</Derived> <Cite id="x2000" /> `n = 4096`')).toEqual([]);
  });

  it('carry a citation or a derivation in every block that states one, in both languages', () => {
    const uncited = ['en', 'zh-cn'].flatMap((locale) =>
      sectionFiles(locale).flatMap((file) =>
        parseSection(file, read(locale, file))
          .blocks.filter((block) => block.index > 0 && !/<Cite |<Derived>/.test(block.source))
          .flatMap((block) => statedNumbers(block.source).map((n) => `${locale}/${file}:${block.line} "${n}"`)),
      ),
    );
    expect(uncited).toEqual([]);
  });
});

describe('the edition note', () => {
  it('names the current edition and its date as the site config declares them, in both languages', () => {
    const closing = english.find((file) => sectionSlug(file) === 'closing') ?? '';
    for (const locale of ['en', 'zh-cn'] as const) {
      const note = read(locale, closing).split(/^### /m).slice(1).find((part) => part.split('\n')[0]?.includes(siteConfig.edition.name)) ?? '';
      expect(note, locale).toContain(formatDate(siteConfig.edition.date, locale));
    }
  });
});
