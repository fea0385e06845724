// Honest averages (issue 13): a year the table covers in part is an error unless asked for, and then says
// so; a pair the table does not hold as is must say how it is derived. Expected values worked from
// data/raw/ecb-eurofxref-hist.csv with Python's decimal module (50 digits): 2026 has 70 EUR/USD rates,
// 2026-01-02 to 2026-04-13, mean 1.16962571428…; over 2025 the mean of daily USD/EUR (1 ÷ rate) is
// 0.886704520…, the inverse of the published 1.1300 is 0.884955752…; PLN averaged 4.2397 in 2025.
import { describe, expect, it } from 'vitest';
import { annualAverage } from '../../src/index';
import { ecb } from '../../src/entries/ecb';
import { expectIssue } from '../helpers/errors';

describe('annualAverage of a year the table covers in part', () => {
  it('is an error naming the days it covers', () => {
    const error = expectIssue(() => annualAverage(ecb, 'EUR', 'USD', 2026), 'partial_year', ['year']);
    expect(error.issues[0]?.message).toBe(
      'the table covers 2026 in part: 70 days of EUR/USD rates, 2026-01-02 to 2026-04-13; pass { partial: true } for their average, labelled partial',
    );
  });

  it('with partial, the mean of those days, labelled partial with its days and dates', () => {
    const average = annualAverage(ecb, 'EUR', 'USD', 2026, { partial: true, decimals: 'exact' });
    expect(average.rate.toFixed(20)).toBe('1.16962571428571428571');
    expect([average.days, average.first, average.last, average.partial]).toEqual([
      70,
      '2026-01-02',
      '2026-04-13',
      true,
    ]);
    expect(average.source?.title.endsWith('2026 average (partial)')).toBe(true);
    expect(average.note).toBe(
      'computed as the arithmetic mean of the 70 daily rates of 2026-01-02 to 2026-04-13 (partial: 2026 is not complete in the table)',
    );
    // Rounded as the ECB rounds: 1.1696.
    expect(annualAverage(ecb, 'EUR', 'USD', 2026, { partial: true }).rate.toString()).toBe('1.1696');
  });

  it('a complete year is not partial: 2014 from its first business day (2 January), 2025 to 31 December', () => {
    const in2014 = annualAverage(ecb, 'EUR', 'USD', 2014);
    expect([in2014.days, in2014.first, in2014.partial]).toEqual([255, '2014-01-02', false]);
    const in2025 = annualAverage(ecb, 'EUR', 'USD', 2025, { partial: true });
    expect([in2025.days, in2025.last, in2025.partial]).toEqual([255, '2025-12-31', false]);
    expect(in2025.source?.title.endsWith('2025 average')).toBe(true);
  });

  it('a year with no rates is still no_rate; a bad partial flag changes nothing else', () => {
    expectIssue(() => annualAverage(ecb, 'EUR', 'USD', 2013, { partial: true }), 'no_rate', ['year']);
  });
});

describe('annualAverage of a pair the table does not hold as is', () => {
  it('asks how to derive it, never silently choosing', () => {
    const error = expectIssue(() => annualAverage(ecb, 'USD', 'EUR', 2025), 'missing_field', ['derived']);
    expect(error.message).toContain('USD/EUR is not in the table as is (the inverse of EUR/USD)');
    expect(error.message).toContain('"mean-of-daily"');
    expect(error.message).toContain('"from-averages"');
    expectIssue(() => annualAverage(ecb, 'USD', 'PLN', 2025), 'missing_field', ['derived']);
    expectIssue(
      () => annualAverage(ecb, 'USD', 'EUR', 2025, { derived: 'inverse' as 'from-averages' }),
      'invalid_type',
      ['derived'],
    );
  });

  it('mean-of-daily: the mean of each day’s inverse, 0.88670; from-averages: 1 ÷ 1.1300 = 0.88496', () => {
    const daily = annualAverage(ecb, 'USD', 'EUR', 2025, { derived: 'mean-of-daily' });
    expect(daily.rate.toFixed(12)).toBe('0.886704520043');
    expect(daily.note).toContain('the arithmetic mean of the 255 daily rates (each the inverse of EUR/USD)');
    const inverted = annualAverage(ecb, 'USD', 'EUR', 2025, { derived: 'from-averages' });
    expect(inverted.rate.toFixed(12)).toBe('0.884955752212');
    expect(inverted.note).toContain('the inverse of EUR/USD of the annual averages as published');
  });

  it('a cross rate from the published averages: 4.2397 ÷ 1.1300 = 3.75195', () => {
    const cross = annualAverage(ecb, 'USD', 'PLN', 2025, { derived: 'from-averages', decimals: 5 });
    expect(cross.rate.toString()).toBe('3.75195');
  });

  it('a pair the table holds as is needs no derivation, and ignores one', () => {
    expect(annualAverage(ecb, 'EUR', 'USD', 2024, { derived: 'from-averages' }).rate.toString()).toBe('1.0824');
  });
});
