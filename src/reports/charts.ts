// Charts as Vega-Lite specifications: plain JSON, built from results, with the data inlined. Nothing here
// loads Vega: the CLI renders the specs to SVG (src/cli/), and anyone can paste them into the Vega
// editor. Chart data are floats on purpose: a chart shows shapes, the tables show the exact figures.
import type { Decimal } from '../decimal/core';
import { fail, show } from '../errors/fail';
import { counted } from './formatChange';
import { isMoneyUnit } from './units';
import type { ManyComparison } from '../scenarios/compareMany';
import type { ScenarioResult, TargetResult } from '../scenarios/result';
import type { SimulationResult } from '../uncertainty/simulate';

/**
 * A Vega-Lite specification (v6): a plain JSON object, ready for `vega-lite`'s `compile` or the Vega
 * editor.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ChartSpec } from 'budget-whatif/reports';
 * const empty: ChartSpec = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', mark: 'bar' };
 * ```
 */
export type ChartSpec = Readonly<Record<string, unknown>>;

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const SIZE = { width: 640, height: 300 };
/** Legends show whole target names (not cut at 160 px), under the chart. */
const CONFIG = { legend: { labelLimit: 0, orient: 'bottom', direction: 'vertical' } };
/**
 * One colour per target id, the same in every chart of every run: the built-in targets fixed, any other
 * id one of the rest by a hash of its id (Dark2 and Paired colours, none the bars' blue).
 */
const TARGET_COLOURS: Readonly<Record<string, string>> = {
  'nato-wales-2pct': '#1b9e77',
  'nato-hague-core-3.5pct': '#7570b3',
  'nato-hague-related-1.5pct': '#a6761d',
  'nato-hague-total-5pct': '#e7298a',
  'lithuania-2026-2030': '#66a61e',
};
const OTHER_TARGET_COLOURS = ['#d95f02', '#e6ab02', '#666666', '#1f78b4', '#b15928', '#6a3d9a'];

/** A target's colour: its own if built in, else one of the rest chosen by its id. @internal */
export function targetColour(id: string): string {
  const own = TARGET_COLOURS[id];
  if (own !== undefined) return own;
  let hash = 0;
  for (const char of id) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 1_000_003;
  return OTHER_TARGET_COLOURS[hash % OTHER_TARGET_COLOURS.length] as string;
}

/** The colour scale of target lines, named by target: each target in its colour. */
function targetScale(targets: readonly { readonly id: string; readonly name: string }[]): {
  domain: string[];
  range: string[];
} {
  return { domain: targets.map((target) => target.name), range: targets.map((target) => targetColour(target.id)) };
}

/**
 * The floor lines of targets: a point per row whose floor `read` gives (under `field`), and the targets
 * that have one, for their legend. Counting limits ask nothing and draw no line.
 */
function floorLines<TField extends string>(
  targets: readonly TargetResult[],
  field: TField,
  read: (row: TargetResult['rows'][number]) => number | undefined,
): { values: ({ year: number; target: string } & Record<TField, number>)[]; targets: TargetResult[] } {
  const values = targets
    .filter((target) => target.rule !== 'counting-limit')
    .flatMap((target) =>
      target.rows.flatMap((row) => {
        const floor = read(row);
        return floor === undefined
          ? []
          : [
              { year: row.year, target: target.name, [field]: floor } as { year: number; target: string } & Record<
                TField,
                number
              >,
            ];
      }),
    );
  return { values, targets: targets.filter((target) => values.some((value) => value.target === target.name)) };
}
const BILLION = 1e9;

const billions = (amount: Decimal): number => amount.toNumber() / BILLION;

/**
 * A chart's title with a subtitle that names the scenario and, after a what-if, how many overrides it
 * carries, so that two charts of two variants cannot be mistaken for each other.
 */
function titled(
  text: string,
  scenario: string,
  changes: number,
  what = 'override',
): { text: string; subtitle: string } {
  return {
    text,
    subtitle: changes === 0 ? scenario : `${scenario}, with ${counted(changes, what)}`,
  };
}

/**
 * The spending a total target counts, split as the tables split it: core defence, related spending that
 * counts, and related spending beyond a counting limit (allowed, not counted). Taken from the rows of the
 * first target that counts both categories, so the chart and the tables agree; without one, related
 * spending in full.
 */
