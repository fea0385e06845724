// NATO's defence expenditure as a share of GDP, every ally and release the project holds: read from the
// generated table (scripts/build-nato.ts, from data/raw/nato-share-of-gdp.csv), each value with its source,
// what it is (an outturn or an estimate), and where NATO published nothing or the project has not
// retrieved NATO's figure, a row that says so instead of a number.
import { D, type Decimal } from '../../decimal/core';
import { fail, show } from '../../errors/fail';
import type { Source } from '../../sources/Source';
import type { YearRange } from '../../series/types';
import { NATO_SHARE_ROWS, NATO_SOURCES } from './shares.generated';

/**
 * A release of NATO's figures in the dataset: `2025-08` (2014–2025, NATO's "Defence Expenditure of NATO
 * Countries", the latest full table and the default), `2024-06` (2014–2024), `2023-07` (2014–2023), or
 * `2026-03` (2025 only, as reported from the Secretary General's Annual Report 2025, to one decimal).
 *
 * @category Data
 * @example
 * ```ts
 * import type { NatoReleaseId } from 'budget-whatif';
 * const latest: NatoReleaseId = '2025-08';
 * ```
 */
export type NatoReleaseId = '2026-03' | '2025-08' | '2024-06' | '2023-07';

/**
 * What a row of NATO's table holds: an `outturn`, an `estimate` (NATO marks the latest years so), or no
 * number: `not-published` (NATO gave none: an ally with no armed forces, or without an approved budget at
 * the cut-off) or `not-retrieved` (NATO published one; the project has not found it in a source it can
 * cite).
 *
 * @category Data
 * @example
 * ```ts
 * import type { NatoShareStatus } from 'budget-whatif';
 * const status: NatoShareStatus = 'estimate';
 * ```
 */
export type NatoShareStatus = 'outturn' | 'estimate' | 'not-published' | 'not-retrieved';

/**
 * One ally (or one of NATO's aggregates) in one year of one release.
 *
 * @category Data
 * @example
 * ```ts
 * import { natoShare, type NatoShare } from 'budget-whatif';
 * const lt: NatoShare | undefined = natoShare('LT', 2024);
 * lt?.share?.toString(); // => '0.03087800111'
 * ```
 */
export interface NatoShare {
  /** The ally's ISO 3166 code (`LT`), or `NATO` (all allies) or `NATO-EUROPE-CANADA`. */
  readonly code: string;
  /** Its name. */
  readonly name: string;
  /** The year. */
  readonly year: number;
  /** The release it comes from. */
  readonly release: NatoReleaseId;
  /** What the row holds; see {@link NatoShareStatus}. */
  readonly status: NatoShareStatus;
  /** The share of GDP as a fraction (3.09% is 0.0309), exactly as printed or transcribed; none without a number. */
  readonly share?: Decimal;
  /** The percentage as printed or transcribed (`3.087800111`). */
  readonly printed?: string;
  /** Where it comes from (for `not-published`, the source that says so); none where not retrieved. */
  readonly source?: Source;
}

/**
 * An ally of NATO, or one of NATO's aggregates, as the dataset names it.
 *
 * @category Data
 * @example
 * ```ts
 * import { NATO_ALLIES, type NatoAlly } from 'budget-whatif';
 * const lithuania: NatoAlly | undefined = NATO_ALLIES.find((ally) => ally.code === 'LT');
 * lithuania?.name; // => 'Lithuania'
 * ```
 */
export interface NatoAlly {
  /** The ISO 3166 code, or `NATO` and `NATO-EUROPE-CANADA` for NATO's own totals. */
  readonly code: string;
  /** The name. */
  readonly name: string;
  /** Whether it is one of NATO's aggregates (its own figure, not a mean of the allies'). */
  readonly aggregate: boolean;
}

