import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { allocate, fromMinorUnits, money, negate, toMinorUnits } from '../../src/index';
import { euroAmount, positiveEuroAmount, ratios } from '../helpers/arbitraries';

// A second, independent method: Hamilton's method on 200-digit decimals with sorting by fractional
// part, written without the library's bigint code.
const Wide = DecimalJs.clone({ precision: 200 });
function referenceCents(cents: bigint, weights: readonly (number | string)[]): bigint[] {
  const total = new Wide(cents.toString()).abs();
  const sumOfWeights = weights.reduce<DecimalJs>((acc, w) => acc.plus(w), new Wide(0));
  const quotas = weights.map((w) => total.times(w).div(sumOfWeights));
  const floors = quotas.map((q) => q.floor());
  let left = total.minus(floors.reduce((acc, f) => acc.plus(f), new Wide(0))).toNumber();
  // Rank by the exact integer remainders (total · w) mod Σw, not by the decimal fractions q − ⌊q⌋:
  // at 200 significant digits, quotas of different sizes keep different numbers of fraction digits, so
  // two equal fractions could compare unequal in their last digit and break a tie the wrong way.
  const order = weights
    .map((w, i) => ({ i, remainder: total.times(w).mod(sumOfWeights) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
  const parts = floors.map((f) => BigInt(f.toFixed(0)));
  for (const { i } of order) {
    if (left === 0) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left -= 1;
  }
  return cents < 0n ? parts.map((p) => -p) : parts;
}

describe('allocate (properties)', () => {
  it('preserves the total for amounts from €0.01 to €10^15, negative ones included', () => {
    fc.assert(
      fc.property(euroAmount, ratios, (amount, weights) => {
        const parts = allocate(amount, weights);
        const total = parts.reduce((acc, part) => acc + toMinorUnits(part), 0n);
        expect(total).toBe(toMinorUnits(amount));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with an independent largest-remainder computation on 200-digit decimals', () => {
    fc.assert(
      fc.property(euroAmount, ratios, (amount, weights) => {
        const parts = allocate(amount, weights).map((part) => toMinorUnits(part));
        expect(parts).toEqual(referenceCents(toMinorUnits(amount), weights));
      }),
      { numRuns: 300 },
    );
  });

  it('gives each part its quota rounded down or up, and zero ratios nothing', () => {
    fc.assert(
      fc.property(positiveEuroAmount, ratios, (amount, weights) => {
        const parts = allocate(amount, weights);
        const sumOfWeights = weights.reduce<DecimalJs>((acc, w) => acc.plus(w), new Wide(0));
        parts.forEach((part, i) => {
          const quota = new Wide(toMinorUnits(amount).toString()).times(weights[i] ?? 0).div(sumOfWeights);
          const cents = new Wide(toMinorUnits(part).toString());
          expect(cents.gte(quota.floor()) && cents.lte(quota.ceil())).toBe(true);
          if (Number(weights[i]) === 0) expect(cents.isZero()).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same parts on its float fast path (number ratios) as on its bigint path (bigint ratios)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).map((cents) => fromMinorUnits(cents, 'EUR')),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 })
          .filter((w) => w.some((x) => x > 0)),
        (amount, weights) => {
          const fast = allocate(amount, weights).map((part) => part.amount.toFixed());
          const exact = allocate(
            amount,
            weights.map((w) => BigInt(w)),
          ).map((part) => part.amount.toFixed());
          expect(fast).toEqual(exact);
          expect(allocate(amount, weights).map((part) => toMinorUnits(part))).toEqual(
            referenceCents(toMinorUnits(amount), weights),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('splits a negative amount as the negation of the positive split', () => {
    fc.assert(
      fc.property(positiveEuroAmount, ratios, (amount, weights) => {
        const negative = allocate(negate(amount), weights).map((part) => toMinorUnits(part));
        const positive = allocate(amount, weights).map((part) => -toMinorUnits(part));
        expect(negative).toEqual(positive);
      }),
      { numRuns: 300 },
    );
  });

  it('sums to the total at any scale from 0 to 6', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        ratios,
        fc.integer({ min: 0, max: 6 }),
        (units, weights, scale) => {
          const amount = money(`${units.toString()}e-${String(scale)}`, 'EUR');
          const parts = allocate(amount, weights, { scale });
          const total = parts.reduce((acc, part) => acc.plus(part.amount), new Wide(0));
          expect(total.equals(amount.amount)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
