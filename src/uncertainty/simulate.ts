import { D, type Decimal } from '../decimal/core';
import { checkedFloat } from '../decimal/fromNumber';
import { fail, show, type Path } from '../errors/fail';
import { rethrowAt, underPath } from '../errors/underPath';
import { currencyOf } from '../money/currencies';
import type { YearSeries } from '../series/types';
import { seriesYears } from '../series/years';
import { Evaluation, metricContext } from '../scenarios/evaluation';
import { parseMetricName, type MetricRef } from '../scenarios/metricName';
import { readMetric } from '../scenarios/metrics';
import { compiledScenario } from '../scenarios/parseScenario';
import { formatSteps, parsePath, selectIndex, type PathStep } from '../scenarios/paths';
import type { Scenario } from '../scenarios/types';
import { withOldNames } from '../scenarios/deprecated';
import { withOverrides } from '../scenarios/withOverrides';
import { correlationRoot, type Correlations } from './correlation';
import { checkDistribution, numberOf, type Distribution, type NumberInput } from './distributions';
import { notVariable, VALUE_RANGES, variableKind } from '../scenarios/vocabulary';
import { Kernel, type Slot, type SlotKind } from './kernel';
import { affine } from './loops';
import { normalCdf, normalQuantile } from './normal';
import { GENERATOR, Random } from './random';
import { samplerOf, type Sampler } from './sampler';
import { SimulationSamples } from './samples';
import { placesOf, summarise, type Summary } from './summary';

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
 * An input that follows another; see {@link Follow}.
 *
 * @param path - the path of the input followed.
 * @param options - `times` (default 1) and `plus` (default 0).
 * @returns the follow.
 * @category Uncertainty
 * @example
 * ```ts
 * import { follow } from 'budget-whatif/uncertainty';
 * follow('plans[border-countermobility].items[anti-tank-mines].amount', { plus: '300000000' }).plus; // => 300000000
 * ```
 */
export function follow(path: string, options: FollowOptions = {}): Follow {
  return checkFollow({ kind: 'follow', path, times: options.times ?? 1, plus: options.plus ?? 0 }, []);
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
  /** Every trial, when `keepSamples` asked for it. */
  readonly samples?: SimulationSamples;
}

const DEFAULT_PERCENTILES = Object.freeze([5, 25, 50, 75, 95]);
const MAX_TRIALS = 100_000_000;
/** Trials run in blocks of this many: rows of 8 kB, which stay in the CPU's caches. */
const BLOCK = 1024;
/**
 * Without `keepSamples`, metric columns take at most this many bytes at once; more columns are filled in
 * further passes over the same seeded trials. Percentiles need every value of a column, so this bound,
 * not trials × metrics, decides the memory.
 */
const COLUMN_BYTES = 256 * 1024 * 1024;

interface Input {
  /** The path as given in `inputs`. */
  readonly given: string;
  /** The path with selectors by id. */
  readonly path: string;
  /** How it is drawn; `undefined` for a follow. */
  readonly sampler: Sampler | undefined;
  /** For a follow, the index of the input it follows. */
  readonly source: number | undefined;
  readonly spec: InputSpec;
  readonly slot: Slot;
  readonly at: Path;
}

interface Column {
  readonly name: string;
  readonly unit: string;
  readonly read: (out: Float64Array, count: number) => void;
}

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
  return simulateWithin(scenario, options, COLUMN_BYTES);
}

