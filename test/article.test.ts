import { describe, expect, it } from 'vitest';
import { assembleArticle, parseSectionId, readingMinutes } from '../src/lib/article.ts';

const entry = (id: string, order: number, title = id) => ({ id, data: { order, title } });

describe('assembleArticle', () => {
  const entries = [
    entry('en/02-matmul', 2),
    entry('en/01-myth', 1),
    entry('zh-cn/01-myth', 1, '误区'),
    entry('en/03-history', 3),
    entry('zh-cn/03-history', 3, '历史'),
  ];

  it('orders sections by their order field', () => {
    expect(assembleArticle(entries, 'en').map((s) => s.slug)).toEqual(['myth', 'matmul', 'history']);
  });

  it('uses the translation where one exists and the English section where it does not', () => {
    const zh = assembleArticle(entries, 'zh-cn');
    expect(zh.map((s) => [s.slug, s.locale, s.isFallback])).toEqual([
      ['myth', 'zh-cn', false],
      ['matmul', 'en', true],
      ['history', 'zh-cn', false],
    ]);
    expect(zh[0]?.entry.data.title).toBe('误区');
  });

  it('ignores translations of sections the source does not have', () => {
    expect(assembleArticle([...entries, entry('zh-cn/09-extra', 9)], 'zh-cn')).toHaveLength(3);
  });
});

describe('parseSectionId', () => {
  it('splits a section id into locale, file and slug', () => {
    expect(parseSectionId('zh-cn/05-cpu-vs-gpu')).toEqual({ locale: 'zh-cn', file: '05-cpu-vs-gpu', slug: 'cpu-vs-gpu' });
  });
  it('explains a file name without its number', () => {
    expect(() => parseSectionId('en/matmul')).toThrow(/must be named "NN-slug.mdx"/);
  });
  it('explains an id without a locale folder', () => {
    expect(() => parseSectionId('03-matmul')).toThrow(/<locale>\/<NN-slug>/);
  });
});

describe('readingMinutes', () => {
  it('counts English words at about 230 a minute', () => {
    expect(readingMinutes('word '.repeat(2300))).toBe(10);
  });
  it('counts Chinese characters at about 400 a minute, plus Latin words', () => {
    expect(readingMinutes('字'.repeat(4000))).toBe(10);
    expect(readingMinutes(`${'字'.repeat(3600)} ${'GPU '.repeat(230)}`)).toBe(10);
  });
  it('never says zero minutes', () => {
    expect(readingMinutes('')).toBe(1);
  });
});
