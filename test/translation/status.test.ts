import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accept } from '../../src/lib/translation/accept.ts';
import { parseSection } from '../../src/lib/translation/blocks.ts';
import { projectStatus, type LoadedPair } from '../../src/lib/translation/project.ts';
import { loadProject } from '../../src/node/translation-project.ts';
import { sectionStatus } from '../../src/lib/translation/status.ts';
import { fixture } from './helpers.ts';

// Fixture "status": 01-basics has one block in every state; 02-absent has no Chinese file.
const project = loadProject(fixture('status'));
const basics = project.pairs.find((p) => p.section === '01-basics')!;
const absent = project.pairs.find((p) => p.section === '02-absent')!;

function statusOf(pair: LoadedPair, english = pair.en) {
  return sectionStatus(english, pair.zh, pair.record, pair.zhFile);
}

/** The English section with one block's source replaced, as if a writer had edited it. */
function editEnglish(pair: LoadedPair, from: string, to: string) {
  const text = readFileSync(join(fixture('status'), pair.en.file), 'utf8');
  expect(text).toContain(from);
  return parseSection(pair.en.file, text.replace(from, to));
}

describe('status of a section', () => {
  const status = statusOf(basics);
  const byIndex = (i: number) => status.blocks.find((b) => b.index === i)!.status;

  it('counts a block as translated when the record matches the current English', () => {
    expect([byIndex(0), byIndex(1), byIndex(2)]).toEqual(['translated', 'translated', 'translated']);
  });

  it('counts a block as outdated when the English changed since it was translated, and keeps the old text for the diff', () => {
    const block = status.blocks.find((b) => b.index === 3)!;
    expect(block.status).toBe('outdated');
    expect(block.then).toBe('Training a network takes a while.');
    expect(block.now).toBe('Training a neural network takes time.');
  });

  it('counts a block that is still the English text as missing', () => {
    expect(byIndex(4)).toBe('missing');
  });

  it('counts a block marked keepEnglish as kept in English, not missing', () => {
    expect(byIndex(5)).toBe('kept-english');
  });

  it('counts code and a prose-free <Demo /> as translated without a record', () => {
    expect([byIndex(6), byIndex(7)]).toEqual(['translated', 'translated']);
  });

  it('sums blocks and English words, and gives the share of words done', () => {
    expect(status.counts).toEqual({ blocks: 8, translated: 5, outdated: 1, missing: 1, keptEnglish: 1, unrecorded: 0 });
    expect(status.words).toEqual({ total: 41, done: 29 });
    expect(status.percent).toBe(70);
    expect(status.lastAccepted).toBe('2026-11-21');
  });
});

describe('status after changes', () => {
  it('turns a translated block outdated when its English is edited', () => {
    const edited = editEnglish(basics, 'many small calculations', 'thousands of small calculations');
    const block = statusOf(basics, edited).blocks.find((b) => b.index === 2)!;
    expect(block.status).toBe('outdated');
  });

  it('does not call re-wrapping an English paragraph an edit', () => {
    const edited = editEnglish(basics, 'many small calculations', 'many small\ncalculations');
    expect(statusOf(basics, edited).blocks.find((b) => b.index === 2)!.status).toBe('translated');
  });

  it('turns the frontmatter outdated when the English title changes, but not when only the order changes', () => {
    expect(statusOf(basics, editEnglish(basics, 'title: Basics', 'title: The basics')).blocks[0]!.status).toBe('outdated');
    expect(statusOf(basics, editEnglish(basics, 'order: 1', 'order: 4')).blocks[0]!.status).toBe('translated');
  });

  it('turns a kept-English block outdated when its English is edited', () => {
    const edited = editEnglish(basics, 'stays in English.', 'stays in English, on purpose.');
    expect(statusOf(basics, edited).blocks.find((b) => b.index === 5)!.status).toBe('outdated');
  });

  it('reports a translation without a record as unrecorded', () => {
    const status = sectionStatus(basics.en, basics.zh, { source: basics.en.file, blocks: [] }, basics.zhFile);
    expect(status.blocks.find((b) => b.index === 2)!.status).toBe('unrecorded');
  });

  it('counts every block of a section without a Chinese file as missing', () => {
    const status = statusOf(absent);
    expect(status.exists).toBe(false);
    expect(status.counts).toEqual({ blocks: 3, translated: 0, outdated: 0, missing: 3, keptEnglish: 0, unrecorded: 0 });
    expect(status.percent).toBe(0);
  });

  it('counts an outdated block as translated again after accept', () => {
    const result = accept(basics.en, basics.zh!, basics.record, { block: 3, unchanged: true, today: '2026-11-26' });
    expect(result.accepted.map((a) => a.block)).toEqual([3]);
    const status = sectionStatus(basics.en, basics.zh, result.record, basics.zhFile);
    expect(status.blocks.find((b) => b.index === 3)!.status).toBe('translated');
    expect(status.lastAccepted).toBe('2026-11-26');
  });

  it('accepts only what changed in a whole section: skips blocks still in English and outdated ones whose translation did not change, keeps keepEnglish', () => {
    const result = accept(basics.en, basics.zh!, basics.record, { today: '2026-11-26' });
    expect(result.accepted).toEqual([]);
    expect(result.skipped).toEqual([
      { block: 3, reason: 'chinese-unchanged' },
      { block: 4, reason: 'still-english' },
    ]);
    expect(result.record.blocks.find((e) => e.block === 5)!.keepEnglish).toBe(true);
  });

  it('marks a block as kept in English with --keep-english', () => {
    const result = accept(basics.en, basics.zh!, basics.record, { block: 4, keepEnglish: true, today: '2026-11-26' });
    expect(sectionStatus(basics.en, basics.zh, result.record, basics.zhFile).blocks.find((b) => b.index === 4)!.status).toBe('kept-english');
  });

  it('refuses to accept a block that is still English without --keep-english', () => {
    expect(() => accept(basics.en, basics.zh!, basics.record, { block: 4, today: '2026-11-26' })).toThrow(
      'block 4 (line 12) is still the English text; translate it first, or pass --keep-english to keep it in English on purpose',
    );
  });

  it('refuses to accept when the structure does not mirror the English', () => {
    const shorter = parseSection(basics.zhFile, readFileSync(join(fixture('status'), basics.zhFile), 'utf8').replace('训练神经网络需要时间。\n\n', ''));
    expect(() => accept(basics.en, shorter, basics.record, { today: '2026-11-26' })).toThrow(
      'content/article/zh-cn/01-basics.mdx does not mirror content/article/en/01-basics.mdx: 1 structural error(s), the first at line 10; run `npm run i18n -- check` and fix them first',
    );
  });
});

describe('project status', () => {
  it('lists every English section for every translation locale', () => {
    const status = projectStatus(project);
    expect(Object.keys(status)).toEqual(['zh-cn']);
    expect(status['zh-cn']!.sections.map((s) => [s.section, s.slug, s.percent])).toEqual([
      ['01-basics', 'basics', 70],
      ['02-absent', 'absent', 0],
    ]);
  });
});
