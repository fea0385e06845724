import { fail } from '../errors/fail';
import { underPath } from '../errors/underPath';
import { Evaluation } from './evaluation';
import { isNonEmptyList } from './lists';
import { readMetric, type MetricValue } from './metrics';
import { compiledScenario } from './parseScenario';
import type { Scenario } from './types';
import { withOverrides, type OverrideOptions } from './withOverrides';

const SWEEP: OverrideOptions = { from: 'sweep' };

/**
 * The input of {@link sweep}: one path, its values, and the metrics to read at each.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { SweepOptions } from 'budget-whatif/scenarios';
 * const shares: SweepOptions = { path: 'defence.shareOfGdp.default', values: ['5%', '5.25%', '5.5%'], metrics: ['defence.2026-2030'] };
 * ```
 */
export interface SweepOptions {
  /** The override path to vary; see {@link Override}. */
  readonly path: string;
  /** The values to try, written as in a scenario file. */
  readonly values: readonly unknown[];
  /** The metrics to read; see {@link metric}. */
  readonly metrics: readonly string[];
}

/**
 * One row of a {@link Sweep}: the value tried and the metrics it gave.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { getScenario, sweep, type SweepRow } from 'budget-whatif/scenarios';
 * const [row]: readonly SweepRow[] = sweep(getScenario('lithuania-baseline'), { path: 'defence.shareOfGdp.default', values: ['5%'], metrics: ['defence.2030'] }).rows;
 * row?.value; // => '5%'
 * ```
 */
export interface SweepRow {
  /** The value as given. */
  readonly value: unknown;
  /** Each metric's value, by name. */
  readonly metrics: Readonly<Record<string, MetricValue>>;
}

/**
 * The result of {@link sweep}: a data table of metrics by value.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { getScenario, sweep, type Sweep } from 'budget-whatif/scenarios';
 * const table: Sweep = sweep(getScenario('lithuania-baseline'), { path: 'defence.shareOfGdp.default', values: ['5%', '6%'], metrics: ['defence.2030'] });
 * table.rows.length; // => 2
 * ```
 */
export interface Sweep {
  /** The path varied. */
  readonly path: string;
  /** The metrics read. */
  readonly metrics: readonly string[];
  /** One row per value, in the order given. */
  readonly rows: readonly SweepRow[];
}

/**
 * Evaluate a scenario at each of several values of one input and read metrics: a data table without the
 * spreadsheet's limits. Each evaluation computes only what its metrics need.
 *
 * @param scenario - the scenario.
 * @param options - the path, the values and the metrics; see {@link SweepOptions}.
 * @returns the table; see {@link Sweep}.
 * @throws {@link budget-whatif!BudgetWhatIfError} the errors of {@link withOverrides} for a bad path or value (with the
 *   value's index), `invalid_metric` for a bad metric.
 * @category Scenarios
 * @example
 * ```ts
 * import { getScenario, sweep } from 'budget-whatif/scenarios';
 * const table = sweep(getScenario('lithuania-baseline'), {
 *   path: 'defence.shareOfGdp.default',
 *   values: ['5%', '5.25%', '5.5%', '5.75%', '6%'],
 *   metrics: ['defence.2026-2030', 'defence.2026-2030.usd'],
 * });
 * table.rows.map((row) => row.metrics['defence.2026-2030']?.value.gt(0)); // => [true, true, true, true, true]
 * ```
 */
export function sweep(scenario: Scenario, options: SweepOptions): Sweep {
  if (!isNonEmptyList(options.values)) fail('empty_input', 'a sweep needs at least one value', ['values']);
  if (!isNonEmptyList(options.metrics)) fail('empty_input', 'a sweep needs at least one metric', ['metrics']);
  const rows = options.values.map((value, i): SweepRow => {
    const variant = underPath(['values', i], () => withOverrides(scenario, [{ path: options.path, value }], SWEEP));
    return { value, metrics: readAll(variant, options.metrics) };
  });
  return { path: options.path, metrics: [...options.metrics], rows };
}

