// Drawing a block of trials: every input's uniforms from the generator, turned into values by each
// sampler (correlated inputs through a Gaussian copula), follows computed from their sources, and every
// value checked against its kind's range before the kernel runs.
import { fail, show, type Path } from '../errors/fail';
import { VALUE_RANGES } from '../scenarios/vocabulary';
import { correlationRoot, type Correlations } from './correlation';
import type { Input } from './inputs';
import type { SlotKind } from './kernel';
import { affine } from './loops';
import { normalCdf, normalQuantile } from './normal';
import { BLOCK } from './options';
import type { Random } from './random';
import type { Sampler } from './sampler';

/** Draw every input of a block of trials into its slot row: the sampling plan, built once. @internal */
export interface Drawing {
  /** The uniforms a trial takes from the generator: one for each input with a distribution. */
  readonly uniformsPerTrial: number;
  readonly draw: (random: Random, count: number) => void;
  readonly check: (count: number, offset: number) => void;
}

/** The correlated group: its members' positions among the sampled inputs, and the root of its matrix. */
function correlatedGroup(
  sampled: readonly Input[],
  correlations: Correlations | undefined,
): { readonly group: number[]; readonly root: Float64Array } {
  if (correlations === undefined) return { group: [], root: new Float64Array(0) };
  const at: Path = ['correlations'];
  const given: unknown = correlations;
  if (typeof given !== 'object' || given === null || !Array.isArray((given as Correlations).inputs))
    fail(
      'invalid_type',
      `correlations is { inputs: [paths], matrix: [[...]] }, received ${show(correlations)}`,
      at,
      correlations,
    );
  const group = correlations.inputs.map((path, i) => {
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
  // Checked as unknown: inputs files and JavaScript callers may give anything.
  const measure: unknown = correlations.measure ?? 'normal';
  if (measure !== 'normal' && measure !== 'rank')
    fail(
      'out_of_range',
      `correlations.measure is "normal" or "rank", received ${show(measure)}`,
      [...at, 'measure'],
      measure,
    );
  return { group, root: correlationRoot(correlations.matrix, group.length, [...at, 'matrix'], measure) };
}

/** The sampling plan of a simulation's inputs. @internal */
export function drawing(inputs: readonly Input[], correlations: Correlations | undefined): Drawing {
  const sampled = inputs.filter((input) => input.sampler !== undefined);
  const uniforms = sampled.map(() => new Float64Array(BLOCK));
  const { group, root } = correlatedGroup(sampled, correlations);
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
  return {
    uniformsPerTrial: sampled.length,
    draw: (random, count) => {
      random.fillRows(uniforms, count);
      independent.forEach((input, i) => {
        (input.sampler as Sampler).fill(input.slot.row, independentUniforms[i] as Float64Array, count);
      });
      if (group.length > 0) mixCorrelated(groupUniforms, root, groupSamplers, groupRows, count);
      for (const { row, source, times, plus } of follows) affine(row, source, times, plus, count);
    },
    check: (count, offset) => {
      for (const input of inputs) checkDrawn(input, count, offset);
    },
  };
}

/** Refuse a trial whose drawn value lies outside its input's range, naming the trial, the input and the value. */
function checkDrawn(input: Input, count: number, offset: number): void {
  const [low, lowOpen, high] = rangeOf(input.slot.kind);
  const bad = firstOutside(input.slot.row, count, low, lowOpen, high);
  if (bad < 0) return;
  const value = input.slot.row[bad] as number;
  fail(
    'out_of_range',
    `trial ${String(offset + bad + 1)} drew ${String(value)} for ${input.path}, ${why(input.slot.kind)}: truncate the distribution (truncate: { min, max }) or choose one that stays in range`,
    input.at,
    value,
  );
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

/** The first trial whose value is outside the range (or not a number), or −1. @internal */
export function firstOutside(row: Float64Array, count: number, low: number, lowOpen: boolean, high: number): number {
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
