// Distributions for the inputs of a simulation, as plain data: what an input file holds and what a
// result reports. Parameters are binary floats on purpose: they describe uncertainty, not ledger amounts,
// and the trials run on Float64Arrays; only the reported statistics become exact decimals.
import { toFraction } from '../decimal/fraction';
import { checkedFloat } from '../decimal/fromNumber';
import { fail, show, type Path } from '../errors/fail';

/**
 * A number for a distribution's parameter: a finite number, or a decimal string, or a percentage
 * string (`"5.5%"` is 0.055).
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import { uniform, type NumberInput } from 'budget-whatif/uncertainty';
 * const low: NumberInput = '5%';
 * uniform(low, 0.06).min; // => 0.05
 * ```
 */
export type NumberInput = number | string;

/**
 * Bounds that cut a distribution: samples are drawn from what lies between them, renormalised (by
 * inversion, never by rejection, so a seed gives the same trials). Either bound may be left out.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import { normal } from 'budget-whatif/uncertainty';
 * normal('3%', '1.5%', { truncate: { min: -0.02 } }).truncate; // => { min: -0.02 }
 * ```
 */
export interface Truncation {
  /** The lowest value kept. */
  readonly min?: number;
  /** The highest value kept. */
  readonly max?: number;
}

/**
 * Always the same value.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import type { FixedDistribution } from 'budget-whatif/uncertainty';
 * const rate: FixedDistribution = { kind: 'fixed', value: 1.13 };
 * ```
 */
export interface FixedDistribution {
  /** The kind. */
  readonly kind: 'fixed';
  /** The value. */
  readonly value: number;
}

/**
 * Every value between `min` and `max` equally likely.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import type { UniformDistribution } from 'budget-whatif/uncertainty';
 * const share: UniformDistribution = { kind: 'uniform', min: 0.05, max: 0.06 };
 * ```
 */
export interface UniformDistribution {
  /** The kind. */
  readonly kind: 'uniform';
  /** The lower end. */
  readonly min: number;
  /** The upper end, above `min`. */
  readonly max: number;
  /** Optional bounds. */
  readonly truncate?: Truncation;
}

/**
 * The normal (Gaussian) distribution.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import type { NormalDistribution } from 'budget-whatif/uncertainty';
 * const growth: NormalDistribution = { kind: 'normal', mean: 0.03, sd: 0.01 };
 * ```
 */
export interface NormalDistribution {
  /** The kind. */
  readonly kind: 'normal';
  /** The mean (and median). */
  readonly mean: number;
  /** The standard deviation, above 0. */
  readonly sd: number;
  /** Optional bounds. */
  readonly truncate?: Truncation;
  /** How the parameters were found, when {@link ci90} fitted them. */
  readonly fit?: string;
}

/**
 * The lognormal distribution: its logarithm is normal with mean `mu` and standard deviation `sigma`, so
 * its median is e^mu. For positive quantities whose uncertainty is a ratio: exchange rates, costs.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import type { LognormalDistribution } from 'budget-whatif/uncertainty';
 * const eurUsd: LognormalDistribution = { kind: 'lognormal', mu: Math.log(1.13), sigma: 0.08 };
 * ```
 */
export interface LognormalDistribution {
  /** The kind. */
  readonly kind: 'lognormal';
  /** The mean of the logarithm. */
  readonly mu: number;
  /** The standard deviation of the logarithm, above 0. */
  readonly sigma: number;
  /** Optional bounds. */
  readonly truncate?: Truncation;
  /** How the parameters were found, when {@link ci90} fitted them. */
  readonly fit?: string;
}

/**
 * The triangular distribution: from `min` to `max`, most likely at `mode`.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import type { TriangularDistribution } from 'budget-whatif/uncertainty';
 * const cost: TriangularDistribution = { kind: 'triangular', min: 700e6, mode: 800e6, max: 1100e6 };
 * ```
 */
export interface TriangularDistribution {
  /** The kind. */
  readonly kind: 'triangular';
  /** The lowest value. */
  readonly min: number;
  /** The most likely value, from `min` to `max`. */
  readonly mode: number;
  /** The highest value, above `min`. */
  readonly max: number;
  /** Optional bounds. */
  readonly truncate?: Truncation;
}

