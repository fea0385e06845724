import { fail } from '../errors/fail';
import type { Money } from '../money/core';
import { multiply } from '../money/multiply';
import type { YearSeries } from '../series/types';
import { seriesYears } from '../series/years';
import { shareFor, type ShareInput } from './shares';

/**
 * Spending at a share of GDP, year by year: share × GDP, exact.
 *
 * @param gdp - nominal GDP by year; the result has the same years.
 * @param share - a fraction for every year, or a default with per-year values; see {@link ShareInput}.
 * @returns spending by year, unrounded.
 * @throws {@link BudgetWhatIfError} `out_of_range` (path `share` or `share[year]`) for a share below 0 or
 *   above 1; `missing_year` for a year without a share and no default.
 * @category Economy
 * @example
 * ```ts
 * import { money, spendingAtShare } from 'budget-whatif';
 * spendingAtShare({ 2025: money('81883764000', 'EUR') }, '0.05')[2025]?.amount.toString(); // => '4094188200'
 * ```
 */
export function spendingAtShare(gdp: YearSeries<Money>, share: ShareInput): YearSeries<Money> {
  const result: Record<number, Money> = {};
  for (const year of seriesYears(gdp)) result[year] = multiply(gdp[year] as Money, shareFor(share, year, ['share']));
  return result;
}

/**
 * A band of spending between two shares of GDP: "5–6% of GDP" as low, middle and high paths.
 *
 * @category Economy
 * @example
 * ```ts
 * import { money, spendingBand, type SpendingBand } from 'budget-whatif';
 * const band: SpendingBand = spendingBand({ 2026: money('89000000000', 'EUR') }, { low: '0.05', high: '0.06' });
 * band.mid[2026]?.amount.toString(); // => '4895000000'
 * ```
 */
export interface SpendingBand {
  /** Spending at the low share. */
  readonly low: YearSeries<Money>;
  /** Spending at the middle share (the midpoint of low and high unless given). */
  readonly mid: YearSeries<Money>;
  /** Spending at the high share. */
  readonly high: YearSeries<Money>;
}

/**
 * The shares of GDP of a {@link spendingBand}: low and high, and a middle (their midpoint unless given).
 *
 * @category Economy
 * @example
 * ```ts
 * import type { ShareBand } from 'budget-whatif';
 * const lithuania: ShareBand = { low: '5%', high: '6%' };
 * ```
 */
export interface ShareBand {
  /** The low share. */
  readonly low: ShareInput;
  /** The high share. */
  readonly high: ShareInput;
  /** The middle share. Default: the midpoint of low and high. */
  readonly mid?: ShareInput;
}

/**
 * Spending at the low, middle and high shares of a band of GDP shares, year by year.
 *
 * @param gdp - nominal GDP by year.
 * @param band - the low and high shares, and the middle one if it is not their midpoint.
 * @returns the three spending paths; see {@link SpendingBand}.
 * @throws {@link BudgetWhatIfError} as {@link spendingAtShare}; `out_of_range` (path `band.high[year]`)
 *   when the high share is below the low one.
 * @category Economy
 * @example
 * ```ts
 * import { money, spendingBand } from 'budget-whatif';
 * // The State Defence Council's 5–6% of GDP, on a GDP of €89.0 billion.
 * const band = spendingBand({ 2026: money('89000000000', 'EUR') }, { low: '0.05', high: '0.06' });
 * [band.low[2026]?.amount.toString(), band.high[2026]?.amount.toString()]; // => ['4450000000', '5340000000']
 * ```
 */
export function spendingBand(gdp: YearSeries<Money>, band: ShareBand): SpendingBand {
  const low: Record<number, Money> = {};
  const mid: Record<number, Money> = {};
  const high: Record<number, Money> = {};
  for (const year of seriesYears(gdp)) {
    const gdpOfYear = gdp[year] as Money;
    const lowShare = shareFor(band.low, year, ['band', 'low']);
    const highShare = shareFor(band.high, year, ['band', 'high']);
    if (highShare.lt(lowShare)) {
      fail(
        'out_of_range',
        `the high share (${highShare.toString()}) is below the low one (${lowShare.toString()}) in ${String(year)}`,
        ['band', 'high'],
        highShare,
      );
    }
    const midShare =
      band.mid === undefined ? lowShare.plus(highShare).div(2) : shareFor(band.mid, year, ['band', 'mid']);
    low[year] = multiply(gdpOfYear, lowShare);
    mid[year] = multiply(gdpOfYear, midShare);
    high[year] = multiply(gdpOfYear, highShare);
  }
  return { low, mid, high };
}
