import { fail } from '../errors/fail';
import { makeMoney, type Money } from '../money/core';
import type { CurrencyCode } from '../money/currencies';
import type { RoundOptions } from '../money/round';
import { currencyOf } from '../money/currencies';
import { checkRoundingMode, checkScale } from '../decimal/rounding';
import { exactTimes } from '../decimal/exact';
import { productRounded } from '../decimal/scaledInteger';
import type { ExchangeRate } from './types';

/**
 * The {@link convert} function options.
 *
 * @category Exchange rates
 * @example
 * ```ts
 * import type { ConvertOptions } from 'budget-whatif';
 * const toCents: ConvertOptions = { round: true };
 * const toMillions: ConvertOptions = { round: { scale: 0, mode: 'half-up' } };
 * ```
 */
export interface ConvertOptions {
  /**
   * Round the result: `true` to the quote currency's minor units (half-even), or {@link RoundOptions}.
   * Default: `false`, the exact product, to be rounded where a rule says so.
   */
  readonly round?: boolean | RoundOptions;
}

/**
 * Convert an amount with an exchange rate whose base is the amount's currency.
 *
 * @param value - the amount, in the rate's base currency.
 * @param rate - the exchange rate (€1 = $1.1343 converts euros to dollars).
 * @param options - rounding; see {@link ConvertOptions}.
 * @returns the amount in the rate's quote currency: exact unless `round` is given.
 * @throws {@link BudgetWhatIfError} `currency_mismatch` (path `rate.base`) when the rate's base is not the
 *   amount's currency; use {@link invert} for the other direction.
 * @category Exchange rates
 * @example
 * ```ts
 * import { convert, exchangeRate, money } from 'budget-whatif';
 * const may5 = exchangeRate('EUR', 'USD', '1.1343', { date: '2025-05-05' });
 * convert(money('800000000', 'EUR'), may5).amount.toString(); // => '907440000'
 * convert(money('1', 'EUR'), exchangeRate('EUR', 'USD', '1.13435'), { round: true }).amount.toString(); // => '1.13'
 * ```
 */
export function convert<TQuote extends CurrencyCode>(
  value: Money,
  rate: ExchangeRate & { readonly quote: TQuote },
  options: ConvertOptions = {},
): Money<TQuote> {
  if (rate.base !== value.currency) {
    fail(
      'currency_mismatch',
      `cannot convert ${value.currency} with a ${rate.base}/${rate.quote} rate; its base must be ${value.currency} (invert the rate for the other direction)`,
      ['rate', 'base'],
      rate.base,
    );
  }
  if (options.round === undefined || options.round === false)
    return makeMoney(exactTimes(value.amount, rate.rate, ['rate']), rate.quote);
  const how = options.round === true ? {} : options.round;
  const scale = how.scale === undefined ? currencyOf(rate.quote).minorUnits : checkScale(how.scale, ['round', 'scale']);
  // Multiplied and rounded in one step, in integers: the hot path of every currency view.
  return makeMoney(
    productRounded(value.amount, rate.rate, scale, checkRoundingMode(how.mode, ['round', 'mode'])),
    rate.quote,
  );
}
