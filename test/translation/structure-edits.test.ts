/**
 * The mistakes a new volunteer makes in a Chinese section, made on an in-memory copy of the real
 * content: each is reported once, at the Chinese line where it happened, naming what happened.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSection } from '../../src/lib/translation/blocks.ts';
import { formatDiagnostic, type Diagnostic } from '../../src/lib/translation/diagnostics.ts';
import { projectStatus, type Project } from '../../src/lib/translation/project.ts';
import { parseRecord } from '../../src/lib/translation/record.ts';
import { contentGateErrors } from '../../src/node/content-gate.ts';
import { loadProject } from '../../src/node/translation-project.ts';
import { REPO } from './helpers.ts';

const zhFile = (section: string) => `content/article/zh-cn/${section}.mdx`;
const real = loadProject(REPO);

/** A section's blocks as source text (block 0 is the whole frontmatter). */
function blocksOf(file: string, text = readFileSync(join(REPO, file), 'utf8')): string[] {
  const lines = text.split('\n');
  return parseSection(file, text).blocks.map((b, i) => lines.slice(i === 0 ? 0 : b.line - 1, b.endLine).join('\n').trimEnd());
}

/** The file text for these blocks; the body starts right after the closing `---`, as in the content files. */
function textOf([frontmatter, ...body]: string[]): string {
  return `${frontmatter}\n${body.join('\n\n')}\n`;
}

interface Change {
  zh?: (blocks: string[]) => string[];
  en?: (blocks: string[]) => string[];
  record?: string;
}

/** The real project with one section changed in memory, and only that section, so each case checks fast. */
function changed(section: string, change: Change): { project: Project; zhText: string } {
  const pair = real.pairs.find((p) => p.section === section)!;
  const zhText = textOf((change.zh ?? ((b) => b))(blocksOf(pair.zhFile)));
  const en = change.en ? parseSection(pair.en.file, textOf(change.en(blocksOf(pair.en.file)))) : pair.en;
  const record = change.record === undefined ? { record: pair.record, errors: [] } : parseRecord(pair.recordFile, change.record, en.file);
  const edited = { ...pair, en, zh: parseSection(pair.zhFile, zhText), record: record.record, recordErrors: record.errors };
  return { project: { ...real, english: [en], pairs: [edited] }, zhText };
}

/** The 1-based line where a block with this source starts in a file's text. */
function lineOf(file: string, text: string, source: string): number {
  return parseSection(file, text).blocks.find((b) => b.source === source)!.line;
}

/** What stops `npm run build`. */
function errors(project: Project): Diagnostic[] {
  return contentGateErrors(project);
}

/** Exactly one error, at this place, with these words in each language. */
function expectOneError(project: Project, at: string, en: RegExp, zh: RegExp): void {
  const found = errors(project);
  expect(found.map((d) => formatDiagnostic(d, 'en'))).toEqual([expect.anything()]);
  const [d] = found as [Diagnostic];
  expect(`${d.file}:${d.line}`).toBe(at);
  expect(formatDiagnostic(d, 'en')).toMatch(en);
  expect(formatDiagnostic(d, 'zh-cn')).toMatch(zh);
}

