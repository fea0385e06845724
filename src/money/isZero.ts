import type { Money } from './core';

/**
 * Tell whether an amount is zero.
 *
 * @param value - the amount.
 * @returns `true` when the amount is zero.
 * @category Money
 * @example
 * ```ts
 * import { isZero, money } from 'budget-whatif';
 * isZero(money('0.00', 'EUR')); // => true
 * isZero(money('0.01', 'EUR')); // => false
 * ```
 */
export function isZero(value: Money): boolean {
  return value.amount.isZero();
}
