import type { Decimal } from '../decimal/core';
import type { Money } from '../money/core';
import type { YearSeries } from './types';
import { addValues } from './values';

/**
 * Running totals of a series: each year holds the sum of that year and every earlier one.
 *
 * @param series - a series of Money (one currency) or of Decimals.
 * @returns the cumulative series over the same years; its last value is the {@link sumSeries}.
 * @throws {@link BudgetWhatIfError} `currency_mismatch` (path `[year]`) when currencies differ.
 * @category Series
 * @example
 * ```ts
 * import { cumulative, money, yearSeries } from 'budget-whatif';
 * const spent = cumulative(yearSeries({ from: 2025, to: 2027 }, () => money('110000000', 'EUR')));
 * spent[2027]?.amount.toString(); // => '330000000'
 * ```
 */
export function cumulative(series: YearSeries<Money>): YearSeries<Money>;
export function cumulative(series: YearSeries<Decimal>): YearSeries<Decimal>;
export function cumulative(series: YearSeries<Money | Decimal>): YearSeries<Money | Decimal> {
  const result: Record<number, Money | Decimal> = {};
  let running: Money | Decimal | undefined;
  for (const [key, value] of Object.entries<Money | Decimal>(series)) {
    running = running === undefined ? value : addValues(running, value, [Number(key)]);
    result[Number(key)] = running;
  }
  return result;
}