function spendingStack(result: ScenarioResult): { year: number; part: string; amount: number }[] {
  const core = Object.entries(result.defence.byYear).map(([year, amount]) => ({
    year: Number(year),
    part: 'defence',
    amount: billions(amount.amount),
  }));
  if (result.related === undefined) return core;
  const total = result.targets.find(
    (target) => target.category === 'defence-and-related' && target.rule !== 'counting-limit',
  );
  const related = Object.entries(result.related.byYear).flatMap(([key, amount]) => {
    const year = Number(key);
    const row = total?.rows.find((candidate) => candidate.year === year);
    const coreOfYear = result.defence.byYear[year];
    if (row === undefined || coreOfYear === undefined)
      return [{ year, part: 'related, counted', amount: billions(amount.amount) }];
    return [
      { year, part: 'related, counted', amount: billions(row.actual.amount.minus(coreOfYear.amount)) },
      { year, part: 'related, beyond the cap', amount: billions(row.beyondCap.amount) },
    ];
  });
  return [...core, ...related];
}

/** The colour of each stacked part: core spending, related spending that counts, and what lies beyond the cap (pale). */
const PARTS = {
  domain: ['defence', 'related, counted', 'related, beyond the cap'],
  range: ['#a9bcd0', '#6f8fb0', '#e3e8ee'],
};

/**
 * Defence spending by year (bars; related spending stacked on core, what counts apart from what lies
 * beyond a counting limit) against every target's floor in money (lines): NATO's 2%, 3.5% and 5% of GDP
 * come out as what they mean in the scenario's currency each year. Each floor is read from the same rows
 * as the tables: the 5% floor is compared with core and counted related spending together.
 *
 * @param result - the result of {@link budget-whatif/scenarios!evaluate}.
 * @returns the Vega-Lite specification.
 * @category Reports
 * @example
 * ```ts
 * import { evaluate, getScenario } from 'budget-whatif/scenarios';
 * import { spendingChart } from 'budget-whatif/reports';
 * const { title } = spendingChart(evaluate(getScenario('lithuania-baseline')));
 * (title as { text: string }).text; // => 'Defence spending against the targets (EUR billion)'
 * (title as { subtitle: string }).subtitle; // => 'Lithuania baseline: 5.5% of GDP on average, 2026–2030'
 * ```
 */
export function spendingChart(result: ScenarioResult): ChartSpec {
  const bars = spendingStack(result);
  const lines = floorLines(result.targets, 'amount', (row) =>
    row.atLeast === undefined ? undefined : billions(row.atLeast.amount),
  );
  const unit = `${result.currency} billion`;
  return {
    $schema: SCHEMA,
    title: titled(`Defence spending against the targets (${unit})`, result.name, result.changes.length),
    ...SIZE,
    config: CONFIG,
    layer: [
      {
        data: { values: bars },
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'year', type: 'ordinal', title: 'Year', axis: { labelAngle: 0 } },
          y: {
            field: 'amount',
            type: 'quantitative',
            title: `${result.related === undefined ? 'Defence spending' : 'Defence and related spending'} (${unit})`,
            stack: 'zero',
          },
          color: { field: 'part', type: 'nominal', title: 'Spending', scale: PARTS },
          order: { field: 'part', sort: 'ascending' },
          tooltip: [{ field: 'year' }, { field: 'part' }, { field: 'amount', format: ',.2f' }],
        },
      },
      {
        data: { values: lines.values },
        mark: { type: 'line', point: true, strokeWidth: 2 },
        encoding: {
          x: { field: 'year', type: 'ordinal' },
          y: { field: 'amount', type: 'quantitative' },
          color: { field: 'target', type: 'nominal', title: 'Target floor', scale: targetScale(lines.targets) },
        },
      },
    ],
    resolve: { scale: { color: 'independent' } },
  };
}

