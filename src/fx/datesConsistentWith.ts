import type { Decimal } from '../decimal/core';
import { contains } from '../quotes/contains';
import type { RateInterval } from '../quotes/types';
import { checkDate } from './dates';
import { pairReader } from './lookup';
import type { RateTable } from './types';

/**
 * The {@link datesConsistentWith} function options.
 *
 * @category Exchange rates
 * @example
 * ```ts
 * import type { DatesConsistentWithOptions } from 'budget-whatif';
 * const spring2025: DatesConsistentWithOptions = { from: '2025-04-01', to: '2025-06-30' };
 * ```
 */
export interface DatesConsistentWithOptions {
  /** The first date to consider, `YYYY-MM-DD`. Default: the table's first. */
  readonly from?: string;
  /** The last date to consider, `YYYY-MM-DD`. Default: the table's last. */
  readonly to?: string;
}

/**
 * A reference date and its rate, as returned by {@link datesConsistentWith}.
 *
 * @category Exchange rates
 * @example
 * ```ts
 * import { decimal, type DatedRate } from 'budget-whatif';
 * const may6: DatedRate = { date: '2025-05-06', rate: decimal('1.1325') };
 * ```
 */
export interface DatedRate {
  /** The reference date. */
  readonly date: string;
  /** The rate on that date. */
  readonly rate: Decimal;
}

/**
 * The reference dates whose rate lies in an interval: on which days could a writer have converted at a
 * rate consistent with their figures?
 *
 * @param table - the rate table; `ecb` from `budget-whatif/ecb` for the ECB's.
 * @param rates - the interval of rates, with its pair (as {@link impliedRate} returns it).
 * @param options - the dates to search; see {@link DatesConsistentWithOptions}.
 * @returns the matching dates with their rates, in date order.
 * @throws {@link BudgetWhatIfError} `invalid_date` for a bad `from` or `to`; `no_rate` when the table
 *   lacks a currency of the pair.
 * @category Exchange rates
 * @example
 * ```ts
 * import { datesConsistentWith, impliedRate, parseQuote } from 'budget-whatif';
 * import { ecb } from 'budget-whatif/ecb';
 * const rate = impliedRate(parseQuote('800 million euros'), parseQuote('$905 million'));
 * datesConsistentWith(ecb, rate, { from: '2025-05-01', to: '2025-05-09' }).map((d) => d.date); // => ['2025-05-06']
 * ```
 */
export function datesConsistentWith(
  table: RateTable,
  rates: RateInterval,
  options: DatesConsistentWithOptions = {},
): DatedRate[] {
  const from = options.from === undefined ? undefined : checkDate(options.from, ['from']);
  const to = options.to === undefined ? undefined : checkDate(options.to, ['to']);
  const reader = pairReader(table, rates.base, rates.quote);
  const found: DatedRate[] = [];
  table.dates.forEach((date, row) => {
    if ((from !== undefined && date < from) || (to !== undefined && date > to)) return;
    const rate = reader.at(row);
    if (rate !== undefined && contains(rates, rate)) found.push({ date, rate });
  });
  return found;
}
