// NATO's allies side by side, as a report: for one year, every ally ranked by its share of GDP with its
// distance to the 2%, 3.5% and 5% lines, NATO's own averages, and how earlier releases estimated the same
// year; for several years, a table of allies by year. Rows without a number are kept and marked.
import { D, type Decimal } from '../decimal/core';
import { fail, show } from '../errors/fail';
import {
  ALLY_CODES,
  DEFAULT_NATO_RELEASE,
  NATO_ALLIES,
  NATO_RELEASES,
  natoSharesIn,
  natoShareVintages,
  releaseOf,
  type NatoReleaseId,
  type NatoShare,
} from '../data/nato/natoShares';
import { DEFAULT_NATO_AMOUNTS_RELEASE, natoAmounts, type NatoAmounts } from '../data/nato/natoAmounts';
import { allyPopulation } from '../data/population/allyPopulation';
import { formatSource, type Source } from '../sources/Source';
import { natoDenominator, type NatoDenominator } from '../data/nato/natoDenominator';
import { natoFiscalYear, type NatoFiscalYear } from '../data/nato/natoFiscalYear';
import type { Figure } from '../data/figures';
import type { YearRange } from '../series/types';
import type { Report, ReportCell, ReportTable } from './types';

/**
 * The options of {@link alliesReport}.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { AlliesReportOptions } from 'budget-whatif/reports';
 * const baltic: AlliesReportOptions = { year: 2024, codes: ['LT', 'LV', 'EE'] };
 * ```
 */
export interface AlliesReportOptions {
  /** One year, ranked; or `{ from, to }` for a table of allies by year. Default: the release's last year. */
  readonly year?: number | YearRange;
  /** The allies to show, by ISO 3166 code (in any order; NATO's averages are always shown). Default: all. */
  readonly codes?: readonly string[];
  /** The release (default the latest, `2025-08`). */
  readonly release?: NatoReleaseId;
}

/** The lines an ally's share is measured against: NATO's guidelines, as fractions of GDP. @internal */
export const ALLIES_LINES: readonly { readonly label: string; readonly share: Decimal }[] = [
  { label: '2% (Wales 2014)', share: new D('0.02') },
  { label: '3.5% (The Hague 2025, core)', share: new D('0.035') },
  { label: '5% (The Hague 2025, total)', share: new D('0.05') },
];

/**
 * A report of NATO's defence expenditure as a share of GDP by ally. For one year: the allies ranked, each
 * with its distance in percentage points to the 2% (Wales), 3.5% and 5% (The Hague) lines; NATO's own
 * averages (NATO's figures, weighted by GDP, not a mean of the rows); earlier releases' figures for the
 * same year and how far they moved; with the June 2024 release, NATO's amounts (dollars, GDP, dollars per
 * head over the World Bank's population, equipment). For several years: allies by year. Allies without a number are listed
 * with the reason (not published by NATO, or not retrieved by the project), never filled in.
 *
 * @param options - the year or years, the allies, the release; see {@link AlliesReportOptions}.
 * @returns the report, for {@link renderText} or {@link renderMarkdown}.
 * @throws {@link budget-whatif!BudgetWhatIfError} `unknown_id` for a code or release the dataset does not have;
 *   `invalid_year` for a year the release does not cover, or a range that runs backwards.
 * @category Reports
 * @example
 * ```ts
 * import { alliesReport } from 'budget-whatif/reports';
 * const ranked = alliesReport({ year: 2024, codes: ['LT', 'PL', 'US'] }).tables[0];
 * ranked?.rows.map((row) => row[1]); // => ['Poland', 'United States', 'Lithuania']
 * ```
 */
