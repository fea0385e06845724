import { describe, expect, it } from 'vitest';
import { definePlan, money, type PlanInput } from '../../src/index';
import { expectIssue } from '../helpers/errors';
import { BORDER_PLAN } from '../helpers/plans';

const base = BORDER_PLAN;
const withItems = (items: PlanInput['items']): PlanInput => ({ ...base, items });

describe('definePlan', () => {
  it('resolves amounts, shares and the remainder to whole cents', () => {
    const plan = definePlan(
      withItems([
        { id: 'mines', amount: '800000000' },
        { id: 'drones', share: '0.05' },
        { id: 'rest', remainder: true },
      ]),
    );
    expect(plan.items.map((item) => [item.id, item.amount.amount.toString(), item.basis])).toEqual([
      ['mines', '800000000', 'amount'],
      ['drones', '55000000', 'share'],
      ['rest', '245000000', 'remainder'],
    ]);
    expect(plan.items[1]?.share?.toString()).toBe('0.05');
    expect(plan.items[0]?.name).toBe('mines');
    expect(plan.phasing).toEqual({ kind: 'even' });
    expect(plan.priceBasis).toEqual({ kind: 'nominal' });
  });

  it('splits shares that cover the total by the largest remainder when there is no remainder item', () => {
    // 1/3 of €1,000,000,000.01 cannot be written as a finite decimal; 0.25 + 0.25 + 0.5 can.
    const plan = definePlan({
      ...base,
      total: money('1000000000.01', 'EUR'),
      items: [
        { id: 'a', share: '0.25' },
        { id: 'b', share: '0.25' },
        { id: 'c', share: '0.5' },
      ],
    });
    // Quotas 250,000,000.0025 / .0025 / 500,000,000.005 cents-wise: the cent goes to c.
    expect(plan.items.map((item) => item.amount.amount.toFixed(2))).toEqual([
      '250000000.00',
      '250000000.00',
      '500000000.01',
    ]);
  });

  it('accepts items that add up exactly without a remainder item', () => {
    const plan = definePlan(
      withItems([
        { id: 'a', amount: '1000000000' },
        { id: 'b', amount: '100000000' },
      ]),
    );
    expect(plan.total.amount.toString()).toBe('1100000000');
  });

  describe('rejects bad plans with the path of the bad field', () => {
    it.each([
      [
        'items over the total',
        withItems([
          { id: 'a', amount: '1200000000' },
          { id: 'b', remainder: true },
        ]),
        'invalid_plan',
        ['items'],
      ],
      [
        'items under the total without a remainder',
        withItems([{ id: 'a', amount: '800000000' }]),
        'invalid_plan',
        ['items'],
      ],
      [
        'two remainder items',
        withItems([
          { id: 'a', remainder: true },
          { id: 'b', remainder: true },
        ]),
        'invalid_plan',
        ['items', 1, 'remainder'],
      ],
      [
        'an item with two bases',
        withItems([
          { id: 'a', amount: '1', share: '0.1' },
          { id: 'b', remainder: true },
        ]),
        'invalid_plan',
        ['items', 0],
      ],
      ['an item with none', withItems([{ id: 'a' }, { id: 'b', remainder: true }]), 'invalid_plan', ['items', 0]],
      [
        'duplicate item ids',
        withItems([
          { id: 'a', amount: '1' },
          { id: 'a', remainder: true },
        ]),
        'invalid_plan',
        ['items', 1, 'id'],
      ],
      ['an id with a dot', withItems([{ id: 'anti.tank', remainder: true }]), 'invalid_plan', ['items', 0, 'id']],
      ['no items', withItems([]), 'invalid_plan', ['items']],
      [
        'a share above 1',
        withItems([
          { id: 'a', share: '1.2' },
          { id: 'b', remainder: true },
        ]),
        'invalid_plan',
        ['items', 0, 'share'],
      ],
      [
        'a negative amount',
        withItems([
          { id: 'a', amount: '-1' },
          { id: 'b', remainder: true },
        ]),
        'invalid_plan',
        ['items', 0, 'amount'],
      ],
      [
        'a fraction of a cent',
        withItems([
          { id: 'a', amount: '0.001' },
          { id: 'b', remainder: true },
        ]),
        'inexact_minor_units',
        ['items', 0, 'amount'],
      ],
      [
        'a float amount',
        withItems([
          { id: 'a', amount: 0.5 },
          { id: 'b', remainder: true },
        ]),
        'unsafe_number',
        ['items', 0, 'amount'],
      ],
      ['years reversed', { ...base, years: { from: 2034, to: 2025 } }, 'invalid_year', ['years', 'to']],
      ['no years', { ...base, years: undefined as never }, 'invalid_year', ['years']],
      [
        'an item outside the plan’s years',
        withItems([{ id: 'a', remainder: true, years: { from: 2024, to: 2026 } }]),
        'invalid_plan',
        ['items', 0, 'years'],
      ],
      [
        'all-zero weights',
        { ...base, phasing: { kind: 'weights', weights: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0] } },
        'invalid_phasing',
        ['phasing', 'weights'],
      ],
      [
        'a negative weight',
        { ...base, phasing: { kind: 'weights', weights: [1, -1, 1, 1, 1, 1, 1, 1, 1, 1] } },
        'invalid_phasing',
        ['phasing', 'weights', 1],
      ],
      [
        'too few weights',
        { ...base, phasing: { kind: 'weights', weights: [1, 2, 3] } },
        'invalid_phasing',
        ['phasing', 'weights'],
      ],
      [
        'explicit amounts that do not sum',
        { ...base, phasing: { kind: 'amounts', amounts: { 2025: '600000000', 2026: '400000000' } } },
        'invalid_phasing',
        ['phasing', 'amounts'],
      ],
      [
        'explicit amounts outside the years',
        { ...base, phasing: { kind: 'amounts', amounts: { 2024: '600000000', 2026: '500000000' } } },
        'invalid_phasing',
        ['phasing', 'amounts', '2024'],
      ],
      [
        'a front-loaded ratio below 1',
        { ...base, phasing: { kind: 'front-loaded', ratio: '0.5' } },
        'invalid_phasing',
        ['phasing', 'ratio'],
      ],
      [
        'an unknown phasing kind',
        { ...base, phasing: { kind: 'linear' } as never },
        'invalid_phasing',
        ['phasing', 'kind'],
      ],
      [
        'an s-curve too steep',
        { ...base, phasing: { kind: 's-curve', steepness: 50 } },
        'invalid_phasing',
        ['phasing', 'steepness'],
      ],
      [
        'item phasing under plan-level amounts',
        {
          ...base,
          phasing: { kind: 'amounts', amounts: { 2025: '1100000000' } },
          items: [{ id: 'a', remainder: true, phasing: { kind: 'even' } }],
        },
        'invalid_plan',
        ['items', 0, 'phasing'],
      ],
      [
        'an item’s explicit amounts that do not sum',
        withItems([
          { id: 'a', amount: '100', phasing: { kind: 'amounts', amounts: { 2025: '50' } } },
          { id: 'b', remainder: true },
        ]),
        'invalid_phasing',
        ['items', 0, 'phasing', 'amounts'],
      ],
      ['a bad price basis', { ...base, priceBasis: { kind: 'real' } as never }, 'invalid_plan', ['priceBasis']],
      ['a total in fractions of a cent', { ...base, total: money('1.001', 'EUR') }, 'inexact_minor_units', ['total']],
      ['no name', { ...base, name: '' }, 'invalid_plan', ['name']],
    ] as const)('%s', (_, input, code, path) => {
      expectIssue(() => definePlan(input), code, path);
    });
  });

  it('explains what is wrong in words', () => {
    expect(() => definePlan(withItems([{ id: 'a', amount: '800000000' }]))).toThrowErrorMatchingInlineSnapshot(
      `[BudgetWhatIfError: [budget-whatif] items: the items add up to €800,000,000.00 of a total of €1,100,000,000.00; mark one item { remainder: true } to take the rest]`,
    );
  });
});

describe('s-curve steepness', () => {
  it('must be a whole number, so that the weights are exact fractions', () => {
    expectIssue(() => definePlan({ ...base, phasing: { kind: 's-curve', steepness: '2.5' } }), 'invalid_phasing', [
      'phasing',
      'steepness',
    ]);
  });
});