/**
 * The 32 allies and NATO's two aggregates (all allies; Europe and Canada), in the order of NATO's tables.
 *
 * @category Data
 * @example
 * ```ts
 * import { NATO_ALLIES } from 'budget-whatif';
 * NATO_ALLIES.filter((ally) => !ally.aggregate).length; // => 32
 * ```
 */
export const NATO_ALLIES: readonly NatoAlly[] = Object.freeze(
  (
    [
      ['AL', 'Albania'],
      ['BE', 'Belgium'],
      ['BG', 'Bulgaria'],
      ['CA', 'Canada'],
      ['HR', 'Croatia'],
      ['CZ', 'Czechia'],
      ['DK', 'Denmark'],
      ['EE', 'Estonia'],
      ['FI', 'Finland'],
      ['FR', 'France'],
      ['DE', 'Germany'],
      ['GR', 'Greece'],
      ['HU', 'Hungary'],
      ['IS', 'Iceland'],
      ['IT', 'Italy'],
      ['LV', 'Latvia'],
      ['LT', 'Lithuania'],
      ['LU', 'Luxembourg'],
      ['ME', 'Montenegro'],
      ['NL', 'Netherlands'],
      ['MK', 'North Macedonia'],
      ['NO', 'Norway'],
      ['PL', 'Poland'],
      ['PT', 'Portugal'],
      ['RO', 'Romania'],
      ['SK', 'Slovak Republic'],
      ['SI', 'Slovenia'],
      ['ES', 'Spain'],
      ['SE', 'Sweden'],
      ['TR', 'Türkiye'],
      ['GB', 'United Kingdom'],
      ['US', 'United States'],
      ['NATO-EUROPE-CANADA', 'NATO Europe and Canada'],
      ['NATO', 'NATO total'],
    ] as const
  ).map(([code, name]) => Object.freeze({ code, name, aggregate: code.startsWith('NATO') })),
);

/** The 32 allies' codes, in the order of {@link NATO_ALLIES}: its rows that are not aggregates. @internal */
export const ALLY_CODES: readonly string[] = Object.freeze(
  NATO_ALLIES.filter((ally) => !ally.aggregate).map((ally) => ally.code),
);

/** Whether a code is one of the 32 allies' (not an aggregate's, not lower case). @internal */
export function isAlly(code: unknown): code is string {
  return typeof code === 'string' && ALLY_CODES.includes(code);
}

/**
 * The releases in the dataset, newest first: the years each covers and when it was published (26 March
 * 2026, the Secretary General's press conference on the Annual Report; 28 August 2025, as TASS dated its
 * report of the release; 17 June 2024, the day in the release's file name, a Monday as Defense Daily's
 * "NATO said on Monday" has it; 7 July 2023, the day in that release's file name). The default release is
 * `2025-08`, the latest full table; `2026-03` holds 2025 alone, to one decimal.
 *
 * @category Data
 * @example
 * ```ts
 * import { NATO_RELEASES } from 'budget-whatif';
 * NATO_RELEASES.map((release) => release.id); // => ['2026-03', '2025-08', '2024-06', '2023-07']
 * ```
 */
export const NATO_RELEASES: readonly {
  /** The release's id. */
  readonly id: NatoReleaseId;
  /** Its title, as NATO gives it. */
  readonly title: string;
  /** The years it covers. */
  readonly years: YearRange;
  /** When NATO published it: the day where a source gives it, else the month. */
  readonly published: string;
}[] = Object.freeze([
  {
    id: '2026-03',
    title: 'The Secretary General’s Annual Report 2025 (2025 figures, as reported)',
    years: { from: 2025, to: 2025 },
    published: '2026-03-26',
  },
  {
    id: '2025-08',
    title: 'Defence Expenditure of NATO Countries (2014-2025)',
    years: { from: 2014, to: 2025 },
    published: '2025-08-28',
  },
  {
    id: '2024-06',
    title: 'Defence Expenditure of NATO Countries (2014-2024)',
    years: { from: 2014, to: 2024 },
    published: '2024-06-17',
  },
  {
    id: '2023-07',
    title: 'Defence Expenditure of NATO Countries (2014-2023)',
    years: { from: 2014, to: 2023 },
    published: '2023-07-07',
  },
] as const);

