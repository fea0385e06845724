import { addBounds, makeInterval } from './bounds';
import { sameKind, withCurrency } from './combine';
import type { Interval, MoneyInterval } from './types';

/**
 * Add two intervals: every sum of a value from each, `[a.lo + b.lo, a.hi + b.hi]`.
 *
 * An end is open when either end it comes from is open. Two money intervals must share their currency.
 *
 * @param a - the first interval.
 * @param b - the second interval, of the same kind (both plain, or both in the same currency).
 * @returns the interval of sums.
 * @throws {@link BudgetWhatIfError} `currency_mismatch` when one is money and the other not, or their
 *   currencies differ.
 * @category Quotes
 * @example
 * ```ts
 * import { addIntervals, moneyInterval } from 'budget-whatif';
 * const mines = moneyInterval('799500000', '800500000', 'EUR');
 * const other = moneyInterval('250000000', '350000000', 'EUR');
 * const total = addIntervals(mines, other);
 * [total.lo.toString(), total.hi.toString()]; // => ['1049500000', '1150500000']
 * ```
 */
export function addIntervals(a: MoneyInterval, b: MoneyInterval): MoneyInterval;
export function addIntervals(a: Interval, b: Interval): Interval;
export function addIntervals(a: Interval, b: Interval): Interval {
  const currency = sameKind(a, b);
  const result = makeInterval(
    addBounds(a.lo, b.lo, 'floor'),
    addBounds(a.hi, b.hi, 'ceil'),
    a.loOpen || b.loOpen,
    a.hiOpen || b.hiOpen,
  );
  return withCurrency(result, currency);
}
