import { toDecimal, type DecimalInput } from '../decimal/decimal';
import { checkRoundingMode, checkScale, toDecimalJsRounding, type RoundingMode } from '../decimal/rounding';
import type { Decimal } from '../decimal/core';
import {
  fromSafeScaledInteger,
  fromScaledInteger,
  powerOfTen,
  toSafeUnits,
  toScaledInteger,
} from '../decimal/scaledInteger';
import { fail } from '../errors/fail';
import { currencyOf, type CurrencyCode } from './currencies';
import { makeMoney, type Money } from './core';

/**
 * The {@link allocate} function options.
 *
 * @category Money
 * @example
 * ```ts
 * import type { AllocateOptions } from 'budget-whatif';
 * const wholeEuros: AllocateOptions = { scale: 0 };
 * ```
 */
export interface AllocateOptions {
  /** Decimal places of the parts. Default: the currency's minor units (whole cents for EUR). */
  readonly scale?: number;
  /** How to round the total to `scale` before it is split. Default: `'half-even'`. */
  readonly mode?: RoundingMode;
}

/**
 * Split an amount into parts in proportion to ratios, so that the parts add up exactly to the total.
 *
 * **The largest-remainder method** (Hamilton's): the total, rounded to `scale`, is counted in whole units
 * of that scale (cents by default); each part first gets the whole units of its exact quota
 * `total × ratio / Σ ratios`, rounded towards zero; the units left over go one each to the parts with
 * the largest fractional remainders, the earlier part first on a tie. So €10 split 40/33/27 in whole
 * euros is 4, 3, 3 (the leftover euro goes to the 0.7 remainder), where Dinero.js gives 5, 3, 2. A part
 * with ratio 0 gets 0. A negative total is split as its absolute value and every part negated, so
 * `allocate(-x)` is `allocate(x)` with signs flipped.
 *
 * The arithmetic is on bigints, so it is exact and fast for any size of amount or number of parts.
 *
 * @param value - the amount to split.
 * @param ratios - one non-negative ratio per part, not all zero: decimal strings (`"0.4"`), bigints,
 *   safe integers or Decimals.
 * @param options - the scale of the parts and the rounding of the total; see {@link AllocateOptions}.
 * @returns one amount per ratio, in order, summing exactly to the total rounded to `scale`.
 * @throws {@link BudgetWhatIfError} `invalid_ratios` for an empty list, a negative ratio (path
 *   `ratios[i]`) or all-zero ratios; `invalid_number`/`unsafe_number` for a ratio that is not a number we
 *   accept; `invalid_scale`/`invalid_rounding_mode` for bad options.
 * @category Money
 * @example
 * ```ts
 * import { allocate, money } from 'budget-whatif';
 * allocate(money('1100000000', 'EUR'), [8, 3]).map((m) => m.amount.toFixed(2)); // => ['800000000.00', '300000000.00']
 * allocate(money('0.05', 'EUR'), [1, 1, 1]).map((m) => m.amount.toFixed(2)); // => ['0.02', '0.02', '0.01']
 * allocate(money('10', 'EUR'), [40, 33, 27], { scale: 0 }).map((m) => m.amount.toString()); // => ['4', '3', '3']
 * allocate(money('-0.05', 'EUR'), ['1', '1', '1']).map((m) => m.amount.toFixed(2)); // => ['-0.02', '-0.02', '-0.01']
 * ```
 */
export function allocate<TCurrency extends CurrencyCode>(
  value: Money<TCurrency>,
  ratios: readonly DecimalInput[],
  options: AllocateOptions = {},
): Money<TCurrency>[] {
  const scale =
    options.scale === undefined ? currencyOf(value.currency).minorUnits : checkScale(options.scale, ['scale']);
  const mode = checkRoundingMode(options.mode, ['mode']);
  const amounts = allocateSafe(value.amount, ratios, scale) ?? allocateExact(value.amount, ratios, scale, mode);
  return amounts.map((amount) => makeMoney(amount, value.currency));
}

/**
 * The common case in float arithmetic, exact because every number stays below 2^53: whole-number
 * ratios, a total that is a whole number of units of `scale`, and `total × largest ratio < 2^53`
 * (€1.1 billion in cents with ratios up to 80,000). Several times faster than bigints, which is what keeps
 * allocate() as fast as integer-only money libraries. `undefined` whenever anything is outside that
 * case, including bad ratios, which {@link allocateExact} then reports. @internal
 */
