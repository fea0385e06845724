import { selected } from './select';
import type { FigureHistory, PublishedValue, VintageFilter } from './types';

/**
 * Every published value of a figure for a year (or key), oldest first: the budget as announced, proposed,
 * approved and amended, then the statisticians' estimate and outturn, each with its date, basis and
 * source. Values with the same date keep the order the history gives them.
 *
 * @param history - the figure's history, such as `lithuania.history.defenceSpending`.
 * @param key - the year (`2025`), or another key the history uses (`'total'`).
 * @param filter - only some stages or one basis; see {@link VintageFilter}.
 * @returns the values, oldest first; empty when nothing was published for the key.
 * @throws {@link BudgetWhatIfError} `invalid_type` for a history, key or filter of the wrong shape;
 *   `unknown_id` for a stage that is not one of {@link STAGES}.
 * @category Data
 * @example
 * ```ts
 * import { lithuania, vintages } from 'budget-whatif';
 * vintages(lithuania.history.defenceSpending, 2025, { stage: ['approved', 'amended', 'estimate'] })
 *   .map((v) => `${v.date} ${v.stage}`)
 *   .slice(0, 3);
 * // => ['2024-12-19 approved', '2024-12-19 approved', '2025-01-07 approved']
 * ```
 */
export function vintages(
  history: FigureHistory,
  key: number | string,
  filter?: VintageFilter,
): readonly PublishedValue[] {
  return selected(history, key, filter);
}
