// A figure's history as a report: for each year (or key), every published value with its stage, date,
// basis and source; then the revisions table, each value beside the one before it and how far it moved.
import { D } from '../decimal/core';
import { keysOf, lastDayOf, selected } from '../data/history/select';
import { revisions, type Revision } from '../data/history/revisions';
import type { FigureHistory, PublishedValue, VintageFilter } from '../data/history/types';
import type { Money } from '../money/core';
import { formatSource } from '../sources/Source';
import type { Report, ReportCell, ReportTable } from './types';

/**
 * The options of {@link vintagesReport}.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { VintagesReportOptions } from 'budget-whatif/reports';
 * const options: VintagesReportOptions = { key: 2025, filter: { stage: ['approved', 'amended'] }, asOf: '2025-09-01' };
 * ```
 */
export interface VintagesReportOptions {
  /** The year (or key) to show; default every key of the history. */
  readonly key?: number | string;
  /** Only some stages or one basis. */
  readonly filter?: VintageFilter;
  /** Only what was published by this date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), as {@link budget-whatif!asOf} reads it. */
  readonly asOf?: string;
}

/**
 * A report of a figure's history: a table per year (or key) of every published value, oldest first, with
 * its stage, date, basis, amount, share of GDP and source, then a revisions table (each value beside the
 * one before it: the change in money, in percent and in percentage points, and whether the two count the
 * same thing). Values derived by our arithmetic are marked, with their notes listed.
 *
 * @param history - the history, such as `lithuania.history.defenceSpending` or `natoShareHistory('PL')`.
 * @param options - which year, stages, basis, and as of which date; see {@link VintagesReportOptions}.
 * @returns the report, for {@link renderText} or {@link renderMarkdown}.
 * @throws {@link budget-whatif!BudgetWhatIfError} as {@link budget-whatif!vintages}; `invalid_date` for a bad `asOf`.
 * @category Reports
 * @example
 * ```ts
 * import { lithuania } from 'budget-whatif';
 * import { vintagesReport } from 'budget-whatif/reports';
 * const report = vintagesReport(lithuania.history.defenceSpending, { key: 2025 });
 * report.tables.map((table) => table.title);
 * // => ['2025: as published', 'Revisions: each value beside the one before it on the same basis']
 * ```
 */
export function vintagesReport(history: FigureHistory, options: VintagesReportOptions = {}): Report {
  const { shown, changes } = vintagesShown(history, options);
  const all = shown.flatMap((entry) => entry.values);
  // The money columns only where some value states an amount (NATO's table gives shares alone).
  const currency = all.find((value) => value.value.amount !== undefined)?.value.amount?.currency;
  return {
    title: history.name,
    intro: [
      'Every value as it was published, oldest first: its stage (announced, proposed, approved, amended, executed, estimate, outturn), date, and basis (what it counts).',
      'Values on different bases count different things (a ministry’s appropriations, NATO’s definition): revisions are shown within a basis only.',
      ...(options.asOf === undefined ? [] : [`Only what was published by ${options.asOf}.`]),
      ...(shown.length === 0 ? ['No published value matches.'] : []),
    ],
    tables: [
      ...shown.map((entry) => valuesTable(entry.key, entry.values, currency)),
      ...(changes.length === 0 ? [] : [revisionsTable(changes, currency)]),
    ],
    lists: [
      { title: 'Notes', items: noteItems(shown) },
      { title: 'Sources', items: sourceItems(all) },
    ].filter((list) => list.items.length > 0),
  };
}

/**
 * What a vintages report (or the CLI's csv and json) shows: the values of each key the options select,
 * published by `asOf` (keys with none left out), and the revisions among them. @internal
 */