export function alliesReport(options: AlliesReportOptions = {}): Report {
  const { release, years } = alliesYears(options);
  const codes = options.codes ?? ALLY_CODES;
  const rowsOf = (year: number): readonly NatoShare[] => natoSharesIn(year, { release, codes });
  const averagesOf = (year: number): readonly NatoShare[] => natoSharesIn(year, { release, codes: AVERAGES });
  const title = NATO_RELEASES.find((candidate) => candidate.id === release)?.title ?? release;
  const single = years.from === years.to;
  const tables = single
    ? [
        rankedTable(rowsOf(years.from), years.from, release),
        averagesTable(averagesOf(years.from)),
        ...vintagesTable(rowsOf(years.from), release),
        ...amountsTable(codes, years.from, release),
      ]
    : [byYearTable(years, (year) => [...rowsOf(year), ...averagesOf(year)])];
  const all = rangeOf(years).flatMap((year) => [...rowsOf(year), ...averagesOf(year)]);
  const otherBases = denominatorsOf(all);
  const fiscal = fiscalYearsOf(all);
  return {
    title: `NATO defence expenditure as a share of GDP, ${single ? String(years.from) : `${String(years.from)}–${String(years.to)}`}`,
    intro: [
      `From NATO's "${title}" (release ${release}): defence expenditure on NATO's definition as a share of GDP, as NATO publishes it; estimates marked.`,
      'NATO total and NATO Europe and Canada are NATO’s own figures, not a mean of the allies shown.',
      ...amountsPointer(single ? years.from : undefined, release),
      ...roundingNote(
        all,
        'These figures are printed to one decimal in their source and shown with two: each may be up to 0.05 pp from NATO’s own.',
        (named) =>
          `Printed to one decimal in their source and shown with two, so up to 0.05 pp from NATO’s own: ${named}.`,
      ),
      ...otherBases.map((entry) => entry.note),
      ...fiscal.map((entry) => entry.note),
    ],
    tables,
    lists: [
      { title: 'Without a number', items: missingItems(all) },
      {
        title: 'Sources',
        items: [
          ...new Set([
            ...sourceItems(all),
            ...amountsSources(single ? years.from : undefined, release),
            ...otherBases.flatMap((entry) => entry.sources.map(formatSource)),
            ...fiscal.flatMap((entry) => entry.sources.map(formatSource)),
          ]),
        ],
      },
    ].filter((list) => list.items.length > 0),
  };
}

/**
 * The release and the years an allies report or chart shows: the release asked for (else the latest),
 * and the year or years asked for (else the release's last), checked not to run backwards. @internal
 */
export function alliesYears(options: AlliesReportOptions): {
  readonly release: NatoReleaseId;
  readonly years: YearRange;
} {
  const release = options.release ?? DEFAULT_NATO_RELEASE;
  const asked = options.year ?? NATO_RELEASES.find((candidate) => candidate.id === release)?.years.to ?? 2025;
  const years = typeof asked === 'number' ? { from: asked, to: asked } : asked;
  if (typeof years === 'object' && (!Number.isInteger(years.from) || !Number.isInteger(years.to)))
    fail(
      'invalid_year',
      `a range of whole years such as { from: 2014, to: 2025 }, received ${show(years)}`,
      ['year'],
      years,
    );
  if (typeof years !== 'object' || years.to < years.from)
    fail('invalid_year', `the years run backwards: ${show(years)}`, ['year'], years);
  return { release, years };
}

const AVERAGES = ['NATO', 'NATO-EUROPE-CANADA'];

/**
 * What a report says of figures its source prints to one decimal at most (a release as the press reported
 * it): `all` when every figure shown is so, `some` naming them when only some are, nothing when none is.
 */
function roundingNote(rows: readonly NatoShare[], all: string, some: (named: string) => string): readonly string[] {
  const printed = rows.filter((row) => row.printed !== undefined);
  const rounded = printed.filter(printedToOneDecimal);
  if (rounded.length === 0) return [];
  if (rounded.length === printed.length) return [all];
  return [some(rounded.map((row) => `${row.name} ${String(row.year)} (release ${row.release})`).join(', '))];
}

function rangeOf(years: { readonly from: number; readonly to: number }): number[] {
  return Array.from({ length: years.to - years.from + 1 }, (_, k) => years.from + k);
}

/** The allies of a year ranked by share (largest first; equal shares by name), then those without a number. */
function rankedTable(rows: readonly NatoShare[], year: number, release: NatoReleaseId): ReportTable {
  const allies = rows.filter((row) => !row.code.startsWith('NATO'));
  const numbered = allies
    .filter((row): row is NatoShare & { readonly share: Decimal } => row.share !== undefined)
    .sort((a, b) => b.share.comparedTo(a.share) || a.name.localeCompare(b.name, 'en'));
  const unnumbered = allies.filter((row) => row.share === undefined);
  return {
    title: `Allies ranked by defence expenditure as a share of GDP, ${String(year)} (release ${release})`,
    unit: '% of GDP; distance to each line in pp',
    places: 2,
    columns: ['Rank', 'Ally', 'Code', '% of GDP', 'Status', ...ALLIES_LINES.map((line) => `vs ${line.label}`)],
    rows: [
      ...numbered.map((row, i): ReportCell[] => [
        String(rankOf(numbered, i)),
        row.name,
        row.code,
        natoDenominator(row.code, row.year) === undefined ? { percent: row.share } : { percent: row.share, mark: '†' },
        row.status,
        ...ALLIES_LINES.map((line): ReportCell => ({ points: row.share.minus(line.share) })),
      ]),
      ...unnumbered.map((row): ReportCell[] => [
        '–',
        row.name,
        row.code,
        '–',
        row.status,
        ...ALLIES_LINES.map(() => '–'),
      ]),
    ],
    notes: [
      'Equal shares share a rank. Shares as NATO prints them or as transcribed from its tables; the lines are NATO’s guidelines (the 5% counts related spending too, which these figures do not).',
      ...(unnumbered.length > 0 ? ['– : no number (see "Without a number").'] : []),
      ...notGdpNote(allies),
      ...fiscalYearNote(allies),
    ],
  };
}

