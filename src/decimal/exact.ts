// Sums and products that are exact or refused: decimal.js rounds any result to 40 significant digits
// without a word, which would make a total differ from the sum of its parts. These check first.
import { fail, type Path } from '../errors/fail';
import { DECIMAL_PRECISION, type Decimal } from './core';
import { fromScaledInteger, toScaledInteger } from './scaledInteger';

/**
 * `a + b`, exactly, or `precision_exceeded` when the exact sum needs more than 40 significant digits.
 * The common case (both within 40 digits once aligned) is one decimal.js addition. @internal
 */
export function exactPlus(a: Decimal, b: Decimal, path: Path = []): Decimal {
  if (a.isZero()) return b;
  if (b.isZero()) return a;
  // Digits of the aligned sum: the integer digits of the larger (plus a carry) and the longer fraction.
  if (Math.max(a.e, b.e, 0) + 2 + Math.max(a.decimalPlaces(), b.decimalPlaces()) <= DECIMAL_PRECISION) return a.plus(b);
  const x = toScaledInteger(a);
  const y = toScaledInteger(b);
  const scale = Math.max(x.scale, y.scale);
  const units = x.units * 10n ** BigInt(scale - x.scale) + y.units * 10n ** BigInt(scale - y.scale);
  return checked(units, scale, path, 'sum');
}

/** `a − b`, exactly, or `precision_exceeded`. @internal */
export function exactMinus(a: Decimal, b: Decimal, path: Path = []): Decimal {
  return exactPlus(a, b.negated(), path);
}

/** `a × b`, exactly, or `precision_exceeded` when the exact product needs more than 40 significant digits. @internal */
export function exactTimes(a: Decimal, b: Decimal, path: Path = []): Decimal {
  if (a.sd() + b.sd() <= DECIMAL_PRECISION) return a.times(b);
  const x = toScaledInteger(a);
  const y = toScaledInteger(b);
  return checked(x.units * y.units, x.scale + y.scale, path, 'product');
}

function checked(units: bigint, scale: number, path: Path, what: string): Decimal {
  const digits = (units < 0n ? -units : units).toString().replace(/0+$/, '').length;
  if (digits > DECIMAL_PRECISION)
    return fail(
      'precision_exceeded',
      `the exact ${what} needs ${String(digits)} significant digits; budget-whatif keeps ${String(DECIMAL_PRECISION)} and does not round it silently: round an amount first (round())`,
      path,
    );
  return fromScaledInteger(units, scale);
}
