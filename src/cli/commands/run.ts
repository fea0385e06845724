import { planChart, shareBandChart, spendingChart, stackCharts } from '../../reports/charts';
import { resultToCsv } from '../../reports/csv';
import { scenarioReport, type ScenarioReportOptions } from '../../reports/scenarioReport';
import { checkLocale, list, one, OUTPUT, parse, SET, text } from '../args';
import type { CliIo } from '../io';
import { applySets, evaluatePlausibly, loadScenario } from '../load';
import { emit, emitWorkbook, formatOf, rendered, writeChart } from '../output';
import { toWorkbook } from '../../reports/workbook';
import type { ScenarioResult } from '../../scenarios/result';
import { UsageError } from '../io';

/** The help of the command. @internal */
export const RUN_HELP = `Usage: budget-whatif run <scenario> [options]

Evaluate a scenario and print its report: GDP, defence spending and its share of GDP by
year, each plan by year and item, the gap to each target, totals in every currency, and
the sources. <scenario> is a built-in name (budget-whatif list), a JSON or YAML file, or
- for standard input.

Options:
  --format <f>      table (default), markdown, csv (every amount exact, by year), json
                    (the whole result; amounts as strings) or xlsx (a workbook whose
                    totals, shares and differences are formulas; needs --out)
  --out <file>      write there instead of standard output
  --chart <file>    also write charts: .svg (rendered) or .json (Vega-Lite): spending
                    against the targets, the share of GDP with its band, each plan
  --set <path=v>    override a value first, as in withOverrides (repeatable), e.g.
                    --set defence.shareOfGdp.default=6% --set fx.EUR/USD.default=1.05
  --strict          refuse implausible values (a share of GDP above 15%, ...) instead of
                    warning about them on standard error: exit 2
  --locale <l>      number format of table and markdown, e.g. lt-LT (default en)
  --unit <u>        one, thousand, million (default) or billion, for table and markdown
  -h, --help        this help

Examples:
  budget-whatif run lithuania-baseline
  budget-whatif run scenarios/lithuania-baseline.json --format json | jq .totals
  budget-whatif run my.yaml --set defence.shareOfGdp.default=6% --chart charts.svg
`;

/** `budget-whatif run`. @internal */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('run', args, {
    ...OUTPUT,
    ...SET,
    chart: { type: 'string' },
    unit: { type: 'string' },
  });
  if (values['help'] === true) {
    io.stdout(RUN_HELP);
    return 0;
  }
  const source = positionals.length === 0 ? 'lithuania-baseline' : one(positionals, 'scenario', 'run');
  const format = formatOf(text(values, 'format'), ['table', 'markdown', 'csv', 'json', 'xlsx']);
  const unit = text(values, 'unit');
  if (unit !== undefined && !['one', 'thousand', 'million', 'billion'].includes(unit))
    throw new UsageError(`--unit is one, thousand, million or billion; received "${unit}"`);
  const locale = checkLocale(text(values, 'locale'));
  const loaded = await loadScenario(source, io);
  const scenario = applySets(loaded.scenario, list(values, 'set'));
  const result = evaluatePlausibly(scenario, loaded.label, values['strict'] === true, io);
  if (format === 'xlsx') await emitWorkbook(toWorkbook(result), text(values, 'out'), io);
  else await emit(textOutput(result, format, { unit, locale }), text(values, 'out'), io);
  const chart = text(values, 'chart');
  if (chart !== undefined)
    await writeChart(
      stackCharts([
        spendingChart(result),
        shareBandChart(result),
        ...result.plans.map((plan) => planChart(result, plan.id)),
      ]),
      chart,
      io,
    );
  return 0;
}

/** The result as the text formats print it. */
function textOutput(
  result: ScenarioResult,
  format: 'table' | 'markdown' | 'csv' | 'json',
  { unit, locale }: { unit: string | undefined; locale: string },
): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if (format === 'csv') return resultToCsv(result);
  const report = scenarioReport(
    result,
    unit === undefined ? {} : { unit: unit as ScenarioReportOptions['unit'] & string },
  );
  return rendered(report, format, locale);
}
