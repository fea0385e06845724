// From the float samples of one quantity to the statistics a result reports, as exact decimals: the
// floats are converted once (by their shortest round-trip decimal) and rounded half-even to the minor
// unit for amounts, to 12 decimal places for shares, points and probabilities. Always to the nearest,
// whatever the scenario's rounding mode: these are estimates from floats, and a directed mode (ceil)
// would turn float noise into a whole cent.
import { D, type Decimal } from '../decimal/core';
import { floatToDecimal } from '../decimal/fromNumber';
import { toDecimalJsRounding } from '../decimal/rounding';
import { currencyOf } from '../money/currencies';

/**
 * The distribution of one quantity over the trials of a simulation: mean, standard deviation (of the
 * sample, n − 1), min, max and percentiles, as exact decimals rounded to the minor unit for amounts and
 * to 12 decimal places otherwise. Percentiles interpolate linearly between order statistics (type 7 of
 * Hyndman and Fan, the default of R and NumPy).
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import { getScenario } from 'budget-whatif/scenarios';
 * import { simulate, uniform, type Summary } from 'budget-whatif/uncertainty';
 * const result = simulate(getScenario('lithuania-baseline'), {
 *   trials: 1000,
 *   inputs: { 'defence.shareOfGdp.default': uniform('5%', '6%') },
 *   metrics: ['defence.2030'],
 * });
 * const summary: Summary | undefined = result.metrics[0]?.summary;
 * summary?.percentiles['p50']?.toString(); // the median of 2030 defence spending, in euros and cents
 * ```
 */
export interface Summary {
  /** The mean. */
  readonly mean: Decimal;
  /** The sample standard deviation. */
  readonly sd: Decimal;
  /** The smallest value drawn. */
  readonly min: Decimal;
  /** The largest value drawn. */
  readonly max: Decimal;
  /** The percentiles asked for, by name: `p5`, `p50`, `p97.5`. */
  readonly percentiles: Readonly<Record<string, Decimal>>;
}

const HALF_EVEN = toDecimalJsRounding('half-even');

/** A summary as plain strings, to cross between threads. @internal */
export interface PortableSummary {
  readonly mean: string;
  readonly sd: string;
  readonly min: string;
  readonly max: string;
  readonly percentiles: Readonly<Record<string, string>>;
}

/** A summary as plain strings (each decimal exactly). @internal */
export function toPortable(summary: Summary): PortableSummary {
  const text = (value: Decimal): string => value.toString();
  return {
    mean: text(summary.mean),
    sd: text(summary.sd),
    min: text(summary.min),
    max: text(summary.max),
    percentiles: Object.fromEntries(Object.entries(summary.percentiles).map(([name, value]) => [name, text(value)])),
  };
}

/** A summary back from its plain strings: the same decimals. @internal */
export function fromPortable(summary: PortableSummary): Summary {
  return {
    mean: new D(summary.mean),
    sd: new D(summary.sd),
    min: new D(summary.min),
    max: new D(summary.max),
    percentiles: Object.fromEntries(Object.entries(summary.percentiles).map(([name, value]) => [name, new D(value)])),
  };
}

/** The name of a percentile: 5 → `p5`, 97.5 → `p97.5`. @internal */
export function percentileName(percent: number): string {
  return `p${String(percent)}`;
}

/** The decimal places a unit is reported to. @internal */
export function placesOf(unit: string): number {
  return /^[A-Z]{3}$/.test(unit) ? currencyOf(unit).minorUnits : 12;
}

/**
 * Summarise the samples of one quantity. Reorders `values` (the caller's array is scratch).
 *
 * @internal
 */
export function summarise(values: Float64Array, percentiles: readonly number[], places: number): Summary {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = values[i] as number;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  // Every trial alike: no spread, whatever the float sums say.
  if (min === max) {
    const value = floatToDecimal(min).toDecimalPlaces(places, HALF_EVEN);
    const named: Record<string, Decimal> = {};
    for (const percent of percentiles) named[percentileName(percent)] = value;
    return { mean: value, sd: floatToDecimal(0), min: value, max: value, percentiles: named };
  }
  // Compensated (Neumaier) sums: a million amounts of 10^10 add up without losing the cents.
  let sum = 0;
  let carry = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i] as number;
    const t = sum + x;
    carry += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  const mean = (sum + carry) / n;
  let squares = 0;
  let squaresCarry = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - mean;
    const x = d * d;
    const t = squares + x;
    squaresCarry += squares >= x ? squares - t + x : x - t + squares;
    squares = t;
  }
  const sd = n > 1 ? Math.sqrt((squares + squaresCarry) / (n - 1)) : 0;
  const rounding = HALF_EVEN;
  const exact = (x: number): Decimal => floatToDecimal(x).toDecimalPlaces(places, rounding);
  const at = orderStatistics(
    values,
    percentiles.flatMap((percent) => {
      const h = (n - 1) * (percent / 100);
      return [Math.floor(h), Math.min(n - 1, Math.floor(h) + 1)];
    }),
  );
  const named: Record<string, Decimal> = {};
  for (const percent of percentiles) {
    const h = (n - 1) * (percent / 100);
    const lo = Math.floor(h);
    const below = at.get(lo) as number;
    const above = at.get(Math.min(n - 1, lo + 1)) as number;
    named[percentileName(percent)] = exact(below + (h - lo) * (above - below));
  }
  return { mean: exact(mean), sd: exact(sd), min: exact(min), max: exact(max), percentiles: named };
}

/**
 * The values at the given ranks (0-based) as if `values` were sorted, by selection rather than a full
 * sort (a few linear passes instead of n log n): each rank is selected in turn, and as ranks ascend the
 * part of the array left to search shrinks. Reorders `values`.
 *
 * @internal
 */
export function orderStatistics(values: Float64Array, ranks: readonly number[]): Map<number, number> {
  const sorted = [...new Set(ranks)].sort((a, b) => a - b);
  const found = new Map<number, number>();
  let left = 0;
  for (const rank of sorted) {
    select(values, rank, left, values.length - 1);
    found.set(rank, values[rank] as number);
    left = rank;
  }
  return found;
}

/**
 * Floyd and Rivest's SELECT (Communications of the ACM 18:3, 1975): moves the k-th smallest of
 * values[left..right] to position k, smaller ones before it and larger ones after.
 */
function select(values: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    if (right - left > 600) {
      // Recurse on a sample around k to pick pivots close to the k-th value.
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      select(
        values,
        k,
        Math.max(left, Math.floor(k - (m * s) / n + sd)),
        Math.min(right, Math.floor(k + ((n - m) * s) / n + sd)),
      );
    }
    const pivot = values[k] as number;
    let i = left;
    let j = right;
    swap(values, left, k);
    if ((values[right] as number) > pivot) swap(values, left, right);
    while (i < j) {
      swap(values, i, j);
      i++;
      j--;
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
    }
    if (values[left] === pivot) swap(values, left, j);
    else {
      j++;
      swap(values, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(values: Float64Array, i: number, j: number): void {
  const t = values[i] as number;
  values[i] = values[j] as number;
  values[j] = t;
}
