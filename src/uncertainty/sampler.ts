// Every distribution is sampled by inversion: a uniform u in (0, 1) goes through the quantile function.
// One uniform per input per trial keeps trials reproducible, makes truncation exact (u is squeezed into
// [F(min), F(max)], no rejection) and lets the Gaussian copula correlate any pair of inputs.
// Samplers are classes, not closures, so that their code is compiled once and stays optimised from one
// simulation to the next; each has its own `fill` loop, so the quantile call in it has one target.
import { fail, type Path } from '../errors/fail';
import { betaCdf } from './beta';
import type { Distribution } from './distributions';
import { normalCdf, normalQuantile } from './normal';

/** A distribution ready to sample. @internal */
export interface Sampler {
  /** The value at probability u, 0 < u < 1. */
  quantile(u: number): number;
  /** The probability of a value at most x. */
  cdf(x: number): number;
  /** out[i] = quantile(u[i]) for the first `count` entries. */
  fill(out: Float64Array, u: Float64Array, count: number): void;
  /** The value for a standard normal z, where that is cheaper than Φ then the quantile (normal, lognormal). */
  fromNormal?(z: number): number;
}

/** Compile a distribution, truncation included. @internal */
export function samplerOf(distribution: Distribution, path: Path): Sampler {
  const base = baseSampler(distribution);
  const cut = 'truncate' in distribution ? distribution.truncate : undefined;
  return cut === undefined
    ? base
    : new Truncated(base, cut.min ?? -Infinity, cut.max ?? Infinity, [...path, 'truncate']);
}

function baseSampler(distribution: Distribution): Sampler {
  switch (distribution.kind) {
    case 'fixed':
      return new Fixed(distribution.value);
    case 'uniform':
      return new Uniform(distribution.min, distribution.max);
    case 'normal':
      return new Normal(distribution.mean, distribution.sd);
    case 'lognormal':
      return new Lognormal(distribution.mu, distribution.sigma);
    case 'triangular':
      return new Triangular(distribution.min, distribution.mode, distribution.max);
    case 'pert':
      return new Pert(distribution.min, distribution.mode, distribution.max, distribution.lambda);
    case 'discrete':
      return new Discrete(distribution.values, distribution.weights);
  }
}

class Fixed implements Sampler {
  constructor(private readonly value: number) {}
  quantile(): number {
    return this.value;
  }
  cdf(x: number): number {
    return x < this.value ? 0 : 1;
  }
  fill(out: Float64Array, _u: Float64Array, count: number): void {
    out.fill(this.value, 0, count);
  }
}

class Uniform implements Sampler {
  private readonly width: number;
  constructor(
    private readonly min: number,
    private readonly max: number,
  ) {
    this.width = max - min;
  }
  quantile(u: number): number {
    return this.min + u * this.width;
  }
  cdf(x: number): number {
    return x <= this.min ? 0 : x >= this.max ? 1 : (x - this.min) / this.width;
  }
  fill(out: Float64Array, u: Float64Array, count: number): void {
    for (let i = 0; i < count; i++) out[i] = this.min + (u[i] as number) * this.width;
  }
}

class Normal implements Sampler {
  constructor(
    private readonly mean: number,
    private readonly sd: number,
  ) {}
  quantile(u: number): number {
    return this.mean + this.sd * normalQuantile(u);
  }
  cdf(x: number): number {
    return normalCdf((x - this.mean) / this.sd);
  }
  fromNormal(z: number): number {
    return this.mean + this.sd * z;
  }
  fill(out: Float64Array, u: Float64Array, count: number): void {
    for (let i = 0; i < count; i++) out[i] = this.mean + this.sd * normalQuantile(u[i] as number);
  }
}

