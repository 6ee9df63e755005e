import { describe, expect, it } from 'vitest';
import { checkNumber } from '../src/lib/number-input.ts';

const whole = { min: 1, max: 8192, integer: true };
const decimal = { min: 0.01, max: 100, integer: false };

describe('checkNumber', () => {
  it('reads plain ASCII digits', () => {
    expect(checkNumber('256', whole)).toEqual({ ok: true, value: 256 });
    expect(checkNumber('0.5', decimal)).toEqual({ ok: true, value: 0.5 });
  });

  it('reads full-width digits, point and sign as an input method types them', () => {
    expect(checkNumber('２５６', whole)).toEqual({ ok: true, value: 256 });
    expect(checkNumber('０．５', decimal)).toEqual({ ok: true, value: 0.5 });
    expect(checkNumber('－３', { min: -10, max: 10, integer: true })).toEqual({ ok: true, value: -3 });
  });

  it('ignores surrounding spaces, the ideographic space included', () => {
    expect(checkNumber('  64 ', whole)).toEqual({ ok: true, value: 64 });
    expect(checkNumber('\u300064\u3000', whole)).toEqual({ ok: true, value: 64 });
  });

  it('tells an empty field from text that is not a number', () => {
    expect(checkNumber('   ', whole)).toEqual({ ok: false, reason: 'empty' });
    expect(checkNumber('abc', whole)).toEqual({ ok: false, reason: 'not-a-number' });
    expect(checkNumber('1,000', whole)).toEqual({ ok: false, reason: 'not-a-number' });
    expect(checkNumber('Infinity', decimal)).toEqual({ ok: false, reason: 'not-a-number' });
    expect(checkNumber('1e999', decimal)).toEqual({ ok: false, reason: 'not-a-number' });
  });

  it('refuses a fraction where only whole numbers make sense', () => {
    expect(checkNumber('1.5', whole)).toEqual({ ok: false, reason: 'not-whole', value: 1.5 });
    expect(checkNumber('1.5', decimal)).toEqual({ ok: true, value: 1.5 });
  });

  it('keeps to the bounds, both of which are allowed', () => {
    expect(checkNumber('1', whole)).toEqual({ ok: true, value: 1 });
    expect(checkNumber('8192', whole)).toEqual({ ok: true, value: 8192 });
    expect(checkNumber('0', whole)).toEqual({ ok: false, reason: 'too-small', value: 0 });
    expect(checkNumber('8193', whole)).toEqual({ ok: false, reason: 'too-large', value: 8193 });
  });
});
