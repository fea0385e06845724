// NATO's figures for one ally as a figure history: each release's share of GDP for each year, with the
// amount in national currency where the dataset holds that release's tables, dated by the release, so
// that vintages, asOf and revisions read NATO's estimates turning into outturns.
import type { Source } from '../../sources/Source';
import type { FigureHistory, PublishedValue } from '../history/types';
import { natoAmounts } from './natoAmounts';
import { natoDenominator } from './natoDenominator';
import { fiscalYearWords, natoFiscalYear } from './natoFiscalYear';
import { NATO_ALLIES, NATO_RELEASES, natoShareVintages, releaseOf, type NatoShare } from './natoShares';

/** The basis every value of NATO's table counts on. @internal */
export const NATO_BASIS = "NATO's definition";

/**
 * NATO's shares of GDP for an ally as a {@link FigureHistory}: for every year, each release's figure
 * (`estimate` for the years NATO marks so, else `outturn`), dated by the release, on NATO's definition,
 * with the amount in national currency where the dataset holds the release's tables (the June 2024 one;
 * see {@link natoAmounts}).
 * A share that is not of GDP (Luxembourg's from 2023: {@link natoDenominator}) says so in its `note`, and
 * so does a year that is a fiscal year (Canada's and the United Kingdom's, April to March: {@link natoFiscalYear}).
 * Rows without a number (`not-published`, `not-retrieved`) are not published values and are left out;
 * {@link natoShareVintages} lists them.
 *
 * @param code - an ally's ISO 3166 code (`LT`), `NATO` or `NATO-EUROPE-CANADA`.
 * @returns the history, keyed by year.
 * @throws {@link BudgetWhatIfError} `unknown_id` for a code the dataset does not have.
 * @category Data
 * @example
 * ```ts
 * import { natoShareHistory, revisions } from 'budget-whatif';
 * const [moved] = revisions(natoShareHistory('PL'), 2024);
 * `${moved?.from.value.shareOfGdp?.toString()} → ${moved?.to.value.shareOfGdp?.toString()}`;
 * // => '0.0412 → 0.03788951289'
 * ```
 */
export function natoShareHistory(code: string): FigureHistory {
  const name = NATO_ALLIES.find((ally) => ally.code === code)?.name;
  const entries: Record<string, PublishedValue[]> = {};
  const from = Math.min(...NATO_RELEASES.map((release) => release.years.from));
  const to = Math.max(...NATO_RELEASES.map((release) => release.years.to));
  for (let year = from; year <= to; year++) {
    // What every release's value of the year says of itself: the same for each.
    const { note, sources } = noteOf(code, name ?? code, year);
    const values = natoShareVintages(code, year)
      .filter((row) => row.share !== undefined && row.source !== undefined)
      .map((row): PublishedValue => ({
        value: measureOf(row),
        source: row.source as NonNullable<typeof row.source>,
        stage: row.status === 'estimate' ? 'estimate' : 'outturn',
        date: releaseOf(row.release).published,
        basis: NATO_BASIS,
        ...(note === '' ? {} : { note, noteSources: sources }),
      }))
      .reverse();
    if (values.length > 0) entries[String(year)] = values;
  }
  return { name: `${name ?? code}: defence expenditure and its share of GDP (NATO)`, entries };
}

/**
 * What a value of the year says of itself, and the sources that say it: a share not of GDP, a year not the
 * calendar's; '' for neither.
 */
function noteOf(code: string, name: string, year: number): { note: string; sources: readonly Source[] } {
  const other = natoDenominator(code, year);
  const fiscal = natoFiscalYear(code, year);
  const note = [
    ...(other === undefined
      ? []
      : [`A share of ${name}’s ${other.denominator}, not of GDP (natoDenominator('${code}', ${String(year)})).`]),
    ...(fiscal === undefined ? [] : [`${fiscalYearWords(fiscal)} (natoFiscalYear('${code}', ${String(year)})).`]),
  ].join(' ');
  return { note, sources: [...(other?.sources ?? []), ...(fiscal?.sources ?? [])] };
}

/** A release's share of GDP for the year, and its amount in national currency where the dataset has it. */
function measureOf(row: NatoShare): PublishedValue['value'] {
  const amount = natoAmounts(row.code, row.year, { release: row.release })?.expenditure;
  const shareOfGdp = row.share as NonNullable<NatoShare['share']>;
  return amount === undefined ? { shareOfGdp } : { amount, shareOfGdp };
}
