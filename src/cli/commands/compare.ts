import { changesNote } from '../../reports/formatChange';
import { toCsv } from '../../reports/csv';
import type { Report } from '../../reports/types';
import { compare, compareMany, type Scenario } from '../../scenarios/index';
import { comparisonReport } from '../../reports/comparisonReport';
import { comparisonChart, stackCharts } from '../../reports/charts';
import { comparisonToCsv } from '../../reports/csv';
import { checkLocale, list, OUTPUT, parse, SET, text, whole } from '../args';
import { UsageError, type CliIo } from '../io';
import { applySets, checkPlausibly, loadScenario, withFile } from '../load';
import { emit, emitWorkbook, formatOf, rendered, writeChart } from '../output';
import { comparisonWorkbook } from '../../reports/workbook';
import { showValue } from '../values';

/** The help of the command. @internal */
export const COMPARE_HELP = `Usage: budget-whatif compare <base> <variant> [more...] [options]

Scenarios side by side. Each scenario is a built-in name, a file or -.

Two scenarios: every metric with its exact difference (variant − base); by default only
the metrics that changed. Three or more, or --metric: a table per series, one row per
year and one column per scenario, then each one's difference from the first (the
baseline), in money and, for shares, in percentage points.

Options:
  --metric <list>   the series, comma-separated: gdp, defence, share (defence.share),
                    related, plans.<id>, targets.<id>.gap, ...; add a view's currency for
                    amounts (defence.usd). Default: GDP, defence, share, plans, target gaps
  --chart <file>    also write a chart of each series, a line per scenario: .svg or .json
  --year <y>        with --chart: a bar per scenario for that year instead of lines
  --all             two scenarios: every metric, changed or not
  --set <path=v>    override a value in the last scenario (repeatable); with one
                    scenario, compare it with itself changed
  --strict          refuse implausible values (a share of GDP above 15%, ...) instead of
                    warning about them on standard error: exit 2
  --format <f>      table (default), markdown, csv, json, or xlsx (a workbook: a sheet
                    per series, the differences as formulas; needs --out)
  --out <file>      write there instead of standard output
  --locale <l>      number format, e.g. lt-LT (default en)
  -h, --help        this help

Examples:
  budget-whatif compare lithuania-5pct lithuania-6pct
  budget-whatif compare lithuania-baseline --set fx.EUR/USD.default=1.05
  budget-whatif compare lithuania-5pct lithuania-baseline lithuania-6pct --metric defence,share
  budget-whatif compare lithuania-5pct lithuania-6pct --metric defence.usd --chart c.svg
`;