class Lognormal implements Sampler {
  constructor(
    private readonly mu: number,
    private readonly sigma: number,
  ) {}
  quantile(u: number): number {
    return Math.exp(this.mu + this.sigma * normalQuantile(u));
  }
  cdf(x: number): number {
    return x <= 0 ? 0 : normalCdf((Math.log(x) - this.mu) / this.sigma);
  }
  fromNormal(z: number): number {
    return Math.exp(this.mu + this.sigma * z);
  }
  fill(out: Float64Array, u: Float64Array, count: number): void {
    for (let i = 0; i < count; i++) out[i] = Math.exp(this.mu + this.sigma * normalQuantile(u[i] as number));
  }
}

class Triangular implements Sampler {
  private readonly width: number;
  private readonly atMode: number;
  constructor(
    private readonly min: number,
    private readonly mode: number,
    private readonly max: number,
  ) {
    this.width = max - min;
    this.atMode = (mode - min) / this.width;
  }
  quantile(u: number): number {
    return u < this.atMode
      ? this.min + Math.sqrt(u * this.width * (this.mode - this.min))
      : this.max - Math.sqrt((1 - u) * this.width * (this.max - this.mode));
  }
  cdf(x: number): number {
    const { min, mode, max, width } = this;
    if (x <= min) return 0;
    if (x >= max) return 1;
    return x <= mode
      ? ((x - min) * (x - min)) / (width * (mode - min))
      : 1 - ((max - x) * (max - x)) / (width * (max - mode));
  }
  fill(out: Float64Array, u: Float64Array, count: number): void {
    for (let i = 0; i < count; i++) out[i] = this.quantile(u[i] as number);
  }
}

/**
 * The number of cells of the PERT table. The exact beta CDF (beta.ts) is tabulated at 4,096 equal cells
 * of [min, max]; within a cell the density is taken as linear between its ends and scaled to the cell's
 * exact probability. The CDF then inverts in closed form (a binary search of 12 steps, one square root),
 * exact at every cell edge and, in between, within 1e-8 of the beta CDF (checked against SciPy); the
 * table takes about 2 ms to build.
 */
const PERT_CELLS = 4096;

class Pert implements Sampler {
  private readonly width: number;
  private readonly cumulative = new Float64Array(PERT_CELLS + 1);
  private readonly density = new Float64Array(PERT_CELLS + 1);
  constructor(
    private readonly min: number,
    mode: number,
    max: number,
    lambda: number,
  ) {
    const width = max - min;
    this.width = width;
    const alpha = 1 + (lambda * (mode - min)) / width;
    const beta = 1 + (lambda * (max - mode)) / width;
    for (let k = 0; k <= PERT_CELLS; k++) {
      const t = k / PERT_CELLS;
      this.cumulative[k] = betaCdf(t, alpha, beta);
      // Up to a constant, which cancels: Math.pow(0, 0) is 1, as α = 1 or β = 1 needs.
      this.density[k] = Math.pow(t, alpha - 1) * Math.pow(1 - t, beta - 1);
    }
    this.cumulative[PERT_CELLS] = 1;
  }

