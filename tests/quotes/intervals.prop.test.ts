import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  addIntervals,
  contains,
  divideIntervals,
  format,
  fromMinorUnits,
  interval,
  multiplyIntervals,
  parseQuote,
  subtractIntervals,
  type Interval,
} from '../../src/index';

// A second method for the exact results: decimal.js at 200 digits, where sums and products of 40-digit
// numbers are exact.
const Wide = DecimalJs.clone({ precision: 200 });

const decimalText = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }))
  .map(([units, scale]) => new Wide(`${units.toString()}e-${String(scale)}`).toFixed());

const nonNegative = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
  .map(([units, scale]) => new Wide(`${units.toString()}e-${String(scale)}`));

/** A point and an interval around it. */
const pointIn = fc.tuple(decimalText, nonNegative, nonNegative).map(([point, below, above]) => ({
  point,
  range: interval(new Wide(point).minus(below).toFixed(), new Wide(point).plus(above).toFixed()),
}));

// Compared at 200 digits: a product of two points may lie beyond NUMBER_LIMITS, which contains() refuses
// as an input (its own tests are in intervals.test.ts).
const inside = (range: Interval, value: DecimalJs): boolean => {
  const lo = new Wide(range.lo.toFixed());
  const hi = new Wide(range.hi.toFixed());
  return (range.loOpen ? lo.lt(value) : lo.lte(value)) && (range.hiOpen ? value.lt(hi) : value.lte(hi));
};

describe('interval arithmetic (properties)', () => {
  it('contains every sum, difference and product of points drawn from its inputs', () => {
    fc.assert(
      fc.property(pointIn, pointIn, (a, b) => {
        const x = new Wide(a.point);
        const y = new Wide(b.point);
        expect(inside(addIntervals(a.range, b.range), x.plus(y))).toBe(true);
        expect(inside(subtractIntervals(a.range, b.range), x.minus(y))).toBe(true);
        expect(inside(multiplyIntervals(a.range, b.range), x.times(y))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('contains every quotient, checked without dividing: lo·y ≤ x ≤ hi·y for y > 0', () => {
    const positive = fc
      .tuple(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }), nonNegative, nonNegative)
      .map(([units, scale, below, above]) => {
        const point = new Wide(`${units.toString()}e-${String(scale)}`);
        const lo = DecimalJs.max(point.minus(below), point.div(2));
        return { point: point.toFixed(), range: interval(lo.toFixed(), point.plus(above).toFixed()) };
      });
    fc.assert(
      fc.property(pointIn, positive, (a, b) => {
        const x = new Wide(a.point);
        const y = new Wide(b.point);
        const q = divideIntervals(a.range, b.range);
        expect(new Wide(q.lo.toFixed()).times(y).lte(x)).toBe(true);
        expect(new Wide(q.hi.toFixed()).times(y).gte(x)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseQuote (properties)', () => {
  const amounts = fc.bigInt({ min: 0n, max: 10n ** 16n }).map((cents) => fromMinorUnits(cents, 'EUR'));
  const currencies = fc.constantFrom('EUR', 'USD', 'GBP', 'PLN', 'CHF', 'JPY', 'SEK');

  it('a formatted amount parses to an interval that contains it, in standard and compact notation', () => {
    fc.assert(
      fc.property(
        amounts,
        currencies,
        fc.constantFrom<'standard' | 'compact'>('standard', 'compact'),
        (amount, currency, notation) => {
          const value = fromMinorUnits(
            currency === 'JPY' ? BigInt(amount.amount.floor().toFixed()) : BigInt(amount.amount.times(100).toFixed(0)),
            currency,
          );
          const text = format(value, { notation, locale: 'en' });
          const quote = parseQuote(text);
          expect(quote.kind === 'money' ? quote.currency : undefined).toBe(currency);
          expect(contains(quote.interval, value)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