/** `budget-whatif compare`. @internal */
export async function compareCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('compare', args, {
    all: { type: 'boolean' },
    metric: { type: 'string', multiple: true },
    chart: { type: 'string' },
    year: { type: 'string' },
    ...SET,
    ...OUTPUT,
  });
  if (values['help'] === true) {
    io.stdout(COMPARE_HELP);
    return 0;
  }
  const sets = list(values, 'set');
  if (positionals.length === 0 || (positionals.length === 1 && sets.length === 0))
    throw new UsageError('compare needs <base> and <variant> (or <base> and --set)\nSee: budget-whatif compare --help');
  const format = formatOf(text(values, 'format'), ['table', 'markdown', 'csv', 'json', 'xlsx']);
  const locale = checkLocale(text(values, 'locale'));
  if (text(values, 'year') !== undefined && text(values, 'chart') === undefined)
    throw new UsageError("--year chooses the year of --chart's bars: add --chart FILE");
  const metrics = list(values, 'metric').flatMap((entry) => entry.split(',').map((name) => name.trim()));
  if (metrics.includes(''))
    throw new UsageError('--metric names series, comma-separated (defence,share): an empty name names none');
  if (positionals.length > 2 || metrics.length > 0 || text(values, 'chart') !== undefined || format === 'xlsx')
    return compareSeries(positionals, { sets, metrics, format, locale, values }, io);
  const base = await loadScenario(positionals[0] as string, io);
  const variantSource = positionals[1] === undefined ? base : await loadScenario(positionals[1], io);
  const variant = applySets(variantSource.scenario, sets);
  const strict = values['strict'] === true;
  checkPlausibly(base.scenario, base.label, strict, io);
  checkPlausibly(variant, variantSource.label, strict, io);
  const comparison = withFile(variantSource.label, () => compare(base.scenario, variant));
  const rows = values['all'] === true ? comparison.rows : comparison.changed;
  if (format === 'json') {
    await emit(
      `${JSON.stringify(
        { ...comparison, rows, changes: { base: base.scenario.changes ?? [], variant: variant.changes ?? [] } },
        null,
        2,
      )}\n`,
      text(values, 'out'),
      io,
    );
    return 0;
  }
  if (format === 'csv') {
    await emit(
      toCsv([
        ['metric', 'unit', 'base', 'variant', 'delta'],
        ...rows.map((row) => [
          row.metric,
          row.unit,
          row.base?.toFixed() ?? '',
          row.variant?.toFixed() ?? '',
          row.delta.toFixed(),
        ]),
      ]),
      text(values, 'out'),
      io,
    );
    return 0;
  }
  const report: Report = {
    title: `${comparison.variant} against ${comparison.base}`,
    intro: [
      `${String(comparison.changed.length)} of ${String(comparison.rows.length)} metrics changed; deltas are exact (variant − base), those of shares in percentage points (pp).`,
      ...changesNote(base.scenario.changes ?? [], 'The base changed from its file'),
      ...changesNote(variant.changes ?? [], 'The variant changed from its file'),
    ],
    tables: [
      {
        title: values['all'] === true ? 'Every metric' : 'The metrics that changed',
        unit: 'each in its own unit',
        places: 2,
        columns: ['Metric', 'Base', 'Variant', 'Delta'],
        rows: rows.map((row) => [
          row.metric,
          showValue(row.base, row.unit, locale),
          showValue(row.variant, row.unit, locale),
          showValue(
            row.delta,
            row.unit === 'flag' ? 'number' : row.unit === 'share' ? 'share-delta' : row.unit,
            locale,
          ),
        ]),
        notes: rows.length === 0 ? ['Nothing changed: every delta is exactly zero.'] : [],
      },
    ],
    lists: [],
  };
  await emit(rendered(report, format, locale), text(values, 'out'), io);
  return 0;
}

/** Many scenarios (or chosen series): a table per series, a column per scenario; see compareMany. */
async function compareSeries(
  positionals: readonly string[],
  {
    sets,
    metrics,
    format,
    locale,
    values,
  }: {
    sets: readonly string[];
    metrics: readonly string[];
    format: ReturnType<typeof formatOf>;
    locale: string;
    values: Record<string, unknown>;
  },
  io: CliIo,
): Promise<number> {
  // Checked before anything is read: a year that is not one is a usage error.
  const year = text(values, 'year') === undefined ? undefined : whole(values, 'year', 0, { min: 1900, max: 2200 });
  const loaded: { scenario: Scenario; label: string }[] = [];
  for (const source of positionals) loaded.push(await loadScenario(source, io));
  // --set changes the last scenario; with one scenario, a changed copy of it is the second.
  const last = loaded.at(-1) as { scenario: Scenario; label: string };
  if (sets.length > 0) {
    const changed = { scenario: applySets(last.scenario, sets), label: `${last.label} (--set)` };
    if (loaded.length === 1) loaded.push(changed);
    else loaded[loaded.length - 1] = changed;
  }
  const strict = values['strict'] === true;
  for (const { scenario, label } of loaded) checkPlausibly(scenario, label, strict, io);
  // Columns are labelled by what was typed (a name or a file); the report's intro names each scenario.
  // A problem here is of the options (a series none has), not of one file: no file's name before it.
  const many = compareMany(
    loaded.map((entry) => entry.scenario),
    { labels: loaded.map((entry) => entry.label), ...(metrics.length === 0 ? {} : { series: metrics }) },
  );
  // The charts are built first: a year the comparison lacks is refused before anything is written.
  const chart = text(values, 'chart');
  const charts =
    chart === undefined
      ? undefined
      : {
          file: chart,
          spec: stackCharts(
            many.series.map((series) =>
              comparisonChart(many, { series: series.series, ...(year === undefined ? {} : { year }) }),
            ),
          ),
        };
  if (format === 'xlsx') await emitWorkbook(comparisonWorkbook(many), text(values, 'out'), io);
  else
    await emit(
      format === 'json'
        ? `${JSON.stringify(many, null, 2)}\n`
        : format === 'csv'
          ? comparisonToCsv(many)
          : rendered(comparisonReport(many), format, locale),
      text(values, 'out'),
      io,
    );
  if (charts !== undefined) await writeChart(charts.spec, charts.file, io);
  return 0;
}
