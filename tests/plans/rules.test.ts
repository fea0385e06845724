// definePlan's rules, one row each (issue 11): the code, the path of the field at fault and a message that
// names the rule and the value; and a valid plan keeps exactly what it was given. Amounts are worked by hand.
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
  type PlanInput,
} from '../../src/index';
import { D } from '../../src/decimal/core';
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
      name: 'a Money total of an unknown currency',
      input: {
        id: 'p',
        years: base.years,
        items: base.items,
        total: { amount: decimal('1'), currency: 'XYZ' },
      },
      code: 'unknown_currency',
      path: ['total', 'currency'],
      message: 'unknown currency code "XYZ"',
    },
    {
      name: 'an item share that is not a number',
      input: { ...base, ...items({ id: 'a', share: 'half' }, { id: 'b', remainder: true }) },
      code: 'invalid_number',
      path: ['items', 0, 'share'],
      message: 'received "half"',
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
      input: { ...base, priceBasis: { kind: 'real' } as unknown as NonNullable<PlanInput['priceBasis']> },
      code: 'invalid_plan',
      path: ['priceBasis'],
      message: "a price basis is { kind: 'nominal' } or { kind: 'constant', year }, received",
    },
    {
      name: 'constant prices of no year',
      input: { ...base, priceBasis: { kind: 'constant' } as unknown as NonNullable<PlanInput['priceBasis']> },
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

describe('definePlan reads a Money total', () => {
  it('with or without the plan’s currency, when they agree', () => {
    const noCurrency: PlanInput = { id: base.id, total: money('100', 'EUR'), years: base.years, items: base.items };
    expect(definePlan(noCurrency).total).toEqual(money('100', 'EUR'));
    expect(definePlan({ ...base, total: money('100', 'EUR'), currency: 'EUR' }).total).toEqual(money('100', 'EUR'));
  });

  it('says which item made two remainders, with the value received', () => {
    const error = expectIssue(
      () => definePlan({ ...base, ...items({ id: 'a', remainder: true }, { id: 'b', remainder: true }) }),
      'invalid_plan',
      ['items', 1, 'remainder'],
    );
    expect(error.issues[0]?.received).toBe('true');
  });

  it('refuses a plan built by hand whose weights are all zero, when a what-if checks it again', () => {
    const plan = definePlan({ ...base, ...items({ id: 'a', amount: '40' }, { id: 'b', remainder: true }) });
    const zero = { ...plan, phasing: { kind: 'weights' as const, weights: [decimal('0'), decimal('0')] } };
    expect(expectIssue(() => cut(zero, 'a', money('10', 'EUR')), 'invalid_phasing', ['phasing']).message).toContain(
      'the weights are all zero',
    );
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

describe('phasing refuses', () => {
  const phased = (phasing: unknown): PlanInput => ({ ...base, phasing: phasing as NonNullable<PlanInput['phasing']> });
  const cases: readonly Case[] = [
    {
      name: 'weights that are not a list',
      input: phased({ kind: 'weights', weights: '1,2' }),
      code: 'invalid_phasing',
      path: ['phasing', 'weights'],
      message: 'expected a list of weights, one per year',
    },
    {
      name: 'a negative weight',
      input: phased({ kind: 'weights', weights: ['1', '-1'] }),
      code: 'invalid_phasing',
      path: ['phasing', 'weights', 1],
      message: 'weights must not be negative, received -1',
    },
    {
      name: 'a front-loaded ratio below 1',
      input: phased({ kind: 'front-loaded', ratio: '0.5' }),
      code: 'invalid_phasing',
      path: ['phasing', 'ratio'],
      message:
        'the front-loaded ratio (first year to last, or last to first) must be at least 1, received 0.5; use back-loaded',
    },
    {
      name: 'a back-loaded ratio below 1',
      input: phased({ kind: 'back-loaded', ratio: '0.5' }),
      code: 'invalid_phasing',
      path: ['phasing', 'ratio'],
      message: 'use front-loaded',
    },
    {
      name: 'an s-curve steepness of 0',
      input: phased({ kind: 's-curve', steepness: '0' }),
      code: 'invalid_phasing',
      path: ['phasing', 'steepness'],
      message: 'the s-curve steepness must be a whole number from 1 to 20, received 0',
    },
    {
      name: 'an s-curve steepness of 21',
      input: phased({ kind: 's-curve', steepness: '21' }),
      code: 'invalid_phasing',
      path: ['phasing', 'steepness'],
      message: 'received 21',
    },
    {
      name: 'an s-curve steepness of 2.5',
      input: phased({ kind: 's-curve', steepness: '2.5' }),
      code: 'invalid_phasing',
      path: ['phasing', 'steepness'],
      message: 'received 2.5',
    },
    {
      name: 'amounts that are a list',
      input: phased({ kind: 'amounts', amounts: ['50', '50'] }),
      code: 'invalid_phasing',
      path: ['phasing', 'amounts'],
      message: 'expected amounts by year: { 2025: "…", 2026: "…" }',
    },
    {
      name: 'amounts that are missing',
      input: phased({ kind: 'amounts' }),
      code: 'invalid_phasing',
      path: ['phasing', 'amounts'],
      message: 'expected amounts by year',
    },
    {
      name: 'a negative yearly amount',
      input: phased({ kind: 'amounts', amounts: { 2025: '150', 2026: '-50' } }),
      code: 'invalid_phasing',
      path: ['phasing', 'amounts', '2026'],
      message: 'amounts must not be negative, received -50',
    },
    {
      name: 'a yearly amount under a word',
      input: phased({ kind: 'amounts', amounts: { next: '100' } }),
      code: 'invalid_year',
      path: ['phasing', 'amounts', 'next'],
      message: 'received next',
    },
    {
      name: 'an unknown kind',
      input: phased({ kind: 'linear' }),
      code: 'invalid_phasing',
      path: ['phasing', 'kind'],
      message: 'unknown phasing kind "linear"; expected one of',
    },
  ];
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const error = expectIssue(() => definePlan(c.input), c.code, c.path);
    expect(error.message).toContain(c.message);
  });

  it('accepts the edges: a ratio of 1, steepness 1 and 20, a zero weight beside others, zero yearly amounts', () => {
    expect(definePlan(phased({ kind: 'front-loaded', ratio: '1' })).phasing).toEqual({
      kind: 'front-loaded',
      ratio: new D('1'),
    });
    expect(() => definePlan(phased({ kind: 's-curve', steepness: '1' }))).not.toThrow();
    expect(() => definePlan(phased({ kind: 's-curve', steepness: 20 }))).not.toThrow();
    expect(definePlan(phased({ kind: 's-curve' })).phasing).toEqual({ kind: 's-curve', steepness: new D(2) });
    expect(() => definePlan(phased({ kind: 'weights', weights: ['0', '1'] }))).not.toThrow();
    expect(() => definePlan(phased({ kind: 'amounts', amounts: { 2025: '0', 2026: '100' } }))).not.toThrow();
  });
});

describe('what-ifs on a plan refuse', () => {
  const plan = definePlan({
    id: 'border',
    total: '1000',
    currency: 'EUR',
    years: { from: 2025, to: 2028 },
    items: [
      { id: 'mines', amount: '600', years: { from: 2025, to: 2026 } },
      { id: 'rest', remainder: true },
    ],
  });
  const weighted = definePlan({ ...base, phasing: { kind: 'weights', weights: ['1', '1'] } });
  const itemWeighted = definePlan({
    ...base,
    years: { from: 2025, to: 2027 },
    items: [
      { id: 'w', remainder: true, years: { from: 2026, to: 2027 }, phasing: { kind: 'weights', weights: ['1', '2'] } },
    ],
  });
  const rows: readonly (readonly [string, () => unknown, string, readonly (string | number)[], string])[] = [
    [
      'cut: an unknown item',
      () => cut(plan, 'tanks', money('1', 'EUR')),
      'unknown_id',
      ['itemId'],
      'the plan "border" has no item "tanks"; its items are mines, rest',
    ],
    [
      'cut: another currency',
      () => cut(plan, 'mines', money('1', 'USD')),
      'currency_mismatch',
      ['amount'],
      'the plan is in EUR, the cut in USD',
    ],
    [
      'cut: a negative amount',
      () => cut(plan, 'mines', money('-1', 'EUR')),
      'out_of_range',
      ['amount'],
      'a cut must not be negative, received -1',
    ],
    [
      'cut: more than the item has',
      () => cut(plan, 'mines', money('600.01', 'EUR')),
      'out_of_range',
      ['amount'],
      'cannot cut 600.01 from mines, which has 600',
    ],
    [
      'cut: a fraction of a cent',
      () => cut(plan, 'mines', money('0.001', 'EUR')),
      'inexact_minor_units',
      [],
      '0.001 EUR is not a whole number of minor units',
    ],
    [
      'delay: part of a year',
      () => delay(plan, 1.5),
      'out_of_range',
      ['yearCount'],
      'a delay is a whole number of years, received 1.5',
    ],
    [
      'delay: beyond the last year there is',
      () => delay(plan, 200),
      'invalid_year',
      ['years', 'from'],
      'received 2225',
    ],
    [
      'stretch: to before the start',
      () => stretch(plan, 2024),
      'invalid_year',
      ['toYear'],
      'the plan starts in 2025; it cannot end in 2024',
    ],
    ['stretch: to a year that is not one', () => stretch(plan, 2030.5), 'invalid_year', ['toYear'], 'received 2030.5'],
    [
      'stretch: a plan of explicit weights',
      () => stretch(weighted, 2030),
      'invalid_phasing',
      ['phasing'],
      'a plan phased by explicit weights cannot be stretched: give it a profile (even, front-loaded, back-loaded, s-curve)',
    ],
    [
      'stretch: an item of explicit weights',
      () => stretch(itemWeighted, 2030),
      'invalid_phasing',
      ['items', 0, 'phasing'],
      'item w is phased by explicit weights and cannot be stretched',
    ],
    [
      'stretch: shortened before an item starts',
      () => stretch(itemWeighted, 2025),
      'invalid_year',
      ['items', 0, 'years'],
      'item w starts in 2026, after the new end 2025',
    ],
    [
      'rescale: another currency',
      () => rescale(plan, money('10', 'USD')),
      'currency_mismatch',
      ['total'],
      'the plan is in EUR, the new total in USD',
    ],
    [
      'rescale: a negative total',
      () => rescale(plan, money('-10', 'EUR')),
      'invalid_plan',
      ['total'],
      'a total must not be negative, received -10',
    ],
    [
      'rescale: an unknown way to keep',
      () => rescale(plan, money('10', 'EUR'), { keep: 'items' as 'shares' }),
      'out_of_range',
      ['options', 'keep'],
      'keep must be "shares" or "fixed-items", received "items"',
    ],
    [
      'rescale: fixed items above the new total',
      () => rescale(plan, money('500', 'EUR'), { keep: 'fixed-items' }),
      'invalid_plan',
      ['total'],
      'the fixed items need 600 EUR, more than the new total',
    ],
    [
      'rescale: fixed items without a remainder',
      () =>
        rescale(definePlan({ ...base, ...items({ id: 'a', amount: '100' }) }), money('50', 'EUR'), {
          keep: 'fixed-items',
        }),
      'invalid_plan',
      ['options', 'keep'],
      'keeping fixed items needs a remainder item to take the difference',
    ],
    [
      'rescale: shares of an all-zero plan',
      () => rescale(definePlan({ ...base, total: '0' }), money('50', 'EUR')),
      'invalid_plan',
      ['options', 'keep'],
      'a plan whose items are all zero has no shares to keep; use keep: "fixed-items"',
    ],
    [
      'overrun: −100%',
      () => overrun(plan, 'mines', '-1'),
      'out_of_range',
      ['rate'],
      'an overrun of -100% would leave nothing; it must be above −100%',
    ],
    ['overrun: an unknown item', () => overrun(plan, 'tanks', '0.1'), 'unknown_id', ['itemId'], 'has no item "tanks"'],
    [
      'indexPlan: a plan already nominal',
      () => indexPlan(plan, { 2025: new D(1) }),
      'invalid_plan',
      ['plan', 'priceBasis'],
      'the plan is already in nominal prices',
    ],
    [
      'deflatePlan: a plan already in constant prices',
      () =>
        deflatePlan(definePlan({ ...base, priceBasis: { kind: 'constant', year: 2025 } }), { 2025: new D(1) }, 2025),
      'invalid_plan',
      ['plan', 'priceBasis'],
      'the plan is already in constant prices of 2025',
    ],
    [
      'deflatePlan: a base year that is not one',
      () => deflatePlan(plan, { 2025: new D(1) }, 99),
      'invalid_year',
      ['baseYear'],
      'received 99',
    ],
  ];
  it.each(rows.map((row) => [row[0], row] as const))('%s', (_, [, run, code, path, message]) => {
    expect(expectIssue(run, code, path).message).toContain(message);
  });

  it('and gives the same plan back for changes of nothing', () => {
    expect(delay(plan, 0)).toBe(plan);
    expect(stretch(plan, 2028)).toBe(plan);
    expect(overrun(plan, 'mines', '0')).toBe(plan);
  });

  it('cuts an item’s whole amount, and stretches only the items that reach the end', () => {
    expect(cut(plan, 'mines', money('600', 'EUR')).items.map((item) => item.amount.amount.toString())).toEqual([
      '0',
      '400',
    ]);
    const longer = stretch(
      definePlan({
        ...base,
        years: { from: 2025, to: 2027 },
        items: [
          { id: 'early', amount: '40', years: { from: 2025, to: 2026 } },
          { id: 'late', remainder: true, years: { from: 2026, to: 2027 } },
        ],
      }),
      2029,
    );
    expect(longer.items.map((item) => item.years)).toEqual([
      { from: 2025, to: 2026 },
      { from: 2026, to: 2029 },
    ]);
    // Shortened: an item past the new end is cut back to it.
    const shorter = stretch(
      definePlan({
        ...base,
        years: { from: 2025, to: 2028 },
        items: [
          { id: 'a', amount: '40', years: { from: 2025, to: 2027 } },
          { id: 'b', remainder: true },
        ],
      }),
      2026,
    );
    expect(shorter.items[0]?.years).toEqual({ from: 2025, to: 2026 });
  });
});

describe('phasing spreads an amount by its weights', () => {
  const spread = (phasing: PlanInput['phasing'], total: string, to: number): string[] =>
    schedule(
      definePlan({ ...base, total, years: { from: 2025, to }, ...(phasing === undefined ? {} : { phasing }) }),
    ).rows.map((row) => row.total.amount.toString());

  it('weights with different numbers of decimals, and a zero weight beside others', () => {
    // 1.5 : 2 of 70 is 30 and 40; 0.5 : 1 : 1.5 of 60 is 10, 20, 30; 0 : 1 leaves the first year empty.
    expect(spread({ kind: 'weights', weights: ['1.5', '2'] }, '70', 2026)).toEqual(['30', '40']);
    expect(spread({ kind: 'weights', weights: ['0.5', '1', '1.5'] }, '60', 2027)).toEqual(['10', '20', '30']);
    expect(spread({ kind: 'weights', weights: ['0', '1'] }, '60', 2026)).toEqual(['0', '60']);
  });

  it('a straight line from the ratio down to 1, or up for back-loaded', () => {
    // Ratio 3 over three years: 3 : 2 : 1 of 60.
    expect(spread({ kind: 'front-loaded', ratio: '3' }, '60', 2027)).toEqual(['30', '20', '10']);
    expect(spread({ kind: 'back-loaded', ratio: '3' }, '60', 2027)).toEqual(['10', '20', '30']);
    expect(spread({ kind: 'front-loaded', ratio: '3' }, '60', 2025)).toEqual(['60']);
  });

  it('an s-curve of cumulative shares kᵖ / (kᵖ + (n − k)ᵖ)', () => {
    // n = 3, p = 2: 1/5, 4/5, 1 cumulative, so 1 : 3 : 1 of 100.
    expect(spread({ kind: 's-curve', steepness: '2' }, '100', 2027)).toEqual(['20', '60', '20']);
    // p = 1 is a straight line: 1/3 each.
    expect(spread({ kind: 's-curve', steepness: '1' }, '90', 2027)).toEqual(['30', '30', '30']);
  });

  it('refuses weights of the wrong count for the years', () => {
    const error = expectIssue(
      () => definePlan({ ...base, phasing: { kind: 'weights', weights: ['1', '2', '3'] } }),
      'invalid_phasing',
      ['phasing', 'weights'],
    );
    expect(error.message).toContain('expected 2 weights for 2025–2026, received 3');
    expect(
      expectIssue(() => definePlan({ ...base, phasing: { kind: 'weights', weights: [] } }), 'invalid_phasing', [
        'phasing',
        'weights',
      ]).message,
    ).toContain('expected a list of weights, one per year');
  });

  it('refuses a yearly amount under a key that is not a year', () => {
    for (const key of ['2025x', 'x2025'])
      expectIssue(
        () => definePlan({ ...base, phasing: { kind: 'amounts', amounts: { [key]: '100' } } }),
        'invalid_year',
        ['phasing', 'amounts', key],
      );
  });
});

describe('what-ifs on a plan change', () => {
  const mixedInput: PlanInput = {
    ...base,
    total: '1000',
    items: [
      { id: 'share', share: '25%' },
      { id: 'fixed', amount: '100', years: { from: 2026, to: 2026 } },
      { id: 'rest', remainder: true },
    ],
  };
  const mixed = definePlan(mixedInput);
  const amounts = (plan: ReturnType<typeof definePlan>): string[] =>
    plan.items.map((item) => item.amount.amount.toString());
  const rows = (plan: ReturnType<typeof definePlan>): string[] =>
    schedule(plan).rows.map((row) => row.total.amount.toString());

  it('rescale keeping shares: every item in proportion; to zero, every item zero', () => {
    expect(amounts(rescale(mixed, money('2000', 'EUR')))).toEqual(['500', '200', '1300']);
    expect(amounts(rescale(mixed, money('0', 'EUR')))).toEqual(['0', '0', '0']);
    // A plan with a zero item keeps it at zero.
    const withZero = definePlan({ ...base, ...items({ id: 'none', amount: '0' }, { id: 'all', remainder: true }) });
    expect(amounts(rescale(withZero, money('50', 'EUR')))).toEqual(['0', '50']);
  });

  it('rescale keeping fixed items: shares of the new total, amounts as they were, the remainder the rest', () => {
    expect(amounts(rescale(mixed, money('2000', 'EUR'), { keep: 'fixed-items' }))).toEqual(['500', '100', '1400']);
    // The fixed items take the whole new total: the remainder is left with nothing.
    expect(amounts(rescale(mixed, money('133.34', 'EUR'), { keep: 'fixed-items' }))).toEqual(['33.34', '100', '0']);
  });

  it('rescale and cut bring explicit yearly amounts to the new total', () => {
    const explicit = definePlan({ ...base, phasing: { kind: 'amounts', amounts: { 2025: '60', 2026: '40' } } });
    expect(rows(rescale(explicit, money('200', 'EUR')))).toEqual(['120', '80']);
    expect(rows(cut(explicit, 'all', money('50', 'EUR')))).toEqual(['30', '20']);
    const itemExplicit = definePlan({
      ...base,
      ...items(
        { id: 'a', amount: '60', phasing: { kind: 'amounts', amounts: { 2025: '60', 2026: '0' } } },
        { id: 'b', remainder: true },
      ),
    });
    expect(rows(rescale(itemExplicit, money('200', 'EUR')))).toEqual(['160', '40']);
    expect(rows(cut(itemExplicit, 'a', money('30', 'EUR')))).toEqual(['50', '20']);
    // All-zero yearly amounts stay zero.
    const zero = definePlan({
      ...base,
      ...items(
        { id: 'z', amount: '0', phasing: { kind: 'amounts', amounts: { 2025: '0', 2026: '0' } } },
        { id: 'b', remainder: true },
      ),
    });
    expect(rows(cut(zero, 'b', money('100', 'EUR')))).toEqual(['0', '0']);
  });

  it('cut turns a share into an amount, keeps the item’s years, and lowers the total', () => {
    const after = cut(mixed, 'share', money('50', 'EUR'));
    expect([after.total.amount.toString(), after.items[0]?.basis, after.items[0]?.amount.amount.toString()]).toEqual([
      '950',
      'amount',
      '200',
    ]);
    const fixed = cut(mixed, 'fixed', money('10', 'EUR'));
    expect([fixed.items[1]?.years, fixed.items[1]?.basis, fixed.items[2]?.basis]).toEqual([
      { from: 2026, to: 2026 },
      'amount',
      'remainder',
    ]);
    expect(cut(mixed, 'fixed', money('0', 'EUR'))).toBe(mixed);
  });

  it('indexPlan and deflatePlan price each year by the index, keeping each item’s years', () => {
    const constant = definePlan({ ...mixedInput, priceBasis: { kind: 'constant', year: 2025 } });
    const index = { 2025: decimal('1'), 2026: decimal('1.1') };
    const nominal = indexPlan(constant, index);
    // 2025 at 1, 2026 × 1.1: the fixed item (2026 only) is 110; share 250 and rest 650 are half in each year.
    expect(amounts(nominal)).toEqual(['262.5', '110', '682.5']);
    expect(nominal.items[1]?.years).toEqual({ from: 2026, to: 2026 });
    expect(nominal.priceBasis).toEqual({ kind: 'nominal' });
    const back = deflatePlan(nominal, index, 2025);
    expect(amounts(back)).toEqual(['250', '100', '650']);
    expect(back.priceBasis).toEqual({ kind: 'constant', year: 2025 });
  });
});

describe('edge cases of phasing and rescaling', () => {
  it('refuses a phasing that is null', () => {
    const error = expectIssue(
      () =>
        definePlan({
          ...base,
          ...items({ id: 'a', remainder: true, phasing: null as unknown as PlanInput['phasing'] & object }),
        }),
      'invalid_phasing',
      ['items', 0, 'phasing', 'kind'],
    );
    expect(error.message).toContain('unknown phasing kind undefined');
  });

  it('keeps fixed items with the remainder as the first item', () => {
    const first = definePlan({ ...base, ...items({ id: 'rest', remainder: true }, { id: 'fixed', amount: '30' }) });
    expect(
      rescale(first, money('50', 'EUR'), { keep: 'fixed-items' }).items.map((item) => item.amount.amount.toString()),
    ).toEqual(['20', '30']);
  });
});
