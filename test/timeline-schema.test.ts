import { describe, expect, it } from 'vitest';
import { peakFlopsDatasetSchema, peakFlopsRowSchema } from '../src/schemas/peak-flops.ts';
import { assertTimelineProps, isCalendarDate, timelineEntrySchema } from '../src/schemas/timeline.ts';

const entry = {
  date: '2012-12',
  datePrecision: 'month',
  category: 'research',
  title: { en: 'AlexNet', 'zh-cn': 'AlexNet' },
  body: { en: 'One. Two.', 'zh-cn': '一。二。' },
  sources: [{ title: 'Paper', url: 'https://example.org/paper' }],
};

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message).join(' | ') ?? '';

describe('timelineEntrySchema', () => {
  it('accepts a complete entry', () => {
    expect(timelineEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('accepts an entry whose Chinese is missing, for the tracked fallback', () => {
    expect(timelineEntrySchema.safeParse({ ...entry, title: { en: 'AlexNet' }, body: { en: 'One. Two.' } }).success).toBe(true);
  });

  it('rejects an entry without English', () => {
    expect(timelineEntrySchema.safeParse({ ...entry, title: { 'zh-cn': 'AlexNet' } }).success).toBe(false);
  });

  it('rejects dates that do not exist or do not match their precision', () => {
    expect(messages(timelineEntrySchema.safeParse({ ...entry, date: '2012-13' }))).toContain('not a real calendar date');
    expect(messages(timelineEntrySchema.safeParse({ ...entry, date: '2021-02-29', datePrecision: 'day' }))).toContain('not a real calendar date');
    expect(messages(timelineEntrySchema.safeParse({ ...entry, date: '2012-12-04' }))).toContain('does not match date');
    expect(messages(timelineEntrySchema.safeParse({ ...entry, date: 'Dec 2012' }))).toContain('2012, 2012-09 or 2012-09-30');
  });

  it('tells the author to quote a date YAML turned into a timestamp', () => {
    expect(messages(timelineEntrySchema.safeParse({ ...entry, date: new Date('2012-12-04') }))).toContain('quoted string');
  });

  it('rejects unknown categories and entries without sources', () => {
    expect(timelineEntrySchema.safeParse({ ...entry, category: 'gaming' }).success).toBe(false);
    expect(timelineEntrySchema.safeParse({ ...entry, sources: [] }).success).toBe(false);
    expect(timelineEntrySchema.safeParse({ ...entry, sources: [{ title: 'x', url: 'ftp://example.org' }] }).success).toBe(false);
  });
});

describe('isCalendarDate', () => {
  it('knows leap years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('1999')).toBe(true);
  });
});

const row = {
  id: '2024-xeon-6980p',
  year: 2024,
  name: 'Xeon 6980P',
  kind: 'cpu',
  series: 'fp32',
  gflops: 16384,
  unit: 'GFLOPS',
  derived: true,
  derivation: '128 × 2.0 × 64 = 16,384',
  source: { title: 'Specs', url: 'https://example.org/specs' },
};

describe('peakFlopsRowSchema', () => {
  it('accepts a derived row with its arithmetic', () => {
    expect(peakFlopsRowSchema.safeParse(row).success).toBe(true);
  });

  it('requires the arithmetic of a derived figure, and only of a derived one', () => {
    expect(messages(peakFlopsRowSchema.safeParse({ ...row, derivation: undefined }))).toContain('must show its arithmetic');
    expect(messages(peakFlopsRowSchema.safeParse({ ...row, derived: false }))).toContain('not marked derived');
  });

  it('keeps the tensor series to GPUs from 2017 on', () => {
    expect(peakFlopsRowSchema.safeParse({ ...row, series: 'tensor-fp16' }).success).toBe(false);
    const gpu = { ...row, kind: 'gpu', derived: false, derivation: undefined, series: 'tensor-fp16' };
    expect(peakFlopsRowSchema.safeParse({ ...gpu, year: 2016 }).success).toBe(false);
    expect(peakFlopsRowSchema.safeParse(gpu).success).toBe(true);
  });

  it('requires the unit', () => {
    expect(peakFlopsRowSchema.safeParse({ ...row, unit: undefined }).success).toBe(false);
    expect(peakFlopsRowSchema.safeParse({ ...row, unit: 'TFLOPS' }).success).toBe(false);
  });

  it('rejects a dataset with a repeated id', () => {
    expect(messages(peakFlopsDatasetSchema.safeParse([row, row]))).toContain('Duplicate id 2024-xeon-6980p');
  });
});

describe('assertTimelineProps', () => {
  const good = { id: '2012-alexnet', ...entry };
  it('passes good props', () => {
    expect(() => assertTimelineProps({ locale: 'zh-cn', entries: [good] })).not.toThrow();
  });

  it('names every bad prop in one error', () => {
    expect(() => assertTimelineProps({ locale: 'fr', entries: [] })).toThrow(
      /<FullTimeline>: invalid props\.\n {2}locale: .*\n {2}entries: entries is empty/,
    );
    expect(() => assertTimelineProps({ locale: 'en', entries: [{ ...good, sources: [] }] })).toThrow(/entries\.0\.sources/);
    expect(() => assertTimelineProps({ locale: 'en', entries: [{ ...good, id: 'AlexNet' }] })).toThrow(/<yyyy>-<kebab-slug>/);
  });
});
