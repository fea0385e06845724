// definePlan's rules, one row each (issue 11): the code, the path of the field at fault and a message that
// names the rule and the value; and a valid plan keeps exactly what it was given. Amounts are worked by hand.
import { describe, expect, it } from 'vitest';
import { definePlan, money, type PlanInput } from '../../src/index';
import { expectIssue } from '../helpers/errors';

const base: PlanInput = {
  id: 'p',
  total: '100',
  currency: 'EUR',
  years: { from: 2025, to: 2026 },
  items: [{ id: 'all', remainder: true }],
};

interface Case {
  readonly name: string;
  readonly input: PlanInput;
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

const items = (...list: PlanInput['items']): Pick<PlanInput, 'items'> => ({ items: list });

describe('definePlan refuses', () => {
  const cases: readonly Case[] = [
    {
      name: 'an id with a space',
      input: { ...base, id: 'a b' },
      code: 'invalid_plan',
      path: ['id'],
      message: 'an id is letters, digits, "-" and "_", starting with a letter or digit, received "a b"',
    },
    {
      name: 'an id that is not text',
      input: { ...base, id: 3 as unknown as string },
      code: 'invalid_plan',
      path: ['id'],
      message: 'received 3',
    },
    {
      name: 'a blank name',
      input: { ...base, name: ' ' },
      code: 'invalid_plan',
      path: ['name'],
      message: 'a plan\'s name is text, or left out for the id, received " "',
    },
    {
      name: 'a name that is not text',
      input: { ...base, name: 5 as unknown as string },
      code: 'invalid_plan',
      path: ['name'],
      message: 'received 5',
    },
    {
      name: 'an amount total without a currency',
      input: { id: 'p', total: '100', years: base.years, items: base.items },
      code: 'missing_field',
      path: ['currency'],
      message: 'a plan whose total is an amount needs its currency: { total: "100", currency: \'EUR\' }',
    },
    {
      name: 'a Money total in another currency than the plan’s',
      input: { ...base, total: money('100', 'USD'), currency: 'EUR' },
      code: 'currency_mismatch',
      path: ['currency'],
      message: "the total is in USD, the plan's currency is EUR",
    },
    {
      name: 'an unknown currency',
      input: { ...base, currency: 'XYZ' },
      code: 'unknown_currency',
      path: ['currency'],
      message: 'unknown currency code "XYZ"',
    },
    {
      name: 'a negative total',
      input: { ...base, total: '-1' },
      code: 'invalid_plan',
      path: ['total'],
      message: 'the total must not be negative, received -1',
    },
    {
      name: 'a total below the cent',
      input: { ...base, total: '1.005' },
      code: 'inexact_minor_units',
      path: ['total'],
      message: '1.005 EUR is not a whole number of minor units (2 decimals)',
    },
    {
      name: 'no items',
      input: { ...base, items: [] },
      code: 'invalid_plan',
      path: ['items'],
      message: 'a plan needs at least one item',
    },
    {
      name: 'items that are not a list',
      input: { ...base, items: {} as unknown as PlanInput['items'] },
      code: 'invalid_plan',
      path: ['items'],
      message: 'a plan needs at least one item',
    },
    {
      name: 'two items with one id',
      input: { ...base, ...items({ id: 'a', amount: '1' }, { id: 'a', remainder: true }) },
      code: 'invalid_plan',
      path: ['items', 1, 'id'],
      message: 'two items have the id "a"',
    },
    {
      name: 'an item with neither amount, share nor remainder',
      input: { ...base, ...items({ id: 'a' }) },
      code: 'invalid_plan',
      path: ['items', 0],
      message: 'an item needs exactly one of amount, share or remainder: true, received none',
    },
    {
      name: 'an item with an amount and a share',
      input: { ...base, ...items({ id: 'a', amount: '1', share: '0.5' }) },
      code: 'invalid_plan',
      path: ['items', 0],
      message: 'received several',
    },
    {
      name: 'two remainders',
      input: { ...base, ...items({ id: 'a', remainder: true }, { id: 'b', remainder: true }) },
      code: 'invalid_plan',
      path: ['items', 1, 'remainder'],
      message: 'only one item can be the remainder; items[0] already is',
    },
    {
      name: 'a share above 1',
      input: { ...base, ...items({ id: 'a', share: '1.5' }) },
      code: 'invalid_plan',
      path: ['items', 0, 'share'],
      message: 'a share must be from 0 to 1, received 1.5',
    },
    {
      name: 'a negative share',
      input: { ...base, ...items({ id: 'a', share: '-0.1' }) },
      code: 'invalid_plan',
      path: ['items', 0, 'share'],
      message: 'received -0.1',
    },
    {
      name: 'a negative amount',
      input: { ...base, ...items({ id: 'a', amount: '-1' }, { id: 'b', remainder: true }) },
      code: 'invalid_plan',
      path: ['items', 0, 'amount'],
      message: 'an amount must not be negative, received "-1"',
    },
    {
      name: 'amounts above the total, with a remainder',
      input: { ...base, ...items({ id: 'a', amount: '60' }, { id: 'b', amount: '50' }, { id: 'c', remainder: true }) },
      code: 'invalid_plan',
      path: ['items'],
      message: 'the items add up to €110.00, more than the total of €100.00',
    },
    {
      name: 'amounts short of the total, without a remainder',
      input: { ...base, ...items({ id: 'a', amount: '60' }) },
      code: 'invalid_plan',
      path: ['items'],
      message: 'the items add up to €60.00 of a total of €100.00; mark one item { remainder: true } to take the rest',
    },
    {
      name: 'amounts above the total, without a remainder',
      input: { ...base, ...items({ id: 'a', amount: '101' }) },
      code: 'invalid_plan',
      path: ['items'],
      message: 'more than the total of €100.00',
    },
    {
      name: 'shares that do not cover what is left',
      input: { ...base, ...items({ id: 'a', amount: '40' }, { id: 'b', share: '0.5' }) },
      code: 'invalid_plan',
      path: ['items'],
      message: 'the items add up to €90.00 of a total of €100.00',
    },
    {
      name: 'an item’s years outside the plan’s',
      input: { ...base, ...items({ id: 'a', remainder: true, years: { from: 2024, to: 2025 } }) },
      code: 'invalid_plan',
      path: ['items', 0, 'years'],
      message: "the item's years 2024–2025 are outside the plan's 2025–2026",
    },
    {
      name: 'an item’s years past the plan’s end',
      input: { ...base, ...items({ id: 'a', remainder: true, years: { from: 2026, to: 2027 } }) },
      code: 'invalid_plan',
      path: ['items', 0, 'years'],
      message: 'are outside the plan',
    },
    {
      name: 'plan weights over an item of other years',
      input: {
        ...base,
        years: { from: 2025, to: 2027 },
        phasing: { kind: 'weights', weights: ['1', '2', '3'] },
        ...items({ id: 'a', remainder: true, years: { from: 2025, to: 2026 } }),
      },
      code: 'invalid_phasing',
      path: ['items', 0, 'phasing'],
      message: "the plan's weights are for 3 years, but the item spans 2: give it its own phasing",
    },
    {
      name: 'explicit plan amounts and an item phasing',
      input: {
        ...base,
        phasing: { kind: 'amounts', amounts: { 2025: '50', 2026: '50' } },
        ...items({ id: 'a', remainder: true, phasing: { kind: 'even' } }),
      },
      code: 'invalid_plan',
      path: ['items', 0, 'phasing'],
      message:
        'the plan gives explicit yearly amounts, which fix every year’s total: its items cannot have phasing or years of their own',
    },
    {
      name: 'explicit plan amounts and item years',
      input: {
        ...base,
        phasing: { kind: 'amounts', amounts: { 2025: '50', 2026: '50' } },
        ...items({ id: 'a', remainder: true, years: { from: 2025, to: 2025 } }),
      },
      code: 'invalid_plan',
      path: ['items', 0, 'years'],
      message: 'cannot have phasing or years of their own',
    },
    {
      name: 'explicit amounts outside the years',
      input: { ...base, phasing: { kind: 'amounts', amounts: { 2025: '50', 2027: '50' } } },
      code: 'invalid_phasing',
      path: ['phasing', 'amounts', '2027'],
      message: '2027 is outside the years 2025–2026',
    },
    {
      name: 'explicit amounts that miss the total',
      input: { ...base, phasing: { kind: 'amounts', amounts: { 2025: '50', 2026: '40' } } },
      code: 'invalid_phasing',
      path: ['phasing', 'amounts'],
      message: 'the yearly amounts add up to €90.00, not €100.00',
    },
    {
      name: 'explicit amounts below the cent',
      input: { ...base, phasing: { kind: 'amounts', amounts: { 2025: '50.001', 2026: '49.999' } } },
      code: 'inexact_minor_units',
      path: ['phasing', 'amounts', '2025'],
      message: 'not a whole number of minor units',
    },
    {
      name: 'an item’s explicit amounts that miss its amount',
      input: {
        ...base,
        ...items(
          { id: 'a', amount: '60', phasing: { kind: 'amounts', amounts: { 2025: '30' } } },
          { id: 'b', remainder: true },
        ),
      },
      code: 'invalid_phasing',
      path: ['items', 0, 'phasing', 'amounts'],
      message: 'the yearly amounts add up to €30.00, not €60.00',
    },
    {
      name: 'weights that are all zero',
      input: { ...base, phasing: { kind: 'weights', weights: ['0', '0'] } },
      code: 'invalid_phasing',
      path: ['phasing', 'weights'],
      message: 'at least one weight must be above zero',
    },
    {
      name: 'an item’s weights that are all zero',
      input: { ...base, ...items({ id: 'a', remainder: true, phasing: { kind: 'weights', weights: ['0', '0'] } }) },
      code: 'invalid_phasing',
      path: ['items', 0, 'phasing', 'weights'],
      message: 'at least one weight must be above zero',
    },
    {
      name: 'a price basis of another kind',
      input: { ...base, priceBasis: { kind: 'real' } as unknown as PlanInput['priceBasis'] },
      code: 'invalid_plan',
      path: ['priceBasis'],
      message: "a price basis is { kind: 'nominal' } or { kind: 'constant', year }, received",
    },
    {
      name: 'constant prices of no year',
      input: { ...base, priceBasis: { kind: 'constant' } as unknown as PlanInput['priceBasis'] },
      code: 'invalid_year',
      path: ['priceBasis', 'year'],
      message: 'received undefined',
    },
  ];
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const error = expectIssue(() => definePlan(c.input), c.code, c.path);
    expect(error.message).toContain(c.message);
  });
});

