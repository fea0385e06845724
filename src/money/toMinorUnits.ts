import { checkRoundingMode, type RoundingMode } from '../decimal/rounding';
import { divideRounded, powerOfTen, toScaledInteger } from '../decimal/scaledInteger';
import { fail } from '../errors/fail';
import { currencyOf } from './currencies';
import type { Money } from './core';

/**
 * The {@link toMinorUnits} function options.
 *
 * @category Money
 * @example
 * ```ts
 * import type { ToMinorUnitsOptions } from 'budget-whatif';
 * const options: ToMinorUnitsOptions = { mode: 'half-even' };
 * ```
 */
export interface ToMinorUnitsOptions {
  /** Round to a whole minor unit with this mode. Without it, an amount with a fraction of a cent is an error. */
  readonly mode?: RoundingMode;
}

/**
 * An amount as a whole number of minor units (cents for EUR, yen for JPY, fils for KWD), as a bigint.
 *
 * @param value - the amount.
 * @param options - a rounding mode, to accept amounts with fractions of a minor unit; see
 *   {@link ToMinorUnitsOptions}.
 * @returns the number of minor units.
 * @throws {@link BudgetWhatIfError} `inexact_minor_units` when the amount has a fraction of a minor unit
 *   and no `mode` is given.
 * @category Money
 * @example
 * ```ts
 * import { money, toMinorUnits } from 'budget-whatif';
 * toMinorUnits(money('1100000000', 'EUR')); // => 110000000000n
 * toMinorUnits(money('0.125', 'EUR'), { mode: 'half-up' }); // => 13n
 * toMinorUnits(money('0.125', 'EUR')); // throws: inexact_minor_units
 * ```
 */
export function toMinorUnits(value: Money, options: ToMinorUnitsOptions = {}): bigint {
  const minorUnits = currencyOf(value.currency).minorUnits;
  const exact = toScaledInteger(value.amount);
  if (exact.scale <= minorUnits) return exact.units * powerOfTen(minorUnits - exact.scale);
  if (options.mode === undefined) {
    return fail(
      'inexact_minor_units',
      `${value.amount.toString()} ${value.currency} is not a whole number of minor units (${String(minorUnits)} decimals); round it first or pass { mode }`,
      ['value', 'amount'],
      value.amount,
    );
  }
  return divideRounded(exact.units, powerOfTen(exact.scale - minorUnits), checkRoundingMode(options.mode, ['mode']));
}
