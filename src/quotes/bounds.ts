// Exact arithmetic on interval bounds, rounded outward when a result needs more than
// DECIMAL_PRECISION significant digits, so that an interval result always contains the true result.
// Bounds may be ±Infinity. Works on bigints (see decimal/scaledInteger.ts) so that each bound is
// rounded once, in the direction asked.
import { D, DECIMAL_PRECISION, ZERO, type Decimal } from '../decimal/core';
import { divideRounded, fromScaledInteger, powerOfTen, toScaledInteger } from '../decimal/scaledInteger';
import { fail, type Path } from '../errors/fail';
import type { Interval } from './types';

/** Which way to round a bound that cannot be exact: down for a lower bound, up for an upper bound. @internal */
export type Direction = 'floor' | 'ceil';

/** The bound of an interval unbounded above. @internal */
export const POSITIVE_INFINITY: Decimal = new D(Infinity);
/** The bound of an interval unbounded below. @internal */
export const NEGATIVE_INFINITY: Decimal = new D(-Infinity);

/** Build an interval, normalising unbounded ends to open and checking the order. @internal */
export function makeInterval(lo: Decimal, hi: Decimal, loOpen: boolean, hiOpen: boolean, path: Path = []): Interval {
  const openLo = loOpen || !lo.isFinite();
  const openHi = hiOpen || !hi.isFinite();
  if (lo.isNaN() || hi.isNaN() || lo.gt(hi) || (lo.eq(hi) && (openLo || openHi))) {
    return fail(
      'invalid_interval',
      `an interval needs its lower bound below its upper bound, received ${describe(lo, hi, openLo, openHi)}`,
      path,
    );
  }
  return { lo, hi, loOpen: openLo, hiOpen: openHi };
}

/** `[lo, hi]` with brackets for closed ends and parentheses for open ones. @internal */
export function describe(lo: Decimal, hi: Decimal, loOpen: boolean, hiOpen: boolean): string {
  return `${loOpen ? '(' : '['}${lo.toString()}, ${hi.toString()}${hiOpen ? ')' : ']'}`;
}

/** a + b, rounded in `direction` if it needs more than DECIMAL_PRECISION digits. @internal */
export function addBounds(a: Decimal, b: Decimal, direction: Direction): Decimal {
  if (!a.isFinite()) return a;
  if (!b.isFinite()) return b;
  const x = toScaledInteger(a);
  const y = toScaledInteger(b);
  const scale = Math.max(x.scale, y.scale);
  const units = x.units * powerOfTen(scale - x.scale) + y.units * powerOfTen(scale - y.scale);
  return limitDigits(units, scale, direction);
}

/** a × b, with 0 × ±∞ = 0 (the convention of interval arithmetic), rounded in `direction`. @internal */
export function multiplyBounds(a: Decimal, b: Decimal, direction: Direction): Decimal {
  return multiplied(a, b, direction).value;
}

/** {@link multiplyBounds}, and whether the product is exact (not rounded). @internal */
export function multiplied(a: Decimal, b: Decimal, direction: Direction): Rounded {
  if (a.isZero() || b.isZero()) return { value: ZERO, exact: true };
  if (!a.isFinite() || !b.isFinite())
    return { value: a.isNegative() === b.isNegative() ? POSITIVE_INFINITY : NEGATIVE_INFINITY, exact: true };
  const x = toScaledInteger(a);
  const y = toScaledInteger(b);
  return limited(x.units * y.units, x.scale + y.scale, direction);
}

/** A bound and whether it is the exact result (not rounded outward). @internal */
export interface Rounded {
  readonly value: Decimal;
  readonly exact: boolean;
}

/**
 * a ÷ b for b ≠ 0 (b may be ±∞), rounded in `direction`, carried to at least DECIMAL_PRECISION
 * significant digits. `∞ ÷ ∞` has no value; it gives the widest answer for the direction.
 *
 * @internal
 */
