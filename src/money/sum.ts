import { ZERO } from '../decimal/core';
import { exactPlus } from '../decimal/exact';
import { fail } from '../errors/fail';
import { currencyOf, type CurrencyCode } from './currencies';
import { assertSameCurrency, makeMoney, type Money } from './core';

/**
 * The {@link sum} function options.
 *
 * @category Money
 * @example
 * ```ts
 * import type { SumOptions } from 'budget-whatif';
 * const options: SumOptions = { currency: 'EUR' };
 * ```
 */
export interface SumOptions {
  /** The currency of the sum; required to sum an empty list (the result is zero in it), checked otherwise. */
  readonly currency?: CurrencyCode;
}

/**
 * Add up a list of amounts of one currency, exactly.
 *
 * @param values - the amounts, all in the same currency.
 * @param options - the currency, needed when the list may be empty; see {@link SumOptions}.
 * @returns the exact total.
 * @throws {@link BudgetWhatIfError} `currency_mismatch` (path `values[i]`) when the currencies differ;
 *   `empty_input` for an empty list without `options.currency`; `precision_exceeded` when the exact total
 *   needs more than 40 significant digits.
 * @category Money
 * @example
 * ```ts
 * import { money, sum } from 'budget-whatif';
 * sum([money('800000000', 'EUR'), money('300000000', 'EUR')]).amount.toString(); // => '1100000000'
 * sum([], { currency: 'EUR' }).amount.toString(); // => '0'
 * ```
 */
export function sum<TCurrency extends CurrencyCode>(
  values: readonly Money<TCurrency>[],
  options: SumOptions = {},
): Money<TCurrency> {
  const first = values[0];
  if (first === undefined) {
    if (options.currency === undefined)
      fail('empty_input', 'cannot sum an empty list without a currency; pass { currency }', ['values']);
    return makeMoney(ZERO, currencyOf(options.currency).code as TCurrency);
  }
  if (options.currency !== undefined && options.currency !== first.currency) {
    fail(
      'currency_mismatch',
      `expected amounts in ${options.currency}, received ${first.currency}`,
      ['values', 0],
      first.currency,
    );
  }
  let total = first.amount;
  for (let i = 1; i < values.length; i++) {
    const value = values[i] as Money<TCurrency>;
    assertSameCurrency(first, value, ['values', i]);
    total = exactPlus(total, value.amount, ['values', i]);
  }
  return makeMoney(total, first.currency);
}
