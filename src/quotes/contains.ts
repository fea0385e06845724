import { toDecimal, type DecimalInput } from '../decimal/decimal';
import { fail } from '../errors/fail';
import type { Money } from '../money/core';
import { isMoneyInterval, type Interval } from './types';

/**
 * Tell whether a value lies in an interval (respecting open ends).
 *
 * @param range - the interval.
 * @param value - a number (decimal string, bigint, safe integer or Decimal), or Money when `range` is a
 *   money interval of the same currency.
 * @returns `true` when the value is inside.
 * @throws {@link BudgetWhatIfError} `currency_mismatch` for Money against a plain interval or another
 *   currency; `invalid_number`/`unsafe_number` for a bad number.
 * @category Quotes
 * @example
 * ```ts
 * import { contains, interval } from 'budget-whatif';
 * const implied = interval('1.129919', '1.132583'); // EUR/USD behind "800 million euros ($905 million)"
 * contains(implied, '1.1325'); // => true (ECB, 6 May 2025)
 * contains(implied, '1.1343'); // => false (ECB, 5 May 2025)
 * ```
 */
export function contains(range: Interval, value: DecimalInput | Money): boolean {
  let x;
  if (typeof value === 'object' && 'currency' in value) {
    if (!isMoneyInterval(range) || range.currency !== value.currency) {
      fail(
        'currency_mismatch',
        `cannot look for ${value.currency} in ${isMoneyInterval(range) ? range.currency : 'a plain interval'}`,
        ['value'],
      );
    }
    x = value.amount;
  } else {
    x = toDecimal(value, ['value']);
  }
  const aboveLo = range.loOpen ? x.gt(range.lo) : x.gte(range.lo);
  const belowHi = range.hiOpen ? x.lt(range.hi) : x.lte(range.hi);
  return aboveLo && belowHi;
}
