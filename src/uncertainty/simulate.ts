import { D } from '../decimal/core';
import { Evaluation, metricContext } from '../scenarios/evaluation';
import type { CompiledScenario } from '../scenarios/compile';
import { withOldNames } from '../scenarios/deprecated';
import type { Change, Scenario } from '../scenarios/types';
import { drawing, type Drawing } from './drawing';
import { resolveInputs, type Input } from './inputs';
import type { Kernel } from './kernel';
import { defaultMetrics, planMetric, type Column, type PlannedMetric } from './metricPlan';
import { checkOptions } from './options';
import { runPasses, type PassPlan, type PassResults } from './passes';
import { GENERATOR } from './random';
import { SimulationSamples } from './samples';
import type { MetricDistribution, SimulateOptions, SimulationResult, TargetOdds } from './simulationTypes';
import type { Summary } from './summary';

/**
 * Run a scenario many times with uncertain inputs (Monte Carlo) and report the distribution of each
 * metric, exact to the cent, and the probability of meeting each target in each year.
 *
 * Inputs are scenario paths with distributions; each trial draws one value per input (by inversion of
 * its CDF, from xoshiro128** seeded by `seed`), puts it in the scenario and runs the scenario's model on
 * binary floats (a kernel compiled once, not `evaluate` per trial). Correlated inputs go through a
 * Gaussian copula. A trial that breaks a rule of the scenario (a negative growth of −100%, a share of GDP
 * above 1, a plan whose items exceed its total) stops the simulation with an error naming the trial,
 * the input and the value: truncate the distribution, or choose one that stays in range.
 *
 * @param scenario - the scenario.
 * @param options - trials, seed, inputs, metrics, correlations, percentiles, keepSamples; see {@link SimulateOptions}.
 * @returns the distributions and the odds.
 * @throws {@link budget-whatif!BudgetWhatIfError} for bad options (zero trials, a path that names nothing, a bad
 *   distribution, a correlation matrix that is not positive semi-definite, an unknown metric), each
 *   issue with its path, or for a trial that breaks a rule of the scenario.
 * @category Uncertainty
 * @example
 * ```ts
 * import { getScenario } from 'budget-whatif/scenarios';
 * import { ci90, normal, simulate, uniform } from 'budget-whatif/uncertainty';
 * const result = simulate(getScenario('lithuania-baseline'), {
 *   trials: 10_000,
 *   seed: 7,
 *   inputs: {
 *     'economy.gdp.realGrowth.default': normal('3%', '1%'),
 *     'fx.EUR/USD.default': ci90(1.0, 1.3),
 *     'defence.shareOfGdp.default': uniform('5%', '6%'),
 *   },
 *   metrics: ['defence.2026-2030', 'defence.2026-2030.usd'],
 * });
 * result.metrics[1]?.summary.percentiles['p50']; // the median of 2026–2030 spending in dollars
 * result.targets.find((t) => t.id === 'nato-hague-total-5pct')?.rows[0]?.probability;
 * ```
 */
export function simulate(scenario: Scenario, options: SimulateOptions): SimulationResult {
  return simulateWithin(scenario, options);
}

/** {@link simulate} with a given bound on the bytes of metric columns held at once (tests use a small one). @internal */
export function simulateWithin(scenario: Scenario, options: SimulateOptions, bytes?: number): SimulationResult {
  const prepared = prepareSimulation(scenario, options, bytes);
  const ran = runPasses(prepared.kernel, prepared.draw, prepared.inputs, prepared.columns, prepared.plan);
  return simulationResult(scenario, prepared, ran);
}

/** A simulation made ready to run: its plan, inputs, kernel, drawing and columns. @internal */
export interface PreparedSimulation {
  readonly plan: PassPlan;
  readonly inputs: readonly Input[];
  readonly model: CompiledScenario;
  readonly kernel: Kernel;
  readonly draw: Drawing;
  readonly warnings: readonly string[];
  readonly metrics: readonly PlannedMetric[];
  readonly columns: readonly Column[];
  readonly correlations: SimulateOptions['correlations'];
}

/**
 * Check a simulation's options and inputs, build its kernel and plan its columns: everything but running
 * the trials (on this thread, or on several: the threads each prepare the same). @internal
 */