/** {@link simulate} with a given bound on the bytes of metric columns held at once (tests use a small one). @internal */
export function simulateWithin(scenario: Scenario, options: SimulateOptions, columnBytes: number): SimulationResult {
  // Checked at run time too: plain JavaScript and JSON files may pass anything.
  const given: unknown = options;
  if (typeof given !== 'object' || given === null)
    return fail(
      'invalid_type',
      `expected the options { trials, inputs, ... }, received ${show(options)}`,
      ['options'],
      options,
    );
  const trials = options.trials;
  if (typeof trials !== 'number' || !Number.isInteger(trials) || trials < 1 || trials > MAX_TRIALS)
    fail(
      'out_of_range',
      `trials is a whole number from 1 to ${MAX_TRIALS.toLocaleString('en')}, received ${show(trials)}`,
      ['trials'],
      trials,
    );
  const seed = options.seed ?? 1;
  new Random(seed); // checks the seed before any work
  const percentiles = checkPercentiles(options.percentiles ?? DEFAULT_PERCENTILES);

  // The inputs: checked, at their medians in a point scenario that evaluate() validates whole.
  const inputsGiven: unknown = options.inputs;
  if (typeof inputsGiven !== 'object' || inputsGiven === null || Array.isArray(inputsGiven))
    fail(
      'invalid_type',
      `inputs maps scenario paths to distributions, received ${show(options.inputs)}`,
      ['inputs'],
      options.inputs,
    );
  const specs = Object.entries(options.inputs).map(([path, spec]) => ({
    path,
    spec: checkSpec(spec, ['inputs', path]),
  }));
  const canonical = specs.map(({ path }) => {
    const named = atInput(path, () => canonicalPath(path, scenario));
    if (variableKind(named) === undefined) notVariable(path, ['inputs', path]);
    return named;
  });
  // Each input's sampler (a PERT's is a table: built once), and each follow's source, found once.
  const samplers = specs.map(({ path, spec }) =>
    spec.kind === 'follow' ? undefined : samplerOf(spec, ['inputs', path]),
  );
  const sources = specs.map(({ path, spec }) => {
    if (spec.kind !== 'follow') return undefined;
    const source = specs.findIndex(
      (candidate, j) => samplers[j] !== undefined && (candidate.path === spec.path || canonical[j] === spec.path),
    );
    if (source < 0)
      return fail(
        'unknown_path',
        `${show(spec.path)} is not an input with a distribution, so nothing to follow`,
        ['inputs', path, 'path'],
        spec.path,
      );
    return source;
  });
  const medians = pointValues(specs, samplers, sources, canonical, currencyOf(scenario.currency).minorUnits);
  // One input at a time, so that a problem is reported against the input that causes it.
  const point = specs.reduce(
    (document, { path }, i) => atInput(path, () => withOverrides(document, [{ path, value: medians[i] }])),
    scenario,
  );
  const model = compiledScenario(point);
  const kernel = new Kernel(model, BLOCK, new Set(canonical));
  const warnings: string[] = [];
  const inputs: Input[] = specs.map(({ path, spec }, i) => {
    const at: Path = ['inputs', path];
    const named = canonical[i] as string;
    const plan = /^plans\[([^\]]+)\]/.exec(named)?.[1];
    if (plan !== undefined && kernel.isFixedPlan(plan)) return notVariable(path, at);
    let slot = kernel.slot(named);
    if (slot === undefined) {
      warnings.push(`${path} changes nothing in this scenario (no year reads it): it is drawn but has no effect`);
      slot = kernel.unreadSlot(named);
    }
    return { given: path, path: named, spec, slot, at, sampler: samplers[i], source: sources[i] };
  });

  // What to report, checked by reading each name from the exact evaluation at the point.
  const evaluation = new Evaluation(model);
  const context = metricContext(model);
  const metrics = (options.metrics ?? defaultMetrics(context)).map((name, i) =>
    planMetric(name, evaluation, kernel, ['metrics', i]),
  );
  const columns = metrics.flatMap((metric) => metric.columns);

  const draw = drawing(inputs, options.correlations);
  const units = columns.map((column) => column.unit);
  const summaries: Summary[] = new Array<Summary>(columns.length);
  const keep = options.keepSamples === true;
  const perPass = keep ? columns.length : Math.max(1, Math.floor(columnBytes / (8 * trials)));
  let kept: Float64Array[] = [];
  const inputColumns = keep ? inputs.map(() => new Float64Array(trials)) : [];
  const passes = Math.max(1, Math.ceil(columns.length / perPass));
  const progress = options.onProgress;
  for (let first = 0; first < Math.max(1, columns.length); first += perPass) {
    const pass = columns.slice(first, first + perPass);
    const stored = pass.map(() => new Float64Array(trials));
    const before = (first / perPass) * trials;
    runTrials(kernel, draw, seed, trials, first === 0, (offset, count) => {
      progress?.(before + offset + count, passes * trials);
      pass.forEach((column, c) => {
        const block = (stored[c] as Float64Array).subarray(offset, offset + count);
        column.read(block, count);
        const bad = firstOutside(block, count, -Number.MAX_VALUE, false, Number.MAX_VALUE);
        if (bad >= 0)
          fail(
            'out_of_range',
            `trial ${String(offset + bad + 1)} gives ${column.name} = ${String(block[bad])}: the inputs it drew overflow the model; truncate the distributions (truncate: { min, max })`,
            ['metrics'],
            column.name,
          );
      });
      if (first === 0) inputs.forEach((input, i) => inputColumns[i]?.set(input.slot.row.subarray(0, count), offset));
    });
    if (keep) kept = stored.map((column) => Float64Array.from(column));
    pass.forEach((column, c) => {
      summaries[first + c] = summarise(stored[c] as Float64Array, percentiles, placesOf(column.unit));
    });
    if (columns.length === 0) break;
  }

  let next = 0;
  const reported: MetricDistribution[] = metrics.map((metric) => {
    const own = summaries.slice(next, next + metric.columns.length);
    next += metric.columns.length;
    if (metric.years === undefined) return { name: metric.name, unit: metric.unit, summary: own[0] as Summary };
    const byYear: Record<number, Summary> = {};
    metric.years.forEach((year, y) => (byYear[year] = own[y] as Summary));
    return { name: metric.name, unit: metric.unit, summary: own.at(-1) as Summary, byYear };
  });

  const targets: TargetOdds[] = model.targets.map((target) => ({
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

  return {
    scenario: model.scenario.name,
    currency: model.currency,
    trials,
    seed,
    generator: GENERATOR,
    inputs: inputs.map((input) => ({ path: input.path, spec: input.spec })),
    ...(options.correlations === undefined ? {} : { correlations: options.correlations }),
    percentiles,
    metrics: reported,
    targets,
    warnings,
    ...(keep
      ? {
          samples: new SimulationSamples(
            [...inputs.map((input) => input.path), ...columns.map((column) => column.name)],
            [...inputs.map(() => 'input'), ...units],
            [...inputColumns, ...kept],
          ),
        }
      : {}),
  };
}

/** Draw every input of a block of trials into its slot row: the sampling plan, built once. */
interface Drawing {
  readonly draw: (random: Random, count: number) => void;
  readonly check: (count: number, offset: number) => void;
}

function drawing(inputs: readonly Input[], correlations: Correlations | undefined): Drawing {
  const sampled = inputs.filter((input) => input.sampler !== undefined);
  const uniforms = sampled.map(() => new Float64Array(BLOCK));
  // The correlated group: its members' positions in `sampled`, and the square root of its matrix.
  let group: number[] = [];
  let root: Float64Array = new Float64Array(0);
  if (correlations !== undefined) {
    const at: Path = ['correlations'];
    const given: unknown = correlations;
    if (typeof given !== 'object' || given === null || !Array.isArray((given as Correlations).inputs))
      fail(
        'invalid_type',
        `correlations is { inputs: [paths], matrix: [[...]] }, received ${show(correlations)}`,
        at,
        correlations,
      );
    group = correlations.inputs.map((path, i) => {
      const index = sampled.findIndex((input) => input.given === path || input.path === path);
      if (index < 0)
        fail(
          'unknown_path',
          `${show(path)} is not an input with a distribution; correlate inputs listed in inputs`,
          [...at, 'inputs', i],
          path,
        );
      return index;
    });
    if (new Set(group).size !== group.length)
      fail('invalid_type', 'an input is listed twice in correlations.inputs', [...at, 'inputs']);
    root = correlationRoot(correlations.matrix, group.length, [...at, 'matrix']);
  }
  const inGroup = new Set(group);
  const follows = inputs.flatMap((input) => {
    const source = input.source === undefined ? undefined : inputs[input.source];
    if (source === undefined || input.spec.kind !== 'follow') return [];
    return [{ row: input.slot.row, source: source.slot.row, times: input.spec.times, plus: input.spec.plus }];
  });
  // Fixed for the whole simulation: the independent inputs, and the correlated group's rows.
  const independent = sampled.filter((_, i) => !inGroup.has(i));
  const groupUniforms = group.map((i) => uniforms[i] as Float64Array);
  const groupSamplers = group.map((i) => (sampled[i] as Input).sampler as Sampler);
  const groupRows = group.map((i) => (sampled[i] as Input).slot.row);
  const independentUniforms = independent.map((input) => uniforms[sampled.indexOf(input)] as Float64Array);
  const n = group.length;
  return {
    draw: (random, count) => {
      random.fillRows(uniforms, count);
      independent.forEach((input, i) => {
        (input.sampler as Sampler).fill(input.slot.row, independentUniforms[i] as Float64Array, count);
      });
      if (n > 0) mixCorrelated(groupUniforms, root, groupSamplers, groupRows, count);
      for (const { row, source, times, plus } of follows) affine(row, source, times, plus, count);
    },
    check: (count, offset) => {
      for (const input of inputs) {
        const [low, lowOpen, high] = rangeOf(input.slot.kind);
        const bad = firstOutside(input.slot.row, count, low, lowOpen, high);
        if (bad >= 0) {
          const value = input.slot.row[bad] as number;
          fail(
            'out_of_range',
            `trial ${String(offset + bad + 1)} drew ${String(value)} for ${input.path}, ${why(input.slot.kind)}: truncate the distribution (truncate: { min, max }) or choose one that stays in range`,
            input.at,
            value,
          );
        }
      }
    },
  };
}

/**
 * The Gaussian copula: each trial's uniforms become standard normals z, mixed by the root L of the
 * correlation matrix (z' = L·z), and each input takes its value at z' (its quantile at Φ(z'), kept
 * strictly inside (0, 1) so that every quantile stays finite).
 */
function mixCorrelated(
  uniforms: readonly Float64Array[],
  root: Float64Array,
  samplers: readonly Sampler[],
  rows: readonly Float64Array[],
  count: number,
): void {
  const n = uniforms.length;
  const z = new Float64Array(n);
  for (let b = 0; b < count; b++) {
    for (let j = 0; j < n; j++) z[j] = normalQuantile((uniforms[j] as Float64Array)[b] as number);
    for (let j = 0; j < n; j++) {
      let mixed = 0;
      for (let m = 0; m < n; m++) mixed += (root[j * n + m] as number) * (z[m] as number);
      const sampler = samplers[j] as Sampler;
      (rows[j] as Float64Array)[b] =
        sampler.fromNormal === undefined
          ? sampler.quantile(Math.min(1 - 2 ** -53, Math.max(2 ** -54, normalCdf(mixed))))
          : sampler.fromNormal(mixed);
    }
  }
}

/** The largest value an input may draw: the float just below 1e21 (NUMBER_LIMITS.largest). */
const LARGEST = 999_999_999_999_999_900_000;

/** What a kind of input may be, [lowest, lowest excluded, highest], from the scenario vocabulary. */
function rangeOf(kind: SlotKind): readonly [number, boolean, number] {
  const range = VALUE_RANGES[kind];
  return [range.low, !range.lowIncluded, range.high ?? LARGEST];
}

/** Why a drawn value is out of its kind's range: the vocabulary's rule, and the number limit. */
function why(kind: SlotKind): string {
  return `where ${VALUE_RANGES[kind].rule}${VALUE_RANGES[kind].high === undefined ? ', and below 1e21' : ''}`;
}

/** The first trial whose value is outside the range (or not a number), or −1. */
function firstOutside(row: Float64Array, count: number, low: number, lowOpen: boolean, high: number): number {
  // The common case, every value in range, costs one pass of min and max; NaN fails both comparisons.
  let min = Infinity;
  let max = -Infinity;
  for (let b = 0; b < count; b++) {
    const value = row[b] as number;
    if (value < min) min = value;
    if (value > max) max = value;
    if (value !== value) return b; // NaN
  }
  if ((lowOpen ? min > low : min >= low) && max <= high) return -1;
  for (let b = 0; b < count; b++) {
    const value = row[b] as number;
    if (!(lowOpen ? value > low : value >= low) || !(value <= high)) return b;
  }
  return -1;
}

/** Run every trial, block by block, from a fresh generator; `collect` reads each block's results. */
function runTrials(
  kernel: Kernel,
  drawing: Drawing,
  seed: number,
  trials: number,
  tally: boolean,
  collect: (offset: number, count: number) => void,
): void {
  const random = new Random(seed);
  for (let offset = 0; offset < trials; offset += BLOCK) {
    const count = Math.min(BLOCK, trials - offset);
    drawing.draw(random, count);
    drawing.check(count, offset);
    kernel.run(count, tally);
    const fault = kernel.fault;
    if (fault !== undefined)
      fail('invalid_plan', `trial ${String(offset + fault.trial + 1)}: ${fault.message}`, fault.path);
    collect(offset, count);
  }
}

interface PlannedMetric {
  readonly name: string;
  readonly unit: string;
  readonly years: readonly number[] | undefined;
  readonly columns: readonly Column[];
}

/**
 * A metric's columns: one for a single metric, one per year and the total for a series. Every column's
 * name is read from the exact evaluation first, which checks it with evaluate()'s own errors.
 */
function planMetric(name: string, evaluation: Evaluation, kernel: Kernel, at: Path): PlannedMetric {
  const context = evaluation.context();
  const column = (metric: string): Column => {
    const ref: MetricRef = parseMetricName(metric, context);
    const unit = underPath(at, () => readMetric(evaluation, metric)).unit;
    return { name: metric, unit, read: kernel.reader(ref) };
  };
  const series = seriesOf(name, context.views);
  if (series === undefined || !isSeries(series.base, context)) {
    const single = underPath(at, () => column(name));
    return { name, unit: single.unit, years: undefined, columns: [single] };
  }
  const years = yearsOfSeries(series.base, evaluation);
  const suffix = series.view === undefined ? '' : `.${series.view.toLowerCase()}`;
  const columns = [
    ...years.map((year) => `${series.base}.${String(year)}${suffix}`),
    `${series.base}.total${suffix}`,
  ].map((metric) => underPath(at, () => column(metric)));
  return { name, unit: columns[0]?.unit ?? context.currency, years, columns };
}

/** `defence.usd` → `{ base: 'defence', view: 'USD' }`; `plans.x` → `{ base: 'plans.x' }`. */
function seriesOf(name: string, views: readonly string[]): { base: string; view?: string } | undefined {
  if (typeof name !== 'string') return undefined;
  const parts = name.split('.');
  const last = parts.at(-1)?.toUpperCase() ?? '';
  if (parts.length > 1 && views.includes(last)) return { base: parts.slice(0, -1).join('.'), view: last };
  return { base: name };
}

function isSeries(base: string, context: ReturnType<Evaluation['context']>): boolean {
  if (base === 'gdp' || base === 'defence') return true;
  if (base === 'related') return context.hasRelated;
  return context.plans.some(
    (plan) => base === `plans.${plan.id}` || plan.items.some((item) => base === `plans.${plan.id}.items.${item}`),
  );
}

/** The years a series metric has: the scenario's for GDP and spending, the plan's for plans and items. */
function yearsOfSeries(base: string, evaluation: Evaluation): number[] {
  if (base === 'gdp') return seriesYears(evaluation.gdp);
  if (base === 'defence') return seriesYears(evaluation.defenceAmounts().byYear);
  if (base === 'related') return seriesYears(evaluation.relatedAmounts()?.byYear ?? {});
  const plan = evaluation
    .plans()
    .find((candidate) => base === `plans.${candidate.id}` || base.startsWith(`plans.${candidate.id}.items.`));
  return plan?.schedule.rows.map((row) => row.year) ?? [];
}

function defaultMetrics(context: ReturnType<Evaluation['context']>): string[] {
  const bases = [
    'gdp',
    'defence',
    ...(context.hasRelated ? ['related'] : []),
    ...context.plans.map((plan) => `plans.${plan.id}`),
  ];
  return [
    ...bases,
    ...context.views.flatMap((view) =>
      bases.filter((base) => base !== 'gdp').map((base) => `${base}.${view.toLowerCase()}`),
    ),
  ];
}

function checkPercentiles(values: unknown): number[] {
  if (!Array.isArray(values) || values.length === 0)
    return fail(
      'invalid_type',
      `percentiles is a list of numbers from 0 to 100, received ${show(values)}`,
      ['percentiles'],
      values,
    );
  return values.map((value: unknown, i) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100)
      fail(
        'out_of_range',
        `a percentile is a number from 0 to 100, received ${show(value)}`,
        ['percentiles', i],
        value,
      );
    return value;
  });
}

