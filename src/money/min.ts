import type { CurrencyCode } from './currencies';
import { extreme } from './extreme';
import type { Money } from './core';

/**
 * The smallest of a list of amounts of one currency.
 *
 * @param values - at least one amount, all in the same currency.
 * @returns the smallest amount (the first of several equal ones).
 * @throws {@link BudgetWhatIfError} `empty_input` for an empty list; `currency_mismatch` (path
 *   `values[i]`) when the currencies differ.
 * @category Money
 * @example
 * ```ts
 * import { min, money } from 'budget-whatif';
 * min([money('1100000000', 'EUR'), money('800000000', 'EUR')]).amount.toString(); // => '800000000'
 * ```
 */
export function min<TCurrency extends CurrencyCode>(values: readonly Money<TCurrency>[]): Money<TCurrency> {
  return extreme(values, -1);
}
