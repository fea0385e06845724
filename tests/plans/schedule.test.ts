import { describe, expect, it } from 'vitest';
import { allocate, definePlan, money, schedule, toMinorUnits, type PlanInput } from '../../src/index';
import { BORDER_PLAN, cells, expectReconciled } from '../helpers/plans';

const border = BORDER_PLAN;

describe('schedule', () => {
  it('phases €1.1 billion evenly over 2025–2034: €110m a year, of which mines €80m', () => {
    const plan = definePlan(border);
    const table = schedule(plan);
    expect(table.rows.map((row) => row.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
    for (const row of table.rows) {
      expect(row.total.amount.toFixed(2)).toBe('110000000.00');
      expect(row.items['anti-tank-mines']?.amount.toFixed(2)).toBe('80000000.00');
      expect(row.items['other-measures']?.amount.toFixed(2)).toBe('30000000.00');
      expect(row.share.toString()).toBe('0.1');
    }
    expect(table.rows[4]?.cumulative.amount.toString()).toBe('550000000');
    expect(table.rows[4]?.cumulativeShare.toString()).toBe('0.5');
    expect(table.rows[4]?.cumulativeItems['anti-tank-mines']?.amount.toString()).toBe('400000000');
    expect(table.items.map((item) => item.share.toDecimalPlaces(6).toString())).toEqual(['0.727273', '0.272727']);
    expectReconciled(plan, table);
  });

  it('reconciles €1,000,000,000.01 over 3 years with items 1:1:1 on both axes', () => {
    const total = money('1000000000.01', 'EUR');
    const [a, b, c] = allocate(total, [1, 1, 1]).map((part) => part.amount.toFixed(2));
    const plan = definePlan({
      ...border,
      total,
      years: { from: 2025, to: 2027 },
      items: [
        { id: 'a', amount: a ?? '' },
        { id: 'b', amount: b ?? '' },
        { id: 'c', amount: c ?? '' },
      ],
    });
    const table = schedule(plan);
    expectReconciled(plan, table);
    // Exact cells are 333,333,333.34/3 = 111,111,111.11333…, and 333,333,333.33/3 = 111,111,111.11:
    // every cell is its exact value rounded down or up.
    for (const row of cells(table))
      for (const cell of row) expect(cell === 11111111111n || cell === 11111111112n).toBe(true);
    // Year totals: exact 333,333,333.336666… each; rounded down or up.
    for (const row of table.rows) expect(['333333333.33', '333333333.34']).toContain(row.total.amount.toFixed(2));
  });

  it('reconciles €1.1 billion over 7 years with weights 1..7', () => {
    const plan = definePlan({
      ...border,
      years: { from: 2025, to: 2031 },
      phasing: { kind: 'weights', weights: [1, 2, 3, 4, 5, 6, 7] },
    });
    const table = schedule(plan);
    expectReconciled(plan, table);
    // Year k's exact total is 1.1bn × k / 28 (by hand: k = 1 → 39,285,714.2857…).
    table.rows.forEach((row, k) => {
      const exactCents = (110_000_000_000n * BigInt(k + 1)) / 28n;
      const cents = toMinorUnits(row.total);
      expect(cents === exactCents || cents === exactCents + 1n).toBe(true);
    });
  });

  it('follows the profiles, worked out by hand', () => {
    const small = (phasing: PlanInput['phasing'], years = { from: 2025, to: 2027 }, total = '1200') =>
      schedule(
        definePlan({
          ...border,
          total: money(total, 'EUR'),
          years,
          items: [{ id: 'all', remainder: true }],
          ...(phasing === undefined ? {} : { phasing }),
        }),
      ).rows.map((row) => row.total.amount.toString());
    // Front-loaded, ratio 3 over 3 years: weights 6, 4, 2 (first three times the last).
    expect(small({ kind: 'front-loaded', ratio: 3 })).toEqual(['600', '400', '200']);
    expect(small({ kind: 'back-loaded', ratio: 3 })).toEqual(['200', '400', '600']);
    // S-curve, steepness 2, over 4 years: cumulative k²/(k² + (4 − k)²) = 1/10, 1/2, 9/10, 1.
    expect(small({ kind: 's-curve', steepness: 2 }, { from: 2025, to: 2028 }, '1000')).toEqual([
      '100',
      '400',
      '400',
      '100',
    ]);
    // Steepness 1 is even.
    expect(small({ kind: 's-curve', steepness: 1 }, { from: 2025, to: 2028 }, '1000')).toEqual([
      '250',
      '250',
      '250',
      '250',
    ]);
    expect(small({ kind: 'amounts', amounts: { 2025: '1000', 2027: '200' } })).toEqual(['1000', '0', '200']);
    expect(small({ kind: 'even' }, { from: 2025, to: 2025 })).toEqual(['1200']);
  });

  it('lets an item have its own years and phasing: mines bought 2025–2028, the rest over ten years', () => {
    const plan = definePlan({
      ...border,
      items: [
        {
          id: 'anti-tank-mines',
          amount: '800000000',
          years: { from: 2025, to: 2028 },
          phasing: { kind: 'front-loaded', ratio: 3 },
        },
        { id: 'other-measures', remainder: true },
      ],
    });
    const table = schedule(plan);
    expectReconciled(plan, table);
    // Front-loaded ratio 3 over 4 years: weights 9, 7, 5, 3 (sum 24): 300m, 233.33m, 166.67m, 100m.
    expect(table.rows.slice(0, 5).map((row) => row.items['anti-tank-mines']?.amount.toFixed(2))).toEqual([
      '300000000.00',
      '233333333.33',
      '166666666.67',
      '100000000.00',
      '0.00',
    ]);
    expect(table.rows[9]?.items['other-measures']?.amount.toFixed(2)).toBe('30000000.00');
  });

  it('meets explicit yearly totals exactly and splits them between items', () => {
    const plan = definePlan({
      ...border,
      total: money('1000.01', 'EUR'),
      years: { from: 2025, to: 2027 },
      phasing: { kind: 'amounts', amounts: { 2025: '333.33', 2026: '333.34', 2027: '333.34' } },
      items: [
        { id: 'a', amount: '500' },
        { id: 'b', remainder: true },
      ],
    });
    const table = schedule(plan);
    expect(table.rows.map((row) => row.total.amount.toFixed(2))).toEqual(['333.33', '333.34', '333.34']);
    expectReconciled(plan, table);
  });

  it('handles a plan of zero', () => {
    const plan = definePlan({ ...border, total: money('0', 'EUR'), items: [{ id: 'a', remainder: true }] });
    const table = schedule(plan);
    expect(table.rows.every((row) => row.total.amount.isZero() && row.share.isZero())).toBe(true);
  });
});
