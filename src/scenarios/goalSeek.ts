import { D, type Decimal } from '../decimal/core';
import { toDecimal, type DecimalInput } from '../decimal/decimal';
import { toFraction } from '../decimal/fraction';
import { fail, show } from '../errors/fail';
import type { MetricValue } from './metrics';
import { parsePath, schemaAt } from './paths';
import { scenarioSchema } from './schema';
import { readAll } from './sweep';
import type { Scenario } from './types';
import { withOverrides } from './withOverrides';
import { compiledScenario } from './parseScenario';
import { everyYearOf, shadowedOf, type ShadowedChange } from './shadowed';

/**
 * The input of {@link goalSeek}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { GoalSeekOptions } from 'budget-whatif/scenarios';
 * const options: GoalSeekOptions = { vary: 'defence.shareOfGdp.default', metric: 'defence.2026-2030', target: '25000000000' };
 * ```
 */
export interface GoalSeekOptions {
  /**
   * The override path to vary; see {@link Override}. A yearly value's `.*` (`defence.shareOfGdp.*`)
   * varies it in every year: its default and each year written beside it, and for a share of GDP, the
   * scenario's amounts that would win over it are removed (see `varied` and `removed` in the result).
   */
  readonly vary: string;
  /** The metric to bring to the target; see {@link metric}. */
  readonly metric: string;
  /** The value the metric should take; for a metric that is a share of GDP, also as a percentage (`"5%"`). */
  readonly target: DecimalInput;
  /**
   * The range to search, `[low, high]`, in the input's own terms: for a share or a rate, also as
   * percentages (`["5%", "6%"]`), as in a scenario file. Default: `[0, 1]` for a share of GDP; required
   * otherwise.
   */
  readonly bounds?: readonly [DecimalInput, DecimalInput];
  /** How close is close enough where the metric is not linear. Default: half a minor unit for amounts, 1e-12 otherwise. */
  readonly tolerance?: DecimalInput;
  /** The most evaluations to try. Default: 200. */
  readonly maxIterations?: number;
}

/**
 * The result of {@link goalSeek}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { getScenario, goalSeek, type GoalSeekResult } from 'budget-whatif/scenarios';
 * const found: GoalSeekResult = goalSeek(getScenario('lithuania-baseline'), { vary: 'defence.shareOfGdp.default', metric: 'defence.2030', target: '6000000000' });
 * found.exact; // => true
 * ```
 */
export interface GoalSeekResult {
  /** The input value found. */
  readonly value: Decimal;
  /** The metric there. */
  readonly achieved: MetricValue;
  /** Whether the metric equals the target exactly (always, where it is linear in the input). */
  readonly exact: boolean;
  /**
   * Whether the metric is within the tolerance of the target (true when exact). False when no value was
   * found close enough: the metric jumps over the target (amounts rounded to the cent can, as two years of
   * equal GDP always give an even number of cents), and `nearest` gives the closest values on each side.
   */
  readonly withinTolerance: boolean;
  /**
   * When not exact: the closest inputs found on each side of the target and the metric there, the last
   * bracket of the search.
   */
  readonly nearest?: {
    /** The input and the metric just below the target. */
    readonly below: GoalSeekPoint;
    /** The input and the metric just above it. */
    readonly above: GoalSeekPoint;
  };
  /**
   * When the metric equals the target over a range of inputs, not at one point (a target's gap, zero once
   * the target is met; a `met` flag; an amount that rounds to the same cent): the range, from the bound
   * that reaches the target to its edge, found by halving to within 1e-15 of the bounds' width. `value` is
   * that edge, the least change that reaches the target, not the bound; where the metric is the target at
   * both bounds, `value` is the low one and the range is the bounds. Absent when the target is reached at
   * one point.
   */
  readonly plateau?: {
    /** The low end of the range. */
    readonly from: Decimal;
    /** The high end of the range. */
    readonly to: Decimal;
  };
  /** The target as read: a percentage as the fraction it is (`"5%"` is 0.05). */
  readonly target: Decimal;
  /** The range searched, `[low, high]`: the bounds given, read as numbers, or the default `[0, 1]`. */
  readonly bounds: readonly [Decimal, Decimal];
  /** How many evaluations it took. */
  readonly iterations: number;
  /** `secant` when straight-line steps found it, `bisection` when halving the range did. */
  readonly method: 'secant' | 'bisection';
  /** The scenario with the value found. */
  readonly scenario: Scenario;
  /** The paths set to the value: `vary`, or for `X.*`, X's default and each of its years. */
  readonly varied: readonly string[];
  /** The amounts `X.*` removed so that a share applies in their years (none otherwise). */
  readonly removed: readonly string[];
  /**
   * The years the value did not reach, each with the value that stayed there (a year's own value beside
   * a default, a voted amount beside a share): vary `X.*` to reach them too.
   */
  readonly shadowed: readonly ShadowedChange[];
}

