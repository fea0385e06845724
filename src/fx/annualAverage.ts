import { D, ZERO, type Decimal } from '../decimal/core';
import { fail } from '../errors/fail';
import type { CurrencyCode } from '../money/currencies';
import { pairReader, seriesName } from './lookup';
import type { ExchangeRate, RateTable } from './types';

/**
 * The {@link annualAverage} function options.
 *
 * @category Exchange rates
 * @example
 * ```ts
 * import type { AnnualAverageOptions } from 'budget-whatif';
 * const unrounded: AnnualAverageOptions = { decimals: 'exact' };
 * ```
 */
export interface AnnualAverageOptions {
  /**
   * Decimal places of the result (rounded half-even), or `'exact'` for the mean at full precision.
   * Default: the decimals of the table's own rates for a pair it holds as is (4 for EUR/USD, as the ECB
   * publishes it); `'exact'` for inverses and cross rates.
   */
  readonly decimals?: number | 'exact';
}

/**
 * The arithmetic mean of a year's daily rates of a pair: how the ECB defines its annual averages
 * (series `EXR.A.USD.EUR.SP00.A` for the dollar).
 *
 * For an inverse or cross pair, it is the mean of the daily inverse or cross rates (not the inverse of
 * the mean).
 *
 * @param table - the rate table; `ecb` from `budget-whatif/ecb` for the ECB's.
 * @param base - the currency priced.
 * @param quote - the currency of the price.
 * @param year - the calendar year.
 * @param options - rounding; see {@link AnnualAverageOptions}.
 * @returns the average as a rate dated with the year, its source naming the series and the number of days.
 * @throws {@link BudgetWhatIfError} `no_rate` when the table has no rate for the pair in that year;
 *   `out_of_range` for a year that is not a whole number or bad `decimals`.
 * @category Exchange rates
 * @example
 * ```ts
 * import { annualAverage } from 'budget-whatif';
 * import { ecb } from 'budget-whatif/ecb';
 * annualAverage(ecb, 'EUR', 'USD', 2024).rate.toString(); // => '1.0824'
 * annualAverage(ecb, 'EUR', 'USD', 2025).rate.toFixed(4); // => '1.1300'
 * ```
 */
export function annualAverage(
  table: RateTable,
  base: CurrencyCode,
  quote: CurrencyCode,
  year: number,
  options: AnnualAverageOptions = {},
): ExchangeRate {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    fail('out_of_range', `expected a four-digit year, received ${String(year)}`, ['year'], year);
  }
  const reader = pairReader(table, base, quote);
  const prefix = `${String(year)}-`;
  let total: Decimal = ZERO;
  let days = 0;
  table.dates.forEach((date, row) => {
    if (!date.startsWith(prefix)) return;
    const rate = reader.at(row);
    if (rate === undefined) return;
    total = total.plus(rate);
    days++;
  });
  if (days === 0) {
    return fail('no_rate', `the table has no ${reader.base}/${reader.quote} rates in ${String(year)}`, ['year'], year);
  }
  const decimals = options.decimals ?? reader.direct?.decimals ?? 'exact';
  if (decimals !== 'exact' && (!Number.isInteger(decimals) || decimals < 0 || decimals > 40)) {
    fail(
      'out_of_range',
      `decimals must be a whole number from 0 to 40 or "exact", received ${String(decimals)}`,
      ['decimals'],
      decimals,
    );
  }
  const mean = total.div(new D(days));
  const rate = decimals === 'exact' ? mean : mean.toDecimalPlaces(decimals, D.ROUND_HALF_EVEN);
  const series = seriesName(table, 'annual', reader.base, reader.quote);
  const how = `the arithmetic mean of the ${String(days)} daily rates of ${String(year)} in the table${
    reader.derivation === '' ? '' : ` (each ${reader.derivation})`
  }${decimals === 'exact' ? '' : `, rounded half-even to ${String(decimals)} decimals`}`;
  return {
    base: reader.base,
    quote: reader.quote,
    rate,
    date: String(year),
    source: {
      ...table.source,
      title: `${table.source.title}${series === undefined ? '' : `, series ${series}`}, ${String(year)} average`,
      quoted: rate.toString(),
      note: `computed as ${how}`,
    },
    note: `computed as ${how}`,
  };
}