/**
 * The PERT distribution: a beta distribution on `min`–`max` with its mode at `mode` and shape
 * α = 1 + λ(mode − min)/(max − min), β = 1 + λ(max − mode)/(max − min) (λ = 4 by default); the
 * project-estimating classic, smoother in the tails than the triangle.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import type { PertDistribution } from 'budget-whatif/uncertainty';
 * const mines: PertDistribution = { kind: 'pert', min: 720e6, mode: 800e6, max: 1200e6, lambda: 4 };
 * ```
 */
export interface PertDistribution {
  /** The kind. */
  readonly kind: 'pert';
  /** The lowest value. */
  readonly min: number;
  /** The most likely value, from `min` to `max`. */
  readonly mode: number;
  /** The highest value, above `min`. */
  readonly max: number;
  /** How strongly the mode weighs, above 0 (4 in the classic PERT). */
  readonly lambda: number;
  /** Optional bounds. */
  readonly truncate?: Truncation;
}

/**
 * A few values, each with a weight (its probability, once the weights are divided by their sum).
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import type { DiscreteDistribution } from 'budget-whatif/uncertainty';
 * const share: DiscreteDistribution = { kind: 'discrete', values: [0.05, 0.055, 0.06], weights: [1, 2, 1] };
 * ```
 */
export interface DiscreteDistribution {
  /** The kind. */
  readonly kind: 'discrete';
  /** The values. */
  readonly values: readonly number[];
  /** Their weights, one per value, not negative, not all 0. */
  readonly weights: readonly number[];
}

/**
 * A distribution of one input of a simulation.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import { normal, type Distribution } from 'budget-whatif/uncertainty';
 * const growth: Distribution = normal('3%', '1%');
 * growth.kind; // => 'normal'
 * ```
 */
export type Distribution =
  | FixedDistribution
  | UniformDistribution
  | NormalDistribution
  | LognormalDistribution
  | TriangularDistribution
  | PertDistribution
  | DiscreteDistribution;

/**
 * The option of the distributions that can be truncated.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import { normal, type TruncateOption } from 'budget-whatif/uncertainty';
 * const atLeastMinus2: TruncateOption = { truncate: { min: '-2%' } };
 * normal('3%', '1.5%', atLeastMinus2).truncate; // => { min: -0.02 }
 * ```
 */
export interface TruncateOption {
  /** Bounds that cut the distribution; see {@link Truncation}. */
  readonly truncate?: {
    /** The lowest value kept. */
    readonly min?: NumberInput;
    /** The highest value kept. */
    readonly max?: NumberInput;
  };
}

/**
 * Always `value`.
 *
 * @param value - the value.
 * @returns the distribution.
 * @throws {@link budget-whatif!BudgetWhatIfError} `invalid_number` for a value that is not a finite number.
 * @category Uncertainty
 * @example
 * ```ts
 * import { fixed } from 'budget-whatif/uncertainty';
 * fixed('1.13'); // => { kind: 'fixed', value: 1.13 }
 * ```
 */
export function fixed(value: NumberInput): FixedDistribution {
  return checked({ kind: 'fixed', value: numberOf(value, ['value']) });
}

/**
 * Uniform between `min` and `max`.
 *
 * @param min - the lower end.
 * @param max - the upper end, above `min`.
 * @param options - optional truncation.
 * @returns the distribution.
 * @throws {@link budget-whatif!BudgetWhatIfError} `out_of_range` when `min` is not below `max`.
 * @category Uncertainty
 * @example
 * ```ts
 * import { uniform } from 'budget-whatif/uncertainty';
 * uniform('5%', '6%'); // => { kind: 'uniform', min: 0.05, max: 0.06 }
 * uniform(0.06, 0.05); // throws: min must be below max
 * ```
 */
export function uniform(min: NumberInput, max: NumberInput, options: TruncateOption = {}): UniformDistribution {
  return checked({
    kind: 'uniform',
    min: numberOf(min, ['min']),
    max: numberOf(max, ['max']),
    ...truncation(options),
  });
}