/**
 * An input value of {@link goalSeek} and the metric it gives.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { decimal } from 'budget-whatif';
 * import type { GoalSeekPoint } from 'budget-whatif/scenarios';
 * const point: GoalSeekPoint = { value: decimal('0.05'), achieved: { value: decimal('4000000000'), unit: 'EUR' } };
 * ```
 */
export interface GoalSeekPoint {
  /** The input value. */
  readonly value: Decimal;
  /** The metric there. */
  readonly achieved: MetricValue;
}

/**
 * Find the value of one input at which a metric reaches a target: the share of GDP that spends €25
 * billion over 2026–2030, the growth rate at which 5% of GDP is €6 billion in 2030.
 *
 * Where the metric is linear in the input (a share of GDP and the spending it gives), straight-line
 * (secant) steps from the bounds find the exact value: evaluating there gives the target exactly, to
 * the cent. Otherwise it halves the bracketing range until the metric is within the tolerance. There is no
 * cap of 100 iterations, but a stated maximum (200 by default). Where no value reaches the target (the
 * metric jumps over it, as sums of amounts rounded to the cent can), the result says so (`withinTolerance`
 * false) and gives the nearest values on both sides (`nearest`).
 *
 * @param scenario - the scenario.
 * @param options - the input, metric, target and search range; see {@link GoalSeekOptions}.
 * @returns the value found; see {@link GoalSeekResult}.
 * @throws {@link budget-whatif!BudgetWhatIfError} `no_solution` when the metric does not cross the target within the
 *   bounds (the message gives the metric's values at both ends); `out_of_range` for missing or reversed
 *   bounds; the errors of {@link withOverrides} and {@link metric}.
 * @category Scenarios
 * @example
 * ```ts
 * import { getScenario, goalSeek, metric, evaluate } from 'budget-whatif/scenarios';
 * const found = goalSeek(getScenario('lithuania-baseline'), { vary: 'defence.shareOfGdp.default', metric: 'defence.2026-2030', target: '25000000000' });
 * metric(evaluate(found.scenario), 'defence.2026-2030').value.toString(); // => '25000000000'
 * ```
 */
