import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annualAverage, rateOn, rateTable } from '../../src/index';
import { ecb } from '../../src/entries/ecb';
import { expectIssue } from '../helpers/errors';

// The raw ECB file the embedded table was generated from, read here by a separate, naive parser.
const csv = readFileSync(path.join(import.meta.dirname, '..', '..', 'data', 'raw', 'ecb-eurofxref-hist.csv'), 'utf8');
const [header = '', ...lines] = csv.trim().split('\n');
const names = header.split(',');
const raw = new Map(lines.map((line) => [line.split(',')[0] ?? '', line.split(',')]));

describe('the embedded ECB table', () => {
  it('holds every reference date from 2014 to the end of the file', () => {
    const expected = [...raw.keys()].filter((date) => date >= '2014-01-01').sort();
    expect(ecb.dates).toEqual(expected);
    expect(ecb.dates.length).toBe(3141);
  });

  it('holds every rate exactly as the CSV prints it', () => {
    for (const code of ['USD', 'GBP', 'PLN', 'SEK', 'NOK', 'DKK', 'CHF', 'CZK', 'HUF', 'JPY']) {
      const column = names.indexOf(code);
      for (const date of ecb.dates) {
        const printed = raw.get(date)?.[column] ?? '';
        const rate = rateOn(ecb, 'EUR', code, date).rate;
        expect(rate.equals(printed), `${code} on ${date}`).toBe(true);
      }
    }
  });
});

describe('rateOn', () => {
  it('gives the rate of a reference date: EUR/USD on 5 May 2025 is 1.1343', () => {
    const rate = rateOn(ecb, 'EUR', 'USD', '2025-05-05');
    expect(rate.rate.toString()).toBe('1.1343');
    expect(rate.date).toBe('2025-05-05');
    expect(rate.source?.title).toContain('EXR.D.USD.EUR.SP00.A');
    expect(rate.source?.title).toContain('2025-05-05');
    expect(rate.note).toBeUndefined();
  });

  it('takes the previous reference date on a Saturday when asked, and says so', () => {
    const rate = rateOn(ecb, 'EUR', 'USD', '2025-05-03', { policy: 'previous' });
    expect([rate.date, rate.rate.toString()]).toEqual(['2025-05-02', '1.1343']);
    expect(rate.note).toBe(
      '2025-05-03 (a Saturday) has no reference rate; this is the rate of the previous reference date, 2025-05-02',
    );
  });

  it('refuses a Saturday with the exact policy, naming the previous reference date', () => {
    expect(() => rateOn(ecb, 'EUR', 'USD', '2025-05-03')).toThrowErrorMatchingInlineSnapshot(
      `[BudgetWhatIfError: [budget-whatif] date: 2025-05-03 (a Saturday) is not a reference date; the previous one is 2025-05-02: pass { policy: 'previous' } to use it]`,
    );
  });

  it('inverts and crosses through the euro', () => {
    // 1 / 1.1343 and 4.2543 / 1.1684, by hand to 6 decimals: 0.881601, 3.641133.
    expect(rateOn(ecb, 'USD', 'EUR', '2025-05-05').rate.toDecimalPlaces(6).toString()).toBe('0.881601');
    const usdPln = rateOn(ecb, 'USD', 'PLN', '2026-04-13');
    expect(usdPln.rate.toDecimalPlaces(6).toString()).toBe('3.641133');
    expect(usdPln.note).toContain('cross rate');
  });

  it('rejects dates outside the table, bad dates, unknown pairs and bad policies', () => {
    expectIssue(() => rateOn(ecb, 'EUR', 'USD', '2013-12-31'), 'no_rate', ['date']);
    expectIssue(() => rateOn(ecb, 'EUR', 'USD', '2026-12-01', { policy: 'previous' }), 'no_rate', ['date']);
    expectIssue(() => rateOn(ecb, 'EUR', 'USD', '2025-13-01'), 'invalid_date', ['date']);
    expectIssue(() => rateOn(ecb, 'EUR', 'TRY', '2025-05-05'), 'no_rate', ['quote']);
    expectIssue(() => rateOn(ecb, 'EUR', 'EUR', '2025-05-05'), 'currency_mismatch', ['quote']);
    expectIssue(() => rateOn(ecb, 'EUR', 'USD', '2025-05-05', { policy: 'nearest' as never }), 'out_of_range', [
      'policy',
    ]);
  });
});

