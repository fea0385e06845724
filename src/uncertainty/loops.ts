// The loops of the kernel, one function each, shared by every step of every simulation. A step is a
// closure made per scenario; if the loop lived in it, each new closure would start cold in V8's
// interpreter. Here the loop's code is compiled once and stays optimised.

/** out = a × b. @internal */
export function product(out: Float64Array, a: Float64Array, b: Float64Array, count: number): void {
  for (let i = 0; i < count; i++) out[i] = (a[i] as number) * (b[i] as number);
}

/** out = a × k. @internal */
export function scaled(out: Float64Array, a: Float64Array, k: number, count: number): void {
  for (let i = 0; i < count; i++) out[i] = (a[i] as number) * k;
}

/** out = a × k + c. @internal */
export function affine(out: Float64Array, a: Float64Array, k: number, c: number, count: number): void {
  for (let i = 0; i < count; i++) out[i] = (a[i] as number) * k + c;
}

/** out = a + b. @internal */
export function sum(out: Float64Array, a: Float64Array, b: Float64Array, count: number): void {
  for (let i = 0; i < count; i++) out[i] = (a[i] as number) + (b[i] as number);
}

/** out += a. @internal */
export function addTo(out: Float64Array, a: Float64Array, count: number): void {
  for (let i = 0; i < count; i++) out[i] = (out[i] as number) + (a[i] as number);
}

/** out += a × b. @internal */
export function addProductTo(out: Float64Array, a: Float64Array, b: Float64Array, count: number): void {
  for (let i = 0; i < count; i++) out[i] = (out[i] as number) + (a[i] as number) * (b[i] as number);
}

/** out = a ÷ b, or 0 where b is 0 when `zeroOverZero`. @internal */
export function ratio(
  out: Float64Array,
  a: Float64Array,
  b: Float64Array,
  count: number,
  zeroWhereNone: boolean,
): void {
  if (zeroWhereNone)
    for (let i = 0; i < count; i++) {
      const whole = b[i] as number;
      out[i] = whole === 0 ? 0 : (a[i] as number) / whole;
    }
  else for (let i = 0; i < count; i++) out[i] = (a[i] as number) / (b[i] as number);
}

/** out = from × (1 + rate), or from × (1 + rate)(1 + deflator). @internal */
export function grown(
  out: Float64Array,
  from: Float64Array,
  rate: Float64Array,
  deflator: Float64Array | undefined,
  count: number,
): void {
  if (deflator === undefined) for (let i = 0; i < count; i++) out[i] = (from[i] as number) * (1 + (rate[i] as number));
  else
    for (let i = 0; i < count; i++)
      out[i] = (from[i] as number) * (1 + (rate[i] as number)) * (1 + (deflator[i] as number));
}

/** out = from ÷ (1 + rate): a price level a year back. @internal */
export function shrunk(out: Float64Array, from: Float64Array, rate: Float64Array, count: number): void {
  for (let i = 0; i < count; i++) out[i] = (from[i] as number) / (1 + (rate[i] as number));
}

/** A target's bounds in a year: each is share × GDP + amount (no floor: −∞; no ceiling: +∞). @internal */
export interface TargetBounds {
  readonly floorShare: number;
  readonly floorAmount: number;
  readonly ceilingShare: number;
  readonly ceilingAmount: number;
}

/**
 * The change that meets a target, trial by trial: floor − actual below the floor, ceiling − actual above
 * the ceiling, else 0 (within `tolerance` of a bound counts as on it). Returns how many trials meet it.
 *
 * @internal
 */
export function gaps(
  out: Float64Array,
  actual: Float64Array,
  gdp: Float64Array,
  bounds: TargetBounds,
  tolerance: number,
  count: number,
): number {
  const { floorShare, floorAmount, ceilingShare, ceilingAmount } = bounds;
  let met = 0;
  for (let i = 0; i < count; i++) {
    const spent = actual[i] as number;
    const g = gdp[i] as number;
    const floor = floorShare * g + floorAmount;
    const ceiling = ceilingShare * g + ceilingAmount;
    let gap = 0;
    if (spent < floor - tolerance) gap = floor - spent;
    else if (spent > ceiling + tolerance) gap = ceiling - spent;
    else met++;
    out[i] = gap;
  }
  return met;
}

/** How many trials meet a target: spending within its bounds, give or take `tolerance`. @internal */
export function metCount(
  actual: Float64Array,
  gdp: Float64Array,
  bounds: TargetBounds,
  tolerance: number,
  count: number,
): number {
  const { floorShare, floorAmount, ceilingShare, ceilingAmount } = bounds;
  let met = 0;
  for (let i = 0; i < count; i++) {
    const spent = actual[i] as number;
    const g = gdp[i] as number;
    if (spent >= floorShare * g + floorAmount - tolerance && spent <= ceilingShare * g + ceilingAmount + tolerance)
      met++;
  }
  return met;
}

/** out = min(a, share × gdp + amount): a category counted up to a limit. @internal */
export function capped(
  out: Float64Array,
  a: Float64Array,
  gdp: Float64Array,
  share: number,
  amount: number,
  count: number,
): void {
  for (let i = 0; i < count; i++) {
    const limit = share * (gdp[i] as number) + amount;
    const value = a[i] as number;
    out[i] = value < limit ? value : limit;
  }
}

/** out = 1 where a is 0, else 0. @internal */
export function isZero(out: Float64Array, a: Float64Array, count: number): void {
  for (let i = 0; i < count; i++) out[i] = a[i] === 0 ? 1 : 0;
}

/**
 * A plan's remainder, out = total − Σ parts, for each trial; without `out`, a check that the parts make
 * the total. Returns the first trial where the parts exceed the total (or miss it, without `out`) by more
 * than `tolerance`, else −1. A rest within the tolerance below zero is float noise, written as 0.
 *
 * @internal
 */
export function rest(
  out: Float64Array | undefined,
  total: Float64Array,
  parts: readonly Float64Array[],
  tolerance: number,
  count: number,
): number {
  for (let i = 0; i < count; i++) {
    let left = total[i] as number;
    for (const part of parts) left -= part[i] as number;
    if (out === undefined) {
      if (Math.abs(left) > tolerance) return i;
    } else {
      if (left < -tolerance) return i;
      out[i] = left < 0 ? 0 : left;
    }
  }
  return -1;
}