export function goalSeek(scenario: Scenario, options: GoalSeekOptions): GoalSeekResult {
  // A percentage is read now (so that bad text is refused before any evaluation), and kept only once the
  // metric turns out to be a share: "5%" of euros would be a silent unit slip.
  const target = isPercentage(options.target)
    ? toFraction(options.target, ['target'])
    : toDecimal(options.target, ['target']);
  const maxIterations = options.maxIterations ?? 200;
  if (!Number.isInteger(maxIterations) || maxIterations < 2)
    fail(
      'out_of_range',
      `maxIterations must be a whole number of at least 2, received ${String(maxIterations)}`,
      ['maxIterations'],
      maxIterations,
    );
  const every = everyYearOf(scenario, options.vary);
  const varied = every?.set ?? [options.vary];
  const removed = every?.removed ?? [];
  const [low, high] = bounds(options, varied[0] ?? options.vary);
  let iterations = 0;
  const at = (x: Decimal): { scenario: Scenario; value: MetricValue } => {
    iterations++;
    const value = x.toString();
    const overrides = [
      ...varied.map((path) => ({ path, value })),
      ...removed.map((path) => ({ path, value: undefined })),
    ];
    const variant = withOverrides(scenario, overrides, { from: 'goal-seek' });
    return { scenario: variant, value: readAll(variant, [options.metric])[options.metric] as MetricValue };
  };
  const lowPoint = at(low);
  const highPoint = at(high);
  const unit = lowPoint.value.unit;
  if (isPercentage(options.target) && unit !== 'share')
    fail(
      'invalid_number',
      `a percentage is a target for a share of GDP; ${options.metric} is in ${unit}, received ${show(options.target)}`,
      ['target'],
      options.target,
    );
  const tolerance =
    options.tolerance === undefined
      ? unit.length === 3
        ? new D('0.005')
        : new D('1e-12')
      : toDecimal(options.tolerance, ['tolerance']);
  let bracket: { readonly a: Bracketed; readonly b: Bracketed } | undefined;
  const done = (
    x: Decimal,
    point: { scenario: Scenario; value: MetricValue },
    method: 'secant' | 'bisection',
  ): GoalSeekResult => {
    const exact = point.value.value.eq(target);
    const result = {
      varied,
      removed,
      shadowed: shadowedOf(compiledScenario(point.scenario)),
      value: x,
      achieved: point.value,
      target,
      bounds: [low, high] as const,
      exact,
      withinTolerance: exact || point.value.value.minus(target).abs().lte(tolerance),
      iterations,
      method,
      scenario: point.scenario,
    };
    if (exact || bracket === undefined) return result;
    const [below, above] = bracket.a.value.value.lt(target) ? [bracket.a, bracket.b] : [bracket.b, bracket.a];
    return {
      ...result,
      nearest: { below: { value: below.x, achieved: below.value }, above: { value: above.x, achieved: above.value } },
    };
  };
  if (lowPoint.value.value.eq(target) || highPoint.value.value.eq(target)) {
    // Both ends: the metric is the target throughout, as far as can be told; the low end is the answer.
    if (lowPoint.value.value.eq(highPoint.value.value))
      return { ...done(low, lowPoint, 'secant'), plateau: { from: low, to: high } };
    const lowMeets = lowPoint.value.value.eq(target);
    const end: Bracketed = lowMeets ? { x: low, ...lowPoint } : { x: high, ...highPoint };
    const edge = plateauEdge(end, lowMeets ? high : low, target, at, maxIterations - iterations);
    if (edge === undefined) return done(end.x, end, 'secant');
    const [from, to] = edge.x.lt(end.x) ? [edge.x, end.x] : [end.x, edge.x];
    return { ...done(edge.x, edge, 'bisection'), plateau: { from, to } };
  }
  const below = (value: Decimal): boolean => value.lt(target);
  if (below(lowPoint.value.value) === below(highPoint.value.value)) {
    return fail(
      'no_solution',
      `no value of ${options.vary} from ${low.toString()} to ${high.toString()} brings ${options.metric} to ${target.toString()}: it is ${lowPoint.value.value.toString()} at one end and ${highPoint.value.value.toString()} at the other`,
      ['target'],
      target.toString(),
    );
  }

  // Secant steps on the bracket (regula falsi, kept honest by bisection when a step stalls).
  let a: Bracketed = { x: low, ...lowPoint };
  let b: Bracketed = { x: high, ...highPoint };
  let method: 'secant' | 'bisection' = 'secant';
  while (iterations < maxIterations) {
    bracket = { a, b };
    // A bracket no halving can narrow (its ends are neighbours at 40 digits): the metric jumps here.
    const middle = a.x.plus(b.x).div(2);
    if (middle.eq(a.x) || middle.eq(b.x)) break;
    const fa = a.value.value;
    const fb = b.value.value;
    let x =
      method === 'secant' ? a.x.plus(target.minus(fa).times(b.x.minus(a.x)).div(fb.minus(fa))) : a.x.plus(b.x).div(2);
    if (!x.gt(a.x.lt(b.x) ? a.x : b.x) || !x.lt(a.x.lt(b.x) ? b.x : a.x)) x = a.x.plus(b.x).div(2);
    const point = at(x);
    const fx = point.value.value;
    if (fx.eq(target)) return done(x, point, method);
    if (method === 'bisection' && fx.minus(target).abs().lte(tolerance)) return done(x, point, method);
    const closer = below(fx) === below(fa) ? 'a' : 'b';
    const stalled =
      closer === 'a'
        ? fx.minus(target).abs().gte(fa.minus(target).abs().times('0.5'))
        : fx.minus(target).abs().gte(fb.minus(target).abs().times('0.5'));
    if (closer === 'a') a = { x, ...point };
    else b = { x, ...point };
    bracket = { a, b };
    // A secant that no longer halves the error is not on a straight line: switch to halving.
    if (method === 'secant' && stalled && iterations > 6) method = 'bisection';
    if (method === 'secant' && fx.minus(target).abs().lte(tolerance) && iterations > 12) return done(x, point, method);
  }
  const best = a.value.value.minus(target).abs().lte(b.value.value.minus(target).abs()) ? a : b;
  return done(best.x, best, method);
}