function checkSpec(spec: unknown, at: Path): InputSpec {
  if (typeof spec === 'object' && spec !== null && (spec as { kind?: unknown }).kind === 'follow')
    return checkFollow(spec, at);
  return checkDistribution(spec, at);
}

function checkFollow(spec: unknown, at: Path): Follow {
  const value = spec as Record<string, unknown>;
  const path = value['path'];
  if (typeof path !== 'string' || path === '')
    return fail(
      'invalid_type',
      `a follow names the path of another input, received ${show(path)}`,
      [...at, 'path'],
      path,
    );
  for (const key of Object.keys(value))
    if (!['kind', 'path', 'times', 'plus'].includes(key))
      fail('unknown_key', `a follow has path, times and plus, not ${show(key)}`, [...at, key], key);
  return Object.freeze({
    kind: 'follow',
    path,
    times: numberOf((value['times'] ?? 1) as NumberInput, [...at, 'times']),
    plus: numberOf((value['plus'] ?? 0) as NumberInput, [...at, 'plus']),
  });
}

/** An input path with list elements selected by id, as the kernel names its slots. */
function canonicalPath(path: string, scenario: Scenario): string {
  const steps = parsePath(path);
  let node: unknown = scenario;
  const named: PathStep[] = steps.map((step, i) => {
    if ('key' in step) {
      node = (node as Record<string, unknown> | undefined)?.[step.key];
      return step;
    }
    const list = Array.isArray(node) ? (node as unknown[]) : [];
    const index = selectIndex(list, step.select, formatSteps(steps.slice(0, i)));
    node = list[index];
    const id = (node as { id?: unknown } | undefined)?.id;
    return { select: typeof id === 'string' ? id : step.select };
  });
  return formatSteps(named);
}

/** Each input at its median (a follow at its source's), written as the scenario file would hold it. */
function pointValues(
  specs: readonly { path: string; spec: InputSpec }[],
  samplers: readonly (Sampler | undefined)[],
  sources: readonly (number | undefined)[],
  canonical: readonly string[],
  minorUnits: number,
): string[] {
  const medians = samplers.map((sampler) => sampler?.quantile(0.5));
  return specs.map(({ path, spec }, i) => {
    const source = sources[i];
    const value =
      spec.kind === 'follow' && source !== undefined
        ? spec.times * (medians[source] as number) + spec.plus
        : (medians[i] as number);
    // Amounts in whole minor units, as plans need them; rates and shares as they are.
    const kind = variableKind(canonical[i] as string);
    const exact = checkedFloat(value, ['inputs', path]);
    return kind === 'amount' || kind === 'gdp' ? exact.toDecimalPlaces(minorUnits).toFixed() : exact.toFixed();
  });
}

/** Run a step on one input, reporting every issue it throws at that input: `['inputs', path]`. */
function atInput<T>(path: string, step: () => T): T {
  return rethrowAt(step, () => ['inputs', path]);
}