/** The note for a share marked † (one not of GDP: Luxembourg's from 2023), where the table shows its ally. */
function notGdpNote(rows: readonly NatoShare[]): readonly string[] {
  const marked = denominatorsOf(rows);
  return marked.map(
    (entry) =>
      `† ${allyName(entry.code)} from ${String(entry.from)}: a share of its ${entry.denominator}, not of GDP (see the text above).`,
  );
}

/**
 * The note for allies shown whose NATO years are fiscal years (Canada's, the UK's, April to March): one
 * line for the allies whose years run over the same months.
 */
function fiscalYearNote(rows: readonly { readonly code: string; readonly year: number }[]): readonly string[] {
  const byMonths = new Map<string, NatoFiscalYear[]>();
  for (const entry of fiscalYearsOf(rows)) {
    const span = entry.months.replace(/ \d+/g, '').replace(' – ', ' to ');
    byMonths.set(span, [...(byMonths.get(span) ?? []), entry]);
  }
  return [...byMonths].map(([span, entries]) => {
    const [first] = entries as [NatoFiscalYear];
    const names = entries.map((entry) => allyName(entry.code));
    return `${names.join(', ')}: NATO’s years are fiscal years, ${span}, named by the year they start in: ${String(first.year)} is ${first.months} (see the text above).`;
  });
}

/** An ally's rank: one more than the allies above it with a larger share. */
function rankOf(sorted: readonly (NatoShare & { readonly share: Decimal })[], index: number): number {
  const share = (sorted[index] as NatoShare & { readonly share: Decimal }).share;
  return sorted.findIndex((row) => row.share.eq(share)) + 1;
}

function averagesTable(rows: readonly NatoShare[]): ReportTable {
  return {
    title: 'NATO’s averages (NATO’s own figures)',
    unit: '% of GDP',
    places: 2,
    columns: ['Aggregate', '% of GDP', 'Status'],
    rows: rows.map((row): ReportCell[] => [
      row.name,
      row.share === undefined ? '–' : { percent: row.share },
      row.status,
    ]),
    notes: [],
  };
}

/** The same year in earlier releases, for the allies shown: the estimate then, and how far it moved since. */
function vintagesTable(rows: readonly NatoShare[], release: NatoReleaseId): ReportTable[] {
  // NATO_RELEASES is newest first: the releases after this one in it are the earlier ones.
  const ids = NATO_RELEASES.map((candidate) => candidate.id);
  const earlier = ids
    .slice(ids.indexOf(release) + 1)
    .filter((id) => rows.some((row) => natoShareVintages(row.code, row.year).some((v) => v.release === id)));
  if (earlier.length === 0) return [];
  const cell = (row: NatoShare | undefined): ReportCell => (row?.share === undefined ? '–' : { percent: row.share });
  return [
    {
      title: `Earlier releases for the same year: how NATO's figures moved`,
      unit: '% of GDP; revision in pp',
      places: 2,
      columns: ['Ally', `Release ${release}`, ...earlier.flatMap((id) => [`Release ${id}`, `Revision since ${id}`])],
      rows: rows.map((row): ReportCell[] => {
        const vintages = natoShareVintages(row.code, row.year);
        return [
          row.name,
          cell(row),
          ...earlier.flatMap((id): ReportCell[] => {
            const then = vintages.find((v) => v.release === id);
            return [
              cell(then),
              row.share === undefined || then?.share === undefined ? '–' : { points: row.share.minus(then.share) },
            ];
          }),
        ];
      }),
      notes: [
        'A revision is this release’s figure less the earlier one.',
        ...roundingNote(
          rows,
          'This release is printed to one decimal: up to 0.05 pp of each revision is its rounding.',
          (named) => `Printed to one decimal in their source: ${named}; up to 0.05 pp of their revisions is rounding.`,
        ),
        ...earlierRounded(rows, earlier),
      ],
    },
  ];
}

