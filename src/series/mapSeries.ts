import type { YearSeries } from './types';

/**
 * Transform every value of a series, keeping its years.
 *
 * @param series - the series.
 * @param transform - the new value from the old value and its year.
 * @returns a new series over the same years.
 * @category Series
 * @example
 * ```ts
 * import { decimal, mapSeries } from 'budget-whatif';
 * const percent = mapSeries({ 2026: decimal('0.0538') }, (share) => share.times(100));
 * percent[2026]?.toString(); // => '5.38'
 * ```
 */
export function mapSeries<TValue, TResult>(
  series: YearSeries<TValue>,
  transform: (value: TValue, year: number) => TResult,
): YearSeries<TResult> {
  const result: Record<number, TResult> = {};
  for (const [key, value] of Object.entries<TValue>(series)) result[Number(key)] = transform(value, Number(key));
  return result;
}
