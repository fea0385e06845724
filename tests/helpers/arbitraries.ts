import fc from 'fast-check';
import { fromMinorUnits, money, type Money, type RoundingMode, ROUNDING_MODES } from '../../src/index';

/** Euro amounts in whole cents from −€10^15 to €10^15 (the range, negative amounts included). */
export const euroAmount: fc.Arbitrary<Money> = fc
  .bigInt({ min: -(10n ** 17n), max: 10n ** 17n })
  .map((cents) => fromMinorUnits(cents, 'EUR'));

/** Positive euro amounts from €0.01 to €10^15. */
export const positiveEuroAmount: fc.Arbitrary<Money> = fc
  .bigInt({ min: 1n, max: 10n ** 17n })
  .map((cents) => fromMinorUnits(cents, 'EUR'));

/** Euro amounts with up to 8 decimals, for exact arithmetic laws. */
export const preciseEuroAmount: fc.Arbitrary<Money> = fc
  .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }))
  .map(([units, scale]) => money(scale === 0 ? units : `${units.toString()}e-${String(scale)}`, 'EUR'));

/** Lists of 1 to 30 non-negative ratios, not all zero: integers or decimal strings. */
export const ratios: fc.Arbitrary<(number | string)[]> = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.integer({ min: 0, max: 99_999 }).map((n) => (n / 1000).toFixed(3)),
    ),
    { minLength: 1, maxLength: 30 },
  )
  .filter((list) => list.some((ratio) => Number(ratio) > 0));

/** Any rounding mode. */
export const roundingMode: fc.Arbitrary<RoundingMode> = fc.constantFrom(...ROUNDING_MODES);
