// A result (or a comparison of many) as a workbook that recalculates to the same numbers: each table a
// sheet, totals, shares and differences live formulas over the cells they summarise, each with the
// library's exact figure cached beside it; then what was assumed and changed, and the sources.
import { ZERO, type Decimal } from '../decimal/core';
import { quotient } from '../decimal/scaledInteger';
import type { Money } from '../money/core';
import type { ManyComparison } from '../scenarios/compareMany';
import type { PlanResult, ScenarioResult } from '../scenarios/result';
import type { Change } from '../scenarios/types';
import type { Source } from '../sources/Source';
import { changeValue, exceptions } from './formatChange';
import { isMoneyUnit } from './units';
import { column, sheetName, xlsx, type Cell, type Sheet, type XlsxOptions } from './xlsx/sheet';

const text = (value: string, header = false): Cell => ({ text: value, ...(header ? { header } : {}) });
const money = (value: Money | undefined): Cell =>
  value === undefined ? undefined : { number: value.amount, style: 'money' };
const header = (...names: string[]): Cell[] => names.map((name) => text(name, true));

/**
 * A scenario's result as an .xlsx workbook: a sheet of GDP and spending by year (each share of GDP the
 * formula `spending / GDP`, the totals `SUM`s), a sheet per plan by year and item (each year's total and
 * each item's total `SUM`s), the target gaps (required − counted a formula), the inputs (every assumption,
 * change and warning) and the sources. Every formula carries the library's exact figure as its cached
 * value, and recalculates to it: amounts to the cent (each written as a decimal of at most 17 significant
 * digits, exact in a spreadsheet's binary numbers below 2^53 cents), shares to within a cent over GDP.
 * Amounts are formatted `#,##0.00`, shares `0.00%`.
 *
 * @param result - the result of {@link budget-whatif/scenarios!evaluate}.
 * @returns the bytes of the workbook (write them to a `.xlsx` file).
 * @category Reports
 * @example
 * ```ts
 * import { evaluate, getScenario } from 'budget-whatif/scenarios';
 * import { toWorkbook } from 'budget-whatif/reports';
 * const bytes: Uint8Array = toWorkbook(evaluate(getScenario('lithuania-baseline')));
 * [bytes[0], bytes[1]]; // => [0x50, 0x4b]
 * ```
 */
export function toWorkbook(result: ScenarioResult): Uint8Array {
  return xlsx(workbookSheets(result));
}

/** The sheets of {@link toWorkbook}, for tests that write them without cached values. @internal */
export function workbookSheets(result: ScenarioResult): Sheet[] {
  return [
    byYearSheet(result),
    ...result.plans.map((plan) => planSheet(plan)),
    ...(result.targets.length === 0 ? [] : [targetsSheet(result)]),
    inputsSheet(result.name, result),
    sourcesSheet(result.sources),
  ];
}

