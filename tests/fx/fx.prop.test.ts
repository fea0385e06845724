import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { expectIssue } from '../helpers/errors';
import { convert, exchangeRate, fromMinorUnits, invert, subtract, toMinorUnits } from '../../src/index';

const Wide = DecimalJs.clone({ precision: 200 });
const rates = fc
  .tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }))
  .map(([units, scale]) => exchangeRate('EUR', 'USD', `${String(units)}e-${String(scale)}`));
const euros = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }).map((cents) => fromMinorUnits(cents, 'EUR'));

describe('convert (properties)', () => {
  it('there and back by the inverse rate, rounding to cents each way, is within one cent', () => {
    // Every rate of at least 0.5 (all the ECB's euro rates are): the two roundings move the amount by
    // at most half a euro cent plus half a dollar cent, worth 0.5 / rate ≤ 1 euro cent.
    fc.assert(
      fc.property(
        euros,
        rates.filter((rate) => rate.rate.gte('0.5')),
        (amount, rate) => {
          const there = convert(amount, rate, { round: true });
          const back = convert(there, invert(rate), { round: true });
          const off = toMinorUnits(subtract(back, amount));
          expect(off <= 1n && off >= -1n).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('with a rate below 0.5, within the euro value of one quote-currency cent', () => {
    fc.assert(
      fc.property(
        euros,
        rates.filter((rate) => rate.rate.lt('0.5')),
        (amount, rate) => {
          const back = convert(convert(amount, rate, { round: true }), invert(rate), { round: true });
          const off = back.amount.minus(amount.amount).abs();
          expect(off.lte(rate.rate.pow(-1).times('0.005').plus('0.005'))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('without rounding, a product within 40 digits is exact and one beyond them is refused, never rounded', () => {
    // The second method: decimal.js at 200 digits, where these products are exact. The inverse rate has
    // 40 significant digits, so the way back usually needs more than 40 and must be refused.
    fc.assert(
      fc.property(euros, rates, (amount, rate) => {
        const there = convert(amount, rate);
        expect(there.amount.toFixed()).toBe(new Wide(amount.amount.toFixed()).times(rate.rate.toFixed()).toFixed());
        const inverse = invert(rate);
        const exact = new Wide(there.amount.toFixed()).times(inverse.rate.toFixed());
        if (exact.sd() <= 40) expect(convert(there, inverse).amount.toFixed()).toBe(exact.toFixed());
        else expectIssue(() => convert(there, inverse), 'precision_exceeded', ['rate']);
      }),
      { numRuns: 1000 },
    );
  });
});
