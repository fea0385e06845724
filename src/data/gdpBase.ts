import type { YearAmount } from '../economy/gdpPath';
import { fail, show } from '../errors/fail';
import type { Money } from '../money/core';
import type { YearSeries } from '../series/types';
import type { Source } from '../sources/Source';
import type { Alternatives, Figure } from './figures';

/**
 * A GDP base from a named vintage, for {@link gdpPath}: the year and amount, with the vintage's name and
 * the figure's source, so that a path says which GDP it starts from.
 *
 * @category Data
 * @example
 * ```ts
 * import { gdpBase, lithuania, type VintageBase } from 'budget-whatif';
 * const oecd: VintageBase = gdpBase(lithuania.gdp, { vintage: 'oecd-2025' });
 * oecd.vintage; // => 'OECD Economic Survey 2025'
 * ```
 */
export interface VintageBase extends YearAmount {
  /** The vintage's name. */
  readonly vintage: string;
  /** The figure's source. */
  readonly source: Source;
}

/**
 * The base of a GDP path from one vintage of a dataset's GDP: by default the dataset's default vintage
 * and its latest year. Pass it as `base` to {@link gdpPath}; vintages differ by 1–2% after revisions, so
 * the same growth rates give paths 1–2% apart.
 *
 * @param gdp - the versions of a GDP series, such as `lithuania.gdp`.
 * @param options - `vintage`: the key of a version (default the dataset's default); `year`: a year it has
 *   (default its latest).
 * @returns the year, the amount, the vintage's name and the source.
 * @throws {@link BudgetWhatIfError} `unknown_id` for a vintage the dataset does not have (the message lists
 *   them); `missing_year` for a year the vintage does not have; `invalid_type` for arguments of the wrong
 *   shape.
 * @category Data
 * @example
 * ```ts
 * import { gdpBase, gdpPath, lithuania } from 'budget-whatif';
 * const base = gdpBase(lithuania.gdp, { vintage: 'statistics-lithuania-2023' });
 * `${String(base.year)} ${base.amount.amount.toString()}`; // => '2022 67399000000'
 * gdpPath({ base, nominalGrowth: { default: '0.05' }, to: 2023 })[2023]?.amount.toString(); // => '70768950000'
 * ```
 */
export function gdpBase(
  gdp: Alternatives<{ readonly name: string; readonly values: YearSeries<Figure<Money>> }>,
  options: { readonly vintage?: string; readonly year?: number } = {},
): VintageBase {
  const given: unknown = gdp;
  const versions: unknown =
    typeof given === 'object' && given !== null ? (given as { versions?: unknown }).versions : undefined;
  if (typeof versions !== 'object' || versions === null)
    fail(
      'invalid_type',
      `expected a dataset's GDP versions, such as lithuania.gdp, received ${show(given)}`,
      ['gdp'],
      given,
    );
  const asked: unknown = options;
  if (typeof asked !== 'object' || asked === null)
    fail('invalid_type', `expected options { vintage?, year? }, received ${show(asked)}`, ['options'], asked);
  const key = options.vintage ?? gdp.default;
  const version = Object.hasOwn(gdp.versions, key) ? gdp.versions[key] : undefined;
  if (version === undefined)
    return fail(
      'unknown_id',
      `${show(key)} is not a vintage of this GDP: ${Object.keys(gdp.versions).join(', ')}`,
      ['vintage'],
      key,
    );
  const years = Object.keys(version.values).map(Number);
  const year = options.year ?? Math.max(...years);
  const figure = version.values[year];
  if (figure === undefined)
    return fail(
      'missing_year',
      `the vintage ${key} has GDP for ${years.join(', ')}, not ${show(year)}`,
      ['year'],
      year,
    );
  return { year, amount: figure.value, vintage: version.name, source: figure.source };
}
