import type { CurrencyCode } from './currencies';
import { makeMoney, type Money } from './core';

/**
 * The absolute value of an amount.
 *
 * @param value - the amount.
 * @returns the amount without its sign.
 * @category Money
 * @example
 * ```ts
 * import { abs, money } from 'budget-whatif';
 * abs(money('-120000000', 'EUR')).amount.toString(); // => '120000000'
 * ```
 */
export function abs<TCurrency extends CurrencyCode>(value: Money<TCurrency>): Money<TCurrency> {
  return makeMoney(value.amount.abs(), value.currency);
}
