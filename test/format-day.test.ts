import { describe, expect, it } from 'vitest';
import { formatDay } from '../src/i18n/format-day.ts';

describe('formatDay', () => {
  it('writes a day the way each locale reads it, Chinese with the house-style spaces', () => {
    expect(formatDay('2026-11-28', 'en')).toBe('November 28, 2026');
    expect(formatDay('2026-11-28', 'zh-cn')).toBe('2026 年 11 月 28 日');
  });

  it('keeps the first day of a year in that year on a machine west of UTC', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(formatDay('2027-01-01', 'en')).toBe('January 1, 2027');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