describe('definePlan resolves', () => {
  it('a total of zero, split into nothing', () => {
    expect(definePlan({ ...base, total: '0' }).items[0]?.amount).toEqual(money('0', 'EUR'));
  });

  it('shares and the remainder: the remainder takes what the rounded shares leave', () => {
    // 100.01 × 1/3 = 33.336666… → 33.34 (half-even to the cent); the rest, 66.67, to the remainder.
    const plan = definePlan({
      ...base,
      total: '100.01',
      ...items({ id: 's', share: '0.3333333333' }, { id: 'r', remainder: true }),
    });
    expect(plan.items.map((item) => item.amount.amount.toString())).toEqual(['33.34', '66.67']);
  });

  it('shares with amounts and no remainder, to the cent, summing to the total', () => {
    // €40 fixed; the €60 left split 1:1 by two half shares.
    const plan = definePlan({
      ...base,
      ...items({ id: 'a', amount: '40' }, { id: 'b', share: '0.3' }, { id: 'c', share: '0.3' }),
    });
    expect(plan.items.map((item) => item.amount.amount.toString())).toEqual(['40', '30', '30']);
  });

  it('a remainder left with nothing when the amounts take the whole total', () => {
    const plan = definePlan({ ...base, ...items({ id: 'a', amount: '100' }, { id: 'r', remainder: true }) });
    expect(plan.items[1]?.amount).toEqual(money('0', 'EUR'));
  });

  it('a plan with only what it was given, the name defaulting to the id', () => {
    const plan = definePlan(base);
    expect(plan).toStrictEqual({
      id: 'p',
      name: 'p',
      total: money('100', 'EUR'),
      years: { from: 2025, to: 2026 },
      items: [{ id: 'all', name: 'all', amount: money('100', 'EUR'), basis: 'remainder' }],
      phasing: { kind: 'even' },
      priceBasis: { kind: 'nominal' },
      sources: [],
      assumptions: [],
    });
  });

  it('items with names, shares, phasing and years of their own, kept as given', () => {
    const plan = definePlan({
      ...base,
      name: 'Plan',
      years: { from: 2025, to: 2027 },
      priceBasis: { kind: 'constant', year: 2025 },
      ...items(
        {
          id: 'a',
          name: 'Item A',
          share: '25%',
          phasing: { kind: 'front-loaded', ratio: '2' },
          years: { from: 2025, to: 2026 },
        },
        { id: 'b', name: '  ', remainder: true },
      ),
    });
    expect(plan.name).toBe('Plan');
    expect(plan.priceBasis).toEqual({ kind: 'constant', year: 2025 });
    const [a, b] = plan.items;
    expect([a?.name, a?.basis, a?.share?.toString(), a?.amount.amount.toString(), a?.years, a?.phasing?.kind]).toEqual([
      'Item A',
      'share',
      '0.25',
      '25',
      { from: 2025, to: 2026 },
      'front-loaded',
    ]);
    // A blank item name falls back to the id; an item without years or phasing has neither key.
    expect(b).toStrictEqual({ id: 'b', name: 'b', amount: money('75', 'EUR'), basis: 'remainder' });
  });
});
