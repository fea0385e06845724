import { ONE, type Decimal } from '../decimal/core';
import { fail } from '../errors/fail';
import { rateFor, type RatesByYear } from './rates';
import type { YearRange, YearSeries } from './types';
import { checkRange, checkYear } from './years';

/**
 * The {@link priceIndex} function options.
 *
 * @category Series
 * @example
 * ```ts
 * import type { PriceIndexOptions } from 'budget-whatif';
 * const in2024Prices: PriceIndexOptions = { base: 2024, range: { from: 2024, to: 2030 } };
 * ```
 */
export interface PriceIndexOptions {
  /** The year whose prices the index measures in: the index is 1 there. */
  readonly base: number;
  /** The years the index covers, the base among them. */
  readonly range: YearRange;
}

/**
 * A price index from yearly inflation (or deflator growth) rates, equal to 1 in a base year: P(y) =
 * P(y − 1) × (1 + π(y)), and backwards P(y − 1) = P(y) / (1 + π(y)).
 *
 * @param rates - inflation of each year, or a default; see {@link RatesByYear}.
 * @param options - the base year (index 1) and the range of years, which must include it.
 * @returns the index by year.
 * @throws {@link BudgetWhatIfError} `invalid_year`; `missing_year` when a year has no rate and there is no
 *   default; `out_of_range` for a rate of −100% or less.
 * @category Series
 * @example
 * ```ts
 * import { priceIndex } from 'budget-whatif';
 * const index = priceIndex({ default: '0.025', 2025: '0.034' }, { base: 2024, range: { from: 2024, to: 2026 } });
 * index[2026]?.toString(); // => '1.05985' (1.034 × 1.025)
 * ```
 */
export function priceIndex(rates: RatesByYear, options: PriceIndexOptions): YearSeries<Decimal> {
  const base = checkYear(options.base, ['base']);
  const { from, to } = checkRange(options.range, ['range']);
  if (base < from || base > to) {
    fail(
      'invalid_year',
      `the base year ${String(base)} is outside the range ${String(from)}–${String(to)}`,
      ['base'],
      base,
    );
  }
  const index: Record<number, Decimal> = {};
  index[base] = ONE;
  for (let year = base + 1; year <= to; year++)
    index[year] = (index[year - 1] as Decimal).times(ONE.plus(rateFor(rates, year, ['rates'])));
  for (let year = base - 1; year >= from; year--)
    index[year] = (index[year + 1] as Decimal).div(ONE.plus(rateFor(rates, year + 1, ['rates'])));
  // Years were filled outwards from the base; rebuild in ascending order for readers that iterate.
  const ordered: Record<number, Decimal> = {};
  for (let year = from; year <= to; year++) ordered[year] = index[year] as Decimal;
  return ordered;
}