/** Whether a row's figure is printed to one decimal at most (none printed is not). */
function printedToOneDecimal(row: NatoShare): boolean {
  return row.printed !== undefined && !/\.\d{2}/.test(row.printed);
}

/** A note naming the earlier figures shown that their source prints to one decimal, if any. */
function earlierRounded(rows: readonly NatoShare[], earlier: readonly NatoReleaseId[]): readonly string[] {
  const shown = rows.flatMap((row) => natoShareVintages(row.code, row.year).filter((v) => earlier.includes(v.release)));
  const rounded = shown.filter(printedToOneDecimal);
  if (rounded.length === 0) return [];
  const named = rounded.map((row) => `${row.name} (release ${row.release})`).join(', ');
  return [
    `Earlier figures printed to one decimal in their source: ${named}; up to 0.05 pp more of their revisions is rounding.`,
  ];
}

function byYearTable(
  years: { readonly from: number; readonly to: number },
  rowsOf: (year: number) => readonly NatoShare[],
): ReportTable {
  const byYear = rangeOf(years).map(rowsOf);
  const codes = [...new Set(byYear.flatMap((rows) => rows.map((row) => row.code)))];
  const order = NATO_ALLIES.map((ally) => ally.code);
  codes.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return {
    title: 'Allies by year',
    unit: '% of GDP',
    places: 2,
    columns: ['Ally', ...rangeOf(years).map(String)],
    rows: codes.map((code): ReportCell[] => [
      allyName(code),
      ...byYear.map((rows): ReportCell => {
        const row = rows.find((candidate) => candidate.code === code);
        if (row?.share === undefined) return '–';
        const mark = `${row.status === 'estimate' ? 'e' : ''}${natoDenominator(row.code, row.year) === undefined ? '' : '†'}`;
        return mark === '' ? { percent: row.share } : { percent: row.share, mark };
      }),
    ]),
    notes: [
      'e : NATO’s estimate. – : no number (see "Without a number").',
      ...notGdpNote(byYear.flat().filter((row) => !row.code.startsWith('NATO'))),
      ...fiscalYearNote(byYear.flat()),
    ],
  };
}

/**
 * NATO's amounts for the allies of a year, where the release's tables are in the dataset: ranked by
 * defence expenditure in US dollars at NATO's rates, with GDP, dollars per head (over the World Bank's
 * mid-year population) and the equipment share, then NATO's totals.
 */
function amountsTable(codes: readonly string[], year: number, release: NatoReleaseId): ReportTable[] {
  if (release !== DEFAULT_NATO_AMOUNTS_RELEASE) return [];
  const rows = codes.map((code) => natoAmounts(code, year, { release }) as NatoAmounts);
  const dollars = (row: NatoAmounts): Decimal => row.expenditureUsd?.amount ?? new D(-1);
  rows.sort((a, b) => dollars(b).comparedTo(dollars(a)) || a.name.localeCompare(b.name, 'en'));
  const totals = AVERAGES.map((code) => natoAmounts(code, year, { release }) as NatoAmounts);
  const million = (amount: Decimal | undefined): ReportCell =>
    amount === undefined ? '–' : { amount: amount.div(1e6) };
  // The World Bank's population covers every ally in every year of the release (tests/data/allyPopulation.test.ts).
  const perHead = (row: NatoAmounts): ReportCell => {
    const dollars = row.expenditureUsd?.amount;
    if (AVERAGES.includes(row.code) || dollars === undefined) return '–';
    return { amount: dollars.div((allyPopulation(row.code)[year] as Figure<Decimal>).value) };
  };
  return [
    {
      title: `NATO’s amounts, ${String(year)} (release ${release}): defence expenditure in US dollars at NATO’s rates`,
      unit: 'USD million; per head in USD; equipment as % of defence expenditure',
      places: 1,
      columns: ['Ally', 'Code', 'Defence', 'GDP', 'Per head', 'Equipment', 'Status'],
      rows: [...rows, ...totals].map((row): ReportCell[] => [
        row.name,
        row.code,
        million(row.expenditureUsd?.amount),
        million(row.gdpUsd?.amount),
        perHead(row),
        row.equipmentShare === undefined ? '–' : { percent: row.equipmentShare },
        row.status,
      ]),
      notes: [
        'Ranked by defence expenditure in dollars, NATO’s totals last. Dollars at NATO’s rate for each ally and year (its Table 2); national currencies, real figures at 2015 prices: natoAmounts (budget-whatif) and docs/data.md.',
        `Per head: NATO’s dollars over the World Bank’s mid-year population of ${String(year)} (allyPopulation, budget-whatif), derived here, not NATO’s; none for NATO’s totals.`,
        '– : not in NATO’s tables (Iceland’s defence figures; the totals’ equipment share).',
        ...fiscalYearNote(codes.map((code) => ({ code, year }))).map(
          (note) =>
            `${note} Their dollars per head divide a fiscal year’s dollars by the calendar year’s mid-year population.`,
        ),
      ],
    },
  ];
}

