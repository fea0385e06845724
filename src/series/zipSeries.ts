import { fail } from '../errors/fail';
import type { YearSeries } from './types';
import { seriesYears } from './years';

/**
 * Combine two series over the same years, year by year: a share times GDP, a budget minus a target.
 *
 * @param a - the first series.
 * @param b - the second series, over exactly the same years.
 * @param combine - the new value from both values and the year.
 * @returns a new series over those years.
 * @throws {@link BudgetWhatIfError} `missing_year` (path `b[year]` or `a[year]`) when a year is in one series only.
 * @category Series
 * @example
 * ```ts
 * import { decimal, money, multiply, zipSeries } from 'budget-whatif';
 * const gdp = { 2026: money('89000000000', 'EUR') };
 * const share = { 2026: decimal('0.0538') };
 * zipSeries(gdp, share, (g, s) => multiply(g, s))[2026]?.amount.toString(); // => '4788200000'
 * ```
 */
export function zipSeries<TLeft, TRight, TResult>(
  a: YearSeries<TLeft>,
  b: YearSeries<TRight>,
  combine: (left: TLeft, right: TRight, year: number) => TResult,
): YearSeries<TResult> {
  const result: Record<number, TResult> = {};
  for (const year of seriesYears(a)) {
    if (!Object.hasOwn(b, year))
      fail('missing_year', `the second series has no value for ${String(year)}`, ['b', year]);
    result[year] = combine(a[year] as TLeft, b[year] as TRight, year);
  }
  for (const year of seriesYears(b)) {
    if (!Object.hasOwn(a, year)) fail('missing_year', `the first series has no value for ${String(year)}`, ['a', year]);
  }
  return result;
}