/**
 * Defence spending as a share of GDP by year, with the band a target sets (the 5–6% of Lithuania's
 * 2026–2030 target) shaded and every target's floor as a line. With related spending, a second line
 * shows core and counted related spending together, the share each total target is judged by (read from
 * its rows, as the tables are).
 *
 * @param result - the result of {@link budget-whatif/scenarios!evaluate}.
 * @returns the Vega-Lite specification.
 * @category Reports
 * @example
 * ```ts
 * import { evaluate, getScenario } from 'budget-whatif/scenarios';
 * import { shareBandChart } from 'budget-whatif/reports';
 * (shareBandChart(evaluate(getScenario('lithuania-baseline'))).title as { text: string }).text; // => 'Defence spending, % of GDP, and the 5–6% band'
 * ```
 */
export function shareBandChart(result: ScenarioResult): ChartSpec {
  const shares = Object.entries(result.defence.shareOfGdp).map(([year, share]) => ({
    year: Number(year),
    spending: 'defence',
    share: share.toNumber(),
  }));
  const total = result.targets.find(
    (target) => target.category === 'defence-and-related' && target.rule !== 'counting-limit',
  );
  const counted =
    result.related === undefined || total === undefined
      ? []
      : total.rows.map((row) => ({
          year: row.year,
          spending: 'defence + related (counted)',
          share: row.actualShare.toNumber(),
        }));
  const banded = result.targets.find((target) =>
    target.rows.some((row) => row.atLeastShare !== undefined && row.atMostShare !== undefined),
  );
  const band = (banded?.rows ?? []).flatMap((row) =>
    row.atLeastShare === undefined || row.atMostShare === undefined
      ? []
      : [{ year: row.year, low: row.atLeastShare.toNumber(), high: row.atMostShare.toNumber() }],
  );
  const points = (value: number): string => String(Math.round(value * 1e4) / 100);
  const bandName = band[0] === undefined ? '' : `${points(band[0].low)}–${points(band[0].high)}%`;
  const floors = floorLines(
    result.targets.filter((target) => target !== banded),
    'share',
    (row) => row.atLeastShare?.toNumber(),
  );
  return {
    $schema: SCHEMA,
    title: titled(
      band.length > 0 ? `Defence spending, % of GDP, and the ${bandName} band` : 'Defence spending, % of GDP',
      result.name,
      result.changes.length,
    ),
    ...SIZE,
    config: CONFIG,
    layer: [
      {
        data: { values: band },
        mark: { type: 'area', opacity: 0.25, color: banded === undefined ? '#54a24b' : targetColour(banded.id) },
        encoding: {
          x: { field: 'year', type: 'ordinal', title: 'Year', axis: { labelAngle: 0 } },
          y: { field: 'low', type: 'quantitative', axis: { format: '.1%' }, title: 'Share of GDP' },
          y2: { field: 'high' },
          tooltip: [{ field: 'year' }, { field: 'low', format: '.1%' }, { field: 'high', format: '.1%' }],
        },
      },
      {
        data: { values: floors.values },
        mark: { type: 'line', strokeDash: [4, 3], strokeWidth: 1.5 },
        encoding: {
          x: { field: 'year', type: 'ordinal' },
          y: { field: 'share', type: 'quantitative' },
          color: { field: 'target', type: 'nominal', title: 'Target floor', scale: targetScale(floors.targets) },
        },
      },
      {
        data: { values: [...shares, ...counted] },
        mark: { type: 'line', point: true, strokeWidth: 2.5 },
        encoding: {
          x: { field: 'year', type: 'ordinal' },
          y: { field: 'share', type: 'quantitative' },
          color: {
            field: 'spending',
            type: 'nominal',
            title: 'Spending',
            scale: { domain: ['defence', 'defence + related (counted)'], range: ['#1b1b1b', '#6f8fb0'] },
          },
          tooltip: [{ field: 'year' }, { field: 'spending' }, { field: 'share', format: '.2%' }],
        },
      },
    ],
    resolve: { scale: { color: 'independent' } },
  };
}

/**
 * A plan's schedule: its yearly amounts stacked by item.
 *
 * @param result - the result of {@link budget-whatif/scenarios!evaluate}.
 * @param planId - the plan's id. Default: the first plan.
 * @returns the Vega-Lite specification.
 * @throws {@link budget-whatif!BudgetWhatIfError} `unknown_id` for a plan the result does not have.
 * @category Reports
 * @example
 * ```ts
 * import { evaluate, getScenario } from 'budget-whatif/scenarios';
 * import { planChart } from 'budget-whatif/reports';
 * planChart(evaluate(getScenario('lithuania-baseline')), 'border-countermobility').mark; // => 'bar'
 * ```
 */
