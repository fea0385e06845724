// Everything the page shows of a variant: the numbers first (synchronously: intro, changes, tables, the
// comparison with the scenario as written, sources and assumptions), then the charts (a promise).
import { compareMany, evaluate, withOverrides, type Scenario, type ScenarioResult } from 'budget-whatif/scenarios';
import {
  comparisonReport,
  formatCell,
  planChart,
  scenarioReport,
  shareBandChart,
  spendingChart,
  type Report,
  type ReportCell,
} from 'budget-whatif/reports';
import { draw } from './charts';
import { byId, showProblems } from './dom';
import { editsOf, type PageState, type Unit } from './state';
import { problemsOf } from './problems';
import { changesElement, reportElements, tableElement, element } from './render';

/** What the page last showed, for downloads. */
export interface Shown {
  readonly variant: Scenario;
  readonly result: ScenarioResult;
  readonly report: Report;
}

let last: Shown | undefined;

/** The variant, result and report the page shows now. */
export function shown(): Shown | undefined {
  return last;
}

/**
 * Evaluate the variant and show it; `undefined` (and the problems shown beside the inputs, the last good
 * figures kept) when an override is refused.
 */
export function renderPage(state: PageState): { variant: Scenario; charts: Promise<void> } | undefined {
  const problems = byId('override-errors', HTMLDivElement);
  let variant: Scenario;
  let result: ScenarioResult;
  try {
    variant = withOverrides(state.base, editsOf(state), { from: 'page' });
    result = evaluate(variant);
  } catch (error) {
    showProblems(problems, problemsOf(error));
    return undefined;
  }
  showProblems(problems, []);
  const report = scenarioReport(result, { unit: state.unit });
  last = { variant, result, report };
  const { intro, tables, lists } = reportElements(report);
  byId('intro', HTMLDivElement).replaceChildren(element('h3', report.title), ...intro);
  byId('changes', HTMLDivElement).replaceChildren(changesElement(variant.changes ?? []));
  const [main, ...rest] = tables;
  byId('report-main', HTMLDivElement).replaceChildren(...(main === undefined ? [] : [main]));
  byId('report', HTMLDivElement).replaceChildren(...rest);
  showHeadline(report);
  byId('baseline', HTMLDivElement).replaceChildren(...baselineTables(state.base, result, state.unit));
  byId('lists', HTMLDivElement).replaceChildren(...lists);
  return { variant, charts: drawCharts(result) };
}

/**
 * The figures a reader follows while moving a control, kept in view (a sticky line): defence spending and
 * its share of GDP in 2030 (or the last year shown, if earlier), and over all the years; as the first
 * table shows them.
 */
function showHeadline(report: Report): void {
  const table = report.tables[0];
  const headline = byId('headline', HTMLParagraphElement);
  if (table === undefined) {
    headline.replaceChildren();
    return;
  }
  const column = (name: string): number => table.columns.indexOf(name);
  const years = table.rows.map((row) => row[0]).filter((label): label is string => typeof label === 'string');
  const year = years.includes('2030') ? '2030' : years[years.length - 1];
  const row = table.rows.find((cells) => cells[0] === year);
  const cell = (cells: readonly ReportCell[] | undefined, name: string): string => {
    const found = cells?.[column(name)];
    return found === undefined ? '–' : formatCell(found, table);
  };
  headline.replaceChildren(
    element('strong', `Defence ${year ?? ''}: ${cell(row, 'Defence')}`),
    ` (${cell(row, 'Share of GDP')} of GDP) · all years ${cell(table.total, 'Defence')} (${cell(table.total, 'Share of GDP')}) · ${table.unit}`,
  );
}

/** The variant beside the scenario as written: GDP, defence spending and its share, with the differences. */
function baselineTables(base: Scenario, result: ScenarioResult, unit: Unit): HTMLElement[] {
  const many = compareMany([base, result], {
    series: ['defence', 'defence.share', 'gdp'],
    labels: ['As written', 'This variant'],
  });
  return comparisonReport(many, { unit }).tables.map((table) => tableElement(table, 'h4'));
}

async function drawCharts(result: ScenarioResult): Promise<void> {
  const plan = result.plans[0];
  await Promise.all([
    draw('spending', byId('chart-spending', HTMLDivElement), spendingChart(result)),
    draw('share', byId('chart-share', HTMLDivElement), shareBandChart(result)),
    plan === undefined
      ? Promise.resolve()
      : draw('plan', byId('chart-plan', HTMLDivElement), planChart(result, plan.id)),
  ]);
}
