import { describe, expect, it } from 'vitest';
import {
  countByCategory,
  entryAnchorId,
  entryIdFromHash,
  eraOf,
  filterStatus,
  formatFigureValue,
  groupByEra,
  isEraShown,
  isShown,
  localize,
  sortEntries,
  toTimelineItems,
  untranslatedEntryIds,
} from '../src/lib/timeline.ts';
import type { TimelineCategory } from '../src/schemas/timeline.ts';
import { sourceFingerprint, trackedTexts } from '../src/lib/translation/entries.ts';

const make = (id: string, date: string, category: TimelineCategory = 'hardware') => ({
  id,
  date,
  category,
  title: { en: id, 'zh-cn': `中文 ${id}` },
  body: { en: 'One. Two.', 'zh-cn': '一。二。' },
});

const entries = [
  make('2012-alexnet', '2012-12', 'research'),
  make('1999-geforce-256', '1999-10-11'),
  make('2017-volta-v100', '2017-05'),
  make('2017-webgl-2', '2017-01', 'browser'),
  make('2017-tpu-paper', '2017', 'research'),
  make('2006-cuda', '2006-11', 'software'),
  make('2006-geforce-8800', '2006-11-08'),
];

describe('sortEntries', () => {
  it('puts events oldest first, a year-only date ahead of the months of its year', () => {
    expect(sortEntries(entries).map((entry) => entry.id)).toEqual([
      '1999-geforce-256',
      '2006-cuda',
      '2006-geforce-8800',
      '2012-alexnet',
      '2017-tpu-paper',
      '2017-webgl-2',
      '2017-volta-v100',
    ]);
  });

  it('breaks ties by id so the order does not depend on the input', () => {
    const a = make('2017-b', '2017-05');
    const b = make('2017-a', '2017-05');
    expect(sortEntries([a, b]).map((entry) => entry.id)).toEqual(['2017-a', '2017-b']);
    expect(sortEntries([b, a]).map((entry) => entry.id)).toEqual(['2017-a', '2017-b']);
  });
});

describe('groupByEra', () => {
  it('splits the story at 2006, 2012 and 2017 and reports the years each group covers', () => {
    const groups = groupByEra(entries);
    expect(groups.map((group) => [group.era, group.firstYear, group.lastYear, group.entries.length])).toEqual([
      ['programmable-graphics', 1999, 1999, 1],
      ['gpu-computing', 2006, 2006, 2],
      ['deep-learning', 2012, 2012, 1],
      ['tensor-era', 2017, 2017, 3],
    ]);
  });

  it('leaves out eras without events', () => {
    expect(groupByEra([make('2020-a100', '2020-05-14')]).map((group) => group.era)).toEqual(['tensor-era']);
  });

  it('files an event before the first era under the first era', () => {
    expect(eraOf({ date: '1995' })).toBe('programmable-graphics');
  });
});

describe('isShown', () => {
  it('keeps only the active categories', () => {
    const active = new Set<TimelineCategory>(['browser', 'research']);
    expect(sortEntries(entries).filter((entry) => isShown(entry, active)).map((entry) => entry.id)).toEqual(['2012-alexnet', '2017-tpu-paper', '2017-webgl-2']);
  });

  it('shows nothing when no category is active', () => {
    expect(entries.filter((entry) => isShown(entry, new Set()))).toEqual([]);
  });
});

describe('isEraShown', () => {
  const era = groupByEra(entries).find((group) => group.era === 'gpu-computing')!.entries;
  it('keeps an era while any of its events passes the filter', () => {
    expect(isEraShown(era, new Set<TimelineCategory>(['software']))).toBe(true);
    expect(isEraShown(era, new Set<TimelineCategory>(['hardware', 'browser']))).toBe(true);
  });

  it('hides an era whose events are all filtered out', () => {
    expect(isEraShown(era, new Set<TimelineCategory>(['research', 'browser']))).toBe(false);
    expect(isEraShown(era, new Set())).toBe(false);
  });
});

describe('filter counts', () => {
  const counts = countByCategory(entries, ['hardware', 'software', 'research', 'browser']);
  it('counts events per category in the order of the filters, a category without events included', () => {
    expect(counts).toEqual([
      { category: 'hardware', count: 3 },
      { category: 'software', count: 1 },
      { category: 'research', count: 2 },
      { category: 'browser', count: 1 },
    ]);
    expect(countByCategory(entries.slice(0, 1), ['browser', 'research'])).toEqual([
      { category: 'browser', count: 0 },
      { category: 'research', count: 1 },
    ]);
  });

  it('states how many events pass the filter out of all of them', () => {
    const all = new Set<TimelineCategory>(['hardware', 'software', 'research', 'browser']);
    expect(filterStatus(counts, all)).toEqual({ shown: entries.length, total: entries.length });
    const active = new Set<TimelineCategory>(['research', 'browser']);
    expect(filterStatus(counts, active)).toEqual({ shown: 3, total: entries.length });
    expect(filterStatus(counts, new Set())).toEqual({ shown: 0, total: entries.length });
  });
});

