import type { Decimal } from '../decimal/core';
import { fail } from '../errors/fail';
import type { CurrencyCode } from './currencies';
import { assertSameCurrency, type Money } from './core';

/**
 * Divide one amount by another of the same currency: a share, such as the mines' part of the plan.
 *
 * The quotient is exact when it terminates within {@link DECIMAL_PRECISION} digits, and rounded
 * half-even at the 40th significant digit otherwise (800/1100 = 0.7272…).
 *
 * @param part - the numerator.
 * @param whole - the denominator, non-zero, in the same currency.
 * @returns `part / whole` as a Decimal.
 * @throws {@link BudgetWhatIfError} `currency_mismatch` when the currencies differ; `division_by_zero`
 *   when `whole` is zero.
 * @category Money
 * @example
 * ```ts
 * import { money, ratio } from 'budget-whatif';
 * ratio(money('4790000000', 'EUR'), money('2300000000', 'EUR')).toDecimalPlaces(4).toString(); // => '2.0826'
 * ratio(money('800000000', 'EUR'), money('1100000000', 'EUR')).toDecimalPlaces(6).toString(); // => '0.727273'
 * ```
 */
export function ratio<TCurrency extends CurrencyCode>(
  part: Money<TCurrency>,
  whole: Money<NoInfer<TCurrency>>,
): Decimal {
  assertSameCurrency(part, whole, ['whole']);
  if (whole.amount.isZero()) fail('division_by_zero', 'cannot take a ratio to a zero amount', ['whole']);
  return part.amount.div(whole.amount);
}