/**
 * Where a metric that is the target at one bound (`end`) stops being it on the way to the other bound
 * (`other`): one probe just inside `end` tells a range (a gap that stays zero once closed, an amount that
 * rounds to the same cent) from a single point (`undefined`: the end is the answer); then halving finds
 * the range's edge to within 1e-15 of the bounds' width, or as near as `budget` evaluations get. The
 * value returned is on the range: the metric there is the target.
 */
function plateauEdge(
  end: Bracketed,
  other: Decimal,
  target: Decimal,
  at: (x: Decimal) => { scenario: Scenario; value: MetricValue },
  budget: number,
): Bracketed | undefined {
  const width = other.minus(end.x);
  const probeX = end.x.plus(width.times('1e-9'));
  const probe = { x: probeX, ...at(probeX) };
  if (!probe.value.value.eq(target)) return undefined;
  let inside: Bracketed = probe;
  let outside = other;
  const close = width.abs().times('1e-15');
  for (let used = 1; used < budget && outside.minus(inside.x).abs().gt(close); used++) {
    const middleX = inside.x.plus(outside).div(2);
    const middle = { x: middleX, ...at(middleX) };
    if (middle.value.value.eq(target)) inside = middle;
    else outside = middleX;
  }
  return inside;
}

/** One end of the search's bracket: an input, the scenario with it, and the metric there. */
interface Bracketed {
  readonly x: Decimal;
  readonly scenario: Scenario;
  readonly value: MetricValue;
}

function bounds(options: GoalSeekOptions, path: string): [Decimal, Decimal] {
  if (options.bounds === undefined) {
    if (percentKind(path) !== 'share')
      fail('out_of_range', `give bounds for ${show(options.vary)}: only shares of GDP have default bounds (0 to 1)`, [
        'bounds',
      ]);
    return [new D(0), new D(1)];
  }
  const [low, high] = [0, 1].map((end) => {
    const value = options.bounds?.[end];
    if (!isPercentage(value)) return toDecimal(value, ['bounds', end]);
    if (percentKind(path) === undefined)
      fail(
        'invalid_number',
        `a percentage bounds a share or a rate; ${options.vary} is neither, received ${show(value)}`,
        ['bounds', end],
        value,
      );
    return toFraction(value, ['bounds', end]);
  }) as [Decimal, Decimal];
  if (!low.lt(high))
    fail(
      'out_of_range',
      `the bounds must run from low to high, received ${low.toString()} and ${high.toString()}`,
      ['bounds'],
      options.bounds,
    );
  return [low, high];
}

/** Whether a value is written as a percentage (`"5%"`), which only a share or a rate may be. */
function isPercentage(value: unknown): value is string {
  return typeof value === 'string' && value.trimEnd().endsWith('%');
}

/**
 * Whether a path holds a share (from 0 to 1), a rate (any fraction above −100%), or neither, as the scenario
 * schema reads it: both take percentages, and only a share refuses "150%".
 */
function percentKind(path: string): 'share' | 'rate' | undefined {
  const leaf = schemaAt(scenarioSchema, parsePath(path), path);
  if (!leaf.safeParse('50%').success) return undefined;
  return leaf.safeParse('150%').success ? 'rate' : 'share';
}
