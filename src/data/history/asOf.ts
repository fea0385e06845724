import { fail, show } from '../../errors/fail';
import { lastDayOf, selected } from './select';
import type { FigureHistory, PublishedValue, VintageFilter } from './types';

/**
 * The value of a figure for a year (or key) as a reader could have known it on a date: the newest value
 * published on or before it. A value dated only by month or year counts from the last day of that month
 * or year, so that `asOf` never shows what might not yet have been published.
 *
 * @param history - the figure's history.
 * @param key - the year, or another key the history uses.
 * @param date - `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`: the end of that month or year), or a `Date` (its UTC day).
 * @param filter - only some stages or one basis; see {@link VintageFilter}.
 * @returns the value known on that date, or `undefined` when none had been published.
 * @throws {@link BudgetWhatIfError} `invalid_date` for a date that is not one; as {@link vintages} otherwise.
 * @category Data
 * @example
 * ```ts
 * import { asOf, lithuania } from 'budget-whatif';
 * const before = asOf(lithuania.history.defenceSpending, 2025, '2025-08-27', { basis: "NATO's definition" });
 * before; // => undefined
 * asOf(lithuania.history.defenceSpending, 2025, '2025-09-01', { basis: "NATO's definition" })?.value.shareOfGdp?.toString();
 * // => '0.04'
 * ```
 */
export function asOf(
  history: FigureHistory,
  key: number | string,
  date: string | Date,
  filter?: VintageFilter,
): PublishedValue | undefined {
  const day = lastDayOf(dayOf(date), ['date']);
  return selected(history, key, filter)
    .filter((value) => lastDayOf(value.date, ['date']) <= day)
    .at(-1);
}

function dayOf(date: unknown): unknown {
  if (!(date instanceof Date)) return date;
  if (Number.isNaN(date.getTime()))
    fail('invalid_date', `expected a valid Date, received ${show(String(date))}`, ['date'], String(date));
  return date.toISOString().slice(0, 10);
}
