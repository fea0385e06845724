import { toDecimal, type DecimalInput } from '../decimal/decimal';
import type { CurrencyCode } from './currencies';
import { makeMoney, type Money } from './core';

/**
 * Multiply an amount by a decimal factor, exactly (a share, a growth factor, a price index).
 *
 * The product is not rounded: `multiply(money('77940000000', 'EUR'), '0.055')` is exactly
 * €4,286,700,000. Round it with {@link round} when a rule says so. Products needing more than
 * {@link DECIMAL_PRECISION} significant digits are rounded at the last of them.
 *
 * @param multiplicand - the amount.
 * @param factor - the factor: a decimal string (`"1.2"`, `"0.055"`), bigint, safe integer or Decimal.
 * @returns the exact product, in the same currency.
 * @throws {@link BudgetWhatIfError} `invalid_number`/`unsafe_number` for the factor (path `factor`).
 * @category Money
 * @example
 * ```ts
 * import { money, multiply } from 'budget-whatif';
 * multiply(money('800000000', 'EUR'), '1.2').amount.toString(); // => '960000000'
 * multiply(money('77940000000', 'EUR'), '0.055').amount.toString(); // => '4286700000'
 * ```
 */
export function multiply<TCurrency extends CurrencyCode>(
  multiplicand: Money<TCurrency>,
  factor: DecimalInput,
): Money<TCurrency> {
  return makeMoney(multiplicand.amount.times(toDecimal(factor, ['factor'])), multiplicand.currency);
}
