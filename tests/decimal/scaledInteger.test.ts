import { describe, expect, it } from 'vitest';
import { decimal } from '../../src/index';
import { D } from '../../src/decimal/core';
import { divideRounded, fromScaledInteger, quotientRounded, toScaledInteger } from '../../src/decimal/scaledInteger';

describe('toScaledInteger and fromScaledInteger', () => {
  it.each([
    ['-12.345', -12345n, 3],
    ['1100000000', 1100000000n, 0],
    ['0.05', 5n, 2],
    ['-0.001', -1n, 3],
  ])('%s is %d / 10^%d and back', (text, units, scale) => {
    expect(toScaledInteger(decimal(text))).toEqual({ units, scale });
    expect(fromScaledInteger(units, scale).toString()).toBe(decimal(text).toString());
  });
});

describe('divideRounded', () => {
  // 7/2 = 3.5, -7/2 = -3.5, 5/2 = 2.5, 7/3 = 2.33, 8/3 = 2.67: every mode on both sides of zero.
  it.each([
    ['half-even', 7n, 2n, 4n],
    ['half-even', 5n, 2n, 2n],
    ['half-even', -5n, 2n, -2n],
    ['half-up', 5n, 2n, 3n],
    ['half-up', -5n, 2n, -3n],
    ['half-down', 5n, 2n, 2n],
    ['half-down', 8n, 3n, 3n],
    ['up', 7n, 3n, 3n],
    ['up', -7n, 3n, -3n],
    ['down', 8n, 3n, 2n],
    ['down', -8n, 3n, -2n],
    ['ceil', -7n, 2n, -3n],
    ['ceil', 7n, 3n, 3n],
    ['floor', -7n, 3n, -3n],
    ['floor', 7n, 2n, 3n],
    ['half-even', 7n, -2n, -4n],
    ['floor', 6n, 3n, 2n],
  ] as const)('%s rounds %d / %d to %d', (mode, n, m, expected) => {
    expect(divideRounded(n, m, mode)).toBe(expected);
  });
});

describe('quotientRounded', () => {
  it('rounds once, where dividing at 40 digits and then rounding would round twice', () => {
    // 1 / (2 - 1e-45) = 0.5000…00025 (just above a half cent at scale 0 of 0.5): the exact quotient is
    // above 0.5, so half-even rounds it up to 1. A quotient first rounded to 40 digits would be exactly
    // 0.5 and round down to 0.
    // The internal clone directly: decimal() refuses more than 40 significant digits (NUMBER_LIMITS).
    const divisor = new D('1.999999999999999999999999999999999999999999999');
    expect(quotientRounded(decimal(1), divisor, 0, 'half-even').toString()).toBe('1');
    expect(decimal(1).div(divisor).toDecimalPlaces(0).toString()).toBe('0');
  });
});
