import { describe, expect, it } from 'vitest';
import {
  cut,
  decimal,
  definePlan,
  deflatePlan,
  delay,
  indexPlan,
  money,
  overrun,
  rescale,
  schedule,
  stretch,
} from '../../src/index';
import { expectIssue } from '../helpers/errors';
import { BORDER_PLAN, expectReconciled } from '../helpers/plans';

const input = BORDER_PLAN;
const plan = definePlan(input);
const amounts = (p: typeof plan): string[] => p.items.map((item) => item.amount.amount.toString());

describe('delay', () => {
  it('moves every year and returns to the original when undone', () => {
    const later = delay(plan, 2);
    expect(later.years).toEqual({ from: 2027, to: 2036 });
    expect(schedule(later).rows[0]?.year).toBe(2027);
    expect(delay(later, -2)).toEqual(plan);
    expect(delay(plan, 0)).toBe(plan);
  });

  it('moves item years and explicit amounts too', () => {
    const detailed = definePlan({
      ...input,
      items: [
        { id: 'anti-tank-mines', amount: '800000000', years: { from: 2025, to: 2028 } },
        { id: 'other-measures', remainder: true, phasing: { kind: 'amounts', amounts: { 2030: '300000000' } } },
      ],
    });
    const later = delay(detailed, 1);
    expect(later.items[0]?.years).toEqual({ from: 2026, to: 2029 });
    expect(
      schedule(later)
        .rows.find((row) => row.year === 2031)
        ?.items['other-measures']?.amount.toString(),
    ).toBe('300000000');
  });

  it('rejects fractions of a year and years out of range', () => {
    expectIssue(() => delay(plan, 1.5), 'out_of_range', ['yearCount']);
    expectIssue(() => delay(plan, 500), 'invalid_year', ['years', 'from']);
  });
});

describe('stretch', () => {
  it('keeps the total over more years', () => {
    const longer = stretch(plan, 2035);
    const table = schedule(longer);
    expect(table.rows).toHaveLength(11);
    expect(table.rows[0]?.total.amount.toString()).toBe('100000000');
    expectReconciled(longer, table);
  });

  it('extends items that ran to the end and leaves earlier ones', () => {
    const detailed = definePlan({
      ...input,
      items: [
        { id: 'anti-tank-mines', amount: '800000000', years: { from: 2025, to: 2028 } },
        { id: 'other-measures', remainder: true, years: { from: 2027, to: 2034 } },
      ],
    });
    const longer = stretch(detailed, 2036);
    expect(longer.items.map((item) => item.years)).toEqual([
      { from: 2025, to: 2028 },
      { from: 2027, to: 2036 },
    ]);
  });

  it('refuses explicit weights and a year before the start', () => {
    const weighted = definePlan({ ...input, phasing: { kind: 'weights', weights: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2] } });
    expectIssue(() => stretch(weighted, 2036), 'invalid_phasing', ['phasing']);
    expectIssue(() => stretch(plan, 2020), 'invalid_year', ['toYear']);
  });
});

describe('rescale', () => {
  it('keeps shares, or fixed items with the remainder absorbing', () => {
    expect(amounts(rescale(plan, money('1210000000', 'EUR')))).toEqual(['880000000', '330000000']);
    expect(amounts(rescale(plan, money('1210000000', 'EUR'), { keep: 'fixed-items' }))).toEqual([
      '800000000',
      '410000000',
    ]);
    // 1,000,000,000.01 in 8:3: 727,272,727.28 and 272,727,272.73 by the largest remainder (by hand).
    expect(amounts(rescale(plan, money('1000000000.01', 'EUR')))).toEqual(['727272727.28', '272727272.73']);
  });

  it('refuses a smaller total than the fixed items, another currency, and a bad option', () => {
    expectIssue(() => rescale(plan, money('700000000', 'EUR'), { keep: 'fixed-items' }), 'invalid_plan', ['total']);
    expectIssue(() => rescale(plan, money('700000000', 'USD')), 'currency_mismatch', ['total']);
    expectIssue(() => rescale(plan, money('1', 'EUR'), { keep: 'all' as never }), 'out_of_range', ['options', 'keep']);
  });
});

