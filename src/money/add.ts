import { exactPlus } from '../decimal/exact';
import type { CurrencyCode } from './currencies';
import { assertSameCurrency, makeMoney, type Money } from './core';

/**
 * Add two amounts of the same currency, exactly.
 *
 * @param augend - the first amount.
 * @param addend - the amount to add, in the same currency.
 * @returns the exact sum.
 * @throws {@link BudgetWhatIfError} `currency_mismatch` when the currencies differ (and, for currencies
 *   known at compile time, a type error); `precision_exceeded` when the exact sum needs more than 40
 *   significant digits (it is never rounded silently).
 * @category Money
 * @example
 * ```ts
 * import { add, money } from 'budget-whatif';
 * add(money('800000000', 'EUR'), money('300000000', 'EUR')).amount.toString(); // => '1100000000'
 * add(money('0.1', 'EUR'), money('0.2', 'EUR')).amount.toString(); // => '0.3'
 * ```
 */
export function add<TCurrency extends CurrencyCode>(
  augend: Money<TCurrency>,
  addend: Money<NoInfer<TCurrency>>,
): Money<TCurrency> {
  assertSameCurrency(augend, addend, ['addend']);
  return makeMoney(exactPlus(augend.amount, addend.amount), augend.currency);
}