/**
 * Normal with a mean and a standard deviation.
 *
 * @param mean - the mean.
 * @param sd - the standard deviation, above 0.
 * @param options - optional truncation.
 * @returns the distribution.
 * @throws {@link budget-whatif!BudgetWhatIfError} `out_of_range` for a standard deviation of 0 or less.
 * @category Uncertainty
 * @example
 * ```ts
 * import { normal } from 'budget-whatif/uncertainty';
 * normal('3%', '1%'); // => { kind: 'normal', mean: 0.03, sd: 0.01 }
 * normal(0.03, -0.01); // throws: the standard deviation must be above 0
 * ```
 */
export function normal(mean: NumberInput, sd: NumberInput, options: TruncateOption = {}): NormalDistribution {
  return checked({ kind: 'normal', mean: numberOf(mean, ['mean']), sd: numberOf(sd, ['sd']), ...truncation(options) });
}

/**
 * Lognormal: ln X is normal with mean `mu` and standard deviation `sigma`.
 *
 * @param mu - the mean of the logarithm (the median is e^mu).
 * @param sigma - the standard deviation of the logarithm, above 0.
 * @param options - optional truncation.
 * @returns the distribution.
 * @throws {@link budget-whatif!BudgetWhatIfError} `out_of_range` for a sigma of 0 or less.
 * @category Uncertainty
 * @example
 * ```ts
 * import { lognormal } from 'budget-whatif/uncertainty';
 * lognormal(Math.log(1.13), 0.08).kind; // => 'lognormal'
 * ```
 */
export function lognormal(mu: NumberInput, sigma: NumberInput, options: TruncateOption = {}): LognormalDistribution {
  return checked({
    kind: 'lognormal',
    mu: numberOf(mu, ['mu']),
    sigma: numberOf(sigma, ['sigma']),
    ...truncation(options),
  });
}

/**
 * Triangular from `min` to `max`, peaking at `mode`.
 *
 * @param min - the lowest value.
 * @param mode - the most likely value.
 * @param max - the highest value.
 * @param options - optional truncation.
 * @returns the distribution.
 * @throws {@link budget-whatif!BudgetWhatIfError} `out_of_range` unless min ≤ mode ≤ max and min < max.
 * @category Uncertainty
 * @example
 * ```ts
 * import { triangular } from 'budget-whatif/uncertainty';
 * triangular('700000000', '800000000', '1100000000').mode; // => 800000000
 * ```
 */
export function triangular(
  min: NumberInput,
  mode: NumberInput,
  max: NumberInput,
  options: TruncateOption = {},
): TriangularDistribution {
  return checked({
    kind: 'triangular',
    min: numberOf(min, ['min']),
    mode: numberOf(mode, ['mode']),
    max: numberOf(max, ['max']),
    ...truncation(options),
  });
}

/**
 * The {@link pert} function options: a truncation, and how strongly the mode weighs.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import type { PertOptions } from 'budget-whatif/uncertainty';
 * const flatter: PertOptions = { lambda: 2 };
 * ```
 */
export interface PertOptions extends TruncateOption {
  /** How strongly the mode weighs, above 0. Default: 4 (the classic PERT). */
  readonly lambda?: NumberInput;
}

/**
 * PERT from `min` to `max`, most likely at `mode`; see {@link PertDistribution}.
 *
 * @param min - the lowest value.
 * @param mode - the most likely value.
 * @param max - the highest value.
 * @param options - `lambda` (default 4) and optional truncation.
 * @returns the distribution.
 * @throws {@link budget-whatif!BudgetWhatIfError} `out_of_range` unless min ≤ mode ≤ max, min < max and lambda > 0.
 * @category Uncertainty
 * @example
 * ```ts
 * import { pert } from 'budget-whatif/uncertainty';
 * pert('720000000', '800000000', '1200000000').lambda; // => 4
 * ```
 */
