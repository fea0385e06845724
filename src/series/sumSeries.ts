import { ZERO, type Decimal } from '../decimal/core';
import { fail } from '../errors/fail';
import { makeMoney, type Money } from '../money/core';
import { currencyOf, type CurrencyCode } from '../money/currencies';
import type { YearSeries } from './types';
import { isMoney } from '../money/core';
import { addValues } from './values';

/**
 * The {@link sumSeries} and {@link cumulative} function options.
 *
 * @category Series
 * @example
 * ```ts
 * import type { SumSeriesOptions } from 'budget-whatif';
 * const options: SumSeriesOptions = { currency: 'EUR' };
 * ```
 */
export interface SumSeriesOptions {
  /** The currency of an empty Money series' sum. */
  readonly currency?: CurrencyCode;
}

/**
 * Add up the values of a series, exactly: the total of 2026–2030 spending, of a plan's years.
 *
 * @param series - a series of Money (all one currency) or of Decimals.
 * @param options - the currency of an empty Money series; see {@link SumSeriesOptions}.
 * @returns the exact total: Money for a Money series, a Decimal otherwise (0 for an empty series
 *   without a currency).
 * @throws {@link BudgetWhatIfError} `currency_mismatch` (path `[year]`) when currencies differ.
 * @category Series
 * @example
 * ```ts
 * import { money, sumSeries } from 'budget-whatif';
 * sumSeries({ 2025: money('2400000000', 'EUR'), 2026: money('4790000000', 'EUR') }).amount.toString(); // => '7190000000'
 * ```
 */
export function sumSeries(series: YearSeries<Money>, options?: SumSeriesOptions): Money;
export function sumSeries(series: YearSeries<Decimal>, options?: SumSeriesOptions): Decimal;
export function sumSeries(series: YearSeries<Money | Decimal>, options: SumSeriesOptions = {}): Money | Decimal {
  let total: Money | Decimal | undefined;
  for (const [key, value] of Object.entries<Money | Decimal>(series)) {
    total = total === undefined ? value : addValues(total, value, [Number(key)]);
  }
  if (total === undefined)
    return options.currency === undefined ? ZERO : makeMoney(ZERO, currencyOf(options.currency).code);
  if (options.currency !== undefined && (!isMoney(total) || total.currency !== options.currency)) {
    fail('currency_mismatch', `expected a series in ${options.currency}`, []);
  }
  return total;
}
