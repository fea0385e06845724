import { ZERO, type Decimal } from '../decimal/core';
import { fail } from '../errors/fail';
import { boundsOf, divided, NEGATIVE_INFINITY, POSITIVE_INFINITY, type Candidate, type Direction } from './bounds';
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
 * An end is open when no quotient reaches it: "$1.1 billion" over "more than €1 billion" is (0, 1.15),
 * since the euros are above €1 billion and below no bound.
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
  const candidates = (direction: Direction): Candidate[] => [
    quotient(a.lo, a.loOpen, divisors.lo, b.loOpen, direction),
    quotient(a.lo, a.loOpen, divisors.hi, b.hiOpen, direction),
    quotient(a.hi, a.hiOpen, divisors.lo, b.loOpen, direction),
    quotient(a.hi, a.hiOpen, divisors.hi, b.hiOpen, direction),
  ];
  return withCurrency(boundsOf(candidates('floor'), candidates('ceil')), currency);
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

/**
 * One end over another. The quotient is reached when both ends are closed and it is exact; it is reached
 * anyway when a closed numerator end is zero (zero over anything); a quotient by an infinite or a zero
 * end is a limit, never reached.
 */
function quotient(
  numerator: Decimal,
  numeratorOpen: boolean,
  divisor: DivisorEnd,
  divisorOpen: boolean,
  direction: Direction,
): Candidate {
  const zero = numerator.isZero() && !numeratorOpen;
  if ('value' in divisor) {
    const { value, exact } = divided(numerator, divisor.value, direction);
    const limit = !divisor.value.isFinite() || !numerator.isFinite();
    return { value, open: !zero && exact && (limit || numeratorOpen || divisorOpen) };
  }
  // x ÷ (a number tending to zero from one side): unbounded, with the sign of the product of signs.
  if (numerator.isZero()) return { value: ZERO, open: !zero };
  return { value: numerator.isNegative() === divisor.zeroFrom < 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY, open: true };
}
