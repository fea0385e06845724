import type { Decimal } from '../../decimal/core';
import { exactMinus } from '../../decimal/exact';
import type { Money } from '../../money/core';
import { subtract } from '../../money/subtract';
import { keysOf, selected } from './select';
import type { FigureHistory, PublishedValue, VintageFilter } from './types';

/**
 * How a figure moved from one published value to the next on the same basis: both values, and the change
 * in what both state (the amount, the share of GDP, or both).
 *
 * @category Data
 * @example
 * ```ts
 * import { lithuania, revisions, type Revision } from 'budget-whatif';
 * const nato: readonly Revision[] = revisions(lithuania.history.defenceSpending, 2024, { basis: "NATO's definition" });
 * nato[0]?.shareChange?.toString(); // => '0.0023824852204292'
 * ```
 */
export interface Revision {
  /** The year (or key) of the figure. */
  readonly key: string;
  /** The earlier value. */
  readonly from: PublishedValue;
  /** The later value. */
  readonly to: PublishedValue;
  /** `to − from` in money, exactly, when both state an amount in the same currency. */
  readonly amountChange?: Money;
  /** The amount's change relative to `from` (0.1 is +10%), to 40 significant digits, when `from` is not zero. */
  readonly relativeChange?: Decimal;
  /** `to − from` in share of GDP, as a fraction (0.0091 is +0.91 percentage points), when both state one. */
  readonly shareChange?: Decimal;
  /** What both values count (their `basis`). */
  readonly basis: string;
}

/**
 * The revisions table of a figure: for a year (or key), or for every key the history has, each published
 * value beside the one before it on the same basis, with the change. Values on different bases (a
 * ministry's appropriations, NATO's definition) count different things, so one is never a revision of the
 * other: each basis is its own chain.
 *
 * @param history - the figure's history.
 * @param key - the year or key; every key, in the history's order, when omitted.
 * @param filter - only some stages or one basis; see {@link VintageFilter}.
 * @returns one row per consecutive pair of values of a basis; by key, then by the later value's date.
 * @throws {@link BudgetWhatIfError} as {@link vintages}.
 * @category Data
 * @example
 * ```ts
 * import { lithuania, revisions } from 'budget-whatif';
 * const amended = revisions(lithuania.history.defenceSpending, 2025, { basis: 'state budget: defence appropriations' });
 * amended.map((row) => row.amountChange?.amount.toString());
 * // => ['187700000', '461100000', '151200000']
 * ```
 */
export function revisions(history: FigureHistory, key?: number | string, filter?: VintageFilter): readonly Revision[] {
  const keys = key === undefined ? keysOf(history) : [key];
  return keys.flatMap((one) => pairs(String(one), selected(history, one, filter)));
}

/** Each value beside the one before it with the same basis, in the order of the later one. */
function pairs(key: string, values: readonly PublishedValue[]): Revision[] {
  return values.flatMap((to, index) => {
    const from = values.slice(0, index).findLast((value) => value.basis === to.basis);
    return from === undefined ? [] : [change(key, from, to)];
  });
}

function change(key: string, from: PublishedValue, to: PublishedValue): Revision {
  const [s, t] = [from.value.shareOfGdp, to.value.shareOfGdp];
  return {
    key,
    from,
    to,
    ...moneyChange(from.value.amount, to.value.amount),
    ...(s === undefined || t === undefined ? {} : { shareChange: exactMinus(t, s) }),
    basis: to.basis,
  };
}

/** The change in money, and relative to the earlier amount, when both values state one in one currency. */
function moneyChange(a: Money | undefined, b: Money | undefined): Pick<Revision, 'amountChange' | 'relativeChange'> {
  if (a === undefined || b?.currency !== a.currency) return {};
  const amountChange = subtract(b, a);
  return a.amount.isZero() ? { amountChange } : { amountChange, relativeChange: amountChange.amount.div(a.amount) };
}
