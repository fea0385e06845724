import { fail } from '../errors/fail';
import { D, type Decimal } from './core';

/**
 * Convert a JS number to a Decimal on purpose, reading it as the shortest decimal that JavaScript
 * prints for it (`String(n)`).
 *
 * This is the one documented way in for binary floats. `fromNumber(0.1 + 0.2)` is
 * `0.30000000000000004`, exactly what the float holds to 17 digits, not `0.3`: the error happened before
 * the value reached us, and hiding it would make totals disagree with the caller's own arithmetic. Prefer
 * decimal strings for amounts.
 *
 * @param value - a finite number.
 * @returns the number as a Decimal.
 * @throws {@link BudgetWhatIfError} `invalid_number` for `NaN` and `±Infinity`.
 * @category Numbers
 * @example
 * ```ts
 * import { fromNumber } from 'budget-whatif';
 * fromNumber(0.055).toString(); // => '0.055'
 * fromNumber(0.1 + 0.2).toString(); // => '0.30000000000000004'
 * ```
 */
export function fromNumber(value: number): Decimal {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fail('invalid_number', `expected a finite number, received ${String(value)}`, [], value);
  }
  return new D(String(value));
}
