import { toDecimal, type DecimalInput } from '../decimal/decimal';
import { checkRoundingMode, checkScale, type RoundingMode } from '../decimal/rounding';
import { fail } from '../errors/fail';
import { quotientRounded } from '../decimal/scaledInteger';
import { currencyOf, type CurrencyCode } from './currencies';
import { makeMoney, type Money } from './core';

/**
 * The {@link divide} function options.
 *
 * @category Money
 * @example
 * ```ts
 * import type { DivideOptions } from 'budget-whatif';
 * const options: DivideOptions = { scale: 4, mode: 'half-up' };
 * ```
 */
export interface DivideOptions {
  /** Decimal places of the result. Default: the currency's minor units (2 for EUR). */
  readonly scale?: number;
  /** How to round the quotient to `scale`. Default: `'half-even'`. */
  readonly mode?: RoundingMode;
}

/**
 * Divide an amount by a decimal divisor, rounding the quotient to the currency's minor units (or a
 * given scale).
 *
 * Division is the one operation whose exact result may have no finite decimal form (€1,100,000,000 / 3),
 * so it always rounds, with a stated rule. To split an amount into parts that add up, use
 * {@link allocate} instead: three thirds of a divided amount need not sum to the whole.
 *
 * @param dividend - the amount.
 * @param divisor - a non-zero decimal string, bigint, safe integer or Decimal.
 * @param options - the scale and rounding mode of the result; see {@link DivideOptions}.
 * @returns the rounded quotient, in the same currency.
 * @throws {@link BudgetWhatIfError} `division_by_zero` (path `divisor`); `invalid_number`/`unsafe_number`
 *   for the divisor; `invalid_scale`/`invalid_rounding_mode` for the options.
 * @category Money
 * @example
 * ```ts
 * import { divide, money } from 'budget-whatif';
 * divide(money('1100000000', 'EUR'), 10).amount.toString(); // => '110000000'
 * divide(money('1100000000', 'EUR'), 3).amount.toFixed(2); // => '366666666.67'
 * divide(money('1100000000', 'EUR'), 3, { scale: 0, mode: 'floor' }).amount.toString(); // => '366666666'
 * ```
 */
export function divide<TCurrency extends CurrencyCode>(
  dividend: Money<TCurrency>,
  divisor: DecimalInput,
  options: DivideOptions = {},
): Money<TCurrency> {
  const by = toDecimal(divisor, ['divisor']);
  if (by.isZero()) fail('division_by_zero', 'cannot divide by zero', ['divisor'], divisor);
  const scale =
    options.scale === undefined ? currencyOf(dividend.currency).minorUnits : checkScale(options.scale, ['scale']);
  const mode = checkRoundingMode(options.mode, ['mode']);
  // In integers, so that the quotient is rounded once: decimal.js would first round it to its precision,
  // and a second rounding to `scale` can then land on the wrong side of a tie.
  return makeMoney(quotientRounded(dividend.amount, by, scale, mode), dividend.currency);
}
