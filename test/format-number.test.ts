import { describe, expect, it } from 'vitest';
import { formatCompact, formatDuration, formatExact } from '../src/lib/format-number.ts';

describe('formatExact', () => {
  it('groups digits in threes in both locales', () => {
    expect(formatExact(138_357_544, 'en')).toBe('138,357,544');
    expect(formatExact(138_357_544, 'zh-cn')).toBe('138,357,544');
    expect(formatExact(5120.64, 'en', 1)).toBe('5,120.6');
  });

  it('rejects what is not a number', () => {
    expect(() => formatExact(Number.NaN, 'en')).toThrow('formatExact: expected a finite number, got NaN.');
  });
});

describe('formatCompact', () => {
  it('writes English in millions and billions with one decimal', () => {
    // VGG16: 138,357,544 parameters and 15,470,264,320 multiply-adds.
    expect(formatCompact(138_357_544, 'en')).toBe('138.4 million');
    expect(formatCompact(15_470_264_320, 'en')).toBe('15.5 billion');
    expect(formatCompact(2.5e12, 'en')).toBe('2.5 trillion');
  });

  it('writes Chinese in 万 and 亿 with three significant digits and a space before the unit', () => {
    expect(formatCompact(138_357_544, 'zh-cn')).toBe('1.38 亿');
    expect(formatCompact(15_470_264_320, 'zh-cn')).toBe('155 亿');
    expect(formatCompact(25_557_032, 'zh-cn')).toBe('2560 万');
    expect(formatCompact(2.5e12, 'zh-cn')).toBe('2.5 万亿');
  });

  it('keeps every digit of small numbers', () => {
    expect(formatCompact(999_999, 'en')).toBe('999,999');
    expect(formatCompact(9999, 'zh-cn')).toBe('9,999');
    expect(formatCompact(12.34, 'en')).toBe('12.3');
  });

  it('switches to powers of ten from 10¹⁵ in both locales', () => {
    expect(formatCompact(5.57e17, 'en')).toBe('5.6 × 10¹⁷');
    expect(formatCompact(1.2e21, 'zh-cn')).toBe('1.2 × 10²¹');
  });

  it('rejects infinity with a clear message', () => {
    expect(() => formatCompact(Number.POSITIVE_INFINITY, 'zh-cn')).toThrow('formatCompact: expected a finite number, got Infinity.');
  });
});

describe('formatDuration', () => {
  it('picks the largest unit that keeps the number at least 1, in English', () => {
    expect(formatDuration(0.00002, 'en')).toBe('20 microseconds');
    expect(formatDuration(0.55, 'en')).toBe('550 milliseconds');
    expect(formatDuration(45, 'en')).toBe('45 seconds');
    // 11,700 s = 3.25 h, shown to one decimal.
    expect(formatDuration(11_700, 'en')).toBe('3.3 hours');
    expect(formatDuration(86_400 * 3, 'en')).toBe('3 days');
    expect(formatDuration(365.25 * 86_400, 'en')).toBe('1 year');
  });

  it('writes the same spans in Chinese with a space after the number', () => {
    expect(formatDuration(0.00002, 'zh-cn')).toBe('20 微秒');
    expect(formatDuration(11_700, 'zh-cn')).toBe('3.3 小时');
    expect(formatDuration(86_400 * 3, 'zh-cn')).toBe('3 天');
    expect(formatDuration(365.25 * 86_400 * 12.5, 'zh-cn')).toBe('12.5 年');
  });

  it('has short forms for axis labels', () => {
    expect(formatDuration(0.00001, 'en', 'short')).toBe('10 μs');
    expect(formatDuration(0.001, 'zh-cn', 'short')).toBe('1 毫秒');
  });

  it('moves up a unit when rounding would reach the next one', () => {
    // 59.96 s rounds to 60.0 s, which is 1 minute.
    expect(formatDuration(59.96, 'en')).toBe('1 minute');
  });

  it('keeps very long spans readable', () => {
    // 3 × 10⁶ years.
    expect(formatDuration(3e6 * 365.25 * 86_400, 'en')).toBe('3 million years');
    expect(formatDuration(3e6 * 365.25 * 86_400, 'zh-cn')).toBe('300 万年');
  });

  it('handles zero and rejects negative spans', () => {
    expect(formatDuration(0, 'en')).toBe('0 microseconds');
    expect(() => formatDuration(-1, 'en')).toThrow('formatDuration: a duration cannot be negative, got -1.');
  });
});
