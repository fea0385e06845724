import { fail, type Path } from '../errors/fail';
import { DECIMAL_PRECISION, type Decimal } from './core';

/**
 * The numbers budget-whatif accepts, everywhere a number enters (amounts, shares, rates, populations,
 * distribution parameters): outside them a number is refused with a clear error, never rounded, clamped
 * or written out digit by digit.
 *
 * - `significantDigits` (40, {@link DECIMAL_PRECISION}): a number with more significant digits is
 *   refused (`precision_exceeded`): keeping it would round it silently.
 * - `largest` (`"1e21"`): every magnitude is below 10^21, a sextillion: more than any budget or GDP in
 *   any currency (Japan's GDP is about ¥6 × 10^14); larger is `out_of_range`. With amounts in minor units
 *   below 10^21, every sum of a scenario's amounts stays within 40 digits, so totals are exact.
 * - `smallest` (`"1e-40"`): a number other than 0 is at least 10^-40 in magnitude; smaller is
 *   `out_of_range` (not rounded to 0).
 *
 * Results that grow beyond `largest` (GDP compounded at a huge rate, an amount converted at a huge rate)
 * are refused where they arise, with the year and the input that caused them.
 *
 * @category Numbers
 * @example
 * ```ts
 * import { decimal, NUMBER_LIMITS } from 'budget-whatif';
 * NUMBER_LIMITS.largest; // => '1e21'
 * decimal('1e21'); // throws: out_of_range
 * decimal('0.12345678901234567890123456789012345678901'); // throws: precision_exceeded
 * ```
 */
export const NUMBER_LIMITS: {
  /** The most significant digits a number may have. */
  readonly significantDigits: number;
  /** Every magnitude is below this. */
  readonly largest: string;
  /** Every magnitude other than zero is at least this. */
  readonly smallest: string;
} = Object.freeze({ significantDigits: DECIMAL_PRECISION, largest: '1e21', smallest: '1e-40' });

/** The base-10 exponent of the leading digit of the largest accepted magnitude (10^21 excluded). @internal */
export const LARGEST_EXPONENT = 20;
/** The base-10 exponent of the smallest accepted non-zero magnitude. @internal */
export const SMALLEST_EXPONENT = -40;

/**
 * Refuse a finite Decimal outside {@link NUMBER_LIMITS}; `text` is how the caller wrote it, for the
 * message. @internal
 */
export function checkLimits(value: Decimal, path: Path, received: unknown): Decimal {
  if (value.isZero()) return value;
  if (value.e > LARGEST_EXPONENT)
    return fail(
      'out_of_range',
      `${describe(value, received)} is too large: budget-whatif takes numbers below ${NUMBER_LIMITS.largest} (10^21) in magnitude`,
      path,
      received,
    );
  if (value.e < SMALLEST_EXPONENT)
    return fail(
      'out_of_range',
      `${describe(value, received)} is too small: a number other than 0 is at least ${NUMBER_LIMITS.smallest} in magnitude`,
      path,
      received,
    );
  if (value.sd() > DECIMAL_PRECISION)
    return fail(
      'precision_exceeded',
      `${describe(value, received)} has ${String(value.sd())} significant digits; budget-whatif keeps ${String(DECIMAL_PRECISION)} and would have to round it: round it first`,
      path,
      received,
    );
  return value;
}

/** A number for a message: the text as received when short, else its exponent form. */
function describe(value: Decimal, received: unknown): string {
  if (typeof received === 'string' && received.length <= 48) return JSON.stringify(received);
  const text = value.toSignificantDigits(6).toExponential();
  return `a number of about ${text}`;
}
