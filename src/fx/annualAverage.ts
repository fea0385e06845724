import { D, ONE, ZERO, type Decimal } from '../decimal/core';
import { fail, show } from '../errors/fail';
import type { CurrencyCode } from '../money/currencies';
import { pairReader, seriesName, type PairReader } from './lookup';
import type { ExchangeRate, RateTable } from './types';

/**
 * The {@link annualAverage} function options.
 *
 * @category Exchange rates
 * @example
 * ```ts
 * import type { AnnualAverageOptions } from 'budget-whatif';
 * const soFar: AnnualAverageOptions = { partial: true, decimals: 'exact' };
 * ```
 */
export interface AnnualAverageOptions {
  /**
   * Decimal places of the result (rounded half-even), or `'exact'` for the mean at full precision.
   * Default: the decimals of the table's own rates for a pair it holds as is (4 for EUR/USD, as the ECB
   * publishes it); `'exact'` for inverses and cross rates.
   */
  readonly decimals?: number | 'exact';
  /**
   * Accept a year the table covers only in part (the current year, or the table's first or last), and
   * average the days it has; the result says how many, from when to when. Default: `false`, and such a
   * year is a `partial_year` error.
   */
  readonly partial?: boolean;
  /**
   * For a pair the table does not hold as is (an inverse such as USD/EUR, or a cross such as USD/PLN),
   * how to derive it, which must be said, because the two differ in the fourth or fifth digit:
   * `'mean-of-daily'`, the mean of each day's inverse or cross rate; `'from-averages'`, the inverse or
   * cross of the table's annual averages as published (rounded to the table's decimals), what a reader
   * who divides by the published 1.1300 gets.
   */
  readonly derived?: 'mean-of-daily' | 'from-averages';
}

/**
 * An annual average: an {@link ExchangeRate} dated with the year, with the days it covers.
 *
 * @category Exchange rates
 * @example
 * ```ts
 * import { annualAverage, type AnnualAverage } from 'budget-whatif';
 * import { ecb } from 'budget-whatif/ecb';
 * const average: AnnualAverage = annualAverage(ecb, 'EUR', 'USD', 2025);
 * average.days; // => 255
 * ```
 */
export interface AnnualAverage extends ExchangeRate {
  /** The number of daily rates averaged. */
  readonly days: number;
  /** The first date averaged. */
  readonly first: string;
  /** The last date averaged. */
  readonly last: string;
  /** Whether the table covers the year only in part (only with `partial: true`). */
  readonly partial: boolean;
}

/**
 * The arithmetic mean of a year's daily rates of a pair: how the ECB defines its annual averages
 * (series `EXR.A.USD.EUR.SP00.A` for the dollar).
 *
 * A year counts as complete when the table has a rate in its first week (on or before 7 January) and in
 * its last (on or after 24 December); any other year is an error unless `partial` is asked for. A pair the
 * table does not hold as is (an inverse or a cross) needs `derived`: the mean of daily inverses and the
 * inverse of the mean differ, and neither is silently chosen.
 *
 * @param table - the rate table; `ecb` from `budget-whatif/ecb` for the ECB's.
 * @param base - the currency priced.
 * @param quote - the currency of the price.
 * @param year - the calendar year.
 * @param options - rounding, partial years and derived pairs; see {@link AnnualAverageOptions}.
 * @returns the average as a rate dated with the year, its source naming the series, the days and the dates.
 * @throws {@link BudgetWhatIfError} `no_rate` when the table has no rate for the pair in that year;
 *   `partial_year` for a year the table covers in part, naming the days; `missing_field` for a derived pair
 *   without `derived`; `out_of_range` for a year that is not a whole number or bad `decimals`.
 * @category Exchange rates
 * @example
 * ```ts
 * import { annualAverage } from 'budget-whatif';
 * import { ecb } from 'budget-whatif/ecb';
 * annualAverage(ecb, 'EUR', 'USD', 2024).rate.toString(); // => '1.0824'
 * annualAverage(ecb, 'EUR', 'USD', 2025).rate.toFixed(4); // => '1.1300'
 * annualAverage(ecb, 'EUR', 'USD', 2026); // throws: partial_year, the table covers 2026 in part: 70 days
 * annualAverage(ecb, 'EUR', 'USD', 2026, { partial: true }).days; // => 70
 * annualAverage(ecb, 'USD', 'EUR', 2025, { derived: 'from-averages', decimals: 4 }).rate.toString(); // => '0.885'
 * ```
 */
