import { ONE } from '../decimal/core';
import type { ExchangeRate } from './types';

/**
 * The inverse of an exchange rate: EUR/USD 1.1343 becomes USD/EUR 0.88160…, same date and source.
 *
 * The inverse is carried to {@link DECIMAL_PRECISION} significant digits (rounded half-even there), so
 * converting there and back returns the amount to within far less than a cent.
 *
 * @param rate - the rate.
 * @returns the rate with base and quote swapped.
 * @category Exchange rates
 * @example
 * ```ts
 * import { exchangeRate, invert } from 'budget-whatif';
 * const usdEur = invert(exchangeRate('EUR', 'USD', '1.25'));
 * [usdEur.base, usdEur.quote, usdEur.rate.toString()]; // => ['USD', 'EUR', '0.8']
 * ```
 */
export function invert(rate: ExchangeRate): ExchangeRate {
  return {
    base: rate.quote,
    quote: rate.base,
    rate: ONE.div(rate.rate),
    ...(rate.date === undefined ? {} : { date: rate.date }),
    ...(rate.source === undefined ? {} : { source: rate.source }),
    note: `inverse of ${rate.base}/${rate.quote} ${rate.rate.toString()}${rate.note === undefined ? '' : ` (${rate.note})`}`,
  };
}
