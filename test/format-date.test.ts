import { describe, expect, it } from 'vitest';
import { formatDate } from '../src/i18n/format-date.ts';

describe('formatDate', () => {
  it('writes a day, a month or a year the way each locale reads it, Chinese with the house-style spaces', () => {
    expect(formatDate('2026-11-28', 'en')).toBe('28 November 2026');
    expect(formatDate('2017-05', 'en', 'month')).toBe('May 2017');
    expect(formatDate('2001', 'en', 'year')).toBe('2001');
    expect(formatDate('2026-11-28', 'zh-cn')).toBe('2026 年 11 月 28 日');
    expect(formatDate('2017-05', 'zh-cn', 'month')).toBe('2017 年 5 月');
    expect(formatDate('2001', 'zh-cn', 'year')).toBe('2001 年');
  });

  it('keeps the first day of a year in that year on a machine west of UTC', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(formatDate('2027-01-01', 'en')).toBe('1 January 2027');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
