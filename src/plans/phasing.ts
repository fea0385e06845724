// Phasing profiles: checking what the caller wrote, and the yearly weights of each profile.
import { D, type Decimal } from '../decimal/core';
import { powerOfTen, toScaledInteger } from '../decimal/scaledInteger';
import { toDecimal } from '../decimal/decimal';
import { fail, show, type Path } from '../errors/fail';
import { makeMoney } from '../money/core';
import type { CurrencyCode } from '../money/currencies';
import type { YearRange } from '../series/types';
import { checkYear } from '../series/years';
import type { Phasing, PhasingInput } from './types';

const KINDS = ['even', 'weights', 'front-loaded', 'back-loaded', 's-curve', 'amounts'] as const;

/** Check a phasing as written and turn its numbers into Decimals. @internal */
export function normalisePhasing(input: PhasingInput, currency: CurrencyCode, path: Path): Phasing {
  const kind: unknown = (input as { kind?: unknown } | undefined)?.kind;
  switch (kind) {
    case 'even':
      return { kind: 'even' };
    case 'weights': {
      const raw = (input as { weights?: unknown }).weights;
      if (!Array.isArray(raw) || raw.length === 0)
        return fail('invalid_phasing', 'expected a list of weights, one per year', [...path, 'weights'], raw);
      const weights = (raw as unknown[]).map((weight, i) => toDecimal(weight, [...path, 'weights', i]));
      weights.forEach((weight, i) => {
        if (weight.isNegative() && !weight.isZero())
          fail(
            'invalid_phasing',
            `weights must not be negative, received ${weight.toString()}`,
            [...path, 'weights', i],
            weight,
          );
      });
      if (weights.every((weight) => weight.isZero()))
        fail('invalid_phasing', 'at least one weight must be above zero', [...path, 'weights']);
      return { kind: 'weights', weights };
    }
    case 'front-loaded':
    case 'back-loaded': {
      const ratio = toDecimal((input as { ratio?: unknown }).ratio, [...path, 'ratio']);
      if (ratio.lt(1)) {
        fail(
          'invalid_phasing',
          `the ${kind} ratio (first year to last, or last to first) must be at least 1, received ${ratio.toString()}; use ${kind === 'front-loaded' ? 'back-loaded' : 'front-loaded'} for the other direction`,
          [...path, 'ratio'],
          ratio,
        );
      }
      return { kind, ratio };
    }
    case 's-curve': {
      const raw = (input as { steepness?: unknown }).steepness;
      const steepness = raw === undefined ? new D(2) : toDecimal(raw, [...path, 'steepness']);
      if (!steepness.isInteger() || steepness.lt(1) || steepness.gt(20))
        fail(
          'invalid_phasing',
          `the s-curve steepness must be a whole number from 1 to 20, received ${steepness.toString()}`,
          [...path, 'steepness'],
          raw,
        );
      return { kind: 's-curve', steepness };
    }
    case 'amounts': {
      const raw = (input as { amounts?: unknown }).amounts;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return fail('invalid_phasing', 'expected amounts by year: { 2025: "…", 2026: "…" }', [...path, 'amounts'], raw);
      const amounts: Record<number, ReturnType<typeof makeMoney>> = {};
      for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
        const year = checkYear(/^\d+$/.test(key) ? Number(key) : key, [...path, 'amounts', key]);
        const amount = toDecimal(value, [...path, 'amounts', key]);
        if (amount.isNegative() && !amount.isZero())
          fail(
            'invalid_phasing',
            `amounts must not be negative, received ${amount.toString()}`,
            [...path, 'amounts', key],
            value,
          );
        amounts[year] = makeMoney(amount, currency);
      }
      return { kind: 'amounts', amounts };
    }
    default:
      return fail(
        'invalid_phasing',
        `unknown phasing kind ${show(kind)}; expected one of ${KINDS.join(', ')}`,
        [...path, 'kind'],
        kind,
      );
  }
}

/**
 * The weight of each year of a span under a profile (not for `amounts`, which fixes amounts instead), as
 * exact non-negative integers: only their proportions matter, and integers keep every cell of a schedule
 * an exact fraction.
 *
 * @internal
 */
export function yearWeights(phasing: Exclude<Phasing, { kind: 'amounts' }>, span: YearRange, path: Path): bigint[] {
  const n = span.to - span.from + 1;
  switch (phasing.kind) {
    case 'even':
      return Array.from({ length: n }, () => 1n);
    case 'weights':
      if (phasing.weights.length !== n) {
        return fail(
          'invalid_phasing',
          `expected ${String(n)} weights for ${String(span.from)}–${String(span.to)}, received ${String(phasing.weights.length)}`,
          [...path, 'weights'],
          phasing.weights.length,
        );
      }
      return commonScale(phasing.weights);
    case 'front-loaded':
    case 'back-loaded': {
      if (n === 1) return [1n];
      // A straight line from `ratio` to 1, scaled by n − 1 so that every weight is exact:
      // w(k) = ratio·(n − 1) − (ratio − 1)·k, k = 0 … n − 1.
      const r = phasing.ratio;
      const ramp = commonScale(Array.from({ length: n }, (_, k) => r.times(n - 1).minus(r.minus(1).times(k))));
      return phasing.kind === 'front-loaded' ? ramp : ramp.reverse();
    }
    case 's-curve': {
      // Cumulative share C(k) = k^p / (k^p + (n − k)^p), k = 0 … n, as exact fractions (p is a whole
      // number); the weight of year k is C(k) − C(k − 1), brought to a common denominator.
      const p = BigInt(phasing.steepness.toFixed(0));
      const share = (k: number): [bigint, bigint] => {
        // Stryker disable next-line ConditionalExpression: 0ᵖ / (0ᵖ + nᵖ) is 0 too; the shortcut only skips the sum
        if (k === 0) return [0n, 1n];
        const rising = BigInt(k) ** p;
        return [rising, rising + BigInt(n - k) ** p];
      };
      const fractions = Array.from({ length: n }, (_, k): [bigint, bigint] => {
        const [a, b] = share(k + 1);
        const [c, d] = share(k);
        return [a * d - c * b, b * d];
      });
      const denominator = fractions.reduce((acc, [, den]) => lcm(acc, den), 1n);
      return fractions.map(([num, den]) => num * (denominator / den));
    }
  }
}

/** Decimal weights as bigints of one common scale. */
function commonScale(weights: readonly Decimal[]): bigint[] {
  const scaled = weights.map((weight) => toScaledInteger(weight));
  const scale = Math.max(...scaled.map((s) => s.scale));
  return scaled.map((s) => s.units * powerOfTen(scale - s.scale));
}

function lcm(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}
