import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  add,
  equals,
  fromJSON,
  fromMinorUnits,
  negate,
  round,
  subtract,
  toJSON,
  toMinorUnits,
  type RoundingMode,
} from '../../src/index';
import { divideRounded } from '../../src/decimal/scaledInteger';
import { euroAmount, preciseEuroAmount, roundingMode } from '../helpers/arbitraries';

describe('add (properties)', () => {
  it('is commutative', () => {
    fc.assert(fc.property(preciseEuroAmount, preciseEuroAmount, (a, b) => equals(add(a, b), add(b, a))));
  });

  it('is associative', () => {
    fc.assert(
      fc.property(preciseEuroAmount, preciseEuroAmount, preciseEuroAmount, (a, b, c) =>
        equals(add(add(a, b), c), add(a, add(b, c))),
      ),
    );
  });

  it('has subtract as its inverse and negate as the additive inverse', () => {
    fc.assert(
      fc.property(preciseEuroAmount, preciseEuroAmount, (a, b) => {
        expect(equals(subtract(add(a, b), b), a)).toBe(true);
        expect(add(a, negate(a)).amount.isZero()).toBe(true);
      }),
    );
  });
});

describe('round (properties)', () => {
  it('is idempotent for every mode and scale', () => {
    fc.assert(
      fc.property(preciseEuroAmount, roundingMode, fc.integer({ min: 0, max: 6 }), (a, mode, scale) => {
        const once = round(a, { mode, scale });
        expect(equals(round(once, { mode, scale }), once)).toBe(true);
      }),
    );
  });

  it('moves an amount by less than one unit of the scale', () => {
    fc.assert(
      fc.property(preciseEuroAmount, roundingMode, fc.integer({ min: 0, max: 6 }), (a, mode, scale) => {
        const moved = round(a, { mode, scale }).amount.minus(a.amount).abs();
        expect(moved.lt(new DecimalJs(10).pow(-scale))).toBe(true);
      }),
    );
  });
});

describe('round trips (properties)', () => {
  it('JSON: fromJSON(parse(stringify(toJSON(m)))) equals m', () => {
    fc.assert(fc.property(preciseEuroAmount, (a) => equals(fromJSON(JSON.parse(JSON.stringify(toJSON(a)))), a)));
  });

  it('minor units: fromMinorUnits(toMinorUnits(m)) equals m, and back', () => {
    fc.assert(fc.property(euroAmount, (a) => equals(fromMinorUnits(toMinorUnits(a), 'EUR'), a)));
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (units) => {
        expect(toMinorUnits(fromMinorUnits(units, 'EUR'))).toBe(units);
      }),
    );
  });
});

describe('divideRounded (properties)', () => {
  // Second method: decimal.js at 200 digits, which is exact enough that its one rounding to an integer
  // is decided correctly for operands below 10^30.
  const Wide = DecimalJs.clone({ precision: 200 });
  const modes: Record<RoundingMode, DecimalJs.Rounding> = {
    up: 0,
    down: 1,
    ceil: 2,
    floor: 3,
    'half-up': 4,
    'half-down': 5,
    'half-even': 6,
  };
  it('rounds n / m like a 200-digit decimal division does', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).filter((m) => m !== 0n),
        roundingMode,
        (n, m, mode) => {
          const expected = new Wide(n.toString()).div(m.toString()).toDecimalPlaces(0, modes[mode]).toFixed(0);
          expect(divideRounded(n, m, mode).toString()).toBe(expected === '-0' ? '0' : expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
