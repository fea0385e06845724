import { ZERO, type Decimal } from '../decimal/core';
import { fail } from '../errors/fail';
import { divideBounds, extremes, makeInterval, NEGATIVE_INFINITY, POSITIVE_INFINITY, type Direction } from './bounds';
import { describe as describeInterval } from './bounds';
import { withCurrency } from './combine';
import { isMoneyInterval, type Interval, type MoneyInterval } from './types';

/**
 * Divide two intervals: every quotient of a value of `a` by a value of `b`.
 *
 * Each bound is the exact quotient of two input bounds, rounded **outward** (the lower bound down, the
 * upper bound up) when it does not terminate within {@link DECIMAL_PRECISION} digits, so the true result
 * always lies inside: `[1.15, 1.25] / [1.05, 1.15]` is `[1, 1.190476190476190476190476190476190476191]`.
 * The divisor must not contain zero, except as an open end (then the quotient is unbounded on that side).
 * Finite ends of the result are closed.
 *
 * Money ÷ money gives a plain interval (a share, or an exchange rate when the currencies differ); money ÷
 * plain gives money; plain ÷ money is an error.
 *
 * @param a - the dividend.
 * @param b - the divisor.
 * @returns the interval of quotients.
 * @throws {@link BudgetWhatIfError} `division_by_zero` when `b` contains zero inside or at a closed end;
 *   `currency_mismatch` for a plain interval divided by money.
 * @category Quotes
 * @example
 * ```ts
 * import { divideIntervals, interval } from 'budget-whatif';
 * const rate = divideIntervals(interval('1.15', '1.25'), interval('1.05', '1.15'));
 * rate.lo.toString(); // => '1'
 * rate.hi.toDecimalPlaces(8).toString(); // => '1.19047619'
 * ```
 */
export function divideIntervals(a: MoneyInterval, b: MoneyInterval): Interval;
export function divideIntervals(a: MoneyInterval, b: Interval): MoneyInterval;
export function divideIntervals(a: Interval, b: Interval): Interval;
export function divideIntervals(a: Interval, b: Interval): Interval {
  if (isMoneyInterval(b) && !isMoneyInterval(a)) {
    fail('currency_mismatch', `cannot divide a plain number by an amount of money (${b.currency})`, ['b']);
  }
  const currency = isMoneyInterval(a) && !isMoneyInterval(b) ? a.currency : undefined;
  const divisors = divisorEnds(b);
  const candidates = (direction: Direction): Decimal[] => [
    quotient(a.lo, divisors.lo, direction),
    quotient(a.lo, divisors.hi, direction),
    quotient(a.hi, divisors.lo, direction),
    quotient(a.hi, divisors.hi, direction),
  ];
  const low = extremes(candidates('floor')).min;
  const high = extremes(candidates('ceil')).max;
  return withCurrency(makeInterval(low, high, false, false), currency);
}

/** A divisor end: a value, or zero approached from one side (an open end at zero). */
type DivisorEnd = { readonly value: Decimal } | { readonly zeroFrom: 1 | -1 };

function divisorEnds(b: Interval): { lo: DivisorEnd; hi: DivisorEnd } {
  const positive = b.lo.gt(0) || (b.lo.isZero() && b.loOpen && b.hi.gt(0));
  const negative = b.hi.lt(0) || (b.hi.isZero() && b.hiOpen && b.lo.lt(0));
  if (!positive && !negative) {
    return fail(
      'division_by_zero',
      `cannot divide by an interval that contains zero: ${describeInterval(b.lo, b.hi, b.loOpen, b.hiOpen)}`,
      ['b'],
    );
  }
  return {
    lo: b.lo.isZero() ? { zeroFrom: 1 } : { value: b.lo },
    hi: b.hi.isZero() ? { zeroFrom: -1 } : { value: b.hi },
  };
}

function quotient(numerator: Decimal, divisor: DivisorEnd, direction: Direction): Decimal {
  if ('value' in divisor) return divideBounds(numerator, divisor.value, direction);
  // x ÷ (a number tending to zero from one side): unbounded, with the sign of the product of signs.
  if (numerator.isZero()) return ZERO;
  return numerator.isNegative() === divisor.zeroFrom < 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY;
}
