// Rules of the series layer that mutation testing found no test pinning down: the ends of the year range,
// a base year at the ends of its range, mixing money and plain numbers, and every error's path and words.
import { describe, expect, it } from 'vitest';
import {
  cumulative,
  decimal,
  growthPath,
  money,
  priceIndex,
  sliceSeries,
  sumSeries,
  toConstantPrices,
  toNominalPrices,
  yearSeries,
  yearSeriesFrom,
  zipSeries,
} from '../../src/index';
import { expectIssue } from '../helpers/errors';

const eur = (amount: string) => money(amount, 'EUR');

describe('years: 1900 to 2200, both included', () => {
  it('the first and the last year are years; one beyond either is not', () => {
    expect(Object.keys(yearSeries({ from: 1900, to: 1901 }, () => 1))).toEqual(['1900', '1901']);
    expect(Object.keys(yearSeries({ from: 2199, to: 2200 }, () => 1))).toEqual(['2199', '2200']);
    expect(
      expectIssue(() => yearSeries({ from: 1899, to: 1900 }, () => 1), 'invalid_year', ['range', 'from']).message,
    ).toBe('[budget-whatif] range.from: expected a year from 1900 to 2200, received 1899');
    expectIssue(() => yearSeries({ from: 2200, to: 2201 }, () => 1), 'invalid_year', ['range', 'to']);
    expectIssue(() => yearSeries({ from: 2025.5, to: 2026 }, () => 1), 'invalid_year', ['range', 'from']);
    expectIssue(() => yearSeries({ from: '2025' as never, to: 2026 }, () => 1), 'invalid_year', ['range', 'from']);
  });

  it('a range is an object whose years run forwards; a range of one year is fine', () => {
    expect(expectIssue(() => yearSeries(null as never, () => 1), 'invalid_year', ['range']).message).toBe(
      '[budget-whatif] range: expected a range of years { from, to }',
    );
    expect(
      expectIssue(() => yearSeries({ from: 2030, to: 2025 }, () => 1), 'invalid_year', ['range', 'to']).message,
    ).toBe('[budget-whatif] range.to: the years run backwards: from 2030 to 2025');
    expect(Object.keys(yearSeries({ from: 2030, to: 2030 }, () => 1))).toEqual(['2030']);
  });

  it('keys are read as whole years, or refused with the key as the path', () => {
    expect(Object.keys(yearSeriesFrom({ '2025': 1, 2026: 2 }))).toEqual(['2025', '2026']);
    expectIssue(() => yearSeriesFrom({ '2025a': 1 }), 'invalid_year', ['2025a']);
    expectIssue(() => yearSeriesFrom({ a2025: 1 }), 'invalid_year', ['a2025']);
    expectIssue(() => yearSeriesFrom({ '20.25': 1 }), 'invalid_year', ['20.25']);
  });
});

describe('growthPath and priceIndex', () => {
  it('a path may end in its base year; one that ends before it is refused', () => {
    expect(growthPath({ year: 2025, value: eur('100') }, { default: '0.1' }, 2025)).toEqual({ 2025: eur('100') });
    expect(
      expectIssue(() => growthPath({ year: 2025, value: eur('100') }, { default: '0.1' }, 2024), 'invalid_year', ['to'])
        .message,
    ).toBe('[budget-whatif] to: the path would end (2024) before its base year (2025)');
    expectIssue(() => growthPath({ year: 1800, value: eur('100') }, { default: '0.1' }, 2025), 'invalid_year', [
      'base',
      'year',
    ]);
  });

  it('a rate of a year is its own; a missing one is the default, and the error says which', () => {
    const path = growthPath({ year: 2024, value: decimal(100) }, { 2025: '10%' }, 2025);
    expect(path[2025]?.toString()).toBe('110');
    expect(
      expectIssue(() => growthPath({ year: 2024, value: decimal(100) }, { 2025: '10%' }, 2026), 'missing_year', [
        'rates',
      ]).message,
    ).toBe('[budget-whatif] rates: no rate for 2026 and no default');
    expectIssue(() => growthPath({ year: 2024, value: decimal(100) }, { default: 'x' }, 2025), 'invalid_number', [
      'rates',
      'default',
    ]);
    expectIssue(
      () => growthPath({ year: 2024, value: decimal(100) }, { default: '0', 2025: 'x' }, 2025),
      'invalid_number',
      ['rates', 2025],
    );
    expect(
      expectIssue(() => growthPath({ year: 2024, value: decimal(100) }, { default: '-1' }, 2025), 'out_of_range', [
        'rates',
        'default',
      ]).message,
    ).toBe('[budget-whatif] rates.default: a rate of -100% would wipe out the value; rates must be above −100%');
  });

  it('the base year may be the first or the last of the range; outside it is refused', () => {
    expect(priceIndex({ default: '0.1' }, { base: 2024, range: { from: 2024, to: 2025 } })[2025]?.toString()).toBe(
      '1.1',
    );
    expect(priceIndex({ default: '0.1' }, { base: 2025, range: { from: 2024, to: 2025 } })[2024]?.toFixed(6)).toBe(
      '0.909091',
    );
    expect(
      expectIssue(
        () => priceIndex({ default: '0.1' }, { base: 2023, range: { from: 2024, to: 2025 } }),
        'invalid_year',
        ['base'],
      ).message,
    ).toBe('[budget-whatif] base: the base year 2023 is outside the range 2024–2025');
    expectIssue(() => priceIndex({ default: '0.1' }, { base: 2026, range: { from: 2024, to: 2025 } }), 'invalid_year', [
      'base',
    ]);
    expectIssue(() => priceIndex({ default: '0.1' }, { base: 1800, range: { from: 2024, to: 2025 } }), 'invalid_year', [
      'base',
    ]);
    expectIssue(() => priceIndex({ default: '0.1' }, { base: 2024, range: { from: 2025, to: 2024 } }), 'invalid_year', [
      'range',
      'to',
    ]);
  });
});