export function planChart(result: ScenarioResult, planId?: string): ChartSpec {
  const plan = planId === undefined ? result.plans[0] : result.plans.find((candidate) => candidate.id === planId);
  if (plan === undefined)
    return fail(
      'unknown_id',
      `no plan ${show(planId)}; the result has ${result.plans.map((p) => p.id).join(', ') || 'none'}`,
      ['planId'],
      planId,
    );
  const values = plan.schedule.rows.flatMap((row) =>
    plan.schedule.items.map((item) => ({
      year: row.year,
      item: item.name,
      amount: (row.items[item.id]?.amount.toNumber() ?? 0) / 1e6,
    })),
  );
  return {
    $schema: SCHEMA,
    title: titled(`${plan.name}, by year and item (${result.currency} million)`, result.name, result.changes.length),
    ...SIZE,
    config: CONFIG,
    data: { values },
    mark: 'bar',
    encoding: {
      x: { field: 'year', type: 'ordinal', title: 'Year', axis: { labelAngle: 0 } },
      y: { field: 'amount', type: 'quantitative', stack: 'zero', title: `${result.currency} million` },
      color: {
        field: 'item',
        type: 'nominal',
        title: 'Item',
      },
      tooltip: [{ field: 'year' }, { field: 'item' }, { field: 'amount', format: ',.1f' }],
    },
  };
}

/**
 * The Monte Carlo fan of a series metric: the 5th–95th and 25th–75th percentile bands and the median,
 * year by year.
 *
 * @param simulation - the result of {@link budget-whatif/uncertainty!simulate}, with the series metric and
 *   the percentiles 5, 25, 50, 75 and 95 (the defaults).
 * @param metric - the series metric (`defence`, `defence.usd`, ...). Default: the first series metric.
 * @param options - the targets to draw as lines; see {@link FanChartOptions}.
 * @returns the Vega-Lite specification.
 * @throws {@link budget-whatif!BudgetWhatIfError} `invalid_metric` when the simulation has no such series,
 *   or lacks one of the five percentiles.
 * @category Reports
 * @example
 * ```ts
 * import { getScenario } from 'budget-whatif/scenarios';
 * import { simulate, uniform } from 'budget-whatif/uncertainty';
 * import { fanChart } from 'budget-whatif/reports';
 * const simulation = simulate(getScenario('lithuania-baseline'), {
 *   trials: 500,
 *   inputs: { 'defence.shareOfGdp.default': uniform('5%', '6%') },
 *   metrics: ['defence'],
 * });
 * const { title } = fanChart(simulation, 'defence');
 * (title as { text: string }).text; // => 'defence: median, 25th–75th and 5th–95th percentiles (EUR billion)'
 * (title as { subtitle: string }).subtitle; // => 'Lithuania baseline: 5.5% of GDP on average, 2026–2030, with 1 uncertain input'
 * ```
 */