describe('annualAverage', () => {
  // The annual means of facts.md §4, computed there from the same daily file, to 4 decimals.
  it.each([
    [2014, '1.3285'],
    [2015, '1.1095'],
    [2016, '1.1069'],
    [2017, '1.1297'],
    [2018, '1.1810'],
    [2019, '1.1195'],
    [2020, '1.1422'],
    [2021, '1.1827'],
    [2022, '1.0530'],
    [2023, '1.0813'],
    [2024, '1.0824'],
    [2025, '1.1300'],
  ])('EUR/USD %i is %s', (year, expected) => {
    expect(annualAverage(ecb, 'EUR', 'USD', year).rate.toFixed(4)).toBe(expected);
  });

  it('names the annual series and says how it was computed', () => {
    const rate = annualAverage(ecb, 'EUR', 'USD', 2025);
    expect(rate.date).toBe('2025');
    expect(rate.source?.title).toContain('EXR.A.USD.EUR.SP00.A');
    expect(rate.note).toContain('arithmetic mean of the 255 daily rates of 2025');
  });

  it('gives the exact mean on request', () => {
    const rate = annualAverage(ecb, 'EUR', 'USD', 2025, { decimals: 'exact' });
    expect(rate.rate.toDecimalPlaces(4).toString()).toBe('1.13');
    expect(rate.rate.decimalPlaces()).toBeGreaterThan(4);
  });

  it('averages daily cross rates, unrounded by default', () => {
    const rate = annualAverage(ecb, 'USD', 'PLN', 2025, { derived: 'mean-of-daily' });
    expect(rate.rate.decimalPlaces()).toBeGreaterThan(10);
    expect(rate.note).toContain('cross rate');
  });

  it('rejects years without rates and bad options', () => {
    expectIssue(() => annualAverage(ecb, 'EUR', 'USD', 2013), 'no_rate', ['year']);
    expectIssue(() => annualAverage(ecb, 'EUR', 'USD', 2025.5), 'out_of_range', ['year']);
    expectIssue(() => annualAverage(ecb, 'EUR', 'USD', 2025, { decimals: -1 }), 'out_of_range', ['decimals']);
  });
});

describe('rateTable', () => {
  const source = { publisher: 'Test', title: 'a small table' };

  it('builds a table from decimal strings', () => {
    const table = rateTable({
      base: 'EUR',
      source,
      dates: ['2025-05-05', '2025-05-06'],
      rates: { USD: ['1.1343', undefined] },
    });
    expect(rateOn(table, 'EUR', 'USD', '2025-05-06', { policy: 'previous' }).date).toBe('2025-05-05');
    expectIssue(() => rateOn(table, 'EUR', 'USD', '2025-05-06'), 'no_rate', ['date']);
  });

  it('rejects bad tables', () => {
    expectIssue(
      () => rateTable({ base: 'EUR', source, dates: ['2025-05-06', '2025-05-05'], rates: {} }),
      'invalid_date',
      ['dates', 1],
    );
    expectIssue(
      () => rateTable({ base: 'EUR', source, dates: ['2025-05-05'], rates: { USD: ['1', '2'] } }),
      'invalid_type',
      ['rates', 'USD'],
    );
    expectIssue(
      () => rateTable({ base: 'EUR', source, dates: ['2025-05-05'], rates: { USD: ['-1'] } }),
      'out_of_range',
      ['rates', 'USD', 0],
    );
    expectIssue(
      () => rateTable({ base: 'EUR', source, dates: ['2025-05-05'], rates: { XYZ: ['1'] } }),
      'unknown_currency',
      ['rates', 'XYZ'],
    );
  });
});