  quantile(u: number): number {
    const { cumulative, density } = this;
    const h = 1 / PERT_CELLS;
    // The cell: the last k with cumulative[k] ≤ u.
    let lo = 0;
    let hi = PERT_CELLS;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) <= u) lo = mid;
      else hi = mid;
    }
    const f0 = density[lo] as number;
    const f1 = density[lo + 1] as number;
    const area = ((f0 + f1) * h) / 2;
    const mass = (cumulative[lo + 1] as number) - (cumulative[lo] as number);
    let s: number;
    if (area > 0 && mass > 0) {
      // Within the cell F(s) = F_k + mass · (f0·s + (f1 − f0)·s²/(2h)) / area; solve F(s) = u for s in
      // the stable form of the quadratic's root.
      const c = -(((u - (cumulative[lo] as number)) * area) / mass);
      const a = (f1 - f0) / (2 * h);
      const root = f0 * f0 - 4 * a * c;
      s = root > 0 ? (-2 * c) / (f0 + Math.sqrt(root)) : 0;
    } else {
      s = mass > 0 ? ((u - (cumulative[lo] as number)) / mass) * h : 0;
    }
    return this.min + (lo * h + Math.min(h, Math.max(0, s))) * this.width;
  }

  cdf(x: number): number {
    const t = (x - this.min) / this.width;
    if (t <= 0) return 0;
    if (t >= 1) return 1;
    const h = 1 / PERT_CELLS;
    const k = Math.min(PERT_CELLS - 1, Math.floor(t * PERT_CELLS));
    const s = t - k * h;
    const f0 = this.density[k] as number;
    const f1 = this.density[k + 1] as number;
    const area = ((f0 + f1) * h) / 2;
    const mass = (this.cumulative[k + 1] as number) - (this.cumulative[k] as number);
    const within = area > 0 ? ((f0 * s + ((f1 - f0) * s * s) / (2 * h)) / area) * mass : (s / h) * mass;
    return (this.cumulative[k] as number) + within;
  }

  fill(out: Float64Array, u: Float64Array, count: number): void {
    for (let i = 0; i < count; i++) out[i] = this.quantile(u[i] as number);
  }
}

class Discrete implements Sampler {
  private readonly points: Float64Array;
  private readonly cumulative: Float64Array;
  constructor(values: readonly number[], weights: readonly number[]) {
    // Sorted, with equal values merged, so that the quantile function is monotone (the copula needs it).
    const byValue = new Map<number, number>();
    values.forEach((value, i) => byValue.set(value, (byValue.get(value) ?? 0) + (weights[i] ?? 0)));
    const sorted = [...byValue.entries()].filter(([, weight]) => weight > 0).sort((a, b) => a[0] - b[0]);
    const total = sorted.reduce((sum, [, weight]) => sum + weight, 0);
    this.points = Float64Array.from(sorted.map(([value]) => value));
    this.cumulative = new Float64Array(sorted.length);
    let running = 0;
    sorted.forEach(([, weight], i) => {
      running += weight;
      this.cumulative[i] = running / total;
    });
    this.cumulative[sorted.length - 1] = 1;
  }
  quantile(u: number): number {
    let i = 0;
    while ((this.cumulative[i] as number) < u) i++;
    return this.points[i] as number;
  }
  cdf(x: number): number {
    let p = 0;
    for (let i = 0; i < this.points.length && (this.points[i] as number) <= x; i++) p = this.cumulative[i] as number;
    return p;
  }
  fill(out: Float64Array, u: Float64Array, count: number): void {
    for (let i = 0; i < count; i++) out[i] = this.quantile(u[i] as number);
  }
}

class Truncated implements Sampler {
  private readonly low: number;
  private readonly mass: number;
  constructor(
    private readonly base: Sampler,
    private readonly min: number,
    private readonly max: number,
    path: Path,
  ) {
    this.low = min === -Infinity ? 0 : base.cdf(min);
    const high = max === Infinity ? 1 : base.cdf(max);
    this.mass = high - this.low;
    // Below about 1e-12 the quantiles cannot resolve what is left: say so rather than sample noise.
    if (!(this.mass > 1e-12))
      fail(
        'out_of_range',
        `the truncation from ${String(min)} to ${String(max)} keeps almost none of the distribution (probability ${String(this.mass)})`,
        path,
      );
  }
  quantile(u: number): number {
    // The bounds hold exactly: a quantile one rounding step outside them is moved onto the bound.
    return Math.min(this.max, Math.max(this.min, this.base.quantile(this.low + u * this.mass)));
  }
  cdf(x: number): number {
    return x <= this.min ? 0 : x >= this.max ? 1 : (this.base.cdf(x) - this.low) / this.mass;
  }
  fill(out: Float64Array, u: Float64Array, count: number): void {
    for (let i = 0; i < count; i++) out[i] = this.quantile(u[i] as number);
  }
}
