import { fail } from '../errors/fail';
import type { Money } from '../money/core';
import { convert, type ConvertOptions } from '../fx/convert';
import type { ExchangeRate } from '../fx/types';
import type { YearSeries } from '../series/types';
import { seriesYears } from '../series/years';

/**
 * Convert amounts by year into another currency: with one rate for every year (a scenario assumption),
 * or a rate per year (the ECB's annual averages from {@link annualAverage}).
 *
 * @param series - amounts by year, in the rates' base currency.
 * @param rates - one {@link ExchangeRate}, or one per year covering every year of the series.
 * @param options - rounding; see {@link ConvertOptions}. Default: exact.
 * @returns the amounts in the rates' quote currency.
 * @throws {@link BudgetWhatIfError} `missing_year` (path `rates[year]`); `currency_mismatch` (path
 *   `rates[year].base`) when a rate's base is not the amounts' currency.
 * @category Economy
 * @example
 * ```ts
 * import { convertSeries, exchangeRate, money } from 'budget-whatif';
 * const usd = convertSeries({ 2026: money('4790000000', 'EUR') }, exchangeRate('EUR', 'USD', '1.13'));
 * usd[2026]?.amount.toString(); // => '5412700000'
 * ```
 */
export function convertSeries(
  series: YearSeries<Money>,
  rates: ExchangeRate | YearSeries<ExchangeRate>,
  options: ConvertOptions = {},
): YearSeries<Money> {
  const single = isRate(rates) ? rates : undefined;
  const result: Record<number, Money> = {};
  for (const year of seriesYears(series)) {
    const rate = single ?? (Object.hasOwn(rates, year) ? (rates as YearSeries<ExchangeRate>)[year] : undefined);
    if (rate === undefined) return fail('missing_year', `no exchange rate for ${String(year)}`, ['rates', year]);
    const amount = series[year] as Money;
    if (rate.base !== amount.currency) {
      fail(
        'currency_mismatch',
        `cannot convert ${amount.currency} with a ${rate.base}/${rate.quote} rate`,
        single === undefined ? ['rates', year, 'base'] : ['rates', 'base'],
        rate.base,
      );
    }
    result[year] = convert(amount, rate, options);
  }
  return result;
}

function isRate(value: ExchangeRate | YearSeries<ExchangeRate>): value is ExchangeRate {
  return typeof (value as Partial<ExchangeRate>).base === 'string';
}
