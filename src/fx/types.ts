import type { Decimal } from '../decimal/core';
import type { CurrencyCode } from '../money/currencies';
import type { Source } from '../sources/Source';

/**
 * An exchange rate: one unit of `base` is worth `rate` units of `quote` (EUR/USD 1.1343: €1 = $1.1343),
 * with the date it applies to and where it comes from.
 *
 * Create one with {@link exchangeRate}, or look one up with {@link rateOn} and {@link annualAverage}.
 *
 * @category Exchange rates
 * @example
 * ```ts
 * import { exchangeRate, type ExchangeRate } from 'budget-whatif';
 * const ecb: ExchangeRate = exchangeRate('EUR', 'USD', '1.1343', { date: '2025-05-05' });
 * ```
 */
export interface ExchangeRate {
  /** The currency priced: EUR in EUR/USD. */
  readonly base: CurrencyCode;
  /** The currency of the price: USD in EUR/USD. */
  readonly quote: CurrencyCode;
  /** Units of `quote` per unit of `base`, exact and positive. */
  readonly rate: Decimal;
  /** The date the rate applies to (`YYYY-MM-DD`), or a year (`YYYY`) for an annual average. */
  readonly date?: string;
  /** Where the rate comes from. */
  readonly source?: Source;
  /** How the rate was obtained when that is not obvious: a previous day's rate, an inverse, a cross rate. */
  readonly note?: string;
}

/**
 * A table of dated exchange rates against one base currency, such as the ECB's euro reference rates.
 *
 * Rates are stored compactly as whole numbers of `10^-decimals` (1.1343 as 11343 with 4 decimals), one
 * column per quoted currency, aligned with `dates`. Build one from decimal strings with {@link rateTable};
 * the ECB's is `ecb` in `budget-whatif/ecb`.
 *
 * @category Exchange rates
 * @example
 * ```ts
 * import { rateTable, type RateTable } from 'budget-whatif';
 * const table: RateTable = rateTable({
 *   base: 'EUR',
 *   source: { publisher: 'European Central Bank', title: 'Euro foreign exchange reference rates' },
 *   dates: ['2025-05-05', '2025-05-06'],
 *   rates: { USD: ['1.1343', '1.1325'] },
 * });
 * ```
 */
export interface RateTable {
  /** The currency every rate prices (EUR for the ECB). */
  readonly base: CurrencyCode;
  /** The reference dates, ascending, `YYYY-MM-DD`. */
  readonly dates: readonly string[];
  /** One column per quoted currency. */
  readonly columns: Readonly<Record<string, RateColumn>>;
  /** Where the table comes from. */
  readonly source: Source;
  /** Names of the table's data series, for the sources of the rates read from it. */
  readonly series?: RateSeriesNames;
}

/**
 * The names of a rate table's daily and annual series, with `{currency}` standing for the quoted
 * currency, as the ECB names its series.
 *
 * @category Exchange rates
 * @example
 * ```ts
 * import type { RateSeriesNames } from 'budget-whatif';
 * const ecbSeries: RateSeriesNames = { daily: 'EXR.D.{currency}.EUR.SP00.A', annual: 'EXR.A.{currency}.EUR.SP00.A' };
 * ```
 */
export interface RateSeriesNames {
  /** The daily series (`EXR.D.{currency}.EUR.SP00.A`). */
  readonly daily: string;
  /** The series of annual averages (`EXR.A.{currency}.EUR.SP00.A`). */
  readonly annual: string;
}

/**
 * One currency's column of a {@link RateTable}.
 *
 * @category Exchange rates
 * @example
 * ```ts
 * import type { RateColumn } from 'budget-whatif';
 * const usd: RateColumn = { decimals: 4, units: [11343, 11325] }; // 1.1343, 1.1325
 * ```
 */
export interface RateColumn {
  /** Decimal places of the stored rates. */
  readonly decimals: number;
  /** Each date's rate in units of `10^-decimals`, or `undefined` where there was none. */
  readonly units: readonly (number | undefined)[];
}
