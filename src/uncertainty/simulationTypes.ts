// The public shapes of a simulation: its options, its inputs and what it returns.
import type { Change } from '../scenarios/types';
import type { Decimal } from '../decimal/core';
import type { YearSeries } from '../series/types';
import type { Correlations } from './correlation';
import type { Distribution, NumberInput } from './distributions';
import type { SimulationSamples } from './samples';
import type { Summary } from './summary';

/**
 * An input that follows another: `times` × the other input's value + `plus`, in every trial. For
 * quantities tied by an identity, such as a plan's total that rises with the cost of one of its items.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import type { Follow } from 'budget-whatif/uncertainty';
 * const total: Follow = {
 *   kind: 'follow',
 *   path: 'plans[border-countermobility].items[anti-tank-mines].amount',
 *   times: 1,
 *   plus: 300_000_000,
 * };
 * ```
 */
export interface Follow {
  /** The kind. */
  readonly kind: 'follow';
  /** The path of the input followed, a key of `inputs` with a distribution. */
  readonly path: string;
  /** The factor. */
  readonly times: number;
  /** The amount added. */
  readonly plus: number;
}

/**
 * The {@link follow} function options.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import type { FollowOptions } from 'budget-whatif/uncertainty';
 * const plusOtherMeasures: FollowOptions = { plus: '300000000' };
 * ```
 */
export interface FollowOptions {
  /** The factor. Default: 1. */
  readonly times?: NumberInput;
  /** The amount added. Default: 0. */
  readonly plus?: NumberInput;
}

/**
 * What a simulation varies at one path: a distribution, or a {@link Follow} of another input.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import { normal, type InputSpec } from 'budget-whatif/uncertainty';
 * const growth: InputSpec = normal('3%', '1%');
 * ```
 */
export type InputSpec = Distribution | Follow;

/**
 * The options of {@link simulate}.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import { normal, uniform, type SimulateOptions } from 'budget-whatif/uncertainty';
 * const options: SimulateOptions = {
 *   trials: 10_000,
 *   seed: 42,
 *   inputs: { 'economy.gdp.realGrowth.default': normal('3%', '1%'), 'defence.shareOfGdp.default': uniform('5%', '6%') },
 *   metrics: ['defence', 'defence.2026-2030.usd'],
 * };
 * ```
 */