export function pert(
  min: NumberInput,
  mode: NumberInput,
  max: NumberInput,
  options: PertOptions = {},
): PertDistribution {
  return checked({
    kind: 'pert',
    min: numberOf(min, ['min']),
    mode: numberOf(mode, ['mode']),
    max: numberOf(max, ['max']),
    lambda: options.lambda === undefined ? 4 : numberOf(options.lambda, ['lambda']),
    ...truncation(options),
  });
}

/**
 * A few values with weights (equal weights when left out).
 *
 * @param values - the values.
 * @param weights - their weights, one per value; default all 1.
 * @returns the distribution.
 * @throws {@link budget-whatif!BudgetWhatIfError} `empty_input` for no values; `out_of_range` for a negative weight or
 *   weights that sum to 0; `invalid_type` when the lengths differ.
 * @category Uncertainty
 * @example
 * ```ts
 * import { discrete } from 'budget-whatif/uncertainty';
 * discrete(['5%', '5.5%', '6%'], [1, 2, 1]).values; // => [0.05, 0.055, 0.06]
 * ```
 */
export function discrete(values: readonly NumberInput[], weights?: readonly NumberInput[]): DiscreteDistribution {
  const given: unknown = values;
  if (!Array.isArray(given))
    return fail('invalid_type', `expected a list of values, received ${show(given)}`, ['values']);
  return checked({
    kind: 'discrete',
    values: values.map((value, i) => numberOf(value, ['values', i])),
    weights: weights === undefined ? values.map(() => 1) : weights.map((weight, i) => numberOf(weight, ['weights', i])),
  });
}

/**
 * The {@link ci90} function options: a truncation, and the shape fitted.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import type { Ci90Options } from 'budget-whatif/uncertainty';
 * const symmetric: Ci90Options = { shape: 'normal' };
 * ```
 */
export interface Ci90Options extends TruncateOption {
  /** The shape: `lognormal` when the 5th percentile is above 0, `normal` otherwise, unless given. */
  readonly shape?: 'normal' | 'lognormal';
}

/**
 * The distribution whose 5th and 95th percentiles are `low` and `high`: a lognormal when `low` is
 * above 0 (the usual shape of costs and rates that cannot go negative, and Squiggle's reading of
 * `low to high`), otherwise a normal; `shape` chooses. The result says which in its `fit`.
 *
 * @param low - the 5th percentile.
 * @param high - the 95th percentile, above `low`.
 * @param options - `shape` (`'normal'` or `'lognormal'`) and optional truncation.
 * @returns a normal or lognormal distribution.
 * @throws {@link budget-whatif!BudgetWhatIfError} `out_of_range` when `low` is not below `high`, or for a lognormal
 *   with `low` of 0 or less.
 * @category Uncertainty
 * @example
 * ```ts
 * import { ci90 } from 'budget-whatif/uncertainty';
 * ci90(1.0, 1.3).kind; // => 'lognormal'
 * ci90('1%', '5%', { shape: 'normal' }).fit; // => 'a normal fitted to the 90% interval 0.01 to 0.05'
 * ```
 */
export function ci90(
  low: NumberInput,
  high: NumberInput,
  options: Ci90Options = {},
): NormalDistribution | LognormalDistribution {
  const lo = numberOf(low, ['low']);
  const hi = numberOf(high, ['high']);
  if (!(lo < hi))
    fail(
      'out_of_range',
      `the 5th percentile must be below the 95th, received ${String(lo)} and ${String(hi)}`,
      ['high'],
      high,
    );
  const shape: unknown = options.shape ?? (lo > 0 ? 'lognormal' : 'normal');
  // Checked at run time too: plain JavaScript may pass anything.
  if (shape !== 'normal' && shape !== 'lognormal')
    fail('invalid_type', `shape is "normal" or "lognormal", received ${show(shape)}`, ['shape'], shape);
  const interval = `the 90% interval ${String(lo)} to ${String(hi)}`;
  if (shape === 'normal') {
    return checked({
      kind: 'normal',
      mean: (lo + hi) / 2,
      sd: (hi - lo) / (2 * Z95),
      ...truncation(options),
      fit: `a normal fitted to ${interval}`,
    });
  }
  if (!(lo > 0))
    fail(
      'out_of_range',
      `a lognormal needs a 5th percentile above 0, received ${String(lo)}; use shape: 'normal'`,
      ['low'],
      low,
    );
  const logLo = Math.log(lo);
  const logHi = Math.log(hi);
  return checked({
    kind: 'lognormal',
    mu: (logLo + logHi) / 2,
    sigma: (logHi - logLo) / (2 * Z95),
    ...truncation(options),
    fit: `a lognormal fitted to ${interval}`,
  });
}