describe('a structural mistake in a translation', () => {
  // 01-myth: four plain paragraphs (blocks 1–4, no citations, no numbers), then a paragraph with both.
  const section = '01-myth';
  const file = zhFile(section);
  const original = blocksOf(file);

  it('starts from content with no errors', () => {
    expect(errors(changed(section, {}).project)).toEqual([]);
  });

  it('names a deleted paragraph once, where it belongs', () => {
    const { project, zhText } = changed(section, { zh: (b) => b.filter((_, i) => i !== 2) });
    const before = lineOf(file, zhText, original[3]!);
    expectOneError(project, `${file}:${before}`, new RegExp(`English block 2 \\(en line 9\\) has no Chinese counterpart; it belongs between zh lines 7 and ${before}`), new RegExp(`英文第 2 块（英文第 9 行）没有对应的中文块；它应该在中文第 7 行和第 ${before} 行之间`));
  });

  it('names two paragraphs merged into one', () => {
    const { project, zhText } = changed(section, { zh: (b) => [...b.slice(0, 3), `${b[3]}${b[4]}`, ...b.slice(5)] });
    const line = lineOf(file, zhText, `${original[3]}${original[4]}`);
    expectOneError(project, `${file}:${line}`, /the zh block at line 11 holds English blocks 3 and 4 \(en lines 11 and 13\) merged into one\n/, /把英文第 3 块和第 4 块（英文第 11 行和第 13 行）合并成了一块/);
  });

  it('names a paragraph split in two', () => {
    const { project } = changed(section, {
      zh: (b) => {
        const text = b[1]!;
        const cut = text.indexOf('。') + 1;
        return [b[0]!, text.slice(0, cut), text.slice(cut), ...b.slice(2)];
      },
    });
    expectOneError(project, `${file}:9`, /zh lines 7–9 hold English block 1 \(en line 7\) split into two blocks/, /中文第 7–9 行把英文第 1 块（英文第 7 行）拆成了两块/);
  });

  it('names two swapped plain paragraphs (no citations, no numbers), which only the record tells apart', () => {
    const { project } = changed(section, { zh: (b) => [b[0]!, b[1]!, b[3]!, b[2]!, ...b.slice(4)] });
    expectOneError(project, `${file}:9`, /zh blocks at lines 9 and 11 are in the wrong order \(English blocks 2 and 3\)/, /中文第 9 行和第 11 行的两块顺序颠倒了（英文第 2 块和第 3 块）/);
    const status = projectStatus(project)['zh-cn']!.sections[0]!;
    expect(status.blocks.filter((b) => b.edit === 'swapped').map((b) => [b.index, b.zhLine])).toEqual([
      [2, 11],
      [3, 9],
    ]);
  });

  it('names a paragraph moved far from its place', () => {
    const { project, zhText } = changed(section, { zh: (b) => [b[0]!, b[2]!, b[3]!, b[4]!, b[1]!, ...b.slice(5)] });
    const line = lineOf(file, zhText, original[1]!);
    expectOneError(project, `${file}:${line}`, /holds English block 1 \(en line 7\), which belongs between zh lines 6 and 7/, /是英文第 1 块（英文第 7 行），它应该在中文第 6 行和第 7 行之间/);
  });

  it('names a paragraph turned into a list', () => {
    const { project } = changed(section, { zh: (b) => [...b.slice(0, 4), `- ${b[4]}`, ...b.slice(5)] });
    expectOneError(project, `${file}:13`, /zh line 13 is a list, but English block 4 \(en line 13\) in its place is a paragraph/, /中文第 13 行是列表，但对应位置的英文第 4 块（英文第 13 行）是段落/);
  });

  it('names a citation changed to another valid reference id, at the citation', () => {
    const history = '07-history';
    const [first, second] = blocksOf(zhFile(history)).slice(1, 3).map((x) => /<Cite id="([^"]+)"/.exec(x)![1]!);
    expect(first).not.toBe(second);
    const { project } = changed(history, { zh: (b) => [b[0]!, b[1]!.replace(`<Cite id="${first}"`, `<Cite id="${second}"`), ...b.slice(2)] });
    const found = errors(project);
    expect(found.map((d) => `${d.file}:${d.line} [${d.check}]`)).toEqual([`${zhFile(history)}:7 [citations-figures]`]);
    expect(formatDiagnostic(found[0]!, 'en')).toContain(`missing <Cite id="${first}" />`);
    expect(formatDiagnostic(found[0]!, 'zh-cn')).toContain(`缺少 <Cite id="${first}" />`);
  });

  it('reports a record file that is not valid JSON, at its line', () => {
    const record = `content/article/zh-cn/${section}.i18n.json`;
    const { project } = changed(section, { record: '{\n  "source": "content/article/en/01-myth.mdx",\n  "blocks": [\n' });
    const found = errors(project);
    expect(found.map((d) => `${d.file} [${d.check}]`)).toEqual([`${record} [record]`]);
    expect(formatDiagnostic(found[0]!, 'en')).toMatch(/record file is not valid JSON/);
    expect(formatDiagnostic(found[0]!, 'zh-cn')).toMatch(/记录文件不是有效的 JSON/);
  });
});

describe('a new English paragraph', () => {
  it('is missing in the translation, in its place, and no error', () => {
    const { project } = changed('01-myth', { en: (b) => [...b.slice(0, 3), 'A paragraph the English author just added.', ...b.slice(3)] });
    expect(errors(project)).toEqual([]);
    const status = projectStatus(project)['zh-cn']!.sections[0]!;
    expect(status.blocks.filter((b) => b.status !== 'translated').map((b) => ({ index: b.index, status: b.status, zhIndex: b.zhIndex }))).toEqual([{ index: 3, status: 'missing', zhIndex: undefined }]);
    // Every other block keeps its own translation: nothing is compared with a neighbour.
    expect(status.blocks.filter((b) => b.index > 3).every((b) => b.zhIndex === b.index - 1)).toBe(true);
  });
});