describe('prices, sums and pairs', () => {
  const index = { 2024: decimal(1), 2025: decimal('1.1') };

  it('constant and nominal prices name the index year that is missing or not positive', () => {
    expect(toNominalPrices({ 2025: eur('100') }, index, 2024)[2025]?.amount.toString()).toBe('110');
    expect(
      expectIssue(() => toConstantPrices({ 2026: eur('100') }, index, 2024), 'missing_year', ['index', 2026]).message,
    ).toBe('[budget-whatif] index[2026]: the price index has no value for 2026');
    expect(
      expectIssue(
        () => toConstantPrices({ 2025: eur('100') }, { 2024: decimal(1), 2025: decimal(0) }, 2024),
        'out_of_range',
        ['index', 2025],
      ).message,
    ).toBe('[budget-whatif] index[2025]: a price index must be positive, received 0 for 2025');
    expectIssue(() => toConstantPrices({ 2025: eur('100') }, index, 1800), 'invalid_year', ['baseYear']);
  });

  it('money and plain numbers do not mix; each error names the year', () => {
    const mixed = { 2025: eur('1'), 2026: decimal(1) } as never;
    expect(expectIssue(() => sumSeries(mixed), 'currency_mismatch', [2026]).message).toBe(
      '[budget-whatif] [2026]: cannot add a plain number to money',
    );
    const mixedOtherWay = { 2025: decimal(1), 2026: eur('1') } as never;
    expect(expectIssue(() => cumulative(mixedOtherWay), 'currency_mismatch', [2026]).message).toBe(
      '[budget-whatif] [2026]: cannot add money to a plain number',
    );
  });

  it('a sum checks the currency it was told to expect', () => {
    expect(sumSeries({ 2025: eur('1'), 2026: eur('2') }, { currency: 'EUR' }).amount.toString()).toBe('3');
    expect(expectIssue(() => sumSeries({ 2025: eur('1') }, { currency: 'USD' }), 'currency_mismatch').message).toBe(
      '[budget-whatif] expected a series in USD',
    );
    expectIssue(() => sumSeries({ 2025: decimal(1) }, { currency: 'EUR' }), 'currency_mismatch');
  });

  it('zipSeries names the series and the year that is missing', () => {
    expect(
      expectIssue(() => zipSeries({ 2025: 1 }, { 2026: 2 }, (a, b) => a + b), 'missing_year', ['b', 2025]).message,
    ).toBe('[budget-whatif] b[2025]: the second series has no value for 2025');
    expect(
      expectIssue(() => zipSeries({ 2025: 1 }, { 2025: 2, 2026: 2 }, (a, b) => a + b), 'missing_year', ['a', 2026])
        .message,
    ).toBe('[budget-whatif] a[2026]: the first series has no value for 2026');
  });

  it('slices by a checked range', () => {
    expect(sliceSeries({ 2024: 1, 2025: 2, 2026: 3 }, { from: 2025, to: 2026 })).toEqual({ 2025: 2, 2026: 3 });
    expectIssue(() => sliceSeries({ 2024: 1 }, { from: 2026, to: 2025 }), 'invalid_year', ['range', 'to']);
  });
});
