// A gap in percentage points is (the bound's share − the counted share) × 100, rounded half-even to 10
// places once. The second method here: decimal.js at 120 digits (exact for these differences), rounded once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal/core';
import { defineTarget, money, targetGap } from '../../src/index';

const Wide = D.clone({ precision: 120 });

describe('gap points', () => {
  it('are the exact difference of the shares × 100, rounded once, whatever the digits of either', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }), // a floor of up to 8 decimals: 0.00000001 to 0.99999999
        fc.bigInt({ min: 0n, max: 10n ** 13n }), // spending in cents
        fc.bigInt({ min: 1n, max: 10n ** 15n }), // GDP in cents
        (floorUnits, spentCents, gdpCents) => {
          const floor = new D(floorUnits).div(1e8);
          const target = defineTarget({ id: 't', name: 'floor', atLeast: floor.toString(), from: 2030 });
          const spent = money(new D(spentCents.toString()).div(100).toString(), 'EUR');
          const gdp = money(new D(gdpCents.toString()).div(100).toString(), 'EUR');
          const [row] = targetGap({ 2030: spent }, { 2030: gdp }, target).rows;
          if (row === undefined) throw new Error('no row');
          const expected = row.met
            ? '0'
            : new Wide(floor.toString()).minus(row.actualShare.toString()).times(100).toDecimalPlaces(10, 6).toString();
          expect(row.gapPoints.toString()).toBe(expected);
        },
      ),
    );
  });

  it('of a share written with many digits against a floor of a few', () => {
    // 0.035 − 0.0290824067911188937182745840797042212206 = 0.0059175932088811062817254159202957787794,
    // × 100 = 0.59175932088811062817254159202957787794, to 10 places: 0.5917593209 (by hand).
    const target = defineTarget({ id: 'core', name: '3.5%', atLeast: '0.035', from: 2025 });
    const [row] = targetGap({ 2025: money('1', 'EUR') }, { 2025: money('100', 'EUR') }, target, {
      shares: { 2025: new D('0.0290824067911188937182745840797042212206') },
    }).rows;
    expect(row?.gapPoints.toString()).toBe('0.5917593209');
  });
});
