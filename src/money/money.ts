import { toDecimal, type DecimalInput } from '../decimal/decimal';
import { currencyOf, type CurrencyCode } from './currencies';
import { makeMoney, type Money } from './core';

/**
 * Create an amount of money from an exact number and an ISO 4217 currency code.
 *
 * The amount is kept exactly as given, with no rounding: round it with {@link round} when a rule says so.
 *
 * @param amount - the amount in major units: a decimal string (`"1100000000"`, `"1.1e9"`,
 *   `"1_100_000_000"`), a bigint, a safe integer or a Decimal. Other JS numbers (`0.1 + 0.2`) are rejected;
 *   see {@link DecimalInput}.
 * @param currency - an ISO 4217 code known to {@link CURRENCIES}, such as `'EUR'`.
 * @returns a new {@link Money} (readonly by its type; not frozen, which would cost time on every operation).
 * @throws {@link BudgetWhatIfError} `invalid_number` or `unsafe_number` for the amount (path `amount`),
 *   `unknown_currency` for the currency (path `currency`).
 * @category Money
 * @example
 * ```ts
 * import { money } from 'budget-whatif';
 * money('1100000000', 'EUR').amount.toString(); // => '1100000000'
 * money('1.1e9', 'EUR').amount.toString(); // => '1100000000'
 * money('0.3', 'EUR').amount.toString(); // => '0.3'
 * money(0.1 + 0.2, 'EUR'); // throws: unsafe_number — "pass the amount as a string, e.g. "0.3""
 * ```
 */
export function money<TCurrency extends CurrencyCode>(amount: DecimalInput, currency: TCurrency): Money<TCurrency> {
  const code = currencyOf(currency).code as TCurrency;
  return makeMoney(toDecimal(amount, ['amount']), code);
}
