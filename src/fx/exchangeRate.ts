import { toDecimal, type DecimalInput } from '../decimal/decimal';
import { fail } from '../errors/fail';
import type { CurrencyCode } from '../money/currencies';
import type { Source } from '../sources/Source';
import { checkDate } from './dates';
import { checkPair } from './lookup';
import type { ExchangeRate } from './types';

/**
 * The {@link exchangeRate} function options.
 *
 * @category Exchange rates
 * @example
 * ```ts
 * import type { ExchangeRateOptions } from 'budget-whatif';
 * const options: ExchangeRateOptions = { date: '2025-05-05', note: 'scenario assumption' };
 * ```
 */
export interface ExchangeRateOptions {
  /** The date the rate applies to, `YYYY-MM-DD`. */
  readonly date?: string;
  /** Where the rate comes from. */
  readonly source?: Source;
  /** A note on how the rate was obtained. */
  readonly note?: string;
}

/**
 * Create an exchange rate: one `base` is worth `rate` of `quote`.
 *
 * @param base - the currency priced (EUR in EUR/USD).
 * @param quote - the currency of the price (USD in EUR/USD), different from `base`.
 * @param rate - a positive decimal string, bigint, safe integer or Decimal.
 * @param options - the date, source and note; see {@link ExchangeRateOptions}.
 * @returns the rate.
 * @throws {@link BudgetWhatIfError} `unknown_currency` (path `base` or `quote`); `invalid_number`,
 *   `unsafe_number` or `out_of_range` (not positive) for the rate; `currency_mismatch` when base and quote
 *   are the same; `invalid_date` for a date not written `YYYY-MM-DD`.
 * @category Exchange rates
 * @example
 * ```ts
 * import { exchangeRate } from 'budget-whatif';
 * const rate = exchangeRate('EUR', 'USD', '1.1343', { date: '2025-05-05' });
 * rate.rate.toString(); // => '1.1343'
 * exchangeRate('EUR', 'USD', '-1'); // throws: out_of_range
 * ```
 */
export function exchangeRate(
  base: CurrencyCode,
  quote: CurrencyCode,
  rate: DecimalInput,
  options: ExchangeRateOptions = {},
): ExchangeRate {
  const [from, to] = checkPair(base, quote);
  const value = toDecimal(rate, ['rate']);
  if (!value.gt(0))
    fail('out_of_range', `an exchange rate must be positive, received ${value.toString()}`, ['rate'], rate);
  return {
    base: from,
    quote: to,
    rate: value,
    ...(options.date === undefined ? {} : { date: checkDate(options.date, ['date']) }),
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.note === undefined ? {} : { note: options.note }),
  };
}
