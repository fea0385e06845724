import { currencyOf } from './currencies';
import type { Money } from './core';

/**
 * Money as plain JSON: the amount as a decimal string, never a float.
 *
 * @category Money
 * @example
 * ```ts
 * import type { MoneyJSON } from 'budget-whatif';
 * const json: MoneyJSON = { amount: '1100000000.00', currency: 'EUR' };
 * ```
 */
export interface MoneyJSON {
  /** The exact amount as a plain decimal string, with at least the currency's minor units of decimals. */
  readonly amount: string;
  /** The ISO 4217 code. */
  readonly currency: string;
}

/**
 * Write an amount as plain JSON, with the amount as an exact decimal string.
 *
 * The string has at least the currency's minor units of decimals (`"1100000000.00"`) and more when the
 * amount has them (`"0.005"`): nothing is rounded. {@link fromJSON} reads it back to an equal amount.
 *
 * @param value - the amount.
 * @returns `{ amount, currency }` with `amount` a string.
 * @category Money
 * @example
 * ```ts
 * import { money, toJSON } from 'budget-whatif';
 * toJSON(money('1100000000', 'EUR')); // => { amount: '1100000000.00', currency: 'EUR' }
 * JSON.stringify(toJSON(money('0.005', 'EUR'))); // => '{"amount":"0.005","currency":"EUR"}'
 * ```
 */
export function toJSON(value: Money): MoneyJSON {
  const decimals = Math.max(currencyOf(value.currency).minorUnits, value.amount.decimalPlaces());
  return { amount: value.amount.toFixed(decimals), currency: value.currency };
}