export function vintagesShown(
  history: FigureHistory,
  options: VintagesReportOptions,
): {
  readonly shown: readonly { readonly key: string; readonly values: readonly PublishedValue[] }[];
  readonly changes: readonly Revision[];
} {
  const cutoff = options.asOf === undefined ? undefined : lastDayOf(options.asOf, ['asOf']);
  const keys: readonly (number | string)[] = options.key === undefined ? keysOf(history) : [options.key];
  const known = (value: PublishedValue): boolean => cutoff === undefined || lastDayOf(value.date, ['date']) <= cutoff;
  const byKey = keys.map((key) => ({ key: String(key), values: selected(history, key, options.filter).filter(known) }));
  return {
    shown: byKey.filter((entry) => entry.values.length > 0),
    changes: keys.flatMap((key) => revisions(history, key, options.filter).filter((row) => known(row.to))),
  };
}

const MILLION = new D(1e6);

function amountCell(amount: Money | undefined, currency: string | undefined, mark?: string): ReportCell {
  if (amount === undefined) return '–';
  if (amount.currency !== currency) return `${amount.amount.div(MILLION).toFixed()} ${amount.currency} million`;
  return mark === undefined ? { amount: amount.amount.div(MILLION) } : { amount: amount.amount.div(MILLION), mark };
}

function valuesTable(key: string, values: readonly PublishedValue[], currency: string | undefined): ReportTable {
  const derived = values.some((value) => value.status === 'derived');
  return {
    title: `${key}: as published`,
    unit: currency === undefined ? '% of GDP' : `${currency} million; % of GDP`,
    places: 1,
    columns: [
      'Date',
      'Stage',
      'Basis',
      ...(currency === undefined ? [] : [`${currency} million`]),
      '% of GDP',
      'Source',
    ],
    rows: values.map((value): ReportCell[] => [
      value.date,
      value.stage,
      value.basis,
      ...(currency === undefined
        ? []
        : [amountCell(value.value.amount, currency, value.status === 'derived' ? 'd' : undefined)]),
      value.value.shareOfGdp === undefined ? '–' : { percent: value.value.shareOfGdp },
      value.source.publisher,
    ]),
    notes: [
      '– : not stated by that publication. Shares shown to two decimals; the exact values are in the CSV and JSON.',
      ...(derived ? ['d : our arithmetic on published figures, not a printed total (see Notes).'] : []),
    ],
  };
}

function revisionsTable(rows: readonly Revision[], currency: string | undefined): ReportTable {
  const step = (value: PublishedValue): string => `${value.date} ${value.stage}`;
  const money = currency === undefined ? [] : [`Change, ${currency} million`, 'Change, %'];
  return {
    title: 'Revisions: each value beside the one before it on the same basis',
    unit: currency === undefined ? 'change in pp' : `${currency} million; change in % and in pp`,
    places: 1,
    columns: ['Year', 'Basis', 'From', 'To', ...money, 'Change, pp'],
    rows: rows.map((row): ReportCell[] => [
      row.key,
      row.basis,
      step(row.from),
      step(row.to),
      ...(currency === undefined
        ? []
        : [
            amountCell(row.amountChange, currency),
            row.relativeChange === undefined ? '–' : `${row.relativeChange.times(100).toFixed(1)}%`,
          ]),
      row.shareChange === undefined ? '–' : { points: row.shareChange },
    ]),
    notes: [
      'Change: the later value less the earlier one with the same basis, where both state it (– where either does not).',
    ],
  };
}

function noteItems(entries: readonly { readonly key: string; readonly values: readonly PublishedValue[] }[]): string[] {
  return entries.flatMap((entry) =>
    entry.values.flatMap((value) =>
      value.note === undefined ? [] : [`${entry.key}, ${value.date} ${value.stage} (${value.basis}): ${value.note}`],
    ),
  );
}

/** Each source once, as the scenario report lists them: the values', then those of what their notes say. */
function sourceItems(values: readonly PublishedValue[]): string[] {
  const notes = values.flatMap((value) => value.noteSources ?? []);
  return [...new Set([...values.map((value) => value.source), ...notes].map(formatSource))];
}
