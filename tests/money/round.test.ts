import { describe, expect, it } from 'vitest';
import { fromMinorUnits, money, round, toMinorUnits, type RoundingMode } from '../../src/index';
import { expectIssue } from '../helpers/errors';

describe('round', () => {
  // The table of RoundingMode's documentation: 2.5, −2.5 and 2.6 at scale 0.
  it.each([
    ['half-even', '2', '-2', '3'],
    ['half-up', '3', '-3', '3'],
    ['half-down', '2', '-2', '3'],
    ['up', '3', '-3', '3'],
    ['down', '2', '-2', '2'],
    ['ceil', '3', '-2', '3'],
    ['floor', '2', '-3', '2'],
  ] as const)('%s rounds 2.5, -2.5, 2.6 to %s, %s, %s', (mode: RoundingMode, a, b, c) => {
    const r = (x: string): string => round(money(x, 'EUR'), { scale: 0, mode }).amount.toString();
    expect([r('2.5'), r('-2.5'), r('2.6')]).toEqual([a, b, c]);
  });

  it('rounds to the currency’s minor units by default', () => {
    expect(round(money('0.125', 'EUR')).amount.toString()).toBe('0.12');
    expect(round(money('1234.5', 'JPY')).amount.toString()).toBe('1234');
    expect(round(money('1.23456', 'KWD')).amount.toString()).toBe('1.235');
  });

  it('rejects bad options', () => {
    expectIssue(() => round(money('1', 'EUR'), { scale: 101 }), 'invalid_scale', ['scale']);
    expectIssue(() => round(money('1', 'EUR'), { mode: 'HALF_EVEN' as never }), 'invalid_rounding_mode', ['mode']);
  });
});

describe('toMinorUnits and fromMinorUnits', () => {
  it('count cents, yen and fils', () => {
    expect(toMinorUnits(money('1100000000', 'EUR'))).toBe(110000000000n);
    expect(toMinorUnits(money('-0.05', 'EUR'))).toBe(-5n);
    expect(toMinorUnits(money('1234', 'JPY'))).toBe(1234n);
    expect(toMinorUnits(money('1.235', 'KWD'))).toBe(1235n);
    expect(fromMinorUnits(110000000000n, 'EUR').amount.toString()).toBe('1100000000');
    expect(fromMinorUnits(-5, 'EUR').amount.toString()).toBe('-0.05');
    expect(fromMinorUnits(1235, 'KWD').amount.toString()).toBe('1.235');
  });

  it('refuses a fraction of a cent unless told how to round', () => {
    expectIssue(() => toMinorUnits(money('0.125', 'EUR')), 'inexact_minor_units', ['value', 'amount']);
    expect(toMinorUnits(money('0.125', 'EUR'), { mode: 'half-even' })).toBe(12n);
    expect(toMinorUnits(money('0.125', 'EUR'), { mode: 'half-up' })).toBe(13n);
    expect(toMinorUnits(money('-0.125', 'EUR'), { mode: 'floor' })).toBe(-13n);
  });

  it('rejects a fractional or unsafe count', () => {
    expectIssue(() => fromMinorUnits(1.5, 'EUR'), 'unsafe_number', ['units']);
    expectIssue(() => fromMinorUnits(1, 'XYZ'), 'unknown_currency', ['currency']);
  });
});