/** Φ⁻¹(0.95): the 95th percentile of the standard normal. */
const Z95 = 1.6448536269514722;

/**
 * Check a distribution given as plain data (from JSON, or built by hand); the factories above call it.
 *
 * @internal
 */
export function checkDistribution(value: unknown, path: Path = []): Distribution {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail(
      'invalid_type',
      `expected a distribution such as { kind: "normal", mean: 0.03, sd: 0.01 }, received ${show(value)}`,
      path,
      value,
    );
  const spec = value as Record<string, unknown>;
  const at = (key: string): number => {
    const raw = spec[key];
    if (raw === undefined)
      return fail('missing_field', `a ${String(spec['kind'])} distribution needs ${key}`, [...path, key]);
    return numberOf(raw as NumberInput, [...path, key]);
  };
  const bad = (key: string, why: string): never => fail('out_of_range', why, [...path, key], spec[key]);
  const allowed = (keys: readonly string[]): void => {
    for (const key of Object.keys(spec))
      if (!keys.includes(key))
        fail(
          'unknown_key',
          `a ${String(spec['kind'])} distribution has no ${show(key)}; it takes ${keys.filter((k) => k !== 'kind').join(', ')}`,
          [...path, key],
          key,
        );
  };
  const truncate = (): { truncate?: Truncation } => {
    if (spec['truncate'] === undefined) return {};
    const cut = spec['truncate'];
    if (typeof cut !== 'object' || cut === null || Array.isArray(cut))
      return fail('invalid_type', `truncate is { min?, max? }, received ${show(cut)}`, [...path, 'truncate'], cut);
    const bounds = cut as Record<string, unknown>;
    for (const key of Object.keys(bounds))
      if (key !== 'min' && key !== 'max')
        fail('unknown_key', `truncate has min and max, not ${show(key)}`, [...path, 'truncate', key], key);
    const min =
      bounds['min'] === undefined ? undefined : numberOf(bounds['min'] as NumberInput, [...path, 'truncate', 'min']);
    const max =
      bounds['max'] === undefined ? undefined : numberOf(bounds['max'] as NumberInput, [...path, 'truncate', 'max']);
    if (min !== undefined && max !== undefined && !(min < max))
      fail(
        'out_of_range',
        `truncate.min must be below truncate.max, received ${String(min)} and ${String(max)}`,
        [...path, 'truncate', 'max'],
        max,
      );
    return { truncate: { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) } };
  };
  const fit = (): { fit?: string } => (typeof spec['fit'] === 'string' ? { fit: spec['fit'] } : {});
  switch (spec['kind']) {
    case 'fixed':
      allowed(['kind', 'value']);
      return Object.freeze({ kind: 'fixed', value: at('value') });
    case 'uniform': {
      allowed(['kind', 'min', 'max', 'truncate']);
      const min = at('min');
      const max = at('max');
      if (!(min < max))
        bad(
          'max',
          `min must be below max, received min ${String(min)} and max ${String(max)}; for one value use fixed`,
        );
      return Object.freeze({ kind: 'uniform', min, max, ...truncate() });
    }
    case 'normal': {
      allowed(['kind', 'mean', 'sd', 'truncate', 'fit']);
      const sd = at('sd');
      if (!(sd > 0)) bad('sd', `the standard deviation must be above 0, received ${String(sd)}`);
      return Object.freeze({ kind: 'normal', mean: at('mean'), sd, ...truncate(), ...fit() });
    }
    case 'lognormal': {
      allowed(['kind', 'mu', 'sigma', 'truncate', 'fit']);
      const sigma = at('sigma');
      if (!(sigma > 0))
        bad('sigma', `sigma (the standard deviation of the logarithm) must be above 0, received ${String(sigma)}`);
      return Object.freeze({ kind: 'lognormal', mu: at('mu'), sigma, ...truncate(), ...fit() });
    }
    case 'triangular':
    case 'pert': {
      const kind = spec['kind'];
      allowed(
        kind === 'pert'
          ? ['kind', 'min', 'mode', 'max', 'lambda', 'truncate']
          : ['kind', 'min', 'mode', 'max', 'truncate'],
      );
      const min = at('min');
      const mode = at('mode');
      const max = at('max');
      if (!(min < max)) bad('max', `min must be below max, received min ${String(min)} and max ${String(max)}`);
      if (!(mode >= min && mode <= max))
        bad('mode', `the mode must lie from min to max (${String(min)} to ${String(max)}), received ${String(mode)}`);
      if (kind === 'triangular') return Object.freeze({ kind, min, mode, max, ...truncate() });
      const lambda = spec['lambda'] === undefined ? 4 : at('lambda');
      if (!(lambda > 0)) bad('lambda', `lambda must be above 0, received ${String(lambda)}`);
      return Object.freeze({ kind, min, mode, max, lambda, ...truncate() });
    }
    case 'discrete': {
      allowed(['kind', 'values', 'weights']);
      const values = spec['values'];
      const weights = spec['weights'] ?? (Array.isArray(values) ? values.map(() => 1) : undefined);
      if (!Array.isArray(values) || values.length === 0)
        return fail('empty_input', 'a discrete distribution needs at least one value', [...path, 'values'], values);
      if (!Array.isArray(weights) || weights.length !== values.length)
        return fail(
          'invalid_type',
          `give one weight per value (${String(values.length)})`,
          [...path, 'weights'],
          weights,
        );
      const numbers = values.map((v: unknown, i) => numberOf(v as NumberInput, [...path, 'values', i]));
      const w = weights.map((v: unknown, i) => numberOf(v as NumberInput, [...path, 'weights', i]));
      w.forEach((weight, i) => {
        if (weight < 0)
          fail(
            'out_of_range',
            `a weight must not be negative, received ${String(weight)}`,
            [...path, 'weights', i],
            weight,
          );
      });
      if (!(w.reduce((sum, weight) => sum + weight, 0) > 0)) bad('weights', 'the weights must not all be 0');
      return Object.freeze({ kind: 'discrete', values: Object.freeze(numbers), weights: Object.freeze(w) });
    }
    default:
      return fail(
        'invalid_type',
        `a distribution's kind is fixed, uniform, normal, lognormal, triangular, pert or discrete, received ${show(spec['kind'])}`,
        [...path, 'kind'],
        spec['kind'],
      );
  }
}

function checked<T extends Distribution>(distribution: T): T {
  return checkDistribution(distribution) as T;
}

function truncation(options: TruncateOption): { truncate?: { min?: number; max?: number } } {
  const cut = options.truncate;
  if (cut === undefined) return {};
  return {
    truncate: {
      ...(cut.min === undefined ? {} : { min: numberOf(cut.min, ['truncate', 'min']) }),
      ...(cut.max === undefined ? {} : { max: numberOf(cut.max, ['truncate', 'max']) }),
    },
  };
}

/**
 * A parameter as a finite float: numbers as they are, strings read as decimals, `"5.5%"` as 0.055.
 *
 * @internal
 */
export function numberOf(value: NumberInput, path: Path): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      return fail('invalid_number', `expected a finite number, received ${String(value)}`, path, value);
    // The limits of every number (NUMBER_LIMITS), for floats: a magnitude below 1e21, and 0 or at least 1e-40.
    if (Math.abs(value) >= 1e21 || (value !== 0 && Math.abs(value) < 1e-40)) checkedFloat(value, path);
    return value;
  }
  if (typeof value === 'string') return toFraction(value.trim(), path).toNumber();
  return fail('invalid_type', `expected a number or a decimal string, received ${show(value)}`, path, value);
}
