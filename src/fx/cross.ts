import { fail } from '../errors/fail';
import type { ExchangeRate } from './types';
import { invert } from './invert';

/**
 * A cross rate through a currency two rates share: EUR/USD and EUR/PLN give USD/PLN.
 *
 * The result runs from the currency of `a` that is not shared to the one of `b` that is not shared. Its
 * date is kept when both rates have the same date; its source is `a`'s when both have the same publisher.
 *
 * @param a - a rate with one currency in common with `b`.
 * @param b - the other rate.
 * @returns the cross rate, carried to {@link DECIMAL_PRECISION} significant digits.
 * @throws {@link BudgetWhatIfError} `currency_mismatch` when the rates share no currency, or both.
 * @category Exchange rates
 * @example
 * ```ts
 * import { cross, exchangeRate } from 'budget-whatif';
 * // ECB, 13 April 2026: €1 = $1.1684 and €1 = 4.2543 zł.
 * const usdPln = cross(exchangeRate('EUR', 'USD', '1.1684'), exchangeRate('EUR', 'PLN', '4.2543'));
 * [usdPln.base, usdPln.quote, usdPln.rate.toDecimalPlaces(4).toString()]; // => ['USD', 'PLN', '3.6411']
 * ```
 */
export function cross(a: ExchangeRate, b: ExchangeRate): ExchangeRate {
  const shared = [a.base, a.quote].filter((code) => code === b.base || code === b.quote);
  if (shared.length !== 1) {
    return fail(
      'currency_mismatch',
      `a cross rate needs exactly one currency in common, received ${a.base}/${a.quote} and ${b.base}/${b.quote}`,
      ['b'],
    );
  }
  const via = shared[0] as string;
  // Turn both into rates from the shared currency: via/X and via/Y; then X/Y = (via/Y) / (via/X).
  const fromVia = a.base === via ? a : invert(a);
  const toTarget = b.base === via ? b : invert(b);
  const sameDate = a.date !== undefined && a.date === b.date;
  const samePublisher = a.source !== undefined && a.source.publisher === b.source?.publisher;
  return {
    base: fromVia.quote,
    quote: toTarget.quote,
    rate: toTarget.rate.div(fromVia.rate),
    ...(sameDate ? { date: a.date } : {}),
    ...(samePublisher ? { source: a.source } : {}),
    note: `cross rate via ${via} of ${a.base}/${a.quote} ${a.rate.toString()} and ${b.base}/${b.quote} ${b.rate.toString()}`,
  };
}
