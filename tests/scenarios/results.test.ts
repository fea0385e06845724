// What a result() says beyond its series (issue 11): totals over the scenario's years, whether a target is
// met wherever it is due, comparisons where a metric exists on one side only, and where in a grid a bad
// value is. Figures worked by hand on a GDP of 1,000 a year.
import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import { compare, evaluate, parseScenario, sweep2, type Scenario } from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';

const small = once<Scenario>(() =>
  parseScenario({
    name: 'Small',
    currency: 'EUR',
    years: { from: 2025, to: 2027 },
    economy: { gdp: { base: { year: 2024, amount: '1000' }, nominalGrowth: { default: '0' } } },
    defence: { shareOfGdp: { default: '3%', '2027': '1%' } },
    targets: [
      'nato-wales-2pct',
      { id: 'later', name: '2% by 2028', atLeast: '0.02', from: 2025, by: 2028 },
      { id: 'early', name: '2% until 2026', atLeast: '0.02', from: 2025, until: 2026 },
    ],
  }),
);
const result = once(() => evaluate(small()));

describe('a result', () => {
  it('totals GDP and spending over its years, related spending only when it has some', () => {
    expect(result().totals.gdp.amount.toString()).toBe('3000');
    // 30 + 30 + 10.
    expect(result().totals.defence.amount.toString()).toBe('70');
    expect('related' in result().totals).toBe(false);
    expect('related' in result()).toBe(false);
    const related = evaluate(
      parseScenario({ ...small(), defence: { ...small().defence, related: { shareOfGdp: { default: '1%' } } } }),
    );
    expect(related.totals.related?.amount.toString()).toBe('30');
    expect(related.related?.total.amount.toString()).toBe('30');
  });

  it('says a target is met where due only when it is due somewhere and met in every due year', () => {
    const of = (id: string): unknown => {
      const target = result().targets.find((t) => t.id === id);
      return [target?.status, target?.metWhereDue];
    };
    // 1% in 2027 misses 2% (due every year); "later" is not due before 2028, beyond the scenario; "early"
    // ends in 2026, met in both its years.
    expect([of('nato-wales-2pct'), of('later'), of('early')]).toEqual([
      ['missed', false],
      ['not-yet-due', false],
      ['met', true],
    ]);
  });
});

describe('compare', () => {
  it('keeps a metric that only one side has, with its unit and a delta from zero', () => {
    const withPlan = parseScenario({
      ...small(),
      plans: [{ id: 'p', total: '30', years: { from: 2025, to: 2027 }, items: [{ id: 'all', remainder: true }] }],
    });
    const added = compare(small(), withPlan).rows.find((row) => row.metric === 'plans.p.total');
    expect(added).toMatchObject({ unit: 'EUR', delta: expect.anything() });
    expect([added?.base, added?.variant?.toString(), added?.delta.toString()]).toEqual([undefined, '30', '30']);
    const removed = compare(withPlan, small()).rows.find((row) => row.metric === 'plans.p.total');
    expect([removed?.base?.toString(), removed?.variant, removed?.delta.toString(), removed?.unit]).toEqual([
      '30',
      undefined,
      '-30',
      'EUR',
    ]);
    expect(compare(withPlan, evaluate(withPlan)).changed).toEqual([]);
  });
});

describe('sweep2', () => {
  it('names the row or column of a bad value', () => {
    const path = 'defence.shareOfGdp.default';
    const good = { path, values: ['1%'] };
    expectIssue(
      () => sweep2(small(), { rows: { path, values: ['1%', '200%'] }, columns: good, metric: 'defence.2025' }),
      'out_of_range',
      ['rows', 1, 'defence', 'shareOfGdp', 'default'],
    );
    expectIssue(
      () => sweep2(small(), { rows: good, columns: { path, values: ['-1%'] }, metric: 'defence.2025' }),
      'out_of_range',
      ['columns', 0, 'defence', 'shareOfGdp', 'default'],
    );
  });
});

describe('views in other currencies', () => {
  const at = (rate: string): Scenario =>
    parseScenario({
      name: 'Big',
      currency: 'EUR',
      years: { from: 2025, to: 2025 },
      economy: { gdp: { series: { 2025: '1e20' } } },
      fx: { 'EUR/USD': { default: rate } },
      defence: { shareOfGdp: { default: '5%' } },
    });

  it('refuse an amount converted beyond the largest amount, naming the rate', () => {
    const error = expectIssue(() => evaluate(at('1e5')), 'out_of_range', ['fx', 'EUR/USD']);
    expect(error.message).toContain(
      '100000000000000000000 EUR in 2025 at 100000 is beyond the largest amount budget-whatif handles (1e21 USD)',
    );
  });

  it('convert up to just below the largest amount (10^21, itself refused)', () => {
    // 1e20 × 9.99 = 9.99e20: allowed; × 10 = 1e21: refused.
    expect(evaluate(at('9.99')).views['USD']?.gdp[2025]?.amount.toFixed()).toBe('999000000000000000000');
    expectIssue(() => evaluate(at('10')), 'out_of_range', ['fx', 'EUR/USD']);
  });
});
