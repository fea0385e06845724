import type { YearRange, YearSeries } from './types';
import { checkRange } from './years';

/**
 * The part of a series within a range of years (the years it has there; missing years stay missing).
 *
 * @param series - the series.
 * @param range - the years to keep, both ends included.
 * @returns a new series.
 * @throws {@link BudgetWhatIfError} `invalid_year` for a bad or reversed range.
 * @category Series
 * @example
 * ```ts
 * import { decimal, sliceSeries, yearSeries } from 'budget-whatif';
 * const shares = yearSeries({ from: 2024, to: 2030 }, () => decimal('0.05'));
 * Object.keys(sliceSeries(shares, { from: 2026, to: 2027 })); // => ['2026', '2027']
 * ```
 */
export function sliceSeries<TValue>(series: YearSeries<TValue>, range: YearRange): YearSeries<TValue> {
  const { from, to } = checkRange(range, ['range']);
  const result: Record<number, TValue> = {};
  for (const [key, value] of Object.entries<TValue>(series)) {
    const year = Number(key);
    if (year >= from && year <= to) result[year] = value;
  }
  return result;
}