/** GDP and spending by year, in the reporting currency and each view; shares and totals as formulas. */
function byYearSheet(result: ScenarioResult): Sheet {
  const columns: { name: string; values: Readonly<Record<number, Money>>; total: Decimal }[] = [];
  const add = (name: string, values: Readonly<Record<number, Money>>): void => {
    columns.push({ name, values, total: Object.values(values).reduce((sum, m) => sum.plus(m.amount), ZERO) });
  };
  add(`GDP (${result.currency})`, result.gdp);
  add(`Defence (${result.currency})`, result.defence.byYear);
  if (result.related !== undefined) add(`Defence-related (${result.currency})`, result.related.byYear);
  for (const [code, view] of Object.entries(result.views)) {
    add(`GDP (${code})`, view.gdp);
    add(`Defence (${code})`, view.defence.byYear);
  }
  const years = Object.keys(result.gdp).map(Number);
  const last = years.length + 1; // rows 2..last hold the years
  const shareColumns = result.related === undefined ? [1] : [1, 2];
  const rows: Cell[][] = [
    header(
      'Year',
      ...columns.map((c) => c.name),
      ...shareColumns.map((c) => `${columns[c]?.name.replace(/ \(.*/, '') ?? ''} share of GDP`),
    ),
  ];
  years.forEach((year, i) => {
    const r = i + 2;
    rows.push([
      { number: decimalOf(year), style: 'plain' },
      ...columns.map((c) => money(c.values[year])),
      ...shareColumns.map((c): Cell => {
        const spent = columns[c]?.values[year];
        const gdp = result.gdp[year];
        return spent === undefined || gdp === undefined
          ? undefined
          : {
              formula: `${column(c + 1)}${String(r)}/B${String(r)}`,
              value: quotient(spent.amount, gdp.amount),
              style: 'share',
            };
      }),
    ]);
  });
  const total = last + 1;
  rows.push([
    text('Total', true),
    ...columns.map((c, i) => columnTotal(i + 1, last, c.total)),
    ...shareColumns.map((c): Cell => ({
      formula: `${column(c + 1)}${String(total)}/B${String(total)}`,
      value: quotient(columns[c]?.total ?? ZERO, columns[0]?.total ?? ZERO),
      style: 'share',
    })),
  ]);
  return { name: 'By year', rows };
}

/** The total of a column of amounts, rows 2 to `last`: a SUM with the library's exact total. */
function columnTotal(index: number, last: number, total: Decimal): Cell {
  return { formula: `SUM(${column(index)}2:${column(index)}${String(last)})`, value: total, style: 'money' };
}

/** A plan by year and item: each year's total and each item's total as SUMs. */
function planSheet(plan: PlanResult): Sheet {
  const items = plan.schedule.items;
  const rows: Cell[][] = [header('Year', ...items.map((item) => item.name), `Total (${plan.total.currency})`)];
  const end = column(items.length); // the last item's column
  plan.schedule.rows.forEach((row, i) => {
    const r = String(i + 2);
    rows.push([
      { number: decimalOf(row.year), style: 'plain' },
      ...items.map((item) => money(row.items[item.id])),
      { formula: `SUM(B${r}:${end}${r})`, value: row.total.amount, style: 'money' },
    ]);
  });
  const last = plan.schedule.rows.length + 1;
  rows.push([
    text('Total', true),
    ...items.map((item, c) =>
      columnTotal(
        c + 1,
        last,
        plan.schedule.rows.reduce((s, row) => s.plus(row.items[item.id]?.amount ?? ZERO), ZERO),
      ),
    ),
    columnTotal(items.length + 1, last, plan.total.amount),
  ]);
  return { name: sheetName(`Plan ${plan.id}`), rows };
}

/** Every target by year: what it requires, what counts, and the difference as a formula. */
function targetsSheet(result: ScenarioResult): Sheet {
  const rows: Cell[][] = [
    header(
      'Target',
      'Year',
      'Status',
      'Required',
      'Counted',
      'Required − counted',
      'Required share of GDP',
      'Counted share of GDP',
    ),
  ];
  for (const target of result.targets)
    for (const row of target.rows) {
      const r = String(rows.length + 1);
      const required = row.atLeast ?? row.atMost;
      rows.push([
        text(target.id),
        { number: decimalOf(row.year), style: 'plain' },
        text(row.status),
        money(required),
        money(row.actual),
        required === undefined
          ? undefined
          : { formula: `D${r}-E${r}`, value: required.amount.minus(row.actual.amount), style: 'money' },
        row.atLeastShare === undefined && row.atMostShare === undefined
          ? undefined
          : { number: (row.atLeastShare ?? row.atMostShare) as Decimal, style: 'share' },
        { number: row.actualShare, style: 'share' },
      ]);
    }
  return { name: 'Targets', rows };
}

