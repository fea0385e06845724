import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { decimal } from '../../src/index';
import { D } from '../../src/decimal/core';
import {
  fromSafeScaledInteger,
  fromScaledInteger,
  productRounded,
  quotient,
  toSafeUnits,
  toScaledInteger,
} from '../../src/decimal/scaledInteger';

// The fast constructors fill decimal.js's digit words directly; the second method is decimal.js's own
// string parser. Equal values, equal printed forms and equal arithmetic mean the representation is right.
const Wide = DecimalJs.clone({ precision: 200 });
const reference = (units: bigint, scale: number): DecimalJs =>
  new Wide(scale === 0 ? units.toString() : `${units.toString()}e-${String(scale)}`);

const bigUnits = fc.oneof(
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
  fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n }),
  fc.bigInt({ min: -1000n, max: 1000n }),
  fc.constantFrom(0n, 1n, -1n, 10n ** 7n, 10n ** 14n, 9_999_999n, 2n ** 53n - 1n, 110_000_000_000n),
);

describe('fromScaledInteger (properties)', () => {
  it('builds the same Decimal as parsing the digits', () => {
    fc.assert(
      fc.property(bigUnits, fc.integer({ min: 0, max: 30 }), (units, scale) => {
        const fast = fromScaledInteger(units, scale);
        const parsed = reference(units, scale);
        expect(fast.toString()).toBe(parsed.toFixed());
        expect({ s: fast.s, e: fast.e, d: fast.d }).toEqual({ s: parsed.s, e: parsed.e, d: parsed.d });
        // Arithmetic on the fast Decimal: within 40 digits, it doubles exactly as the parsed one does.
        if (parsed.sd() < 40) expect(fast.plus(fast).toFixed()).toBe(parsed.times(2).toFixed());
        // Recognised as the library's own Decimal (decimal() takes it as is, within NUMBER_LIMITS).
        if (fast.isZero() || (fast.e <= 20 && fast.e >= -40 && fast.sd() <= 40)) expect(decimal(fast)).toBe(fast);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the number-based path for safe integers', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger().map((n) => n * (n % 2 === 0 ? 1 : -1)),
        fc.integer({ min: 0, max: 12 }),
        (units, scale) => {
          expect(fromSafeScaledInteger(units, scale).toString()).toBe(reference(BigInt(units), scale).toFixed());
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('toScaledInteger (properties)', () => {
  it('reads the digits toFixed() prints: the units without the point, the scale the digits after it', () => {
    fc.assert(
      fc.property(bigUnits, fc.integer({ min: -30, max: 30 }), (units, exponent) => {
        const value = new D(`${units.toString()}e${String(exponent)}`);
        const text = value.toFixed();
        const dot = text.indexOf('.');
        const expected =
          dot < 0
            ? { units: BigInt(text), scale: 0 }
            : { units: BigInt(text.slice(0, dot) + text.slice(dot + 1)), scale: text.length - dot - 1 };
        expect(toScaledInteger(value)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('toSafeUnits (properties)', () => {
  it('reads a whole number of units, or gives up, never a wrong count', () => {
    fc.assert(
      fc.property(
        bigUnits,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        (units, valueScale, scale) => {
          const value = new D(reference(units, valueScale).toFixed());
          const safe = toSafeUnits(value, scale);
          const exact = toScaledInteger(value);
          const fits = exact.scale <= scale;
          const count = fits ? exact.units * 10n ** BigInt(scale - exact.scale) : undefined;
          if (
            count === undefined ||
            count > BigInt(Number.MAX_SAFE_INTEGER) ||
            count < -BigInt(Number.MAX_SAFE_INTEGER)
          ) {
            expect(safe).toBeUndefined();
          } else {
            expect(safe === undefined ? undefined : BigInt(safe)).toBe(count);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('productRounded and quotient (properties)', () => {
  const D40 = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_EVEN });
  const modes = { up: 0, down: 1, ceil: 2, floor: 3, 'half-up': 4, 'half-down': 5, 'half-even': 6 } as const;
  const operand = fc
    .oneof(
      fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 })),
      fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 20 })),
    )
    .map(([units, scale]) => new D(reference(units, scale).toFixed()));

  it('productRounded equals multiplying exactly and rounding once', () => {
    fc.assert(
      fc.property(
        operand,
        operand,
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...(Object.keys(modes) as (keyof typeof modes)[])),
        (a, b, scale, mode) => {
          const expected = new Wide(a.toFixed()).times(b.toFixed()).toDecimalPlaces(scale, modes[mode]);
          expect(productRounded(a, b, scale, mode).toFixed()).toBe(expected.toFixed());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('quotient equals decimal.js’s correctly rounded 40-digit division', () => {
    fc.assert(
      fc.property(
        operand,
        operand.filter((b) => !b.isZero()),
        (a, b) => {
          expect(quotient(a, b).toFixed()).toBe(new D40(a.toFixed()).div(b.toFixed()).toFixed());
        },
      ),
      { numRuns: 2000 },
    );
  });
});
