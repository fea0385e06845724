import type { Decimal } from '../decimal/core';
import { ONE } from '../decimal/core';
import { fail } from '../errors/fail';
import type { Money } from '../money/core';
import { rateFor, type RatesByYear } from './rates';
import type { YearSeries } from './types';
import { scaleValue } from './values';
import { checkYear } from './years';

/**
 * A value in a year: where a {@link growthPath} starts.
 *
 * @typeParam TValue - Money or a Decimal.
 * @category Series
 * @example
 * ```ts
 * import { money, type Money, type YearValue } from 'budget-whatif';
 * const gdp2024: YearValue<Money> = { year: 2024, value: money('77940000000', 'EUR') };
 * ```
 */
export interface YearValue<TValue> {
  /** The year. */
  readonly year: number;
  /** The value in that year. */
  readonly value: TValue;
}

/**
 * Compound a base year's value forward with yearly rates: value(y) = value(y − 1) × (1 + rate(y)).
 *
 * Exact: each step multiplies decimals (results beyond {@link DECIMAL_PRECISION} digits are rounded at
 * the 40th). A GDP path from real growth and a deflator compounds at `(1 + g)(1 + π) − 1`; see
 * `gdpPath` in the economy layer for that.
 *
 * @param base - the base year and its value (Money or a Decimal).
 * @param rates - the rate of each later year, or a default; see {@link RatesByYear}.
 * @param to - the last year, not before the base year.
 * @returns the series from the base year to `to`.
 * @throws {@link BudgetWhatIfError} `invalid_year`; `missing_year` (path `rates`) when a year has no rate
 *   and there is no default; `out_of_range` for a rate of −100% or less.
 * @category Series
 * @example
 * ```ts
 * import { growthPath, money } from 'budget-whatif';
 * const path = growthPath({ year: 2024, value: money('77940000000', 'EUR') }, { default: '0.0506' }, 2025);
 * path[2025]?.amount.toString(); // => '81883764000' (77.94bn × 1.0506: 3% real growth and a 2% deflator)
 * ```
 */
export function growthPath<TValue extends Money | Decimal>(
  base: YearValue<TValue>,
  rates: RatesByYear,
  to: number,
): YearSeries<TValue> {
  const from = checkYear(base.year, ['base', 'year']);
  const last = checkYear(to, ['to']);
  if (last < from)
    fail('invalid_year', `the path would end (${String(last)}) before its base year (${String(from)})`, ['to'], to);
  const result: Record<number, TValue> = { [from]: base.value };
  let value = base.value;
  for (let year = from + 1; year <= last; year++) {
    value = scaleValue(value, ONE.plus(rateFor(rates, year, ['rates'])));
    result[year] = value;
  }
  return result;
}
