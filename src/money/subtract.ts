import type { CurrencyCode } from './currencies';
import { assertSameCurrency, makeMoney, type Money } from './core';

/**
 * Subtract one amount from another of the same currency, exactly.
 *
 * @param minuend - the amount to subtract from.
 * @param subtrahend - the amount to subtract, in the same currency.
 * @returns the exact difference (negative when the subtrahend is larger).
 * @throws {@link BudgetWhatIfError} `currency_mismatch` when the currencies differ.
 * @category Money
 * @example
 * ```ts
 * import { money, subtract } from 'budget-whatif';
 * subtract(money('1100000000', 'EUR'), money('800000000', 'EUR')).amount.toString(); // => '300000000'
 * ```
 */
export function subtract<TCurrency extends CurrencyCode>(
  minuend: Money<TCurrency>,
  subtrahend: Money<NoInfer<TCurrency>>,
): Money<TCurrency> {
  assertSameCurrency(minuend, subtrahend, ['subtrahend']);
  return makeMoney(minuend.amount.minus(subtrahend.amount), minuend.currency);
}
