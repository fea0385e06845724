import type { YearRange, YearSeries } from './types';
import { checkRange, checkYear } from './years';

/**
 * Build a year series over a range from a function of the year.
 *
 * @param range - the years, both ends included.
 * @param valueOf - the value of each year; called once per year, in order.
 * @returns the series.
 * @throws {@link BudgetWhatIfError} `invalid_year` for a bad or reversed range.
 * @category Series
 * @example
 * ```ts
 * import { decimal, yearSeries } from 'budget-whatif';
 * const share = yearSeries({ from: 2026, to: 2030 }, () => decimal('0.055'));
 * Object.keys(share); // => ['2026', '2027', '2028', '2029', '2030']
 * ```
 */
export function yearSeries<TValue>(range: YearRange, valueOf: (year: number) => TValue): YearSeries<TValue> {
  const { from, to } = checkRange(range, ['range']);
  const series: Record<number, TValue> = {};
  for (let year = from; year <= to; year++) series[year] = valueOf(year);
  return series;
}

/**
 * Build a year series from a record keyed by year (as numbers or as the strings JSON gives), checking
 * every key.
 *
 * @param record - values by year: `{ 2025: x, "2026": y }`.
 * @returns a fresh series with the same values.
 * @throws {@link BudgetWhatIfError} `invalid_year` (path `[key]`) for a key that is not a year.
 * @category Series
 * @example
 * ```ts
 * import { money, yearSeriesFrom } from 'budget-whatif';
 * const budgets = yearSeriesFrom({ '2024': money('2300000000', 'EUR'), '2026': money('4790000000', 'EUR') });
 * Object.keys(budgets); // => ['2024', '2026']
 * ```
 */
export function yearSeriesFrom<TValue>(record: Readonly<Record<number | string, TValue>>): YearSeries<TValue> {
  const series: Record<number, TValue> = {};
  for (const [key, value] of Object.entries(record)) {
    const year = checkYear(/^\d+$/.test(key) ? Number(key) : key, [key]);
    series[year] = value;
  }
  return series;
}