export function prepareSimulation(scenario: Scenario, options: SimulateOptions, bytes?: number): PreparedSimulation {
  const { trials, seed, percentiles, columnBytes } = checkOptions(options);
  const { inputs, model, kernel, warnings } = resolveInputs(scenario, options.inputs);
  // What to report, checked by reading each name from the exact evaluation at the point.
  const evaluation = new Evaluation(model);
  const metrics = (options.metrics ?? defaultMetrics(metricContext(model))).map((name, i) =>
    planMetric(name, evaluation, kernel, ['metrics', i]),
  );
  return {
    plan: {
      trials,
      seed,
      percentiles,
      keep: options.keepSamples === true,
      columnBytes: bytes ?? columnBytes,
      onProgress: options.onProgress,
    },
    inputs,
    model,
    kernel,
    draw: drawing(inputs, options.correlations),
    warnings,
    metrics,
    columns: metrics.flatMap((metric) => metric.columns),
    correlations: options.correlations,
  };
}

/** The result of a simulation from its prepared parts and what its passes gave. @internal */
export function simulationResult(scenario: Scenario, prepared: PreparedSimulation, ran: PassResults): SimulationResult {
  const { model, kernel, inputs, metrics, warnings, correlations } = prepared;
  const { trials, seed, percentiles, keep } = prepared.plan;
  return {
    scenario: model.scenario.name,
    currency: model.currency,
    trials,
    seed,
    generator: GENERATOR,
    inputs: inputs.map((input) => ({ path: input.path, spec: input.spec })),
    ...(correlations === undefined ? {} : { correlations }),
    percentiles,
    metrics: distributions(metrics, ran.summaries),
    targets: targetOdds(model, kernel, trials),
    warnings,
    changes: simulationChanges(scenario, model.scenario, inputs),
    ...(keep ? { samples: samplesOf(inputs, metrics, ran) } : {}),
  };
}

/**
 * The scenario's changes, then each input as a change: its value before (recorded when the input was set
 * to its median) and its distribution after.
 */
function simulationChanges(scenario: Scenario, point: Scenario, inputs: readonly Input[]): Change[] {
  const own = scenario.changes ?? [];
  const atMedians = (point.changes ?? []).slice(own.length);
  return [
    ...own,
    ...inputs.map((input, i) => {
      const set = atMedians[i];
      return {
        path: set?.path ?? input.path,
        ...(set?.before === undefined ? {} : { before: set.before }),
        after: input.spec,
        from: 'simulate inputs',
      };
    }),
  ];
}

/** Each metric's distribution from its columns' summaries: one, or one per year and the total. */
function distributions(metrics: readonly PlannedMetric[], summaries: readonly Summary[]): MetricDistribution[] {
  let next = 0;
  return metrics.map((metric) => {
    const own = summaries.slice(next, next + metric.columns.length);
    next += metric.columns.length;
    if (metric.years === undefined) return { name: metric.name, unit: metric.unit, summary: own[0] as Summary };
    const byYear: Record<number, Summary> = {};
    metric.years.forEach((year, y) => (byYear[year] = own[y] as Summary));
    return { name: metric.name, unit: metric.unit, summary: own.at(-1) as Summary, byYear };
  });
}

/** How often each target is met, by year, from the kernel's tallies. */
function targetOdds(model: CompiledScenario, kernel: Kernel, trials: number): TargetOdds[] {
  return model.targets.map((target) => ({
    id: target.id,
    name: target.name,
    rows: kernel.tallies
      .filter((tally) => tally.id === target.id)
      .map(
        (tally) =>
          withOldNames({
            year: tally.year,
            due: tally.due,
            metCount: tally.met,
            probability: new D(tally.met).div(trials).toDecimalPlaces(12),
          }) as TargetOdds['rows'][number],
      ),
  }));
}

/** Every trial's inputs and metric columns, for `keepSamples`. */
function samplesOf(inputs: readonly Input[], metrics: readonly PlannedMetric[], ran: PassResults): SimulationSamples {
  const columns = metrics.flatMap((metric) => metric.columns);
  return new SimulationSamples(
    [...inputs.map((input) => input.path), ...columns.map((column) => column.name)],
    [...inputs.map(() => 'input'), ...columns.map((column) => column.unit)],
    [...ran.inputColumns, ...ran.kept],
  );
}

export { follow } from './follow';
export type {
  Follow,
  FollowOptions,
  InputSpec,
  MetricDistribution,
  SimulateOptions,
  SimulationInput,
  SimulationResult,
  TargetOdds,
} from './simulationTypes';