export function allocateSafe(total: Decimal, ratios: readonly DecimalInput[], scale: number): Decimal[] | undefined {
  const n = ratios.length;
  if (n === 0) return undefined;
  let sumOfWeights = 0;
  let largest = 0;
  for (const ratio of ratios) {
    if (typeof ratio !== 'number' || !Number.isSafeInteger(ratio) || ratio < 0) return undefined;
    sumOfWeights += ratio;
    // Stryker disable next-line EqualityOperator: >= keeps the same largest ratio
    if (ratio > largest) largest = ratio;
  }
  // Stryker disable next-line EqualityOperator: a sum of exactly 2^53 − 1 is still exact; stepping aside there gives the same parts
  if (sumOfWeights === 0 || sumOfWeights > Number.MAX_SAFE_INTEGER) return undefined;
  const units = toSafeUnits(total, scale);
  // Every product `units × ratio` must be exact; quotients and remainders of exact integers then are.
  // Stryker disable next-line EqualityOperator: a product of exactly 2^53 − 1 is exact; stepping aside there gives the same parts
  if (units === undefined || Math.abs(units) * largest > Number.MAX_SAFE_INTEGER) return undefined;

  const magnitude = Math.abs(units);
  // Stryker disable next-line ArrayDeclaration: a sized array only saves growing it
  const parts = new Array<number>(n);
  // Stryker disable next-line ArrayDeclaration: a sized array only saves growing it
  const remainders = new Array<number>(n);
  let left = magnitude;
  for (let i = 0; i < n; i++) {
    const product = magnitude * (ratios[i] as number);
    const remainder = product % sumOfWeights;
    const part = (product - remainder) / sumOfWeights;
    parts[i] = part;
    remainders[i] = remainder;
    left -= part;
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with nothing left, sorting hands out nothing
  if (left > 0) {
    // Stryker disable next-line ArrayDeclaration: a sized array only saves growing it
    const order = new Array<number>(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => (remainders[b] as number) - (remainders[a] as number) || a - b);
    for (let k = 0; k < left; k++) {
      const index = order[k] as number;
      parts[index] = (parts[index] as number) + 1;
    }
  }
  // Stryker disable next-line EqualityOperator: zero parts with a sign of −1 are −0, which fromSafeScaledInteger reads as 0
  const sign = units < 0 ? -1 : 1;
  return parts.map((part) => fromSafeScaledInteger(sign * part, scale));
}

/** Any amount, any ratios, on bigints: checks the ratios, rounds the total once, splits it. */
function allocateExact(total: Decimal, ratios: readonly DecimalInput[], scale: number, mode: RoundingMode): Decimal[] {
  const weights = integerWeights(ratios);
  const units = totalUnits(total, scale, mode);
  return allocateUnits(units, weights).map((part) => fromScaledInteger(part, scale));
}

/**
 * Split a whole number of units by non-negative integer weights (not all zero) with the largest-remainder
 * method. The core of {@link allocate}, shared with the plans layer, which works in minor units.
 *
 * @internal
 */
export function allocateUnits(total: bigint, weights: readonly bigint[]): bigint[] {
  // Stryker disable next-line EqualityOperator: negating zero parts gives zero parts
  const negative = total < 0n;
  const magnitude = negative ? -total : total;
  let weightSum = 0n;
  for (const weight of weights) weightSum += weight;

  // Stryker disable next-line ArrayDeclaration: a sized array only saves growing it
  const parts: bigint[] = new Array<bigint>(weights.length);
  // Stryker disable next-line ArrayDeclaration: a sized array only saves growing it
  const remainders: bigint[] = new Array<bigint>(weights.length);
  let given = 0n;
  for (let i = 0; i < weights.length; i++) {
    const product = magnitude * (weights[i] as bigint);
    const part = product / weightSum;
    parts[i] = part;
    remainders[i] = product - part * weightSum;
    given += part;
  }

  let left = magnitude - given; // always fewer than the number of parts with a non-zero remainder
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with nothing left, the loop stops at once
  if (left > 0n) {
    const order = Array.from(remainders.keys()).sort((a, b) => {
      const ra = remainders[a] as bigint;
      const rb = remainders[b] as bigint;
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
    for (const index of order) {
      if (left === 0n) break;
      parts[index] = (parts[index] as bigint) + 1n;
      left -= 1n;
    }
  }
  return negative ? parts.map((part) => -part) : parts;
}

/** The total in whole units of `scale`, rounded once with `mode`. */
function totalUnits(value: Decimal, scale: number, mode: RoundingMode): bigint {
  const exact = toScaledInteger(value);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; rounding a value that needs none gives the same units
  if (exact.scale <= scale) return exact.units * powerOfTen(scale - exact.scale);
  const rounded = value.toDecimalPlaces(scale, toDecimalJsRounding(mode));
  const { units, scale: roundedScale } = toScaledInteger(rounded);
  return units * powerOfTen(scale - roundedScale);
}

/** The ratios as non-negative bigints of a common scale, checked. */
function integerWeights(ratios: readonly DecimalInput[]): bigint[] {
  const isList: boolean = Array.isArray(ratios); // kept apart: narrowing would turn the elements into `any`
  if (!isList || ratios.length === 0) {
    return fail('invalid_ratios', 'expected at least one ratio', ['ratios'], ratios);
  }
  // A fast path: whole-number ratios need no Decimal (decimalWeights gives the same weights for them).
  // Stryker disable ConditionalExpression,LogicalOperator,EqualityOperator,MethodExpression,StringLiteral: the fast path, or not, gives the same weights; a value it would wrongly take (1.5, "1.5") fails BigInt, which is tested
  const whole = ratios.every(
    (ratio) => typeof ratio === 'bigint' || (typeof ratio === 'number' && Number.isSafeInteger(ratio)),
  );
  // Stryker restore ConditionalExpression,LogicalOperator,EqualityOperator,MethodExpression,StringLiteral
  const weights = whole ? ratios.map((ratio) => BigInt(ratio as bigint | number)) : decimalWeights(ratios);
  checkWeights(weights, ratios);
  return weights;
}

function decimalWeights(ratios: readonly DecimalInput[]): bigint[] {
  const scaled = ratios.map((ratio, i) => toScaledInteger(toDecimal(ratio, ['ratios', i])));
  const common = Math.max(...scaled.map((s) => s.scale));
  return scaled.map((s) => s.units * powerOfTen(common - s.scale));
}

function checkWeights(weights: readonly bigint[], ratios: readonly DecimalInput[]): void {
  let any = false;
  for (let i = 0; i < weights.length; i++) {
    const weight = weights[i] as bigint;
    if (weight < 0n)
      fail('invalid_ratios', `ratios must not be negative, received ${String(ratios[i])}`, ['ratios', i], ratios[i]);
    if (weight > 0n) any = true;
  }
  if (!any) fail('invalid_ratios', 'at least one ratio must be greater than zero', ['ratios'], ratios);
}
