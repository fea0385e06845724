// One input convention (docs/guide.md, "One input convention"): amounts as decimal strings with a currency
// where needed, shares and rates as fractions or percentages everywhere, plans from the same shape in code
// and in files. Each expected value is worked by hand.
import { describe, expect, it } from 'vitest';
import {
  definePlan,
  fraction,
  gdpPath,
  growthPath,
  money,
  overrun,
  pathTo,
  spendingAtShare,
  getTarget,
} from '../src/index';
import { evaluate, getScenario } from '../src/scenarios/index';
import { simulate, uniform } from '../src/uncertainty/index';
import { expectIssue } from './helpers/errors';

const years = { from: 2025, to: 2034 };
const items = [
  { id: 'anti-tank-mines', amount: '800000000' },
  { id: 'other-measures', remainder: true },
] as const;

describe('fraction: the one reader of shares and rates', () => {
  it.each([
    ['5.5%', '0.055'],
    ['0.055', '0.055'],
    [' 5.5 % ', '0.055'],
    ['-1.5%', '-0.015'],
    ['100%', '1'],
    ['0%', '0'],
  ])('%s is %s', (input, expected) => {
    expect(fraction(input).toString()).toBe(expected);
  });

  it.each(['%', '5.5 percent', '5,5%', 'five%'])('refuses %s', (input) => {
    expectIssue(() => fraction(input), 'invalid_number');
  });

  it('holds a percentage to the limits as the fraction it gives', () => {
    expectIssue(() => fraction('1e-39%'), 'out_of_range'); // 1e-41 is below 1e-40
    expect(fraction('1e-38%').toString()).toBe(`0.${'0'.repeat(39)}1`); // 10^-40, the smallest
  });
});

describe('shares and rates take percentages wherever they are read', () => {
  const gdp = gdpPath({
    base: { year: 2024, amount: money('100000000000', 'EUR') },
    nominalGrowth: { default: '10%' },
    to: 2026,
  });

  it('GDP grows by a percentage as by a fraction: €100bn × 1.1 = €110bn', () => {
    expect(gdp[2025]?.amount.toString()).toBe('110000000000');
    expect(
      growthPath({ year: 2024, value: money('100', 'EUR') }, { default: '10%' }, 2025)[2025]?.amount.toString(),
    ).toBe('110');
  });

  it("spendingAtShare(gdp, '5.5%') is 5.5% of €110bn = €6.05bn, the same as '0.055'", () => {
    expect(spendingAtShare(gdp, '5.5%')[2025]?.amount.toString()).toBe('6050000000');
    expect(spendingAtShare(gdp, { default: '5%', 2026: '6%' })[2026]?.amount.toString()).toBe('7260000000'); // 121bn × 6%
    expectIssue(() => spendingAtShare(gdp, '150%'), 'out_of_range', ['share']);
  });

  it('an item share, an overrun and a path start take percentages', () => {
    const plan = definePlan({
      id: 'p',
      total: '1000',
      currency: 'EUR',
      years,
      items: [
        { id: 'a', share: '25%' },
        { id: 'b', remainder: true },
      ],
    });
    expect(plan.items[0]?.amount.amount.toString()).toBe('250');
    expect(overrun(plan, 'a', '20%').total.amount.toString()).toBe('1050'); // 250 × 1.2 = 300: +50
    const path = pathTo(getTarget('nato-hague-core-3.5pct'), { year: 2025, share: '2.5%' });
    expect(path[2030]?.toString()).toBe('0.03'); // halfway from 2.5% to 3.5%
  });
});

describe('definePlan: the same shape in code as in a scenario file', () => {
  it('takes the total as an amount with its currency, and the name defaults to the id', () => {
    const plan = definePlan({
      id: 'border-countermobility',
      total: '1100000000',
      currency: 'EUR',
      years,
      items: [...items],
    });
    expect([plan.name, plan.total.amount.toString(), plan.total.currency]).toEqual([
      'border-countermobility',
      '1100000000',
      'EUR',
    ]);
    expect(plan.items[1]?.amount.amount.toString()).toBe('300000000');
  });

  it('still takes Money (deprecated), whose currency must agree with `currency` when both are given', () => {
    const plan = definePlan({ id: 'p', name: 'P', total: money('1100000000', 'EUR'), years, items: [...items] });
    expect(plan.total.currency).toBe('EUR');
    expectIssue(
      () => definePlan({ id: 'p', total: money('1100000000', 'EUR'), currency: 'USD', years, items: [...items] }),
      'currency_mismatch',
      ['currency'],
    );
  });

  it('an amount without a currency says how to give one, instead of "unknown currency code undefined"', () => {
    const error = expectIssue(() => definePlan({ id: 'p', total: '1000', years, items: [...items] }), 'missing_field', [
      'currency',
    ]);
    expect(error.issues[0]?.message).toBe(
      `a plan whose total is an amount needs its currency: { total: "1000", currency: 'EUR' }`,
    );
    expectIssue(
      () => definePlan({ id: 'p', total: '1000', currency: 'EURO', years, items: [...items] }),
      'unknown_currency',
      ['currency'],
    );
    expectIssue(
      () => definePlan({ id: 'p', name: ' ', total: '1000', currency: 'EUR', years, items: [...items] }),
      'invalid_plan',
      ['name'],
    );
  });
});

describe('one name per idea (docs/glossary.md), old names kept readable', () => {
  it('per-year maps are byYear; amounts still reads the same object and is not written to JSON', () => {
    /* eslint-disable @typescript-eslint/no-deprecated -- the old names are what this test is about */
    const result = evaluate(getScenario('lithuania-baseline'));
    expect(result.defence.amounts).toBe(result.defence.byYear);
    expect(result.views['USD']?.defence.amounts).toBe(result.views['USD']?.defence.byYear);
    const json = JSON.parse(JSON.stringify(result)) as { defence: Record<string, unknown> };
    expect(Object.keys(json.defence).sort()).toEqual([
      'basis',
      'byYear',
      'missingYears',
      'perCapita',
      'shareOfGdp',
      'total',
    ]);
  });

  it('a count of trials is metCount; met still reads it; met is a yes/no elsewhere', () => {
    /* eslint-disable @typescript-eslint/no-deprecated -- the old names are what this test is about */
    const odds = simulate(getScenario('lithuania-baseline'), {
      trials: 100,
      inputs: { 'defence.shareOfGdp.default': uniform('5%', '6%') },
    }).targets[0]?.rows[0];
    expect(typeof odds?.metCount).toBe('number');
    expect(odds?.met).toBe(odds?.metCount);
    expect(Object.keys(JSON.parse(JSON.stringify(odds)) as object)).toEqual(['year', 'due', 'metCount', 'probability']);
  });
});
