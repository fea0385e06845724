import { describe, expect, it } from 'vitest';
import {
  abs,
  add,
  compare,
  divide,
  equals,
  isNegative,
  isPositive,
  isZero,
  max,
  min,
  money,
  multiply,
  negate,
  ratio,
  subtract,
  sum,
  type Money,
} from '../../src/index';
import { expectIssue } from '../helpers/errors';

const eur = (amount: string): Money => money(amount, 'EUR');
const usd = (amount: string): Money => money(amount, 'USD');

describe('add and subtract', () => {
  it('add exactly where floats do not', () => {
    expect(add(eur('0.1'), eur('0.2')).amount.toString()).toBe('0.3');
    expect(subtract(eur('1100000000'), eur('800000000')).amount.toString()).toBe('300000000');
    expect(subtract(eur('0.3'), eur('0.1')).amount.toString()).toBe('0.2');
  });

  it('refuse to mix currencies', () => {
    expectIssue(() => add(eur('1'), usd('1')), 'currency_mismatch', ['addend']);
    expectIssue(() => subtract(eur('1'), usd('1')), 'currency_mismatch', ['subtrahend']);
  });

  it('do not mutate their inputs', () => {
    const a = eur('1.5');
    const before = a.amount.toString();
    add(a, eur('2'));
    expect(a.amount.toString()).toBe(before);
  });
});

describe('multiply and divide', () => {
  it('multiply exactly by a decimal factor', () => {
    // 77.94e9 × 1.03 × 1.02 = 81,883,764,000 (by hand: 77.94 × 1.0506 = 81.883764).
    const gdp = multiply(multiply(eur('77940000000'), '1.03'), '1.02');
    expect(gdp.amount.toString()).toBe('81883764000');
    expect(multiply(gdp, '0.05').amount.toString()).toBe('4094188200');
  });

  it('divide rounds to the minor unit, half-even by default', () => {
    expect(divide(eur('1100000000'), 3).amount.toFixed(2)).toBe('366666666.67');
    expect(divide(eur('0.25'), 10).amount.toFixed(3)).toBe('0.020'); // 0.025 → 0.02 (even)
    expect(divide(eur('0.35'), 10).amount.toFixed(3)).toBe('0.040'); // 0.035 → 0.04 (even)
    expect(divide(eur('0.25'), 10, { mode: 'half-up' }).amount.toFixed(3)).toBe('0.030');
    expect(divide(eur('10'), 3, { scale: 0, mode: 'floor' }).amount.toString()).toBe('3');
    expect(divide(money('1000', 'JPY'), 3).amount.toString()).toBe('333');
    expect(divide(money('1', 'KWD'), 3).amount.toString()).toBe('0.333');
  });

  it('divide rejects zero and bad options', () => {
    expectIssue(() => divide(eur('1'), 0), 'division_by_zero', ['divisor']);
    expectIssue(() => divide(eur('1'), '0.000'), 'division_by_zero', ['divisor']);
    expectIssue(() => divide(eur('1'), 2, { scale: -1 }), 'invalid_scale', ['scale']);
    expectIssue(() => divide(eur('1'), 2, { scale: 1.5 }), 'invalid_scale', ['scale']);
    expectIssue(() => divide(eur('1'), 2, { mode: 'nearest' as never }), 'invalid_rounding_mode', ['mode']);
  });

  it('multiply rejects a float factor', () => {
    expectIssue(() => multiply(eur('1'), 1.2), 'unsafe_number', ['factor']);
  });
});

describe('signs', () => {
  it('negate and abs', () => {
    expect(negate(eur('300000000')).amount.toString()).toBe('-300000000');
    expect(negate(eur('-3')).amount.toString()).toBe('3');
    expect(abs(eur('-120000000')).amount.toString()).toBe('120000000');
  });

  it('negating zero gives zero, not negative zero', () => {
    const zero = negate(eur('0'));
    expect(isNegative(zero)).toBe(false);
    expect(zero.amount.isNegative()).toBe(false);
  });

  it.each([
    ['0', true, false, false],
    ['0.00', true, false, false],
    ['0.01', false, true, false],
    ['-0.01', false, false, true],
    ['-0', true, false, false],
  ])('%s: isZero %s, isPositive %s, isNegative %s', (amount, zero, positive, negative) => {
    expect([isZero(eur(amount)), isPositive(eur(amount)), isNegative(eur(amount))]).toEqual([zero, positive, negative]);
  });
});

describe('sum, min and max', () => {
  it('sum adds a list exactly', () => {
    const parts = Array.from({ length: 10 }, () => eur('0.1'));
    expect(sum(parts).amount.toString()).toBe('1');
  });

  it('sum of nothing needs a currency', () => {
    expect(sum([], { currency: 'EUR' }).amount.toString()).toBe('0');
    expect(sum([], { currency: 'EUR' }).currency).toBe('EUR');
    expectIssue(() => sum([]), 'empty_input', ['values']);
    expectIssue(() => sum([], { currency: 'XYZ' }), 'unknown_currency', ['currency']);
  });

  it('sum checks every currency, and the one asked for', () => {
    expectIssue(() => sum([eur('1'), eur('2'), usd('3')]), 'currency_mismatch', ['values', 2]);
    expectIssue(() => sum([eur('1')], { currency: 'USD' }), 'currency_mismatch', ['values', 0]);
  });

  it('min and max pick the extremes, the first of equals', () => {
    const first = eur('1.0');
    const list = [eur('3'), first, eur('1'), eur('2')];
    expect(min(list)).toBe(first);
    expect(max(list).amount.toString()).toBe('3');
    expectIssue(() => min([]), 'empty_input', ['values']);
    expectIssue(() => max([eur('1'), usd('2')]), 'currency_mismatch', ['values', 1]);
  });
});

describe('compare, equals and ratio', () => {
  it('compare orders amounts', () => {
    expect(compare(eur('800000000'), eur('1100000000'))).toBe(-1);
    expect(compare(eur('1.10'), eur('1.1'))).toBe(0);
    expect(compare(eur('2'), eur('1'))).toBe(1);
    expectIssue(() => compare(eur('1'), usd('1')), 'currency_mismatch', ['b']);
  });

  it('equals ignores trailing zeros and compares currencies', () => {
    expect(equals(eur('1.10'), eur('1.1'))).toBe(true);
    expect(equals(eur('1'), usd('1'))).toBe(false);
  });

  it('ratio divides amounts', () => {
    // 800/1100 = 8/11 = 0.727272…
    expect(ratio(eur('800000000'), eur('1100000000')).toDecimalPlaces(6).toString()).toBe('0.727273');
    expect(ratio(eur('1'), eur('4')).toString()).toBe('0.25');
    expectIssue(() => ratio(eur('1'), eur('0')), 'division_by_zero', ['whole']);
    expectIssue(() => ratio(eur('1'), usd('1')), 'currency_mismatch', ['whole']);
  });
});
