/**
 * Values by year: `{ 2025: …, 2026: … }`. Integer keys iterate in ascending order in JavaScript, so a
 * year series is read in year order; it is a plain object that survives `JSON.stringify` (years become
 * string keys there). Build one with {@link yearSeries} or {@link yearSeriesFrom}.
 *
 * @typeParam TValue - what each year holds: Money, a Decimal, a row of a table…
 * @category Series
 * @example
 * ```ts
 * import { money, type Money, type YearSeries } from 'budget-whatif';
 * const budgets: YearSeries<Money> = { 2024: money('2300000000', 'EUR'), 2026: money('4790000000', 'EUR') };
 * ```
 */
export type YearSeries<TValue> = Readonly<Record<number, TValue>>;

/**
 * A span of years, both ends included.
 *
 * @category Series
 * @example
 * ```ts
 * import type { YearRange } from 'budget-whatif';
 * const decade: YearRange = { from: 2025, to: 2034 };
 * ```
 */
export interface YearRange {
  /** The first year. */
  readonly from: number;
  /** The last year, not before `from`. */
  readonly to: number;
}
