import { fail } from '../errors/fail';
import type { Decimal } from '../decimal/core';
import { boundsOf, multiplied, type Candidate, type Direction } from './bounds';
import { withCurrency } from './combine';
import { isMoneyInterval, type Interval, type MoneyInterval } from './types';

/**
 * Multiply two intervals: every product of a value from each.
 *
 * The result runs from the smallest to the largest of the four products of the bounds (with
 * 0 × ∞ = 0); a bound that needs more than {@link DECIMAL_PRECISION} digits is rounded outward. An end
 * is open when no product reaches it: "over €1 billion" × [1, 2] is (€1 billion, ∞), not [€1 billion,
 * ∞) (a closed end at zero is reached whatever the other factor). A money interval may be multiplied by
 * a plain one (a share, a growth factor), not by another money interval.
 *
 * @param a - the first interval.
 * @param b - the second interval.
 * @returns the interval of products, in the currency of the money operand if there is one.
 * @throws {@link BudgetWhatIfError} `currency_mismatch` when both are money intervals.
 * @category Quotes
 * @example
 * ```ts
 * import { interval, moneyInterval, multiplyIntervals } from 'budget-whatif';
 * // 5–6% of a GDP between €88bn and €90bn.
 * const spending = multiplyIntervals(moneyInterval('88e9', '90e9', 'EUR'), interval('0.05', '0.06'));
 * [spending.lo.toString(), spending.hi.toString(), spending.currency]; // => ['4400000000', '5400000000', 'EUR']
 * ```
 */
export function multiplyIntervals(a: MoneyInterval, b: Interval): MoneyInterval;
export function multiplyIntervals(a: Interval, b: MoneyInterval): MoneyInterval;
export function multiplyIntervals(a: Interval, b: Interval): Interval;
export function multiplyIntervals(a: Interval, b: Interval): Interval {
  if (isMoneyInterval(a) && isMoneyInterval(b)) {
    fail('currency_mismatch', `cannot multiply two amounts of money (${a.currency} × ${b.currency})`, ['b']);
  }
  const currency = isMoneyInterval(a) ? a.currency : isMoneyInterval(b) ? b.currency : undefined;
  // Each pair of ends gives a candidate; its product is reached unless an end is open, or is reached
  // anyway when a closed end is zero (zero times anything in the other interval).
  const candidate = (x: Decimal, xOpen: boolean, y: Decimal, yOpen: boolean, direction: Direction): Candidate => {
    const { value, exact } = multiplied(x, y, direction);
    const zero = (x.isZero() && !xOpen) || (y.isZero() && !yOpen);
    return { value, open: !zero && exact && (xOpen || yOpen) };
  };
  const ends = (direction: Direction): Candidate[] => [
    candidate(a.lo, a.loOpen, b.lo, b.loOpen, direction),
    candidate(a.lo, a.loOpen, b.hi, b.hiOpen, direction),
    candidate(a.hi, a.hiOpen, b.lo, b.loOpen, direction),
    candidate(a.hi, a.hiOpen, b.hi, b.hiOpen, direction),
  ];
  return withCurrency(boundsOf(ends('floor'), ends('ceil')), currency);
}
