import type { Money } from './core';

/**
 * Tell whether an amount is greater than zero.
 *
 * @param value - the amount.
 * @returns `true` when the amount is greater than zero.
 * @category Money
 * @example
 * ```ts
 * import { isPositive, money } from 'budget-whatif';
 * isPositive(money('0.01', 'EUR')); // => true
 * isPositive(money('0', 'EUR')); // => false
 * ```
 */
export function isPositive(value: Money): boolean {
  return value.amount.gt(0);
}
