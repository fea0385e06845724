import { describe, expect, it } from 'vitest';
import {
  cumulative,
  decimal,
  growthPath,
  mapSeries,
  money,
  multiply,
  priceIndex,
  seriesYears,
  sliceSeries,
  sumSeries,
  toConstantPrices,
  toNominalPrices,
  yearSeries,
  yearSeriesFrom,
  yearsOf,
  zipSeries,
  type Decimal,
  type Money,
  type YearSeries,
} from '../../src/index';
import { expectIssue } from '../helpers/errors';

const eur = (amount: string): Money => money(amount, 'EUR');

describe('building year series', () => {
  it('from a range and a function, in year order', () => {
    const series = yearSeries({ from: 2026, to: 2030 }, (year) => year * 2);
    expect(Object.entries(series)).toEqual([
      ['2026', 4052],
      ['2027', 4054],
      ['2028', 4056],
      ['2029', 4058],
      ['2030', 4060],
    ]);
    expect(yearsOf({ from: 2026, to: 2028 })).toEqual([2026, 2027, 2028]);
  });

  it('from a record with number or string keys', () => {
    const series = yearSeriesFrom({ '2026': 'b', 2024: 'a' });
    expect(seriesYears(series)).toEqual([2024, 2026]);
  });

  it('rejects reversed ranges and keys that are not years', () => {
    expectIssue(() => yearSeries({ from: 2030, to: 2026 }, () => 1), 'invalid_year', ['range', 'to']);
    expectIssue(() => yearSeries({ from: 2025.5, to: 2026 }, () => 1), 'invalid_year', ['range', 'from']);
    expectIssue(() => yearSeriesFrom({ next: 1 }), 'invalid_year', ['next']);
    expectIssue(() => yearSeriesFrom({ 1850: 1 }), 'invalid_year', ['1850']);
    expectIssue(() => yearsOf({ from: 2026, to: 2025 }), 'invalid_year', ['to']);
  });
});

describe('transforming series', () => {
  it('map and zip', () => {
    const shares = { 2026: decimal('0.05'), 2027: decimal('0.06') };
    const gdp = { 2026: eur('89000000000'), 2027: eur('92000000000') };
    const spending = zipSeries(gdp, shares, (g, s) => multiply(g, s));
    expect(mapSeries(spending, (m) => m.amount.toString())).toEqual({ 2026: '4450000000', 2027: '5520000000' });
  });

  it('zip refuses series over different years', () => {
    expectIssue(() => zipSeries({ 2026: 1 }, { 2026: 1, 2027: 2 }, (a, b) => a + b), 'missing_year', ['a', 2027]);
    expectIssue(() => zipSeries({ 2026: 1, 2028: 3 }, { 2026: 1 }, (a, b) => a + b), 'missing_year', ['b', 2028]);
  });

  it('sum and cumulative add exactly', () => {
    const tenths = yearSeries({ from: 2025, to: 2034 }, () => eur('0.1'));
    expect(sumSeries(tenths).amount.toString()).toBe('1');
    const running = cumulative(tenths);
    expect(running[2034]?.amount.toString()).toBe('1');
    expect(running[2027]?.amount.toString()).toBe('0.3');
    expect(sumSeries({ 2025: decimal('0.5'), 2026: decimal('0.25') }).toString()).toBe('0.75');
    expect(sumSeries({}, { currency: 'EUR' }).currency).toBe('EUR');
    const noShares: YearSeries<Decimal> = {};
    expect(sumSeries(noShares).toString()).toBe('0');
    expectIssue(() => sumSeries({ 2025: eur('1'), 2026: money('1', 'USD') }), 'currency_mismatch', [2026]);
  });

  it('slice keeps the years asked for', () => {
    const shares = yearSeries({ from: 2024, to: 2030 }, () => decimal('0.05'));
    expect(seriesYears(sliceSeries(shares, { from: 2026, to: 2027 }))).toEqual([2026, 2027]);
  });
});

describe('growth paths', () => {
  it('compound exactly: 77.94bn × 1.03 × 1.02 in 2025', () => {
    // Nominal growth (1 + g)(1 + π) − 1 = 1.03 × 1.02 − 1 = 0.0506.
    const path = growthPath({ year: 2024, value: eur('77940000000') }, { default: '0.0506' }, 2026);
    expect(path[2025]?.amount.toString()).toBe('81883764000');
    // 81,883,764,000 × 1.0506 = 86,027,082,458.4 (checked with Python's decimal module).
    expect(path[2026]?.amount.toString()).toBe('86027082458.4');
  });

  it('use a year’s own rate before the default', () => {
    const path = growthPath({ year: 2024, value: decimal('100') }, { default: '0.03', 2025: '0.1' }, 2026);
    expect(mapSeries(path, (v) => v.toString())).toEqual({ 2024: '100', 2025: '110', 2026: '113.3' });
  });

  it('reject a missing rate, a rate of −100% or less, and a path that ends before it starts', () => {
    expectIssue(() => growthPath({ year: 2024, value: decimal('1') }, { 2025: '0.1' }, 2026), 'missing_year', [
      'rates',
    ]);
    expectIssue(() => growthPath({ year: 2024, value: decimal('1') }, { default: '-1' }, 2025), 'out_of_range', [
      'rates',
      'default',
    ]);
    expectIssue(
      () => growthPath({ year: 2024, value: decimal('1') }, { default: '0', 2025: '-1.5' }, 2025),
      'out_of_range',
      ['rates', 2025],
    );
    expectIssue(() => growthPath({ year: 2024, value: decimal('1') }, { default: '0' }, 2023), 'invalid_year', ['to']);
  });
});

describe('prices', () => {
  const index = priceIndex({ default: '0.025', 2025: '0.034' }, { base: 2024, range: { from: 2023, to: 2026 } });

  it('a price index is 1 in its base year and compounds both ways', () => {
    expect(index[2024]?.toString()).toBe('1');
    expect(index[2025]?.toString()).toBe('1.034');
    expect(index[2026]?.toString()).toBe('1.05985'); // 1.034 × 1.025
    // 1 / 1.025 = 0.975609756…
    expect(index[2023]?.toDecimalPlaces(9).toString()).toBe('0.975609756');
    expect(seriesYears(index)).toEqual([2023, 2024, 2025, 2026]);
  });

  it('constant and nominal prices are inverses, exact where the quotient terminates', () => {
    const nominal = { 2026: eur('1059850000') };
    const real = toConstantPrices(nominal, index, 2024);
    expect(real[2026]?.amount.toString()).toBe('1000000000');
    expect(toNominalPrices(real, index, 2024)[2026]?.amount.toString()).toBe('1059850000');
  });

  it('rejects an index without the year or the base year', () => {
    expectIssue(() => toConstantPrices({ 2030: eur('1') }, index, 2024), 'missing_year', ['index', 2030]);
    expectIssue(() => toNominalPrices({ 2025: eur('1') }, index, 2020), 'missing_year', ['index', 2020]);
    expectIssue(() => priceIndex({ default: '0' }, { base: 2030, range: { from: 2024, to: 2026 } }), 'invalid_year', [
      'base',
    ]);
    expectIssue(
      () => toConstantPrices({ 2025: eur('1') }, { 2025: decimal('0'), 2024: decimal('1') }, 2024),
      'out_of_range',
      ['index', 2025],
    );
  });
});
