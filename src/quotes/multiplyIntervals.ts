import { fail } from '../errors/fail';
import { extremes, makeInterval, multiplyBounds } from './bounds';
import { withCurrency } from './combine';
import { isMoneyInterval, type Interval, type MoneyInterval } from './types';

/**
 * Multiply two intervals: every product of a value from each.
 *
 * The result runs from the smallest to the largest of the four products of the bounds (with
 * 0 × ∞ = 0); a bound that needs more than {@link DECIMAL_PRECISION} digits is rounded outward. Its
 * finite ends are closed: when an input end was open this is a slightly larger interval, never a
 * smaller one. A money interval may be multiplied by a plain one (a share, a growth factor), not by
 * another money interval.
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
  const low = extremes([
    multiplyBounds(a.lo, b.lo, 'floor'),
    multiplyBounds(a.lo, b.hi, 'floor'),
    multiplyBounds(a.hi, b.lo, 'floor'),
    multiplyBounds(a.hi, b.hi, 'floor'),
  ]).min;
  const high = extremes([
    multiplyBounds(a.lo, b.lo, 'ceil'),
    multiplyBounds(a.lo, b.hi, 'ceil'),
    multiplyBounds(a.hi, b.lo, 'ceil'),
    multiplyBounds(a.hi, b.hi, 'ceil'),
  ]).max;
  return withCurrency(makeInterval(low, high, false, false), currency);
}
