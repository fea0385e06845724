import { selected } from './select';
import type { FigureHistory, PublishedValue, VintageFilter } from './types';

/**
 * The most recently published value of a figure for a year (or key): what the figure stands at now, as
 * far as the history knows.
 *
 * @param history - the figure's history.
 * @param key - the year, or another key the history uses.
 * @param filter - only some stages or one basis; see {@link VintageFilter}.
 * @returns the newest value, or `undefined` when nothing was published for the key.
 * @throws {@link BudgetWhatIfError} as {@link vintages}.
 * @category Data
 * @example
 * ```ts
 * import { latest, lithuania } from 'budget-whatif';
 * latest(lithuania.history.defenceSpending, 2024)?.value.shareOfGdp?.toString(); // => '0.03087800111'
 * ```
 */
export function latest(
  history: FigureHistory,
  key: number | string,
  filter?: VintageFilter,
): PublishedValue | undefined {
  return selected(history, key, filter).at(-1);
}
