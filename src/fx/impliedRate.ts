import { fail } from '../errors/fail';
import { asMoneyInterval, type QuotedAmount } from '../quotes/amounts';
import { divideIntervals } from '../quotes/divideIntervals';
import type { RateInterval } from '../quotes/types';

/**
 * The exchange rates under which two quotes of the same amount agree: the interval of B per A.
 *
 * "1.1 billion euros ($1.2 billion)" stands for €[1.05, 1.15] billion and $[1.15, 1.25] billion, so the
 * writer's EUR/USD rate lay in [1.15/1.15, 1.25/1.05] = [1, 1.1905]; the upper bound is rounded outward.
 *
 * @param a - the amount in the base currency (the euros).
 * @param b - the same amount in the quote currency (the dollars).
 * @returns the interval of rates `b / a`, labelled with both currencies.
 * @throws {@link BudgetWhatIfError} `invalid_quote` for a quote that is not of money (path `a` or `b`);
 *   `currency_mismatch` when both are in the same currency;
 *   `division_by_zero` when `a` may be zero.
 * @category Exchange rates
 * @example
 * ```ts
 * import { impliedRate, parseQuote } from 'budget-whatif';
 * const rate = impliedRate(parseQuote('€1.1 billion'), parseQuote('$1.2 billion'));
 * [rate.base, rate.quote, rate.lo.toString(), rate.hi.toDecimalPlaces(6).toString()]; // => ['EUR', 'USD', '1', '1.190476']
 * ```
 */
export function impliedRate(a: QuotedAmount, b: QuotedAmount): RateInterval {
  const from = asMoneyInterval(a, ['a']);
  const to = asMoneyInterval(b, ['b']);
  if (from.currency === to.currency) {
    fail('currency_mismatch', `an implied exchange rate needs two currencies; both are ${from.currency}`, ['b']);
  }
  return { ...divideIntervals(to, from), base: from.currency, quote: to.currency };
}
