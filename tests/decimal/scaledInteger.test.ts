import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decimal } from '../../src/index';
import { D } from '../../src/decimal/core';
import {
  divideRounded,
  fromScaledInteger,
  quotientRounded,
  scaledBelow,
  scaledSum,
  sumOfAmounts,
  toScaledInteger,
} from '../../src/decimal/scaledInteger';

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

describe('quotientRounded on safe integers (the path without bigints)', () => {
  const MODES = ['up', 'down', 'ceil', 'floor', 'half-up', 'half-down', 'half-even'] as const;
  const ROUNDING = { up: 0, down: 1, ceil: 2, floor: 3, 'half-up': 4, 'half-down': 5, 'half-even': 6 } as const;

  it('gives what exact rational division then one rounding gives, for any sign and mode', () => {
    // The second method: decimal.js at 80 digits (exact for these quotients' first 80 digits), rounded once.
    const Wide = D.clone({ precision: 80 });
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
        fc.integer({ min: -(2 ** 30), max: 2 ** 30 }).filter((n) => n !== 0),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...MODES),
        (cents, people, scale, mode) => {
          const dividend = decimal(cents).div(100);
          const expected = new Wide(dividend.toString()).div(people).toDecimalPlaces(scale, ROUNDING[mode]).toString();
          expect(quotientRounded(dividend, decimal(people), scale, mode).toString()).toBe(expected);
        },
      ),
    );
  });

  it.each([
    // 4,790,000,000.00 over 2,890,000 people = 1,657.4394463… → 1,657.44; ties to the even digit and away from zero; a negative divisor.
    ['4790000000', '2890000', 2, 'half-even', '1657.44'],
    ['0.05', '2', 1, 'half-even', '0'],
    ['1.5', '2', 1, 'half-even', '0.8'],
    ['2.5', '2', 1, 'half-even', '1.2'],
    ['-1.5', '2', 1, 'half-up', '-0.8'],
    ['0.15', '-2', 1, 'floor', '-0.1'],
  ] as const)('%s / %s at %d places (%s) is %s', (dividend, divisor, scale, mode, expected) => {
    expect(quotientRounded(decimal(dividend), decimal(divisor), scale, mode).toString()).toBe(expected);
  });
});

describe('scaledSum and scaledBelow', () => {
  const of = (text: string) => toScaledInteger(decimal(text));
  const value = (x: { readonly units: bigint; readonly scale: number }) =>
    fromScaledInteger(x.units, x.scale).toString();

  it.each([
    // Each scale on either side, adding and subtracting: the second method is decimal.js's exact sum.
    ['1.25', '0.005', 1],
    ['1.25', '0.005', -1],
    ['0.005', '1.25', 1],
    ['0.005', '1.25', -1],
    ['-3', '0.75', -1],
    ['2.5', '2.5', -1],
    ['0', '4.01', -1],
    ['0', '4.01', 1],
    ['7.1', '0', -1],
  ] as const)('%s and %s (sign %d) is exact', (a, b, sign) => {
    const expected = sign === 1 ? decimal(a).plus(b) : decimal(a).minus(b);
    expect(value(scaledSum(of(a), of(b), sign))).toBe(expected.toString());
  });

  it('agrees with decimal.js on any pair of scales', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 12 }),
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom(1 as const, -1 as const),
        (xu, xs, yu, ys, sign) => {
          const x = { units: xu, scale: xs };
          const y = { units: yu, scale: ys };
          const [a, b] = [decimal(value(x)), decimal(value(y))];
          expect(value(scaledSum(x, y, sign))).toBe((sign === 1 ? a.plus(b) : a.minus(b)).toString());
          expect(scaledBelow(x, y)).toBe(a.lt(b));
        },
      ),
    );
  });
});

describe('sumOfAmounts', () => {
  const series = (...amounts: string[]) =>
    Object.fromEntries(amounts.map((amount, i) => [2025 + i, { amount: decimal(amount) }]));

  it.each([
    [['1.10', '2.205', '-0.3'], 2, '3.005'], // a third decimal: summed in Decimals, still exact
    [['4790000000', '5356684968.94', '0.01'], 2, '10146684968.95'],
    [['90071992547409.91', '0.02'], 2, '90071992547409.93'], // the sum beyond 2^53 cents: in Decimals
    [[], 2, '0'],
    [['-5', '5'], 0, '0'],
  ] as const)('%j at %d places is %s', (amounts, scale, expected) => {
    expect(sumOfAmounts(series(...amounts), scale).toString()).toBe(expected);
  });
});

describe('quotientRounded by zero', () => {
  it('throws, on either path (a safe dividend or not)', () => {
    expect(() => quotientRounded(decimal('1'), decimal('0'), 2, 'half-even')).toThrow(RangeError);
    expect(() => quotientRounded(decimal('0.001'), decimal('0'), 2, 'half-even')).toThrow('Division by zero');
  });
});
