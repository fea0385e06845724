import { makeInterval } from './bounds';
import { sameKind, withCurrency } from './combine';
import type { Interval, MoneyInterval } from './types';

/**
 * The values two intervals have in common, or `undefined` when they have none.
 *
 * @param a - the first interval.
 * @param b - the second interval, of the same kind (both plain, or both in the same currency). Rate
 *   intervals are plain intervals with labels; their labels are not compared.
 * @returns the intersection, or `undefined` when the intervals are disjoint.
 * @throws {@link BudgetWhatIfError} `currency_mismatch` for a money and a plain interval, or two currencies.
 * @category Quotes
 * @example
 * ```ts
 * import { interval, intersect } from 'budget-whatif';
 * // EUR/USD implied by "1.1 billion euros ($1.2 billion)" and by "800 million euros ($905 million)".
 * const both = intersect(interval('1', '1.1905'), interval('1.1299', '1.1326'));
 * both?.lo.toString(); // => '1.1299'
 * intersect(interval('1', '2'), interval('3', '4')); // => undefined
 * ```
 */
export function intersect(a: MoneyInterval, b: MoneyInterval): MoneyInterval | undefined;
export function intersect(a: Interval, b: Interval): Interval | undefined;
export function intersect(a: Interval, b: Interval): Interval | undefined {
  const currency = sameKind(a, b);
  const lo = a.lo.gt(b.lo) ? a.lo : b.lo;
  const loOpen = a.lo.eq(b.lo) ? a.loOpen || b.loOpen : a.lo.gt(b.lo) ? a.loOpen : b.loOpen;
  const hi = a.hi.lt(b.hi) ? a.hi : b.hi;
  const hiOpen = a.hi.eq(b.hi) ? a.hiOpen || b.hiOpen : a.hi.lt(b.hi) ? a.hiOpen : b.hiOpen;
  if (lo.gt(hi) || (lo.eq(hi) && (loOpen || hiOpen))) return undefined;
  return withCurrency(makeInterval(lo, hi, loOpen, hiOpen), currency);
}
