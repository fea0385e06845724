// NATO's amounts for every ally and year of the releases whose tables the project holds: defence
// expenditure in national currency and in US dollars (at current prices and at the release's constant
// prices), GDP in US dollars (both ways), and the equipment share, each exactly as NATO's table gives it
// (millions of the unit, scaled to units here), read from the generated table (scripts/build-nato.ts, from
// data/raw/nato-amounts.csv). Built on first use: the core entry does not pay for it at import.
import { D, type Decimal } from '../../decimal/core';
import { makeMoney, type Money } from '../../money/core';
import type { Source } from '../../sources/Source';
import { NATO_AMOUNT_SERIES } from './amounts.generated';
import { NATO_SOURCES } from './shares.generated';
import {
  checkedCode,
  checkedYear,
  NATO_ALLIES,
  releaseOf,
  releaseOption,
  type NatoReleaseId,
  type NatoShareStatus,
} from './natoShares';

/**
 * A measure of NATO's tables: `expenditure` (Table 1, national currency, current prices),
 * `expenditure-usd` and `real-expenditure-usd` (Table 2, US dollars at current prices and exchange rates,
 * and at the release's constant prices and exchange rates), `gdp-usd` and `real-gdp-usd` (Table 5, the
 * same two ways), `equipment-share` (Table 8a, equipment as a percentage of defence expenditure).
 *
 * @category Data
 * @example
 * ```ts
 * import type { NatoMeasure } from 'budget-whatif';
 * const measure: NatoMeasure = 'expenditure-usd';
 * ```
 */
export type NatoMeasure =
  'expenditure' | 'expenditure-usd' | 'real-expenditure-usd' | 'gdp-usd' | 'real-gdp-usd' | 'equipment-share';

/**
 * One ally (or one of NATO's aggregates) in one year of one release: NATO's amounts, where the release
 * has them. NATO's exchange rate for the year is `expenditureUsd` ÷ `expenditure` (its Table 2 is Table 1
 * at that rate); an aggregate has no national currency and no equipment share (NATO's Table 8a has no
 * aggregate row).
 *
 * @category Data
 * @example
 * ```ts
 * import { natoAmounts, type NatoAmounts } from 'budget-whatif';
 * const lt: NatoAmounts | undefined = natoAmounts('LT', 2024);
 * lt?.expenditure?.amount.toString(); // => '2132904000'
 * ```
 */
export interface NatoAmounts {
  /** The ally's ISO 3166 code (`LT`), or `NATO` (all allies) or `NATO-EUROPE-CANADA`. */
  readonly code: string;
  /** Its name. */
  readonly name: string;
  /** The year. */
  readonly year: number;
  /** The release it comes from. */
  readonly release: NatoReleaseId;
  /**
   * The status of its defence figures: `outturn` or `estimate` as NATO marks the year; `not-published`
   * where NATO gives no defence figure (Iceland, which has no armed forces: its GDP is still given);
   * `not-retrieved` for a release whose tables of amounts the dataset does not hold for this ally (of the
   * July 2023 release it holds the United Kingdom's pounds and equipment share alone).
   */
  readonly status: NatoShareStatus;
  /** Defence expenditure in national currency at current prices (Table 1). */
  readonly expenditure?: Money;
  /** Defence expenditure in US dollars at current prices and exchange rates (Table 2). */
  readonly expenditureUsd?: Money<'USD'>;
  /** Defence expenditure in US dollars at `priceYear` prices and exchange rates (Table 2). */
  readonly realExpenditureUsd?: Money<'USD'>;
  /** GDP in US dollars at current prices and exchange rates (Table 5). */
  readonly gdpUsd?: Money<'USD'>;
  /** GDP in US dollars at `priceYear` prices and exchange rates: real GDP (Table 5). */
  readonly realGdpUsd?: Money<'USD'>;
  /** The year whose prices and exchange rates the real figures are at (2015 in the June 2024 release). */
  readonly priceYear?: number;
  /** Equipment expenditure as a fraction of defence expenditure (Table 8a; 21.17% is 0.2117). */
  readonly equipmentShare?: Decimal;
  /** Each measure as NATO's table prints it: millions of the unit, or a percentage for the equipment share. */
  readonly printed: Readonly<Partial<Record<NatoMeasure, string>>>;
  /**
   * Each measure's own status, where the release has the measure: Iceland's GDP is an `estimate` in 2024
   * while its defence figures are `not-published`.
   */
  readonly statuses: Readonly<Partial<Record<NatoMeasure, NatoShareStatus>>>;
  /** Where it comes from; none where not retrieved. */
  readonly source?: Source;
}

/** The latest release whose tables of amounts the dataset holds: read when none is named. @internal */
export const DEFAULT_NATO_AMOUNTS_RELEASE: NatoReleaseId = '2024-06';