/** The sources the amounts table adds to the shares': NATO's tables and the World Bank's population. */
function amountsSources(year: number | undefined, release: NatoReleaseId): string[] {
  if (year === undefined || release !== DEFAULT_NATO_AMOUNTS_RELEASE) return [];
  // NATO's total has a source in every year of the release, and the World Bank's population every year too.
  const tables = (natoAmounts('NATO', year, { release }) as NatoAmounts).source as Source;
  const people = (allyPopulation('LT')[year] as Figure<Decimal>).source;
  return [formatSource(tables), formatSource(people)];
}

/** Where NATO's amounts for the year are, when the report's release has none but another does. */
function amountsPointer(year: number | undefined, release: NatoReleaseId): readonly string[] {
  if (year === undefined || release === DEFAULT_NATO_AMOUNTS_RELEASE) return [];
  const covered = releaseOf(DEFAULT_NATO_AMOUNTS_RELEASE).years;
  if (year < covered.from || year > covered.to) return [];
  return [
    `NATO’s amounts for ${String(year)} (dollars, GDP, equipment) are in the dataset for release ${DEFAULT_NATO_AMOUNTS_RELEASE} only: ask for that release to see them.`,
  ];
}

function missingItems(rows: readonly NatoShare[]): string[] {
  const reasons = {
    'not-published': 'NATO published no figure',
    'not-retrieved': 'NATO published a figure; not yet retrieved from a source the project can cite',
  } as const;
  const missing = new Map<string, number[]>();
  for (const row of rows) {
    if (row.status !== 'not-published' && row.status !== 'not-retrieved') continue;
    const key = `${row.name} (${row.code}): ${reasons[row.status]}`;
    missing.set(key, [...(missing.get(key) ?? []), row.year]);
  }
  return [...missing].map(([key, years]) => `${key}, ${years.join(', ')}`);
}

/** The allies shown whose NATO figures divide by something other than GDP in a year shown, once each. */
function denominatorsOf(rows: readonly NatoShare[]): NatoDenominator[] {
  return perAlly(rows, natoDenominator);
}

/**
 * What a chart of these rows must say beside them, a line each: a share not of GDP (Luxembourg's from
 * 2023), an ally whose NATO years are fiscal years (Canada, the UK). @internal
 */
export function alliesCaveats(rows: readonly NatoShare[]): string[] {
  return [
    ...denominatorsOf(rows).map(
      (entry) => `${allyName(entry.code)} from ${String(entry.from)}: a share of its ${entry.denominator}, not of GDP`,
    ),
    ...fiscalYearsOf(rows).map(
      (entry) => `${allyName(entry.code)}: NATO’s years are fiscal years (${String(entry.year)} is ${entry.months})`,
    ),
  ];
}

/** An ally's (or NATO's aggregate's) name, from its code. */
function allyName(code: string): string {
  return NATO_ALLIES.find((ally) => ally.code === code)?.name ?? code;
}

/** The allies shown whose NATO years are fiscal years, once each, as their first year shown. */
function fiscalYearsOf(rows: readonly { readonly code: string; readonly year: number }[]): NatoFiscalYear[] {
  return perAlly(rows, natoFiscalYear);
}

/** What `read` says of the rows, for each ally it says something of: once, as of the first such row. */
function perAlly<T>(
  rows: readonly { readonly code: string; readonly year: number }[],
  read: (code: string, year: number) => T | undefined,
): T[] {
  const found = new Map<string, T>();
  for (const row of rows) {
    const entry = found.has(row.code) ? undefined : read(row.code, row.year);
    if (entry !== undefined) found.set(row.code, entry);
  }
  return [...found.values()];
}

/** Each source once, as the scenario report lists them. */
function sourceItems(rows: readonly NatoShare[]): string[] {
  return [...new Set(rows.flatMap((row) => (row.source === undefined ? [] : [formatSource(row.source)])))];
}
