// A simulation's options, checked at run time (plain JavaScript and JSON files may pass anything), and
// the constants that size its work.
import { fail, show } from '../errors/fail';
import { Random } from './random';
import type { SimulateOptions } from './simulationTypes';

const DEFAULT_PERCENTILES = Object.freeze([5, 25, 50, 75, 95]);
/** The most trials a simulation runs. @internal */
export const MAX_TRIALS = 100_000_000;
/** Trials run in blocks of this many: rows of 8 kB, which stay in the CPU's caches. @internal */
export const BLOCK = 1024;
/**
 * Without `keepSamples`, metric columns take at most this many mebibytes at once (`columnMiB`'s default);
 * more columns are filled in further passes over the same seeded trials. Percentiles need every value of a
 * column, so this bound, not trials × metrics, decides the memory. Measured (docs/performance.md): a
 * million trials with every default column (58) peak at about 220 MiB in three passes, under the 300 MiB
 * the bench holds it to; 256 MiB took two passes and peaked at 330–400 MiB. @internal
 */
export const COLUMN_MIB = 160;
/** The largest `columnMiB` taken: 1 TiB. @internal */
const MAX_COLUMN_MIB = 1024 * 1024;

/** The options that decide how many trials, from which seed, reporting which percentiles. @internal */
export interface CheckedOptions {
  readonly trials: number;
  readonly seed: number;
  readonly percentiles: readonly number[];
  /** The most bytes of metric columns held at once. */
  readonly columnBytes: number;
}

/** Check a simulation's options object, trials, seed and percentiles, before any work. @internal */
export function checkOptions(options: SimulateOptions): CheckedOptions {
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
  new Random(seed); // checks the seed
  const columnMiB = options.columnMiB ?? COLUMN_MIB;
  if (typeof columnMiB !== 'number' || !Number.isFinite(columnMiB) || columnMiB <= 0 || columnMiB > MAX_COLUMN_MIB)
    fail(
      'out_of_range',
      `columnMiB is a number of mebibytes above 0 and at most ${MAX_COLUMN_MIB.toLocaleString('en')}, received ${show(columnMiB)}`,
      ['columnMiB'],
      columnMiB,
    );
  return {
    trials,
    seed,
    percentiles: checkPercentiles(options.percentiles ?? DEFAULT_PERCENTILES),
    columnBytes: Math.floor(columnMiB * 1024 * 1024),
  };
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