/**
 * NATO's amounts for an ally (or an aggregate) in a year: defence expenditure in national currency and in
 * US dollars, GDP in US dollars, real (constant-price) figures and the equipment share, each with its
 * status and source. Read from the latest release whose tables the dataset holds (`2024-06`, NATO's
 * workbook of June 2024) unless another is named; a release covered by the dataset only through its
 * shares of GDP gives a row marked `not-retrieved`. `undefined` for a year the release does not cover.
 *
 * @param code - an ally's ISO 3166 code (`LT`), `NATO` or `NATO-EUROPE-CANADA`; see {@link NATO_ALLIES}.
 * @param year - the year.
 * @param options - `release`: which release (default `2024-06`).
 * @returns the amounts, or `undefined`.
 * @throws {@link BudgetWhatIfError} `unknown_id` for a code or release the dataset does not have;
 *   `invalid_year` for a year that is not a whole number; `invalid_type` for options that are not an object.
 * @category Data
 * @example
 * ```ts
 * import { natoAmounts } from 'budget-whatif';
 * const germany = natoAmounts('DE', 2024);
 * germany?.expenditure?.amount.toString(); // => '90585847100'
 * germany?.status; // => 'estimate'
 * natoAmounts('NATO', 2024)?.expenditureUsd?.amount.toString(); // => '1474399476573.44'
 * natoAmounts('PL', 2024)?.equipmentShare?.toFixed(4); // => '0.5113'
 * natoAmounts('IS', 2024)?.status; // => 'not-published'
 * natoAmounts('LT', 2024, { release: '2025-08' })?.status; // => 'not-retrieved'
 * ```
 */
export function natoAmounts(
  code: string,
  year: number,
  options: { readonly release?: NatoReleaseId } = {},
): NatoAmounts | undefined {
  const release = releaseOption(options, DEFAULT_NATO_AMOUNTS_RELEASE);
  const checked = checkedYear(year);
  const known = checkedCode(code);
  const ally = NATO_ALLIES.find((candidate) => candidate.code === known) as (typeof NATO_ALLIES)[number];
  const covered = releaseOf(release).years;
  if (checked < covered.from || checked > covered.to) return undefined;
  return amountsOf(ally, release, year, seriesOf(release, ally.code));
}

/** One measure of one ally in one release, as the generated table has it, its values split by year. */
interface Series {
  readonly measure: NatoMeasure;
  readonly unit: string;
  readonly from: number;
  readonly values: readonly string[];
  readonly kinds: string;
  readonly sourceId: string;
}

const KINDS: Readonly<Record<string, NatoShareStatus>> = {
  o: 'outturn',
  e: 'estimate',
  n: 'not-published',
  r: 'not-retrieved',
};

/** What the measures are called on the returned record. */
const FIELDS: Readonly<Record<NatoMeasure, keyof NatoAmounts>> = {
  expenditure: 'expenditure',
  'expenditure-usd': 'expenditureUsd',
  'real-expenditure-usd': 'realExpenditureUsd',
  'gdp-usd': 'gdpUsd',
  'real-gdp-usd': 'realGdpUsd',
  'equipment-share': 'equipmentShare',
};

/** One year of one ally's series in a release, as a record. */
function amountsOf(
  ally: { readonly code: string; readonly name: string },
  release: NatoReleaseId,
  year: number,
  series: readonly Series[],
): NatoAmounts {
  const fields: Record<string, unknown> = {};
  const printed: Partial<Record<NatoMeasure, string>> = {};
  const statuses: Partial<Record<NatoMeasure, NatoShareStatus>> = {};
  let source: Source | undefined;
  for (const { measure, unit, from, values, kinds, sourceId } of series) {
    const k = year - from;
    const kind = KINDS[kinds[k] ?? 'r'] as NatoShareStatus;
    statuses[measure] = kind;
    source ??= NATO_SOURCES[sourceId];
    const value = values[k] ?? '';
    if (value === '') continue;
    printed[measure] = value;
    fields[FIELDS[measure]] = valueOf(measure, unit, value);
    const prices = /\((\d{4}) prices\)$/.exec(unit)?.[1];
    if (prices !== undefined) fields['priceYear'] = Number(prices);
  }
  // The defence figures' status: the dollars' where the release has them, else the national currency's
  // (the July 2023 release holds the United Kingdom's pounds alone).
  const status = statuses['expenditure-usd'] ?? statuses.expenditure ?? 'not-retrieved';
  return Object.freeze({
    code: ally.code,
    name: ally.name,
    year,
    release,
    status,
    ...fields,
    printed: Object.freeze(printed),
    statuses: Object.freeze(statuses),
    ...(source === undefined ? {} : { source }),
  });
}

/** A printed value as what it is: a percentage as a fraction, millions of a currency as money. */
function valueOf(measure: string, unit: string, printed: string): Decimal | Money {
  if (measure === 'equipment-share') return new D(printed).div(100);
  // The generator checks every unit of an amount: "EUR million", "USD million (2015 prices)".
  return makeMoney(new D(printed).times(1_000_000), unit.slice(0, 3));
}

/** The series of every code in every release, built on first use: each one's values split once. */
let byReleaseAndCode: ReadonlyMap<string, readonly Series[]> | undefined;

function seriesOf(release: string, code: string): readonly Series[] {
  if (byReleaseAndCode === undefined) {
    const grouped = new Map<string, Series[]>();
    for (const [ofRelease, ofCode, measure, unit, from, values, kinds, sourceId] of NATO_AMOUNT_SERIES) {
      const key = `${ofRelease}|${ofCode}`;
      const one = { measure: measure as NatoMeasure, unit, from, values: values.split(' '), kinds, sourceId };
      grouped.set(key, [...(grouped.get(key) ?? []), one]);
    }
    byReleaseAndCode = grouped;
  }
  return byReleaseAndCode.get(`${release}|${code}`) ?? [];
}
