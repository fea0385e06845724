import { checkRoundingMode, checkScale, toDecimalJsRounding, type RoundingMode } from '../decimal/rounding';
import { currencyOf, type CurrencyCode } from './currencies';
import { makeMoney, type Money } from './core';

/**
 * The {@link round} function options.
 *
 * @category Money
 * @example
 * ```ts
 * import type { RoundOptions } from 'budget-whatif';
 * const cents: RoundOptions = { scale: 2, mode: 'half-up' };
 * ```
 */
export interface RoundOptions {
  /** Decimal places to keep. Default: the currency's minor units (2 for EUR, 0 for JPY, 3 for KWD). */
  readonly scale?: number;
  /** How to round. Default: `'half-even'`. */
  readonly mode?: RoundingMode;
}

/**
 * Round an amount to its currency's minor units, or to a given number of decimal places.
 *
 * Rounding is idempotent: rounding a rounded amount again with the same options changes nothing.
 *
 * @param value - the amount.
 * @param options - the scale and mode; see {@link RoundOptions}.
 * @returns the rounded amount.
 * @throws {@link BudgetWhatIfError} `invalid_scale`, `invalid_rounding_mode` for bad options.
 * @category Money
 * @example
 * ```ts
 * import { money, round } from 'budget-whatif';
 * round(money('4094188200.005', 'EUR')).amount.toString(); // => '4094188200'
 * round(money('4094188200.005', 'EUR'), { mode: 'half-up' }).amount.toString(); // => '4094188200.01'
 * round(money('1234.5', 'JPY')).amount.toString(); // => '1234'
 * round(money('1.23456', 'EUR'), { scale: 4 }).amount.toString(); // => '1.2346'
 * ```
 */
export function round<TCurrency extends CurrencyCode>(
  value: Money<TCurrency>,
  options: RoundOptions = {},
): Money<TCurrency> {
  const scale =
    options.scale === undefined ? currencyOf(value.currency).minorUnits : checkScale(options.scale, ['scale']);
  const rounding = toDecimalJsRounding(checkRoundingMode(options.mode, ['mode']));
  return makeMoney(value.amount.toDecimalPlaces(scale, rounding), value.currency);
}
