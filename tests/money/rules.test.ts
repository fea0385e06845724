// Rules of the money layer that mutation testing found no test pinning down: tie-breaks, the fast path's
// domain, the paths and words of every error. Expected values worked by hand.
import { describe, expect, it } from 'vitest';
import {
  add,
  allocate,
  format,
  fromJSON,
  fromMinorUnits,
  isCurrencyCode,
  max,
  min,
  money,
  multiply,
  ratio,
  sum,
  toMinorUnits,
  type Money,
} from '../../src/index';
import { D } from '../../src/decimal/core';
import { allocateSafe } from '../../src/money/allocate';
import { currencyOf } from '../../src/money/currencies';
import { expectIssue } from '../helpers/errors';

const eur = (amount: string): Money<'EUR'> => money(amount, 'EUR');
const amounts = (parts: readonly Money[]): string[] => parts.map((part) => part.amount.toFixed(2));

describe('allocate: the largest remainder, the earlier part on a tie', () => {
  it('7 cents over ten equal parts: the first seven get a cent each', () => {
    const parts = amounts(allocate(eur('0.07'), [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
    expect(parts).toEqual(['0.01', '0.01', '0.01', '0.01', '0.01', '0.01', '0.01', '0.00', '0.00', '0.00']);
    // The same on the bigint path (decimal ratios): the order is a rule, not an accident of the fast path.
    expect(
      amounts(
        allocate(
          eur('0.07'),
          Array.from({ length: 10 }, () => '1.0'),
        ),
      ),
    ).toEqual(parts);
  });

  it('a larger remainder wins over an earlier part: 10 cents by 1:2:2:1 is 2, 3, 3, 2 (quotas 1⅔, 3⅓, 3⅓, 1⅔)', () => {
    expect(amounts(allocate(eur('0.10'), [1, 2, 2, 1]))).toEqual(['0.02', '0.03', '0.03', '0.02']);
    expect(amounts(allocate(eur('0.10'), ['1', '2', '2', '1.0']))).toEqual(['0.02', '0.03', '0.03', '0.02']);
  });

  it('a zero amount splits into zeros that are not negative', () => {
    const parts = allocate(eur('0'), [1, 2]);
    expect(parts.map((part) => [part.amount.toString(), part.amount.isNegative()])).toEqual([
      ['0', false],
      ['0', false],
    ]);
  });

  it('splits an amount past 2^53 units by large ratios exactly (the fast path steps aside)', () => {
    // 10^15 cents by 3:1 is 7.5 × 10^14 and 2.5 × 10^14: 10^15 × 3 is above 2^53, so no float may do it.
    const total = eur('10000000000000');
    expect(amounts(allocate(total, [3, 1]))).toEqual(['7500000000000.00', '2500000000000.00']);
    // The largest ratio first, then a small one: the guard must look at the largest, not the last.
    // Quotas 9,007,199,254,732.808 and 8.192 cents: floors, and the one cent left to the larger remainder.
    expect(amounts(allocate(eur('90071992547.41'), [2 ** 40, 1]))).toEqual(['90071992547.33', '0.08']);
  });

  it('the fast path takes exactly the common case and leaves the rest to the exact one', () => {
    const one = new D('1');
    expect(allocateSafe(one, [1, 1], 2)?.map(String)).toEqual(['0.5', '0.5']);
    expect(allocateSafe(one, [], 2)).toBeUndefined();
    expect(allocateSafe(one, ['1', 1], 2)).toBeUndefined();
    expect(allocateSafe(one, [1.5, 1], 2)).toBeUndefined();
    expect(allocateSafe(one, [-1, 2], 2)).toBeUndefined();
    expect(allocateSafe(one, [0, 0], 2)).toBeUndefined();
    expect(allocateSafe(one, [Number.MAX_SAFE_INTEGER, 1], 2)).toBeUndefined(); // the weights' sum passes 2^53
    expect(allocateSafe(new D('0.001'), [1, 1], 2)).toBeUndefined(); // not a whole number of cents
    expect(allocateSafe(new D('1e14'), [1000, 1], 2)).toBeUndefined(); // 10^16 × 1000 passes 2^53
  });

  it('names the option, the ratio and the rule of every bad input', () => {
    expect(
      expectIssue(() => allocate(eur('1'), [1], { mode: 'nearest' as never }), 'invalid_rounding_mode', ['mode'])
        .message,
    ).toBe(
      '[budget-whatif] mode: expected one of half-even, half-up, half-down, up, down, ceil, floor, received "nearest"',
    );
    expect(expectIssue(() => allocate(eur('1'), []), 'invalid_ratios', ['ratios']).message).toBe(
      '[budget-whatif] ratios: expected at least one ratio',
    );
    expect(expectIssue(() => allocate(eur('1'), [1, -2]), 'invalid_ratios', ['ratios', 1]).message).toBe(
      '[budget-whatif] ratios[1]: ratios must not be negative, received -2',
    );
    expect(expectIssue(() => allocate(eur('1'), ['0', 0]), 'invalid_ratios', ['ratios']).message).toBe(
      '[budget-whatif] ratios: at least one ratio must be greater than zero',
    );
    expectIssue(() => allocate(eur('1'), 'not a list' as never), 'invalid_ratios', ['ratios']);
  });
});

describe('currencies', () => {
  it('a value whose text is a code is not a code: only strings are', () => {
    expect(isCurrencyCode(['EUR'])).toBe(false);
    expectIssue(() => currencyOf(['EUR']), 'unknown_currency', ['currency']);
    expectIssue(() => currencyOf(5), 'unknown_currency', ['currency']);
  });

  it('suggests the upper-case code only when there is one', () => {
    expect(expectIssue(() => currencyOf('pln'), 'unknown_currency', ['currency']).message).toBe(
      '[budget-whatif] currency: unknown currency code "pln" (did you mean "PLN"?); expected an ISO 4217 code such as "EUR" or "USD"',
    );
    expect(expectIssue(() => currencyOf('XYZ'), 'unknown_currency', ['currency']).message).toBe(
      '[budget-whatif] currency: unknown currency code "XYZ"; expected an ISO 4217 code such as "EUR" or "USD"',
    );
  });
});

describe('errors name their argument', () => {
  it.each([
    [
      'add',
      () => add(eur('1'), money('1', 'USD') as never),
      'currency_mismatch',
      ['addend'],
      'addend: cannot combine EUR and USD; convert one of them first (see convert())',
    ],
    ['multiply', () => multiply(eur('1'), 'x'), 'invalid_number', ['factor'], 'factor: expected a decimal number'],
    [
      'ratio',
      () => ratio(eur('1'), eur('0')),
      'division_by_zero',
      ['whole'],
      'whole: cannot take a ratio to a zero amount',
    ],
    ['min', () => min([]), 'empty_input', ['values'], 'values: expected at least one amount'],
    [
      'max',
      () => max([eur('1'), money('2', 'USD') as never]),
      'currency_mismatch',
      ['values', 1],
      'values[1]: cannot combine EUR and USD',
    ],
    [
      'sum',
      () => sum([]),
      'empty_input',
      ['values'],
      'values: cannot sum an empty list without a currency; pass { currency }',
    ],
    [
      'sum',
      () => sum([eur('1')], { currency: 'USD' }),
      'currency_mismatch',
      ['values', 0],
      'values[0]: expected amounts in USD, received EUR',
    ],
    ['fromJSON', () => fromJSON('x'), 'invalid_type', [], 'expected an object { amount, currency }'],
    [
      'fromJSON',
      () => fromJSON({ amount: '1', currency: 'EUR', note: 'x' }),
      'invalid_type',
      ['note'],
      'note: unexpected key "note" in Money JSON; expected only amount and currency',
    ],
    ['fromJSON', () => fromJSON({ currency: 'EUR' }), 'invalid_type', ['amount'], 'amount: missing amount'],
    [
      'fromMinorUnits',
      () => fromMinorUnits('1.5' as never, 'EUR'),
      'invalid_number',
      ['units'],
      'units: expected a whole number of minor units, received 1.5',
    ],
    [
      'toMinorUnits',
      () => toMinorUnits(eur('0.005')),
      'inexact_minor_units',
      ['value', 'amount'],
      '0.005 EUR is not a whole number of minor units (2 decimals); round it first or pass { mode }',
    ],
    [
      'toMinorUnits',
      () => toMinorUnits(eur('0.005'), { mode: 'nearest' as never }),
      'invalid_rounding_mode',
      ['mode'],
      'mode: expected one of',
    ],
  ])('%s', (_, call, code, path, words) => {
    expect(expectIssue(call, code, path).message).toContain(words);
  });

  it('a sum that would need more than 40 digits names the value that tipped it', () => {
    expectIssue(() => sum([eur('1e20'), eur('1e-20')]), 'precision_exceeded', ['values', 1]);
    expect(sum([eur('1e20'), eur('1')]).amount.toString()).toBe('100000000000000000001');
  });
});

describe('format', () => {
  it('explicit fraction digits widen standard notation past the minor units', () => {
    expect(format(eur('1.23456'), { minimumFractionDigits: 4 })).toBe('€1.2346');
    expect(format(eur('1.23456'), { maximumFractionDigits: 4 })).toBe('€1.2346');
    expect(format(eur('1.2'), { maximumFractionDigits: 4 })).toBe('€1.20');
    expect(format(eur('1.5'), { minimumFractionDigits: 0, maximumFractionDigits: 0 })).toBe('€2');
  });

  it('compact notation keeps Intl’s own digits unless told', () => {
    expect(format(eur('1234000000'), { notation: 'compact' })).toBe('€1.2B');
    expect(format(eur('1234000000'), { notation: 'compact', maximumFractionDigits: 2 })).toBe('€1.23B');
    expect(format(eur('1234000000'), { notation: 'compact', minimumFractionDigits: 2 })).toBe('€1.23B');
  });
});

describe('allocate: ratios of every kind', () => {
  it('bigints, whole numbers and decimal strings split alike; a float that is not whole is refused', () => {
    expect(amounts(allocate(eur('1'), [1n, 3n]))).toEqual(['0.25', '0.75']);
    expect(amounts(allocate(eur('1'), ['1', 3]))).toEqual(['0.25', '0.75']);
    expect(amounts(allocate(eur('1'), ['0.5', '1.5']))).toEqual(['0.25', '0.75']);
    expectIssue(() => allocate(eur('1'), [1.5, 1]), 'unsafe_number', ['ratios', 0]);
  });
});

describe('isMoney', () => {
  it('null, undefined and a Decimal are not money', async () => {
    const { isMoney } = await import('../../src/money/core');
    expect([
      isMoney(null),
      isMoney(undefined),
      isMoney(new D('1')),
      isMoney({ currency: 'EUR', amount: new D(1) }),
    ]).toEqual([false, false, false, true]);
  });
});
