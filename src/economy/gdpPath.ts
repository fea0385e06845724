import { ONE, type Decimal } from '../decimal/core';
import { fail, type Path } from '../errors/fail';
import type { Money } from '../money/core';
import { growthPath } from '../series/growthPath';
import { rateFor, type RatesByYear } from '../series/rates';
import type { YearSeries } from '../series/types';
import { checkYear, seriesYears } from '../series/years';

/**
 * A year and an amount: the base of a GDP path.
 *
 * @category Economy
 * @example
 * ```ts
 * import { money, type YearAmount } from 'budget-whatif';
 * const eurostat2024: YearAmount = { year: 2024, amount: money('77940000000', 'EUR') };
 * ```
 */
export interface YearAmount {
  /** The year. */
  readonly year: number;
  /** The amount in that year. */
  readonly amount: Money;
}

/**
 * How to build a nominal GDP path; one of:
 *
 * - `{ base, realGrowth, deflator, to }`: a base year's GDP grown by real growth and the GDP deflator,
 *   nominal growth = (1 + g)(1 + π) − 1 each year;
 * - `{ base, nominalGrowth, to }`: a base year's GDP grown by nominal growth;
 * - `{ known, realGrowth, deflator, to }` or `{ known, nominalGrowth, to }`: known years, then a projection
 *   from the last of them;
 * - `{ series }`: an explicit series, taken as is.
 *
 * Rates are {@link RatesByYear}: a `default` and per-year overrides, as fractions.
 *
 * @category Economy
 * @example
 * ```ts
 * import { money, type GdpPathInput } from 'budget-whatif';
 * const input: GdpPathInput = {
 *   base: { year: 2024, amount: money('77940000000', 'EUR') }, // Eurostat
 *   realGrowth: { default: '0.03', 2025: '0.024' },
 *   deflator: { default: '0.025', 2025: '0.034' },
 *   to: 2030,
 * };
 * ```
 */
export type GdpPathInput =
  | {
      /** The base year and its nominal GDP. */
      readonly base: YearAmount;
      /** Real growth by year. */
      readonly realGrowth: RatesByYear;
      /** GDP deflator growth (inflation) by year. */
      readonly deflator: RatesByYear;
      /** The last year of the path. */
      readonly to: number;
    }
  | {
      /** The base year and its nominal GDP. */
      readonly base: YearAmount;
      /** Nominal growth by year. */
      readonly nominalGrowth: RatesByYear;
      /** The last year of the path. */
      readonly to: number;
    }
  | {
      /** Known years of nominal GDP, projected onwards from the last. */
      readonly known: YearSeries<Money>;
      /** Real growth by year, for the projected years. */
      readonly realGrowth: RatesByYear;
      /** GDP deflator growth by year, for the projected years. */
      readonly deflator: RatesByYear;
      /** The last year of the path. */
      readonly to: number;
    }
  | {
      /** Known years of nominal GDP, projected onwards from the last. */
      readonly known: YearSeries<Money>;
      /** Nominal growth by year, for the projected years. */
      readonly nominalGrowth: RatesByYear;
      /** The last year of the path. */
      readonly to: number;
    }
  | {
      /** Nominal GDP by year, as is. */
      readonly series: YearSeries<Money>;
    };

/**
 * A path of nominal GDP by year: from a base year and growth rates, from known years and a projection,
 * or as given. Exact decimals throughout (products beyond 40 significant digits rounded at the 40th).
 *
 * @param input - the base, the rates and the last year; see {@link GdpPathInput}.
 * @returns nominal GDP by year.
 * @throws {@link BudgetWhatIfError} `out_of_range` for GDP that is not positive (path `base.amount` or
 *   `known[year]`) or a rate of −100% or less; `missing_year` for a year without a rate and no default;
 *   `invalid_year` for a path that ends before it starts.
 * @category Economy
 * @example
 * ```ts
 * import { gdpPath, money } from 'budget-whatif';
 * const gdp = gdpPath({ base: { year: 2024, amount: money('77940000000', 'EUR') }, realGrowth: { default: '0.03' }, deflator: { default: '0.02' }, to: 2025 });
 * gdp[2025]?.amount.toString(); // => '81883764000' (77.94bn × 1.03 × 1.02)
 * ```
 */
export function gdpPath(input: GdpPathInput): YearSeries<Money> {
  if ('series' in input) {
    for (const year of seriesYears(input.series)) positive(input.series[year] as Money, ['series', year]);
    return input.series;
  }
  const to = checkYear(input.to, ['to']);
  let start: { readonly year: number; readonly value: Money };
  let known: YearSeries<Money> = {};
  if ('base' in input) {
    positive(input.base.amount, ['base', 'amount']);
    start = { year: checkYear(input.base.year, ['base', 'year']), value: input.base.amount };
  } else {
    known = input.known;
    const years = seriesYears(known);
    const last = years.at(-1);
    if (last === undefined)
      return fail('missing_year', 'a path from known years needs at least one known year', ['known']);
    for (const year of years) positive(known[year] as Money, ['known', year]);
    if (to <= last) return known;
    start = { year: last, value: known[last] as Money };
  }
  const nominal =
    'nominalGrowth' in input ? input.nominalGrowth : combined(input.realGrowth, input.deflator, start.year, to);
  return { ...known, ...growthPath(start, nominal, to) };
}

/** Nominal growth (1 + g)(1 + π) − 1 for each year after `from` up to `to`, from real growth and a deflator. */
function combined(real: RatesByYear, deflator: RatesByYear, from: number, to: number): RatesByYear {
  const rates: Record<number, Decimal> = {};
  for (let year = from + 1; year <= to; year++) {
    const g = rateFor(real, year, ['realGrowth']);
    const pi = rateFor(deflator, year, ['deflator']);
    rates[year] = ONE.plus(g).times(ONE.plus(pi)).minus(ONE);
  }
  return rates;
}

function positive(amount: Money, path: Path): void {
  if (!amount.amount.gt(0))
    fail(
      'out_of_range',
      `GDP must be positive, received ${amount.amount.toString()} ${amount.currency}`,
      path,
      amount.amount,
    );
}