export function annualAverage(
  table: RateTable,
  base: CurrencyCode,
  quote: CurrencyCode,
  year: number,
  options: AnnualAverageOptions = {},
): AnnualAverage {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    fail('out_of_range', `expected a four-digit year, received ${String(year)}`, ['year'], year);
  }
  const reader = pairReader(table, base, quote);
  const derived = derivedOption(reader, options.derived);
  const covered = coverage(table, reader, year);
  const complete = covered.first <= `${String(year)}-01-07` && covered.last >= `${String(year)}-12-24`;
  if (!complete && options.partial !== true)
    fail(
      'partial_year',
      `the table covers ${String(year)} in part: ${String(covered.days)} days of ${reader.base}/${reader.quote} rates, ${covered.first} to ${covered.last}; pass { partial: true } for their average, labelled partial`,
      ['year'],
      year,
    );
  const decimals = options.decimals ?? reader.direct?.decimals ?? 'exact';
  if (decimals !== 'exact' && (!Number.isInteger(decimals) || decimals < 0 || decimals > 40)) {
    fail(
      'out_of_range',
      `decimals must be a whole number from 0 to 40 or "exact", received ${String(decimals)}`,
      ['decimals'],
      decimals,
    );
  }
  const mean = derived === 'from-averages' ? fromAverages(table, reader, year) : covered.total.div(new D(covered.days));
  const rate = decimals === 'exact' ? mean : mean.toDecimalPlaces(decimals, D.ROUND_HALF_EVEN);
  const series = seriesName(table, 'annual', reader.base, reader.quote);
  const span = complete
    ? String(year)
    : `${covered.first} to ${covered.last} (partial: ${String(year)} is not complete in the table)`;
  const how = `${describeMean(reader, derived, covered.days)} of ${span}${
    decimals === 'exact' ? '' : `, rounded half-even to ${String(decimals)} decimals`
  }`;
  return {
    base: reader.base,
    quote: reader.quote,
    rate,
    date: String(year),
    source: {
      ...table.source,
      title: `${table.source.title}${series === undefined ? '' : `, series ${series}`}, ${String(year)} average${complete ? '' : ' (partial)'}`,
      quoted: rate.toString(),
      note: `computed as ${how}`,
    },
    note: `computed as ${how}`,
    days: covered.days,
    first: covered.first,
    last: covered.last,
    partial: !complete,
  };
}

/** The rows of a year with a rate: how many, the first and last dates, and their sum. */
function coverage(
  table: RateTable,
  reader: PairReader,
  year: number,
): { days: number; first: string; last: string; total: Decimal } {
  const prefix = `${String(year)}-`;
  let total: Decimal = ZERO;
  let days = 0;
  let first = '';
  let last = '';
  table.dates.forEach((date, row) => {
    if (!date.startsWith(prefix)) return;
    const rate = reader.at(row);
    if (rate === undefined) return;
    total = total.plus(rate);
    days++;
    if (first === '') first = date;
    last = date;
  });
  if (days === 0) {
    return fail('no_rate', `the table has no ${reader.base}/${reader.quote} rates in ${String(year)}`, ['year'], year);
  }
  return { days, first, last, total };
}

/** The derivation asked for, required for a pair the table does not hold as is. */
function derivedOption(reader: PairReader, derived: unknown): 'mean-of-daily' | 'from-averages' | undefined {
  if (derived !== undefined && derived !== 'mean-of-daily' && derived !== 'from-averages')
    return fail(
      'invalid_type',
      `derived is "mean-of-daily" or "from-averages", received ${show(derived)}`,
      ['derived'],
      derived,
    );
  if (reader.direct !== undefined) return undefined;
  if (derived === undefined)
    return fail(
      'missing_field',
      `${reader.base}/${reader.quote} is not in the table as is (${reader.derivation}): say how to average it, { derived: "mean-of-daily" } (the mean of each day's rate) or { derived: "from-averages" } (from the table's published annual averages)`,
      ['derived'],
    );
  return derived;
}

/** The inverse or cross of the table's annual averages, each rounded to its column's decimals as published. */
function fromAverages(table: RateTable, reader: PairReader, year: number): Decimal {
  const published = (code: CurrencyCode): Decimal => {
    if (code === table.base) return ONE;
    const column = pairReader(table, table.base, code);
    const { total, days } = coverage(table, column, year);
    return total.div(new D(days)).toDecimalPlaces(column.direct?.decimals ?? 40, D.ROUND_HALF_EVEN);
  };
  return published(reader.quote).div(published(reader.base));
}

function describeMean(
  reader: PairReader,
  derived: 'mean-of-daily' | 'from-averages' | undefined,
  days: number,
): string {
  if (derived === 'from-averages')
    return `${reader.derivation.replace(/^the (inverse|cross rate)/, 'the $1')} of the annual averages as published (each the mean of ${String(days)} daily rates, rounded to the table's decimals)`;
  return `the arithmetic mean of the ${String(days)} daily rates${reader.derivation === '' ? '' : ` (each ${reader.derivation})`}`;
}