/**
 * NATO's share of GDP for an ally (or an aggregate) in a year: from the latest release by default, or
 * from the one named. `undefined` when that release has no row for it (a year it does not cover, an ally
 * not yet a member then); a row with no number says why (`status`).
 *
 * @param code - an ally's ISO 3166 code (`LT`), `NATO` or `NATO-EUROPE-CANADA`; see {@link NATO_ALLIES}.
 * @param year - the year.
 * @param options - `release`: which release (default the latest, `2025-08`).
 * @returns the row, or `undefined`.
 * @throws {@link BudgetWhatIfError} `unknown_id` for a code or release the dataset does not have;
 *   `invalid_year` for a year that is not a whole number; `invalid_type` for options that are not an object.
 * @category Data
 * @example
 * ```ts
 * import { natoShare } from 'budget-whatif';
 * natoShare('PL', 2025)?.printed; // => '4.48'
 * natoShare('DE', 2025)?.status; // => 'not-published'
 * natoShare('LT', 2024, { release: '2024-06' })?.printed; // => '2.84955158895708'
 * ```
 */
export function natoShare(
  code: string,
  year: number,
  options: { readonly release?: NatoReleaseId } = {},
): NatoShare | undefined {
  const release = releaseOption(options, DEFAULT_NATO_RELEASE);
  checkedYear(year);
  return rowsOf(checkedCode(code)).find((row) => row.release === release && row.year === year);
}

/**
 * Every release's figure for an ally in a year, newest first: how NATO's estimate became its outturn, and
 * by how much it moved. Years a release does not cover are left out.
 *
 * @param code - an ally's code, `NATO` or `NATO-EUROPE-CANADA`.
 * @param year - the year.
 * @returns the rows, newest release first.
 * @throws {@link BudgetWhatIfError} `unknown_id` for a code the dataset does not have.
 * @category Data
 * @example
 * ```ts
 * import { natoShareVintages } from 'budget-whatif';
 * natoShareVintages('LT', 2024).map((row) => `${row.release}: ${row.printed ?? row.status}`);
 * // => ['2025-08: 3.087800111', '2024-06: 2.84955158895708']
 * ```
 */
export function natoShareVintages(code: string, year: number): readonly NatoShare[] {
  checkedYear(year);
  return rowsOf(checkedCode(code)).filter((row) => row.year === year);
}

/**
 * Every ally's and aggregate's row of a release in a year, in the order of {@link NATO_ALLIES}: the
 * allies without a number included, marked.
 *
 * @param year - the year.
 * @param options - `release` (default the latest); `codes`, to keep only those allies (in that order).
 * @returns the rows.
 * @throws {@link BudgetWhatIfError} `unknown_id` for a code or release the dataset does not have;
 *   `invalid_year` for a year the release does not cover; `invalid_type` for options that are not an object
 *   or codes that are not a list.
 * @category Data
 * @example
 * ```ts
 * import { natoSharesIn } from 'budget-whatif';
 * natoSharesIn(2024, { codes: ['EE', 'LV'] }).map((row) => row.share?.toFixed(4)); // => ['0.0337', '0.0336']
 * ```
 */
export function natoSharesIn(
  year: number,
  options: { readonly release?: NatoReleaseId; readonly codes?: readonly string[] } = {},
): readonly NatoShare[] {
  const release = releaseOption(options, DEFAULT_NATO_RELEASE);
  const covered = releaseOf(release).years;
  if (checkedYear(year) < covered.from || year > covered.to)
    fail(
      'invalid_year',
      `NATO's release ${release} covers ${String(covered.from)}–${String(covered.to)}, not ${String(year)}`,
      ['year'],
      year,
    );
  const given: unknown = options.codes;
  if (given !== undefined && !Array.isArray(given))
    fail('invalid_type', `codes is a list of codes such as ['LT', 'PL'], received ${show(given)}`, ['codes'], given);
  const codes = options.codes?.map(checkedCode) ?? NATO_ALLIES.map((ally) => ally.code);
  return codes.flatMap((code) => rowsOf(code).filter((row) => row.release === release && row.year === year));
}

