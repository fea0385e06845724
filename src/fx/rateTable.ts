import { toDecimal } from '../decimal/decimal';
import { toSafeUnits } from '../decimal/scaledInteger';
import { fail } from '../errors/fail';
import { currencyOf, type CurrencyCode } from '../money/currencies';
import type { Source } from '../sources/Source';
import { checkDate } from './dates';
import type { RateColumn, RateSeriesNames, RateTable } from './types';

/**
 * The input of {@link rateTable}: dates and, per currency, the rates as decimal strings.
 *
 * @category Exchange rates
 * @example
 * ```ts
 * import type { RateTableInput } from 'budget-whatif';
 * const input: RateTableInput = {
 *   base: 'EUR',
 *   source: { publisher: 'European Central Bank', title: 'Euro foreign exchange reference rates' },
 *   dates: ['2025-05-05'],
 *   rates: { USD: ['1.1343'] },
 * };
 * ```
 */
export interface RateTableInput {
  /** The currency every rate prices. */
  readonly base: CurrencyCode;
  /** Where the rates come from. */
  readonly source: Source;
  /** Reference dates, ascending, `YYYY-MM-DD`. */
  readonly dates: readonly string[];
  /** Per quoted currency, one rate per date as a decimal string, or `undefined` where there is none. */
  readonly rates: Readonly<Record<string, readonly (string | undefined)[]>>;
  /** Names of the data series; see {@link RateSeriesNames}. */
  readonly series?: RateSeriesNames;
}

/**
 * Build a rate table from dated rates written as decimal strings, checking every value.
 *
 * @param input - the base, source, dates and rates; see {@link RateTableInput}.
 * @returns the table, for {@link rateOn}, {@link annualAverage} and {@link datesConsistentWith}.
 * @throws {@link BudgetWhatIfError} `invalid_date` for a date not written `YYYY-MM-DD` or out of order;
 *   `unknown_currency`; `invalid_number`/`out_of_range` for a rate that is not a positive decimal;
 *   `invalid_type` for a column whose length differs from the dates'.
 * @category Exchange rates
 * @example
 * ```ts
 * import { rateOn, rateTable } from 'budget-whatif';
 * const table = rateTable({
 *   base: 'EUR',
 *   source: { publisher: 'European Central Bank', title: 'Euro foreign exchange reference rates' },
 *   dates: ['2025-05-05', '2025-05-06'],
 *   rates: { USD: ['1.1343', '1.1325'] },
 * });
 * rateOn(table, 'EUR', 'USD', '2025-05-06').rate.toString(); // => '1.1325'
 * ```
 */
export function rateTable(input: RateTableInput): RateTable {
  const base = currencyOf(input.base, ['base']).code;
  input.dates.forEach((date, i) => {
    checkDate(date, ['dates', i]);
    const previous = input.dates[i - 1];
    if (previous !== undefined && previous >= date) {
      fail(
        'invalid_date',
        `dates must be ascending and distinct: ${previous} is followed by ${date}`,
        ['dates', i],
        date,
      );
    }
  });
  const columns: Record<string, RateColumn> = {};
  for (const [code, values] of Object.entries(input.rates)) {
    currencyOf(code, ['rates', code]);
    if (values.length !== input.dates.length) {
      fail(
        'invalid_type',
        `the ${code} column has ${String(values.length)} rates for ${String(input.dates.length)} dates`,
        ['rates', code],
      );
    }
    const rates = values.map((value, i) => {
      if (value === undefined) return undefined;
      const rate = toDecimal(value, ['rates', code, i]);
      if (!rate.gt(0))
        fail('out_of_range', `a rate must be positive, received ${rate.toString()}`, ['rates', code, i], value);
      return rate;
    });
    const decimals = Math.max(0, ...rates.map((rate) => rate?.decimalPlaces() ?? 0));
    const units = rates.map((rate, i) => {
      if (rate === undefined) return undefined;
      const count = toSafeUnits(rate, decimals);
      if (count === undefined)
        fail('out_of_range', `rate ${rate.toString()} has too many digits to store`, ['rates', code, i]);
      return count;
    });
    columns[code] = { decimals, units };
  }
  return {
    base,
    dates: [...input.dates],
    columns,
    source: input.source,
    ...(input.series === undefined ? {} : { series: input.series }),
  };
}