describe('overrun and cut', () => {
  it('a 20% overrun on mines adds €160m to the item and the plan', () => {
    const over = overrun(plan, 'anti-tank-mines', '0.2');
    expect(amounts(over)).toEqual(['960000000', '300000000']);
    expect(over.total.amount.toString()).toBe('1260000000');
    expectReconciled(over, schedule(over));
  });

  it('an overrun of zero changes nothing', () => {
    expect(overrun(plan, 'anti-tank-mines', '0')).toBe(plan);
  });

  it('a share item that overruns becomes a fixed amount', () => {
    const shared = definePlan({
      ...input,
      items: [
        { id: 'a', share: '0.5' },
        { id: 'b', remainder: true },
      ],
    });
    const over = overrun(shared, 'a', '0.1');
    expect([over.items[0]?.basis, over.items[0]?.share, over.items[0]?.amount.amount.toString()]).toEqual([
      'amount',
      undefined,
      '605000000',
    ]);
  });

  it('a cut takes from the item and the total', () => {
    const smaller = cut(plan, 'other-measures', money('100000000', 'EUR'));
    expect(amounts(smaller)).toEqual(['800000000', '200000000']);
    expect(smaller.total.amount.toString()).toBe('1000000000');
  });

  it('rescales explicit yearly amounts with the item', () => {
    const explicit = definePlan({
      ...input,
      items: [
        {
          id: 'anti-tank-mines',
          amount: '800000000',
          phasing: { kind: 'amounts', amounts: { 2025: '400000000', 2026: '400000000' } },
        },
        { id: 'other-measures', remainder: true },
      ],
    });
    const over = overrun(explicit, 'anti-tank-mines', '0.25');
    expect(
      schedule(over)
        .rows.slice(0, 2)
        .map((row) => row.items['anti-tank-mines']?.amount.toString()),
    ).toEqual(['500000000', '500000000']);
  });

  it('rejects unknown items, a loss of 100% and cuts larger than the item', () => {
    expectIssue(() => overrun(plan, 'drones', '0.2'), 'unknown_id', ['itemId']);
    expect(() => overrun(plan, 'drones', '0.2')).toThrow(/its items are anti-tank-mines, other-measures/);
    expectIssue(() => overrun(plan, 'anti-tank-mines', '-1'), 'out_of_range', ['rate']);
    expectIssue(() => cut(plan, 'anti-tank-mines', money('900000000', 'EUR')), 'out_of_range', ['amount']);
    expectIssue(() => cut(plan, 'anti-tank-mines', money('-1', 'EUR')), 'out_of_range', ['amount']);
    expectIssue(() => cut(plan, 'anti-tank-mines', money('1', 'USD')), 'currency_mismatch', ['amount']);
    expectIssue(() => cut(plan, 'nope', money('1', 'EUR')), 'unknown_id', ['itemId']);
  });
});

describe('indexation', () => {
  const index = { 2025: decimal('1'), 2026: decimal('1.1'), 2027: decimal('1.21') };
  const constant = definePlan({
    ...input,
    total: money('300', 'EUR'),
    years: { from: 2025, to: 2027 },
    items: [
      { id: 'a', amount: '120' },
      { id: 'b', remainder: true },
    ],
    priceBasis: { kind: 'constant', year: 2025 },
  });

  it('expresses a constant-price plan in nominal prices, year by year', () => {
    const nominal = indexPlan(constant, index);
    // 100 a year in 2025 prices: 100, 110, 121 nominal (by hand); the items add up.
    expect(schedule(nominal).rows.map((row) => row.total.amount.toString())).toEqual(['100', '110', '121']);
    expect(nominal.total.amount.toString()).toBe('331');
    expect(nominal.priceBasis).toEqual({ kind: 'nominal' });
    expectReconciled(nominal, schedule(nominal));
  });

  it('goes back to constant prices', () => {
    const back = deflatePlan(indexPlan(constant, index), index, 2025);
    expect(back.total.amount.toString()).toBe('300');
    expect(back.priceBasis).toEqual({ kind: 'constant', year: 2025 });
  });

  it('rejects the wrong basis and a missing index year', () => {
    expectIssue(() => indexPlan(plan, index), 'invalid_plan', ['plan', 'priceBasis']);
    expectIssue(() => deflatePlan(constant, index, 2025), 'invalid_plan', ['plan', 'priceBasis']);
    expectIssue(() => indexPlan(constant, { 2025: decimal('1') }), 'missing_year', ['index', 2026]);
  });
});
