import type { CurrencyCode } from './currencies';
import { assertSameCurrency, type Money } from './core';

/**
 * Compare two amounts of the same currency, for sorting.
 *
 * @param a - the first amount.
 * @param b - the second amount, in the same currency.
 * @returns `-1` when `a < b`, `0` when they are equal, `1` when `a > b`.
 * @throws {@link BudgetWhatIfError} `currency_mismatch` when the currencies differ.
 * @category Money
 * @example
 * ```ts
 * import { compare, money } from 'budget-whatif';
 * compare(money('800000000', 'EUR'), money('1100000000', 'EUR')); // => -1
 * [money('3', 'EUR'), money('1', 'EUR')].sort(compare).map((m) => m.amount.toString()); // => ['1', '3']
 * ```
 */
export function compare<TCurrency extends CurrencyCode>(a: Money<TCurrency>, b: Money<NoInfer<TCurrency>>): -1 | 0 | 1 {
  assertSameCurrency(a, b, ['b']);
  return a.amount.comparedTo(b.amount) as -1 | 0 | 1;
}