/** What the figures assume: every assumption, change and warning, as text. */
function inputsSheet(
  name: string,
  result: Pick<ScenarioResult, 'assumptions' | 'partlyReplaced' | 'changes' | 'warnings'>,
): Sheet {
  return {
    name: 'Inputs',
    rows: [
      [text(name, true)],
      header('Kind', 'About', 'Statement or value', 'Reason or by'),
      ...result.changes.map((change) => changeRow(change)),
      ...result.assumptions.map((a) => [
        text('assumption'),
        text(a.about),
        text(`${a.statement}${exceptions(result.partlyReplaced, a)}`),
        text(a.reason),
      ]),
      ...result.warnings.map((warning) => [text('warning'), undefined, text(warning)]),
    ],
  };
}

function changeRow(change: Change, scenario?: string): Cell[] {
  return [
    text(scenario === undefined ? 'change' : `change (${scenario})`),
    text(change.path),
    text(`${changeValue(change.before, '(none)')} → ${changeValue(change.after, '(none)')}`),
    text(change.from),
  ];
}

function sourcesSheet(sources: readonly Source[]): Sheet {
  return {
    name: 'Sources',
    rows: [
      header('Publisher', 'Title', 'URL', 'Published', 'Quoted', 'Note', 'About'),
      ...sources.map((s) =>
        [s.publisher, s.title, s.url, s.published, s.quoted, s.note, s.about].map((value) =>
          value === undefined ? undefined : text(value),
        ),
      ),
    ],
  };
}

/**
 * A comparison of many scenarios ({@link budget-whatif/scenarios!compareMany}) as an .xlsx workbook: a sheet per
 * series, a column per scenario, then each scenario's difference from the first as a formula (`C2-B2`)
 * with the exact difference cached; and a sheet of the scenarios and every change each carries.
 *
 * @param many - the result of {@link budget-whatif/scenarios!compareMany}.
 * @returns the bytes of the workbook.
 * @category Reports
 * @example
 * ```ts
 * import { compareMany, getScenario } from 'budget-whatif/scenarios';
 * import { comparisonWorkbook } from 'budget-whatif/reports';
 * const bytes = comparisonWorkbook(compareMany([getScenario('lithuania-5pct'), getScenario('lithuania-6pct')]));
 * bytes.length > 1000; // => true
 * ```
 */
export function comparisonWorkbook(many: ManyComparison): Uint8Array {
  return xlsx(comparisonSheets(many));
}

/** The sheets of {@link comparisonWorkbook}. @internal */
export function comparisonSheets(many: ManyComparison): Sheet[] {
  const labels = many.scenarios.map((scenario) => scenario.label);
  const series = many.series.map((s, index): Sheet => {
    const style = s.unit === 'share' ? 'share' : isMoneyUnit(s.unit) ? 'money' : 'plain';
    const rows: Cell[][] = [header('Year', ...labels, ...labels.slice(1).map((label) => `Δ ${label}`))];
    s.rows.forEach((row, i) => {
      const r = String(i + 2);
      rows.push([
        row.year === 'total' ? text('Total', true) : { number: decimalOf(row.year), style: 'plain' },
        ...row.values.map((value): Cell => (value === undefined ? undefined : { number: value, style })),
        ...row.differences
          .slice(1)
          .map((difference, k): Cell =>
            difference === undefined ? undefined : { formula: `${column(k + 2)}${r}-B${r}`, value: difference, style },
          ),
      ]);
    });
    return { name: sheetName(`${String(index + 1)} ${s.series}`), rows };
  });
  return [
    ...series,
    {
      name: 'Scenarios',
      rows: [
        header('Kind', 'Label or path', 'Name or change', 'By'),
        ...many.scenarios.flatMap((scenario) => [
          [text('scenario'), text(scenario.label), text(scenario.name)],
          ...scenario.changes.map((change) => changeRow(change, scenario.label)),
        ]),
      ],
    },
  ];
}

/** Write sheets as a workbook without cached values, so that a spreadsheet must calculate each formula. @internal */
export function uncachedWorkbook(sheets: readonly Sheet[]): Uint8Array {
  const options: XlsxOptions = { cache: false };
  return xlsx(sheets, options);
}

function decimalOf(year: number): Decimal {
  return ZERO.plus(year);
}
