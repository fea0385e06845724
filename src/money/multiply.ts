import { toDecimal, type DecimalInput } from '../decimal/decimal';
import { exactTimes } from '../decimal/exact';
import type { CurrencyCode } from './currencies';
import { makeMoney, type Money } from './core';

/**
 * Multiply an amount by a decimal factor, exactly (a share, a growth factor, a price index).
 *
 * The product is not rounded: `multiply(money('77940000000', 'EUR'), '0.055')` is exactly
 * €4,286,700,000. Round it with {@link round} when a rule says so. A product needing more than
 * {@link DECIMAL_PRECISION} significant digits is refused (`precision_exceeded`), never rounded silently.
 *
 * @param multiplicand - the amount.
 * @param factor - the factor: a decimal string (`"1.2"`, `"0.055"`), bigint, safe integer or Decimal.
 * @returns the exact product, in the same currency.
 * @throws {@link BudgetWhatIfError} `invalid_number`/`unsafe_number` for the factor (path `factor`);
 *   `precision_exceeded` for a product that needs more than 40 significant digits.
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
  return makeMoney(exactTimes(multiplicand.amount, toDecimal(factor, ['factor']), ['factor']), multiplicand.currency);
}