export function divideBounds(a: Decimal, b: Decimal, direction: Direction): Decimal {
  return divided(a, b, direction).value;
}

/** {@link divideBounds}, and whether the quotient is exact (not rounded). @internal */
export function divided(a: Decimal, b: Decimal, direction: Direction): Rounded {
  const sameSign = a.isNegative() === b.isNegative();
  if (!b.isFinite()) {
    if (a.isFinite()) return { value: ZERO, exact: true };
    if (direction === 'floor') return { value: sameSign ? ZERO : NEGATIVE_INFINITY, exact: true };
    return { value: sameSign ? POSITIVE_INFINITY : ZERO, exact: true };
  }
  if (!a.isFinite()) return { value: sameSign ? POSITIVE_INFINITY : NEGATIVE_INFINITY, exact: true };
  if (a.isZero()) return { value: ZERO, exact: true };
  const x = toScaledInteger(a);
  const y = toScaledInteger(b);
  // Enough decimals that the quotient has DECIMAL_PRECISION significant digits: its leading digit is
  // at 10^(a.e − b.e) or 10^(a.e − b.e − 1); limited() trims what is more.
  const exponent = a.e - b.e - 1;
  const scale = Math.max(0, DECIMAL_PRECISION - exponent);
  const numerator = x.units * powerOfTen(y.scale + scale);
  const denominator = y.units * powerOfTen(x.scale);
  const trimmed = limited(divideRounded(numerator, denominator, direction), scale, direction);
  return { value: trimmed.value, exact: trimmed.exact && numerator % denominator === 0n };
}

/** `units / 10^scale`, keeping at most DECIMAL_PRECISION significant digits, rounded in `direction`. */
function limitDigits(units: bigint, scale: number, direction: Direction): Decimal {
  return limited(units, scale, direction).value;
}

/** {@link limitDigits}, and whether no digit other than zero was dropped. */
function limited(units: bigint, scale: number, direction: Direction): Rounded {
  const digits = (units < 0n ? -units : units).toString().length;
  if (digits <= DECIMAL_PRECISION) return { value: fromScaledInteger(units, scale), exact: true };
  const drop = digits - DECIMAL_PRECISION;
  const kept = divideRounded(units, powerOfTen(drop), direction);
  const newScale = scale - drop;
  const value = newScale >= 0 ? fromScaledInteger(kept, newScale) : fromScaledInteger(kept * powerOfTen(-newScale), 0);
  return { value, exact: units % powerOfTen(drop) === 0n };
}

/**
 * A bound of a product or a quotient, and whether it is open: not reached by any value of the inputs
 * (an open end of either input, a quotient by an end at ±∞ or at zero). A bound that was rounded outward
 * is marked closed: the true bound lies strictly inside it, so the interval still contains every result.
 * @internal
 */
export interface Candidate {
  readonly value: Decimal;
  readonly open: boolean;
}

/**
 * The lower and upper bounds of a product or quotient from its candidates: the smallest and the largest
 * value, each open only when every candidate at that value is open (one reached value closes it). @internal
 */
export function boundsOf(lows: readonly Candidate[], highs: readonly Candidate[]): Interval {
  const low = extremes(lows.map((candidate) => candidate.value)).min;
  const high = extremes(highs.map((candidate) => candidate.value)).max;
  const loOpen = lows.every((candidate) => !candidate.value.eq(low) || candidate.open);
  const hiOpen = highs.every((candidate) => !candidate.value.eq(high) || candidate.open);
  return makeInterval(low, high, loOpen, hiOpen);
}

/** The smallest and largest of some bounds. @internal */
export function extremes(values: readonly Decimal[]): { min: Decimal; max: Decimal } {
  let min = values[0] as Decimal;
  let max = min;
  for (const value of values) {
    if (value.lt(min)) min = value;
    if (value.gt(max)) max = value;
  }
  return { min, max };
}