export interface SimulateOptions {
  /** The number of trials, a whole number from 1 to 100,000,000. */
  readonly trials: number;
  /** The seed of the random numbers, a whole number from 0 to 2^53 − 1. Default: 1. The same seed gives the same result. */
  readonly seed?: number;
  /** What varies: scenario paths (as {@link budget-whatif/scenarios!withOverrides} takes them) and their distributions. */
  readonly inputs: Readonly<Record<string, InputSpec>>;
  /**
   * What to report: metric names as {@link budget-whatif/scenarios!metric} takes them (`defence.2026-2030.usd`), or a series
   * without its years (`defence`, `defence.usd`, `gdp`, `plans.<id>`, `plans.<id>.usd`,
   * `plans.<id>.items.<item>`) for each year and the total. Default: GDP, defence spending and every plan,
   * in the scenario's currency and in each view's.
   */
  readonly metrics?: readonly string[];
  /** Correlations between inputs (a Gaussian copula). Default: all independent. */
  readonly correlations?: Correlations;
  /** The percentiles to report, each from 0 to 100. Default: 5, 25, 50, 75, 95. */
  readonly percentiles?: readonly number[];
  /** Keep every trial's inputs and metrics in `samples`. Default: false (memory then stays bounded). */
  readonly keepSamples?: boolean;
  /**
   * Without `keepSamples`, the most mebibytes of metric columns held at once (a column is 8 bytes a
   * trial); the columns are split into as few passes over the same seeded trials as fit, each pass
   * recomputing the trials (so a smaller bound is slower, never different). At least one column is held.
   * Default: 160, which keeps a million trials with every default column under 300 MiB of peak memory
   * on the project's machine (docs/performance.md).
   */
  readonly columnMiB?: number;
  /**
   * Called as the trials run, after each block of 1,024, with the trials done and to do (over all the
   * passes a large simulation takes): for a progress bar. It must not throw.
   */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * One input of a simulation as the result reports it.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import type { SimulationInput } from 'budget-whatif/uncertainty';
 * const input: SimulationInput = { path: 'defence.shareOfGdp.default', spec: { kind: 'uniform', min: 0.05, max: 0.06 } };
 * ```
 */
export interface SimulationInput {
  /** The path, selectors by id. */
  readonly path: string;
  /** Its distribution, or what it follows. */
  readonly spec: InputSpec;
}

/**
 * The distribution of one metric over the trials.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import { getScenario } from 'budget-whatif/scenarios';
 * import { simulate, uniform, type MetricDistribution } from 'budget-whatif/uncertainty';
 * const [defence]: readonly MetricDistribution[] = simulate(getScenario('lithuania-baseline'), {
 *   trials: 1000,
 *   inputs: { 'defence.shareOfGdp.default': uniform('5%', '6%') },
 *   metrics: ['defence'],
 * }).metrics;
 * defence?.byYear?.[2030]?.percentiles['p95']; // 2030 spending, 95th percentile
 * ```
 */
export interface MetricDistribution {
  /** The metric as asked for. */
  readonly name: string;
  /** Its unit: a currency code, `share`, `points` or `flag`. */
  readonly unit: string;
  /** The metric's distribution; for a series, that of its total over the years. */
  readonly summary: Summary;
  /** For a series, each year's distribution. */
  readonly byYear?: YearSeries<Summary>;
}

/**
 * How often a target is met in each year.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import type { TargetOdds } from 'budget-whatif/uncertainty';
 * const odds: TargetOdds = { id: 'nato-hague-total-5pct', name: 'NATO 5% by 2035', rows: [] };
 * ```
 */
export interface TargetOdds {
  /** The target's id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** One row per year it applies to. */
  readonly rows: readonly {
    /** The year. */
    readonly year: number;
    /** Whether its deadline has come. */
    readonly due: boolean;
    /** The number of trials that meet it. */
    readonly metCount: number;
    /**
     * The number of trials that meet it, by its old name.
     *
     * @deprecated Read `metCount`: `met` is a yes/no everywhere else (docs/glossary.md). Not written to JSON.
     */
    readonly met: number;
    /** metCount ÷ trials, to 12 decimal places. */
    readonly probability: Decimal;
  }[];
}

/**
 * What {@link simulate} returns: the distribution of every metric and the odds of every target, with
 * the seed, the trial count and the generator that reproduce them. `JSON.stringify` writes it with
 * every number as a decimal string; the same scenario, options and seed give the same JSON, byte for byte.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import { getScenario } from 'budget-whatif/scenarios';
 * import { simulate, uniform, type SimulationResult } from 'budget-whatif/uncertainty';
 * const result: SimulationResult = simulate(getScenario('lithuania-baseline'), {
 *   trials: 1000,
 *   inputs: { 'defence.shareOfGdp.default': uniform('5%', '6%') },
 * });
 * result.generator; // => 'xoshiro128** 1.1, seeded by SplitMix64'
 * ```
 */
export interface SimulationResult {
  /** The scenario's name. */
  readonly scenario: string;
  /** Its currency. */
  readonly currency: string;
  /** The number of trials. */
  readonly trials: number;
  /** The seed. */
  readonly seed: number;
  /** The random number generator. */
  readonly generator: string;
  /** The inputs, in the order given. */
  readonly inputs: readonly SimulationInput[];
  /** The correlations, when given. */
  readonly correlations?: Correlations;
  /** The percentiles reported. */
  readonly percentiles: readonly number[];
  /** The metrics, in the order asked for. */
  readonly metrics: readonly MetricDistribution[];
  /** The odds of each of the scenario's targets, by year. */
  readonly targets: readonly TargetOdds[];
  /** What an analyst should know: inputs that change nothing. */
  readonly warnings: readonly string[];
  /**
   * What the simulation changed from the scenario as written: the scenario's own record of changes (a
   * `--set`, say), then each uncertain input, its value before and its distribution after, from
   * `simulate inputs`.
   */
  readonly changes: readonly Change[];
  /** Every trial, when `keepSamples` asked for it. */
  readonly samples?: SimulationSamples;
}
