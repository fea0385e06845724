import type { Decimal } from '../decimal/core';
import { fail } from '../errors/fail';
import type { Money } from '../money/core';
import type { YearSeries } from './types';
import { rescaleValue } from './values';
import { checkYear, seriesYears } from './years';

/**
 * Express a series in constant prices of a base year: value(y) × P(base) / P(y).
 *
 * @param series - values in current (nominal) prices.
 * @param index - a price index (or deflator) covering every year of the series and the base year.
 * @param baseYear - the year whose prices to use.
 * @returns the series in prices of `baseYear`, unrounded.
 * @throws {@link BudgetWhatIfError} `missing_year` (path `index[year]`) when the index lacks a year;
 *   `invalid_year`.
 * @category Series
 * @example
 * ```ts
 * import { decimal, money, toConstantPrices } from 'budget-whatif';
 * const real = toConstantPrices({ 2026: money('1050000000', 'EUR') }, { 2025: decimal('1'), 2026: decimal('1.05') }, 2025);
 * real[2026]?.amount.toString(); // => '1000000000'
 * ```
 */
export function toConstantPrices<TValue extends Money | Decimal>(
  series: YearSeries<TValue>,
  index: YearSeries<Decimal>,
  baseYear: number,
): YearSeries<TValue> {
  return rebase(series, index, baseYear, 'constant');
}

/**
 * Express a series given in constant prices of a base year in current (nominal) prices: value(y) ×
 * P(y) / P(base). The inverse of {@link toConstantPrices}.
 *
 * @param series - values in prices of `baseYear`.
 * @param index - a price index (or deflator) covering every year of the series and the base year.
 * @param baseYear - the year whose prices the series is in.
 * @returns the series in current prices, unrounded.
 * @throws {@link BudgetWhatIfError} `missing_year` (path `index[year]`); `invalid_year`.
 * @category Series
 * @example
 * ```ts
 * import { decimal, money, toNominalPrices } from 'budget-whatif';
 * const nominal = toNominalPrices({ 2026: money('1000000000', 'EUR') }, { 2025: decimal('1'), 2026: decimal('1.05') }, 2025);
 * nominal[2026]?.amount.toString(); // => '1050000000'
 * ```
 */
export function toNominalPrices<TValue extends Money | Decimal>(
  series: YearSeries<TValue>,
  index: YearSeries<Decimal>,
  baseYear: number,
): YearSeries<TValue> {
  return rebase(series, index, baseYear, 'nominal');
}

/** A year's level in a price index: present and positive, or an error naming the year. @internal */
export function priceLevel(index: YearSeries<Decimal>, year: number): Decimal {
  const value = Object.hasOwn(index, year) ? index[year] : undefined;
  if (value === undefined)
    return fail('missing_year', `the price index has no value for ${String(year)}`, ['index', year]);
  if (!value.gt(0))
    return fail('out_of_range', `a price index must be positive, received ${value.toString()} for ${String(year)}`, [
      'index',
      year,
    ]);
  return value;
}

function rebase<TValue extends Money | Decimal>(
  series: YearSeries<TValue>,
  index: YearSeries<Decimal>,
  baseYear: number,
  to: 'constant' | 'nominal',
): YearSeries<TValue> {
  const base = checkYear(baseYear, ['baseYear']);
  const baseLevel = priceLevel(index, base);
  const result: Record<number, TValue> = {};
  for (const year of seriesYears(series)) {
    const yearLevel = priceLevel(index, year);
    result[year] =
      to === 'constant'
        ? rescaleValue(series[year] as TValue, baseLevel, yearLevel)
        : rescaleValue(series[year] as TValue, yearLevel, baseLevel);
  }
  return result;
}
