import { describe, expect, it } from 'vitest';
import { align, pairsOf, type Alignment } from '../../src/lib/translation/align.ts';
import { parseSection, type ParsedSection } from '../../src/lib/translation/blocks.ts';
import { fingerprint } from '../../src/lib/translation/fingerprint.ts';
import type { TranslationRecord } from '../../src/lib/translation/record.ts';

const frontmatter = (title: string) => `---\ntitle: ${title}\norder: 1\ndescription: ${title}.\n---\n`;
const section = (file: string, title: string, blocks: string[]): ParsedSection => parseSection(file, `${frontmatter(title)}${blocks.join('\n\n')}\n`);

// Plain paragraphs: no citations, no numbers, about the same length, so only the record tells them apart.
const english = ['First we look at the data.', 'Then we train the model.', 'Next we measure the loss.', 'Finally we ship the result.'];
const chinese = ['我们先看看数据，再做决定。', '然后我们训练这个模型。', '接着我们测量它的损失。', '最后我们发布这个结果。'];
const en = section('content/article/en/01-x.mdx', 'X', english);

/** The record `accept` writes for a translation that mirrors the English. */
function recordFor(zh: string[]): TranslationRecord {
  const zhSection = section('content/article/zh-cn/01-x.mdx', '甲', zh);
  return { source: en.file, blocks: en.blocks.map((b, i) => ({ block: i, en: b.source, zh: fingerprint(zhSection.blocks[i]!.source) })) };
}
const record = recordFor(chinese);

function steps(a: Alignment): string[] {
  return a.steps.map((s) => `${s.kind} ${s.en.map((b) => b.index).join('+') || '-'}:${s.zh.map((b) => b.index).join('+') || '-'}`);
}

function aligned(zh: string[], rec: TranslationRecord = record): string[] {
  return steps(align(en.blocks, section('content/article/zh-cn/01-x.mdx', '甲', zh).blocks, rec));
}

describe('align', () => {
  it('pairs a mirrored translation block by block', () => {
    expect(aligned(chinese)).toEqual(['match 0:0', 'match 1:1', 'match 2:2', 'match 3:3', 'match 4:4']);
  });

  it('finds two swapped plain paragraphs by their recorded fingerprints', () => {
    expect(aligned([chinese[0]!, chinese[2]!, chinese[1]!, chinese[3]!])).toEqual(['match 0:0', 'match 1:1', 'swapped 2+3:3+2', 'match 4:4']);
  });

  it('calls a recorded paragraph that is gone deleted, in its place', () => {
    expect(aligned([chinese[0]!, chinese[2]!, chinese[3]!])).toEqual(['match 0:0', 'match 1:1', 'deleted 2:-', 'match 3:2', 'match 4:3']);
  });

  it('calls a deleted paragraph deleted even when its English was edited since', () => {
    const edited = { ...record, blocks: record.blocks.map((e) => (e.block === 2 ? { ...e, en: 'Then we train it.' } : e)) };
    expect(aligned([chinese[0]!, chinese[2]!, chinese[3]!], edited)).toContain('deleted 2:-');
  });

  it('calls an English paragraph with no record entry missing, not deleted', () => {
    const withNew = section(en.file, 'X', [...english.slice(0, 2), 'A paragraph added in English.', ...english.slice(2)]);
    const a = align(withNew.blocks, section('content/article/zh-cn/01-x.mdx', '甲', chinese).blocks, record);
    expect(steps(a)).toEqual(['match 0:0', 'match 1:1', 'match 2:2', 'missing 3:-', 'match 4:3', 'match 5:4']);
  });

  it('finds two paragraphs merged into one', () => {
    expect(aligned([chinese[0]!, `${chinese[1]}${chinese[2]}`, chinese[3]!])).toEqual(['match 0:0', 'match 1:1', 'merged 2+3:2', 'match 4:3']);
  });

  it('finds a paragraph split into two', () => {
    expect(aligned([chinese[0]!, '然后我们训练', '这个模型。', chinese[2]!, chinese[3]!])).toEqual(['match 0:0', 'match 1:1', 'split 2:2+3', 'match 3:4', 'match 4:5']);
  });

  it('finds a paragraph moved far from its place', () => {
    expect(aligned([chinese[1]!, chinese[2]!, chinese[3]!, chinese[0]!])).toEqual(['match 0:0', 'moved 1:4', 'match 2:1', 'match 3:2', 'match 4:3']);
  });

  it('finds a block turned into another kind', () => {
    expect(aligned([chinese[0]!, chinese[1]!, `- ${chinese[2]}`, chinese[3]!])).toEqual(['match 0:0', 'match 1:1', 'match 2:2', 'kind 3:3', 'match 4:4']);
  });

  it('uses citations to pair blocks without a record', () => {
    const cited = section(en.file, 'X', ['One<Cite id="a" />.', 'Two<Cite id="b" />.', 'Three<Cite id="c" />.']);
    const zh = section('content/article/zh-cn/01-x.mdx', '甲', ['一<Cite id="a" />。', '三<Cite id="c" />。']);
    expect(steps(align(cited.blocks, zh.blocks))).toEqual(['match 0:0', 'match 1:1', 'missing 2:-', 'match 3:2']);
  });

  it('pairs each English block of a merge with the same Chinese block', () => {
    const a = align(en.blocks, section('content/article/zh-cn/01-x.mdx', '甲', [chinese[0]!, `${chinese[1]}${chinese[2]}`, chinese[3]!]).blocks, record);
    expect(pairsOf(a).map((p) => [p.en.index, p.zh.index])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 2],
      [4, 3],
    ]);
  });
});
