import { fail, type Path } from '../errors/fail';
import { D, type Decimal } from './core';
import { checkLimits } from './limits';

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
 * @throws {@link BudgetWhatIfError} `invalid_number` for `NaN` and `±Infinity`; `out_of_range` outside
 *   {@link NUMBER_LIMITS} (`1e300`, `5e-324`).
 * @category Numbers
 * @example
 * ```ts
 * import { fromNumber } from 'budget-whatif';
 * fromNumber(0.055).toString(); // => '0.055'
 * fromNumber(0.1 + 0.2).toString(); // => '0.30000000000000004'
 * ```
 */
export function fromNumber(value: number): Decimal {
  return checkedFloat(value, []);
}

/** {@link fromNumber} with a path for the error. @internal */
export function checkedFloat(value: number, path: Path): Decimal {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fail('invalid_number', `expected a finite number, received ${String(value)}`, path, value);
  }
  return checkLimits(floatToDecimal(value), path, value);
}

/**
 * A finite float as the Decimal of its shortest decimal form, with no limits: for the statistics of a
 * simulation, whose sums over years may pass the input limits and whose spread may be 1e-300. @internal
 */
export function floatToDecimal(value: number): Decimal {
  return new D(String(value));
}