describe('deep links', () => {
  const ids = entries.map((entry) => entry.id);
  it('builds anchors from the entry id', () => {
    expect(entryAnchorId('2012-alexnet')).toBe('timeline-2012-alexnet');
  });

  it('reads an entry id back from a hash', () => {
    expect(entryIdFromHash('#timeline-2012-alexnet', ids)).toBe('2012-alexnet');
    expect(entryIdFromHash('timeline-2012-alexnet', ids)).toBe('2012-alexnet');
  });

  it('ignores hashes that are not timeline entries or name unknown ones', () => {
    expect(entryIdFromHash('#history', ids)).toBeUndefined();
    expect(entryIdFromHash('#timeline-2030-quantum', ids)).toBeUndefined();
    expect(entryIdFromHash('#%E0%A4%A', ids)).toBeUndefined();
    expect(entryIdFromHash('', ids)).toBeUndefined();
  });
});

describe('localize', () => {
  it('returns the translation when there is one', () => {
    expect(localize({ en: 'GPU', 'zh-cn': '图形处理器' }, 'zh-cn')).toEqual({ text: '图形处理器', fallback: false, locale: 'zh-cn' });
  });

  it('falls back to English and says so when the translation is missing', () => {
    expect(localize({ en: 'GPU' }, 'zh-cn')).toEqual({ text: 'GPU', fallback: true, locale: 'en' });
    expect(localize({ en: 'GPU' }, 'en')).toEqual({ text: 'GPU', fallback: false, locale: 'en' });
  });
});

describe('untranslatedEntryIds', () => {
  it('lists entries with any untranslated text, the figure label included', () => {
    const list = [
      make('2012-alexnet', '2012-12'),
      { ...make('2014-cudnn', '2014-10'), body: { en: 'One. Two.' } },
      { ...make('2020-a100', '2020-05-14'), figure: { value: 312, unit: 'TFLOPS', label: { en: 'dense FP16' } } },
    ];
    expect(untranslatedEntryIds(list, 'zh-cn')).toEqual(['2014-cudnn', '2020-a100']);
    expect(untranslatedEntryIds(list, 'en')).toEqual([]);
  });
});

describe('formatFigureValue', () => {
  it('spaces word units but not symbols', () => {
    expect(formatFigureValue('125', 'TFLOPS')).toBe('125 TFLOPS');
    expect(formatFigureValue('15.3', '%')).toBe('15.3%');
    expect(formatFigureValue('70', '×')).toBe('70×');
    expect(formatFigureValue('128', '')).toBe('128');
  });
});

describe('toTimelineItems', () => {
  const alexnet = {
    ...make('2012-alexnet', '2012-12', 'research'),
    datePrecision: 'month' as const,
    figure: { value: 15.3, unit: '%', label: { en: 'top-5 error', 'zh-cn': 'top-5 错误率' } },
    sources: [{ title: 'Paper', url: 'https://example.org/paper' }],
  };
  const cuda = { ...make('2006-cuda', '2006-11', 'software'), datePrecision: 'month' as const, sources: alexnet.sources };

  it('sorts, formats the date and figure, and keeps only the page language', () => {
    const [first, second] = toTimelineItems([alexnet, cuda], 'zh-cn');
    expect(first?.id).toBe('2006-cuda');
    expect(second).toEqual({
      id: '2012-alexnet',
      date: '2012-12',
      dateText: '2012 年 12 月',
      category: 'research',
      title: { text: '中文 2012-alexnet' },
      body: { text: '一。二。' },
      fallback: false,
      outdated: false,
      figure: { value: '15.3%', label: { text: 'top-5 错误率' } },
      sources: [{ title: 'Paper', url: 'https://example.org/paper' }],
    });
  });

  it('marks English stand-ins with their language and flags the entry', () => {
    const untranslated = { ...cuda, body: { en: 'Only English. Still shown.' } };
    const [item] = toTimelineItems([untranslated], 'zh-cn');
    expect(item?.body).toEqual({ text: 'Only English. Still shown.', lang: 'en' });
    expect(item?.title).toEqual({ text: '中文 2006-cuda' });
    expect(item?.fallback).toBe(true);
  });

  it('flags an entry whose English changed after it was translated, and only on the translated page', () => {
    const stamped = { ...alexnet, translations: { 'zh-cn': { source: sourceFingerprint(trackedTexts('timeline', alexnet)) } } };
    expect(toTimelineItems([stamped], 'zh-cn')[0]?.outdated).toBe(false);
    const edited = { ...stamped, body: { ...stamped.body, en: 'The English, rewritten.' } };
    expect(toTimelineItems([edited], 'zh-cn')[0]?.outdated).toBe(true);
    expect(toTimelineItems([edited], 'en')[0]?.outdated).toBe(false);
  });
});
