import { toDecimal } from '../decimal/decimal';
import { fromScaledInteger } from '../decimal/scaledInteger';
import { fail } from '../errors/fail';
import { currencyOf, type CurrencyCode } from './currencies';
import { makeMoney, type Money } from './core';

/**
 * Create an amount from a whole number of minor units (cents for EUR).
 *
 * @param units - the number of minor units: a bigint, or a safe integer.
 * @param currency - the ISO 4217 code.
 * @returns the amount in major units.
 * @throws {@link BudgetWhatIfError} `unsafe_number` for a number that is not a safe integer;
 *   `invalid_number` for other values; `unknown_currency`.
 * @category Money
 * @example
 * ```ts
 * import { fromMinorUnits } from 'budget-whatif';
 * fromMinorUnits(110000000000n, 'EUR').amount.toString(); // => '1100000000'
 * fromMinorUnits(1235, 'KWD').amount.toString(); // => '1.235'
 * ```
 */
export function fromMinorUnits<TCurrency extends CurrencyCode>(
  units: bigint | number,
  currency: TCurrency,
): Money<TCurrency> {
  const { code, minorUnits } = currencyOf(currency);
  if (typeof units !== 'bigint') {
    const checked = toDecimal(units, ['units']);
    if (!checked.isInteger())
      fail(
        'invalid_number',
        `expected a whole number of minor units, received ${checked.toString()}`,
        ['units'],
        units,
      );
    return makeMoney(fromScaledInteger(BigInt(checked.toFixed()), minorUnits), code as TCurrency);
  }
  return makeMoney(fromScaledInteger(units, minorUnits), code as TCurrency);
}
