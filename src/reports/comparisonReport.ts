// Many scenarios side by side, as a report: one table per series, a column per scenario, then a column per
// difference from the first (the baseline); the scenarios and every change each carries listed first.
import { D, type Decimal } from '../decimal/core';
import type { ManyComparison, SeriesComparison } from '../scenarios/compareMany';
import { changesNote } from './formatChange';
import type { Report, ReportCell, ReportTable } from './types';
import { isMoneyUnit, unitsOf, type Units } from './units';
import type { ScenarioReportOptions } from './scenarioReport';

/**
 * A report of {@link budget-whatif/scenarios!compareMany}: for each series a table of years × scenarios, then the
 * differences from the first scenario (the baseline), exact and then rounded for display; shares as
 * percentages, their differences in percentage points. The intro names each scenario and lists its
 * overrides.
 *
 * @param many - the result of {@link budget-whatif/scenarios!compareMany}.
 * @param options - the unit and places of amounts; see {@link ScenarioReportOptions}.
 * @returns the report, for {@link renderText} or {@link renderMarkdown}.
 * @throws {@link budget-whatif!BudgetWhatIfError} `out_of_range` for places outside 0–6.
 * @category Reports
 * @example
 * ```ts
 * import { compareMany, getScenario } from 'budget-whatif/scenarios';
 * import { comparisonReport, renderText } from 'budget-whatif/reports';
 * const many = compareMany([getScenario('lithuania-5pct'), getScenario('lithuania-6pct')], { series: ['share'] });
 * comparisonReport(many).tables[0]?.columns.length; // => 4
 * ```
 */
export function comparisonReport(many: ManyComparison, options: ScenarioReportOptions = {}): Report {
  const units = unitsOf(options);
  const labels = many.scenarios.map((scenario) => scenario.label);
  return {
    title: labels.join(' · '),
    intro: [
      `${String(labels.length)} scenarios side by side; the first, ${labels[0] ?? ''}, is the baseline. Δ is the exact difference (scenario − baseline), then rounded for display; for shares in percentage points (pp).`,
      ...many.scenarios.flatMap((scenario) => [
        ...(scenario.label === scenario.name ? [] : [`${scenario.label}: ${scenario.name}`]),
        ...changesNote(scenario.changes, `${scenario.label} changed from its file`),
      ]),
    ],
    tables: many.series.map((series) => seriesTable(series, labels, units)),
    lists: [],
  };
}

function seriesTable(series: SeriesComparison, labels: readonly string[], units: Units): ReportTable {
  const money = isMoneyUnit(series.unit);
  const cell = (value: Decimal | undefined, difference: boolean): ReportCell => {
    if (value === undefined) return '–';
    if (series.unit === 'share') return difference ? { points: value } : { percent: value };
    if (!money) return value.toFixed();
    return { amount: units.inUnit(value).toDecimalPlaces(units.places, D.ROUND_HALF_EVEN) };
  };
  return {
    title: series.series,
    unit: money ? units.unitLabel(series.unit) : series.unit === 'share' ? '% of GDP; Δ in pp' : series.unit,
    places: money ? units.places : 2,
    columns: ['Year', ...labels, ...labels.slice(1).map((label) => `Δ ${label}`)],
    rows: series.rows.map((row) => [
      String(row.year),
      ...row.values.map((value) => cell(value, false)),
      ...row.differences.slice(1).map((value) => cell(value, true)),
    ]),
    notes: series.rows.some((row) => row.values.includes(undefined))
      ? ['– : the scenario has no figure for that year.']
      : [],
  };
}
