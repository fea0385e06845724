import type { Money } from './core';

/**
 * Tell whether an amount is less than zero.
 *
 * @param value - the amount.
 * @returns `true` when the amount is less than zero.
 * @category Money
 * @example
 * ```ts
 * import { isNegative, money } from 'budget-whatif';
 * isNegative(money('-0.01', 'EUR')); // => true
 * isNegative(money('0', 'EUR')); // => false
 * ```
 */
export function isNegative(value: Money): boolean {
  return value.amount.lt(0);
}
