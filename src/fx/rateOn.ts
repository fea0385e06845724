import { fail, show } from '../errors/fail';
import type { CurrencyCode } from '../money/currencies';
import { checkDate, weekday } from './dates';
import { lastRowOnOrBefore, pairReader, seriesName } from './lookup';
import type { ExchangeRate, RateTable } from './types';

/**
 * The {@link rateOn} function options.
 *
 * @category Exchange rates
 * @example
 * ```ts
 * import type { RateOnOptions } from 'budget-whatif';
 * const options: RateOnOptions = { policy: 'previous' };
 * ```
 */
export interface RateOnOptions {
  /**
   * What to do when the date has no rate (a weekend or holiday): `'exact'` (default) fails;
   * `'previous'` takes the last reference date before it, and says so in the rate's `note`.
   */
  readonly policy?: 'exact' | 'previous';
}

/**
 * Look up the exchange rate of a pair on a date in a rate table (such as the ECB's reference rates).
 *
 * A pair whose base is the table's base is read as is; the reverse pair is the inverse, and a pair of
 * two other currencies is the cross rate through the table's base (USD/PLN = EUR/PLN ÷ EUR/USD), as the
 * ECB itself recommends for its reference rates.
 *
 * @param table - the rate table; `ecb` from `budget-whatif/ecb` for the ECB's.
 * @param base - the currency priced.
 * @param quote - the currency of the price.
 * @param date - the date, `YYYY-MM-DD`.
 * @param options - what to do on a date without a rate; see {@link RateOnOptions}.
 * @returns the rate, dated with the reference date used, its source naming the series and date.
 * @throws {@link BudgetWhatIfError} `invalid_date`; `no_rate` when the date has no rate under the
 *   `'exact'` policy (the message names the previous reference date), lies outside the table, or the table
 *   lacks a currency.
 * @category Exchange rates
 * @example
 * ```ts
 * import { rateOn } from 'budget-whatif';
 * import { ecb } from 'budget-whatif/ecb';
 * rateOn(ecb, 'EUR', 'USD', '2025-05-05').rate.toString(); // => '1.1343'
 * rateOn(ecb, 'EUR', 'USD', '2025-05-03', { policy: 'previous' }).date; // => '2025-05-02' (the Friday)
 * rateOn(ecb, 'EUR', 'USD', '2025-05-03'); // throws: no_rate — a Saturday
 * ```
 */
export function rateOn(
  table: RateTable,
  base: CurrencyCode,
  quote: CurrencyCode,
  date: string,
  options: RateOnOptions = {},
): ExchangeRate {
  checkDate(date, ['date']);
  const policy: unknown = options.policy ?? 'exact'; // checked: it may come from JSON or untyped code
  if (policy !== 'exact' && policy !== 'previous') {
    fail('out_of_range', `policy must be "exact" or "previous", received ${show(policy)}`, ['policy'], policy);
  }
  const reader = pairReader(table, base, quote);
  const first = table.dates[0];
  const last = table.dates[table.dates.length - 1];
  if (first === undefined || last === undefined || date < first || date > last) {
    fail('no_rate', `${date} is outside the table, which runs from ${first ?? '–'} to ${last ?? '–'}`, ['date'], date);
  }
  let row = lastRowOnOrBefore(table.dates, date);
  const exact = table.dates[row] === date;
  if (!exact && policy === 'exact') {
    fail(
      'no_rate',
      `${date} (a ${weekday(date)}) is not a reference date; the previous one is ${table.dates[row] ?? '–'}: pass { policy: 'previous' } to use it`,
      ['date'],
      date,
    );
  }
  let rate = reader.at(row);
  while (rate === undefined && policy === 'previous' && row > 0) rate = reader.at(--row);
  const used = table.dates[row] as string;
  if (rate === undefined) {
    return fail('no_rate', `the table has no ${reader.base}/${reader.quote} rate on ${date}`, ['date'], date);
  }
  const notes = [
    used === date
      ? ''
      : `${date} (a ${weekday(date)}) has no reference rate; this is the rate of the previous reference date, ${used}`,
    reader.derivation === '' ? '' : `computed as ${reader.derivation} on ${used}`,
  ].filter((note) => note !== '');
  const series = seriesName(table, 'daily', reader.base, reader.quote);
  return {
    base: reader.base,
    quote: reader.quote,
    rate,
    date: used,
    source: {
      ...table.source,
      title: `${table.source.title}${series === undefined ? '' : `, series ${series}`}, ${used}`,
      quoted: rate.toString(),
    },
    ...(notes.length === 0 ? {} : { note: notes.join('; ') }),
  };
}