/** A release of the dataset by its id: every {@link NatoReleaseId} is one. @internal */
export function releaseOf(id: NatoReleaseId): (typeof NATO_RELEASES)[number] {
  return NATO_RELEASES.find((release) => release.id === id) as (typeof NATO_RELEASES)[number];
}

/** The release read when none is named: the latest full table. @internal */
export const DEFAULT_NATO_RELEASE: NatoReleaseId = '2025-08';
const RELEASE_ORDER: readonly string[] = NATO_RELEASES.map((release) => release.id);

/** Every row of an ally, newest release first, then by year: built once. */
const BY_CODE: ReadonlyMap<string, readonly NatoShare[]> = (() => {
  const byCode = new Map<string, NatoShare[]>();
  const names = new Map(NATO_ALLIES.map((ally) => [ally.code, ally.name]));
  for (const [release, code, year, printed, status, sourceId] of NATO_SHARE_ROWS) {
    const source = NATO_SOURCES[sourceId];
    const row: NatoShare = Object.freeze({
      code,
      name: names.get(code) ?? code,
      year,
      release: release as NatoReleaseId,
      status: status as NatoShareStatus,
      ...(printed === '' ? {} : { printed, share: new D(printed).div(100) }),
      ...(source === undefined ? {} : { source }),
    });
    const rows = byCode.get(code) ?? [];
    rows.push(row);
    byCode.set(code, rows);
  }
  for (const rows of byCode.values())
    rows.sort((a, b) => RELEASE_ORDER.indexOf(a.release) - RELEASE_ORDER.indexOf(b.release) || a.year - b.year);
  return byCode;
})();

function rowsOf(code: string): readonly NatoShare[] {
  // Every code of NATO_ALLIES has rows (tests/data/nato.test.ts).
  return BY_CODE.get(code) as readonly NatoShare[];
}

/** The code if it is an ally's or an aggregate's, else an `unknown_id` error. @internal */
export function checkedCode(code: unknown): string {
  if (NATO_ALLIES.some((ally) => ally.code === code)) return code as string;
  return fail(
    'unknown_id',
    `${show(code)} is not an ally's code in NATO's table: use an ISO 3166 code such as LT, PL or US, or NATO, NATO-EUROPE-CANADA`,
    ['code'],
    code,
  );
}

/**
 * The release an options object names, else `fallback`: options that are not an object, or a release the
 * dataset does not have, are refused by name. @internal
 */
export function releaseOption(options: unknown, fallback: NatoReleaseId): NatoReleaseId {
  if (options === undefined) return fallback;
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    return fail(
      'invalid_type',
      `expected options such as { release: '2024-06' }, received ${show(options)}`,
      ['options'],
      options,
    );
  const release: unknown = (options as { readonly release?: unknown }).release;
  return release === undefined ? fallback : checkedRelease(release);
}

/** The release if the dataset has it, else an `unknown_id` error. */
function checkedRelease(release: unknown): NatoReleaseId {
  if (RELEASE_ORDER.includes(release as string)) return release as NatoReleaseId;
  return fail(
    'unknown_id',
    `${show(release)} is not a release in the dataset: ${RELEASE_ORDER.join(', ')}`,
    ['release'],
    release,
  );
}

/** The year if it is a whole number, else an `invalid_year` error. @internal */
export function checkedYear(year: unknown): number {
  if (Number.isInteger(year)) return year as number;
  return fail('invalid_year', `a year is a whole number such as 2024, received ${show(year)}`, ['year'], year);
}
