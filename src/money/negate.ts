import type { CurrencyCode } from './currencies';
import { makeMoney, type Money } from './core';

/**
 * Change the sign of an amount.
 *
 * @param value - the amount.
 * @returns the amount with the opposite sign (zero stays zero).
 * @category Money
 * @example
 * ```ts
 * import { money, negate } from 'budget-whatif';
 * negate(money('300000000', 'EUR')).amount.toString(); // => '-300000000'
 * ```
 */
export function negate<TCurrency extends CurrencyCode>(value: Money<TCurrency>): Money<TCurrency> {
  return makeMoney(value.amount.isZero() ? value.amount.abs() : value.amount.negated(), value.currency);
}