export function fanChart(simulation: SimulationResult, metric?: string, options: FanChartOptions = {}): ChartSpec {
  const series =
    metric === undefined
      ? simulation.metrics.find((m) => m.byYear !== undefined)
      : simulation.metrics.find((m) => m.name === metric);
  const byYear = series?.byYear;
  if (series === undefined || byYear === undefined)
    return fail(
      'invalid_metric',
      `no series metric ${show(metric)} in the simulation; it has ${simulation.metrics.map((m) => m.name).join(', ')}`,
      ['metric'],
      metric,
    );
  const values = Object.entries(byYear).map(([year, summary]) => {
    const at = (name: string): number => {
      const value = summary.percentiles[name];
      if (value === undefined)
        return fail('invalid_metric', `a fan chart needs the percentiles 5, 25, 50, 75 and 95; ${name} is missing`, [
          'percentiles',
        ]);
      return /^[A-Z]{3}$/.test(series.unit) ? billions(value) : value.toNumber();
    };
    return { year: Number(year), p5: at('p5'), p25: at('p25'), p50: at('p50'), p75: at('p75'), p95: at('p95') };
  });
  const unit = /^[A-Z]{3}$/.test(series.unit) ? `${series.unit} billion` : series.unit;
  const x = { field: 'year', type: 'ordinal', title: 'Year', axis: { labelAngle: 0 } };
  const floors = fanFloors(series, options.targets ?? []);
  return {
    $schema: SCHEMA,
    title: titled(
      `${series.name}: median, 25th–75th and 5th–95th percentiles (${unit})`,
      simulation.scenario,
      simulation.inputs.length,
      'uncertain input',
    ),
    ...SIZE,
    config: CONFIG,
    data: { values },
    layer: [
      {
        mark: { type: 'area', opacity: 0.2, color: '#4c78a8' },
        encoding: { x, y: { field: 'p5', type: 'quantitative', title: unit }, y2: { field: 'p95' } },
      },
      {
        mark: { type: 'area', opacity: 0.4, color: '#4c78a8' },
        encoding: { x, y: { field: 'p25', type: 'quantitative' }, y2: { field: 'p75' } },
      },
      {
        mark: { type: 'line', point: true, color: '#1f3b5c', strokeWidth: 2 },
        encoding: {
          x,
          y: { field: 'p50', type: 'quantitative' },
          tooltip: [{ field: 'year' }, { field: 'p5' }, { field: 'p50' }, { field: 'p95' }],
        },
      },
      ...(floors.values.length === 0
        ? []
        : [
            {
              data: { values: floors.values },
              mark: { type: 'line', strokeDash: [4, 3], strokeWidth: 1.5 },
              encoding: {
                x,
                y: { field: 'floor', type: 'quantitative' },
                color: { field: 'target', type: 'nominal', title: 'Target floor', scale: targetScale(floors.targets) },
              },
            },
          ]),
    ],
  };
}

/**
 * The {@link fanChart} function options.
 *
 * @category Reports
 * @example
 * ```ts
 * import { evaluate, getScenario } from 'budget-whatif/scenarios';
 * import type { FanChartOptions } from 'budget-whatif/reports';
 * const options: FanChartOptions = { targets: evaluate(getScenario('lithuania-baseline')).targets };
 * ```
 */
export interface FanChartOptions {
  /**
   * Targets to draw as dashed lines, their floors as the scenario's own evaluation gives them (an amount
   * floor at the scenario's GDP, not each trial's): those of the series' category, in the series' unit.
   */
  readonly targets?: readonly TargetResult[];
}

/** The floors of the targets of a fan's category (defence or related), in its unit: shares, or money in billions. */
function fanFloors(
  series: { readonly name: string; readonly unit: string },
  targets: readonly TargetResult[],
): { values: { year: number; target: string; floor: number }[]; targets: TargetResult[] } {
  const category = /^defence(\.share)?$/.test(series.name)
    ? 'defence'
    : /^related(\.share)?$/.test(series.name)
      ? 'defence-related'
      : undefined;
  const share = series.unit === 'share';
  return floorLines(
    targets.filter((target) => target.category === category),
    'floor',
    (row) =>
      share ? row.atLeastShare?.toNumber() : row.atLeast === undefined ? undefined : billions(row.atLeast.amount),
  );
}

/**
 * Charts one under the other, in one specification (one SVG).
 *
 * @param charts - the charts.
 * @returns the combined Vega-Lite specification.
 * @category Reports
 * @example
 * ```ts
 * import { evaluate, getScenario } from 'budget-whatif/scenarios';
 * import { planChart, spendingChart, stackCharts } from 'budget-whatif/reports';
 * const result = evaluate(getScenario('lithuania-baseline'));
 * Array.isArray(stackCharts([spendingChart(result), planChart(result)]).vconcat); // => true
 * ```
 */
export function stackCharts(charts: readonly ChartSpec[]): ChartSpec {
  return {
    $schema: SCHEMA,
    config: CONFIG,
    vconcat: charts.map((chart) =>
      Object.fromEntries(Object.entries(chart).filter(([key]) => key !== '$schema' && key !== 'config')),
    ),
    resolve: { scale: { color: 'independent' } },
  };
}

/**
 * The colours of the scenarios of a comparison, in the order given: the baseline first. Fixed, so that
 * the same column has the same colour in every chart of a run (Tableau 10).
 */
