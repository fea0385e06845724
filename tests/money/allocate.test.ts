import { describe, expect, it } from 'vitest';
import { allocate, decimal, money } from '../../src/index';
import { amounts } from '../helpers/amounts';
import { expectIssue } from '../helpers/errors';

describe('allocate', () => {
  it('splits the border plan 8:3 into the mines and the rest', () => {
    expect(amounts(allocate(money('1100000000', 'EUR'), [8, 3]))).toEqual(['800000000.00', '300000000.00']);
  });

  it('gives the leftover cent to the earliest of equal remainders', () => {
    expect(amounts(allocate(money('0.05', 'EUR'), [1, 1, 1]))).toEqual(['0.02', '0.02', '0.01']);
  });

  it('gives leftovers to the largest remainders, not the largest ratios (unlike Dinero.js)', () => {
    // Quotas 4.0, 3.3, 2.7: floors 4, 3, 2 leave 1, which goes to the 0.7 remainder.
    expect(amounts(allocate(money('10', 'EUR'), [40, 33, 27], { scale: 0 }), 0)).toEqual(['4', '3', '3']);
  });

  it('handles negative amounts symmetrically', () => {
    expect(amounts(allocate(money('-0.05', 'EUR'), [1, 1, 1]))).toEqual(['-0.02', '-0.02', '-0.01']);
  });

  it('accepts decimal, bigint and Decimal ratios and gives zero ratios nothing', () => {
    expect(amounts(allocate(money('100', 'EUR'), ['0.4', 33n, decimal('0.27'), 0]))).toEqual([
      // 0.4 : 33 : 0.27 : 0 — quotas 100·0.4/33.67 = 1.18800…, 98.01009…, 0.80190…, 0.
      '1.19',
      '98.01',
      '0.80',
      '0.00',
    ]);
  });

  it('rounds the total once, then splits the rounded total', () => {
    // 0.005 rounds half-even to 0.00, half-up to 0.01.
    expect(amounts(allocate(money('0.005', 'EUR'), [1, 1]))).toEqual(['0.00', '0.00']);
    expect(amounts(allocate(money('0.005', 'EUR'), [1, 1], { mode: 'half-up' }))).toEqual(['0.01', '0.00']);
  });

  it('works in the currency’s minor units or a given scale', () => {
    expect(amounts(allocate(money('1000', 'JPY'), [1, 1, 1]), 0)).toEqual(['334', '333', '333']);
    expect(amounts(allocate(money('1', 'KWD'), [1, 1, 1]), 3)).toEqual(['0.334', '0.333', '0.333']);
    expect(amounts(allocate(money('1', 'EUR'), [1, 2], { scale: 4 }), 4)).toEqual(['0.3333', '0.6667']);
  });

  it('splits into a thousand parts that add up', () => {
    const parts = allocate(
      money('1100000000', 'EUR'),
      Array.from({ length: 1000 }, (_, i) => i + 1),
    );
    const total = parts.reduce((acc, part) => acc.plus(part.amount), decimal(0));
    expect(total.toString()).toBe('1100000000');
  });

  it('keeps the currency', () => {
    expect(allocate(money('1', 'PLN'), [1])[0]?.currency).toBe('PLN');
  });

  it('rejects bad ratios with their index', () => {
    expectIssue(() => allocate(money('1', 'EUR'), []), 'invalid_ratios', ['ratios']);
    expectIssue(() => allocate(money('1', 'EUR'), [0, 0]), 'invalid_ratios', ['ratios']);
    expectIssue(() => allocate(money('1', 'EUR'), [1, -1]), 'invalid_ratios', ['ratios', 1]);
    expectIssue(() => allocate(money('1', 'EUR'), ['1', '-0.5']), 'invalid_ratios', ['ratios', 1]);
    expectIssue(() => allocate(money('1', 'EUR'), [1, 0.5]), 'unsafe_number', ['ratios', 1]);
    expectIssue(() => allocate(money('1', 'EUR'), ['a']), 'invalid_number', ['ratios', 0]);
    expectIssue(() => allocate(money('1', 'EUR'), 'abc' as never), 'invalid_ratios', ['ratios']);
    expectIssue(() => allocate(money('1', 'EUR'), [1], { scale: -2 }), 'invalid_scale', ['scale']);
  });
});
