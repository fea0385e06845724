import type { Money } from './core';

/**
 * Tell whether two amounts are the same amount of the same currency.
 *
 * Unlike {@link compare}, amounts in different currencies are simply not equal (no error).
 * `money('1.10', 'EUR')` equals `money('1.1', 'EUR')`: trailing zeros do not matter.
 *
 * @param a - the first amount.
 * @param b - the second amount.
 * @returns `true` when currency and value are equal.
 * @category Money
 * @example
 * ```ts
 * import { equals, money } from 'budget-whatif';
 * equals(money('1.10', 'EUR'), money('1.1', 'EUR')); // => true
 * equals(money('1', 'EUR'), money('1', 'USD')); // => false
 * ```
 */
export function equals(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amount.equals(b.amount);
}
