import { addBounds, makeInterval } from './bounds';
import { sameKind, withCurrency } from './combine';
import type { Interval, MoneyInterval } from './types';

/**
 * Subtract one interval from another: every difference, `[a.lo − b.hi, a.hi − b.lo]`.
 *
 * @param a - the interval to subtract from.
 * @param b - the interval to subtract, of the same kind.
 * @returns the interval of differences.
 * @throws {@link BudgetWhatIfError} `currency_mismatch` as {@link addIntervals}.
 * @category Quotes
 * @example
 * ```ts
 * import { moneyInterval, subtractIntervals } from 'budget-whatif';
 * // "1.1 billion" minus "800 million", both as printed: what is left for the other measures.
 * const rest = subtractIntervals(moneyInterval('1050000000', '1150000000', 'EUR'), moneyInterval('799500000', '800500000', 'EUR'));
 * [rest.lo.toString(), rest.hi.toString()]; // => ['249500000', '350500000']
 * ```
 */
export function subtractIntervals(a: MoneyInterval, b: MoneyInterval): MoneyInterval;
export function subtractIntervals(a: Interval, b: Interval): Interval;
export function subtractIntervals(a: Interval, b: Interval): Interval {
  const currency = sameKind(a, b);
  const result = makeInterval(
    addBounds(a.lo, b.hi.negated(), 'floor'),
    addBounds(a.hi, b.lo.negated(), 'ceil'),
    a.loOpen || b.hiOpen,
    a.hiOpen || b.loOpen,
  );
  return withCurrency(result, currency);
}