const SCENARIO_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

/**
 * The {@link comparisonChart} function options.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ComparisonChartOptions } from 'budget-whatif/reports';
 * const bars2030: ComparisonChartOptions = { series: 'defence', year: 2030 };
 * ```
 */
export interface ComparisonChartOptions {
  /** The series to draw, one of the comparison's. Default: its first. */
  readonly series?: string;
  /** Draw this year as grouped bars, one per scenario, instead of lines over the years. */
  readonly year?: number;
}

/**
 * A chart of {@link budget-whatif/scenarios!compareMany}: one line per scenario over the years (or, for one year,
 * a bar per scenario), each scenario in its fixed colour, the title naming the series and the subtitle
 * every scenario with its overrides. Amounts in billions of their currency, shares in per cent.
 *
 * @param many - the result of {@link budget-whatif/scenarios!compareMany}.
 * @param options - the series and, for bars, the year; see {@link ComparisonChartOptions}.
 * @returns the Vega-Lite specification.
 * @throws {@link budget-whatif!BudgetWhatIfError} `invalid_metric` for a series the comparison lacks;
 *   `invalid_year` for a year it has no row of.
 * @category Reports
 * @example
 * ```ts
 * import { compareMany, getScenario } from 'budget-whatif/scenarios';
 * import { comparisonChart } from 'budget-whatif/reports';
 * const many = compareMany([getScenario('lithuania-5pct'), getScenario('lithuania-6pct')], { series: ['share'], labels: ['5%', '6%'] });
 * (comparisonChart(many).title as { text: string }).text; // => 'defence.share (%), by scenario'
 * ```
 */
export function comparisonChart(many: ManyComparison, options: ComparisonChartOptions = {}): ChartSpec {
  const series = many.series.find((candidate) => candidate.series === (options.series ?? many.series[0]?.series));
  if (series === undefined)
    return fail(
      'invalid_metric',
      `the comparison has no series ${show(options.series)}; it has ${many.series.map((s) => s.series).join(', ')}`,
      ['series'],
    );
  const share = series.unit === 'share';
  const money = isMoneyUnit(series.unit);
  const unit = share ? '%' : money ? `${series.unit} billion` : series.unit;
  const plotted = (value: Decimal): number =>
    share ? value.times(100).toNumber() : money ? billions(value) : value.toNumber();
  const labels = many.scenarios.map((scenario) => scenario.label);
  const points = series.rows.flatMap((row) =>
    row.values.flatMap((value, i) =>
      value === undefined || row.year === 'total' || (options.year !== undefined && row.year !== options.year)
        ? []
        : [{ year: row.year, scenario: labels[i], value: plotted(value) }],
    ),
  );
  if (options.year !== undefined && points.length === 0)
    fail('invalid_year', `the comparison has no ${String(options.year)} in ${series.series}`, ['year'], options.year);
  const colour = {
    field: 'scenario',
    type: 'nominal',
    title: 'Scenario',
    sort: labels,
    scale: { domain: labels, range: labels.map((_, i) => SCENARIO_COLOURS[i % SCENARIO_COLOURS.length]) },
  };
  const overrides = many.scenarios.map((scenario) =>
    scenario.changes.length === 0
      ? scenario.label
      : `${scenario.label} (${counted(scenario.changes.length, 'override')})`,
  );
  const y = { field: 'value', type: 'quantitative', title: `${series.series} (${unit})` };
  return {
    $schema: SCHEMA,
    title: {
      text: `${series.series} (${unit}), ${options.year === undefined ? 'by scenario' : `${String(options.year)}, by scenario`}`,
      subtitle: overrides,
    },
    ...SIZE,
    config: CONFIG,
    data: { values: points },
    ...(options.year === undefined
      ? {
          mark: { type: 'line', point: true, strokeWidth: 2 },
          encoding: { x: { field: 'year', type: 'ordinal', title: 'Year', axis: { labelAngle: 0 } }, y, color: colour },
        }
      : {
          mark: { type: 'bar' },
          encoding: {
            x: { field: 'scenario', type: 'nominal', title: null, sort: labels, axis: { labelAngle: 0 } },
            y,
            color: colour,
          },
        }),
  };
}
