import { exactMinus } from '../decimal/exact';
import type { CurrencyCode } from './currencies';
import { assertSameCurrency, makeMoney, type Money } from './core';

/**
 * Subtract one amount from another of the same currency, exactly.
 *
 * @param minuend - the amount to subtract from.
 * @param subtrahend - the amount to subtract, in the same currency.
 * @returns the exact difference (negative when the subtrahend is larger).
 * @throws {@link BudgetWhatIfError} `currency_mismatch` when the currencies differ; `precision_exceeded`
 *   when the exact difference needs more than 40 significant digits.
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
  return makeMoney(exactMinus(minuend.amount, subtrahend.amount), minuend.currency);
}