/**
 * One input of a {@link sweep2} grid: a path and the values it takes, in order.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { SweepAxis } from 'budget-whatif/scenarios';
 * const growth: SweepAxis = { path: 'economy.gdp.realGrowth.default', values: ['0.01', '0.02', '0.03'] };
 * ```
 */
export interface SweepAxis {
  /** A path of the scenario file, as {@link withOverrides} takes it. */
  readonly path: string;
  /** The values it takes, each checked like the field in a scenario file. */
  readonly values: readonly unknown[];
}

/**
 * The input of {@link sweep2}: two paths with their values, and one metric.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { Sweep2Options } from 'budget-whatif/scenarios';
 * const grid: Sweep2Options = {
 *   rows: { path: 'economy.gdp.realGrowth.default', values: ['0.01', '0.02', '0.03'] },
 *   columns: { path: 'defence.shareOfGdp.default', values: ['5%', '6%'] },
 *   metric: 'defence.2030',
 * };
 * ```
 */
export interface Sweep2Options {
  /** The input varied down the rows. */
  readonly rows: SweepAxis;
  /** The input varied across the columns. */
  readonly columns: SweepAxis;
  /** The metric in each cell. */
  readonly metric: string;
}

/**
 * The result of {@link sweep2}: a two-way data table.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { getScenario, sweep2, type Sweep2 } from 'budget-whatif/scenarios';
 * const grid: Sweep2 = sweep2(getScenario('lithuania-baseline'), {
 *   rows: { path: 'economy.gdp.realGrowth.default', values: ['0.02', '0.03'] },
 *   columns: { path: 'defence.shareOfGdp.default', values: ['5%', '6%'] },
 *   metric: 'defence.2030',
 * });
 * grid.cells.length; // => 2
 * ```
 */
export interface Sweep2 {
  /** The input down the rows, as given. */
  readonly rows: SweepAxis;
  /** The input across the columns, as given. */
  readonly columns: SweepAxis;
  /** The metric. */
  readonly metric: string;
  /** `cells[r][c]`: the metric at row value r and column value c. */
  readonly cells: readonly (readonly MetricValue[])[];
}

/**
 * Evaluate a scenario over a grid of two inputs and read one metric in each cell.
 *
 * @param scenario - the scenario.
 * @param options - the two inputs and the metric; see {@link Sweep2Options}.
 * @returns the grid; see {@link Sweep2}.
 * @throws {@link budget-whatif!BudgetWhatIfError} as {@link sweep}.
 * @category Scenarios
 * @example
 * ```ts
 * import { getScenario, sweep2 } from 'budget-whatif/scenarios';
 * const grid = sweep2(getScenario('lithuania-baseline'), {
 *   rows: { path: 'economy.gdp.realGrowth.default', values: ['0.02', '0.03'] },
 *   columns: { path: 'defence.shareOfGdp.default', values: ['5%', '6%'] },
 *   metric: 'defence.2030',
 * });
 * grid.cells[0]?.[1]?.value.gt(grid.cells[0]?.[0]?.value ?? 0); // => true
 * ```
 */
export function sweep2(scenario: Scenario, options: Sweep2Options): Sweep2 {
  for (const axis of ['rows', 'columns'] as const) {
    if (!isNonEmptyList(options[axis].values))
      fail('empty_input', `the ${axis} need at least one value`, [axis, 'values']);
  }
  const cells = options.rows.values.map((rowValue, r) => {
    const row = underPath(['rows', r], () =>
      withOverrides(scenario, [{ path: options.rows.path, value: rowValue }], SWEEP),
    );
    return options.columns.values.map((columnValue, c) => {
      const cell = underPath(['columns', c], () =>
        withOverrides(row, [{ path: options.columns.path, value: columnValue }], SWEEP),
      );
      return readAll(cell, [options.metric])[options.metric] as MetricValue;
    });
  });
  return { rows: options.rows, columns: options.columns, metric: options.metric, cells };
}

/** Read metrics from a scenario, computing only the sections they need. @internal */
export function readAll(scenario: Scenario, metrics: readonly string[]): Record<string, MetricValue> {
  const evaluation = new Evaluation(compiledScenario(scenario));
  const values: Record<string, MetricValue> = {};
  for (const name of metrics) values[name] = readMetric(evaluation, name);
  return values;
}
