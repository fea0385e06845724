// listMetrics names every metric a result() has and nothing else (issue 11): worked out by hand from the
// documented vocabulary (docs/guide.md, "Metrics") for a scenario small enough to list in full.
import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import { evaluate, listMetrics, metric, parseScenario, type Scenario } from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';

const small: Scenario = {
  name: 'Listed',
  currency: 'EUR',
  years: { from: 2025, to: 2026 },
  economy: {
    gdp: { base: { year: 2024, amount: '1000' }, nominalGrowth: { default: '0' } },
    population: { default: '10' },
  },
  fx: { 'EUR/USD': { default: '1.1' } },
  defence: { shareOfGdp: { default: '0.05' } },
  // A plan one year beyond the scenario: no share of GDP or defence in 2027.
  plans: [{ id: 'p', total: '90', years: { from: 2025, to: 2027 }, items: [{ id: 'all', remainder: true }] }],
  targets: ['nato-wales-2pct', { id: 'cap', name: 'At most 10%', atMost: '0.1', from: 2026 }],
};
const result = once(() => evaluate(parseScenario(small)));

describe('listMetrics', () => {
  it('lists, in order: GDP, defence, the plan and its items, then each target’s rows', () => {
    const amounts = (prefix: string, spans: readonly string[]): string[] =>
      spans.flatMap((span) => [`${prefix}.${span}`, `${prefix}.${span}.usd`]);
    const targetRow = (id: string, year: number, bounds: readonly string[]): string[] =>
      [...['gap', 'gapPoints', 'met', 'spent', 'counted', 'beyondCap'], ...bounds].map(
        (field) => `targets.${id}.${field}.${String(year)}`,
      );
    expect(listMetrics(result())).toEqual([
      ...amounts('gdp', ['2025', '2026', 'total']),
      ...amounts('defence', ['2025', '2026', 'total']),
      'defence.share.2025',
      'defence.share.2026',
      'defence.perCapita.2025',
      'defence.perCapita.2026',
      ...amounts('plans.p', ['2025', '2026', '2027', 'total']),
      'plans.p.items.all.2025',
      'plans.p.items.all.2026',
      'plans.p.items.all.2027',
      'plans.p.items.all.total',
      'plans.p.shareOfDefence.2025',
      'plans.p.shareOfGdp.2025',
      'plans.p.shareOfDefence.2026',
      'plans.p.shareOfGdp.2026',
      ...targetRow('nato-wales-2pct', 2025, ['atLeast']),
      ...targetRow('nato-wales-2pct', 2026, ['atLeast']),
      ...targetRow('cap', 2026, ['atMost']),
    ]);
  });

  it('names only what reads, with values worked by hand', () => {
    for (const name of listMetrics(result())) expect(() => metric(result(), name), name).not.toThrow();
    // GDP 1,000 each year; defence 5% = 50; a plan of 90 over three years, 30 a year.
    expect(metric(result(), 'gdp.total').value.toString()).toBe('2000');
    expect(metric(result(), 'gdp.total.usd').value.toString()).toBe('2200');
    expect(metric(result(), 'defence.perCapita.2026').value.toString()).toBe('5');
    expect(metric(result(), 'plans.p.2027').value.toString()).toBe('30');
    expect(metric(result(), 'plans.p.items.all.total').value.toString()).toBe('90');
    expect(metric(result(), 'plans.p.shareOfDefence.2026').value.toString()).toBe('0.6');
    expect(metric(result(), 'plans.p.shareOfGdp.2025').value.toString()).toBe('0.03');
    expect(metric(result(), 'targets.cap.atMost.2026').value.toString()).toBe('100');
    expect(metric(result(), 'targets.nato-wales-2pct.atLeast.2025').value.toString()).toBe('20');
    expect(metric(result(), 'targets.nato-wales-2pct.met.2025')).toEqual({ value: expect.anything(), unit: 'flag' });
    expect(metric(result(), 'targets.nato-wales-2pct.gapPoints.2025').unit).toBe('points');
  });

  it('and refuses what is not there, saying why', () => {
    const why = (name: string): string =>
      expectIssue(() => metric(result(), name), 'invalid_metric', ['metric']).message;
    expect(why('defence.2030')).toContain('no value for 2030');
    expect(why('defence.2024-2026')).toContain('no value for 2024');
    expect(why('defence.share.2030')).toContain('no value for 2030');
    expect(why('defence.perCapita.2030')).toContain('no value for 2030');
    expect(why('plans.p.shareOfGdp.2027')).toContain('no GDP or plan spending in 2027');
    expect(why('plans.p.shareOfDefence.2027')).toContain('no defence spending or plan spending in 2027');
    expect(why('targets.cap.gap.2025')).toContain('target cap does not apply in 2025');
    expect(why('targets.cap.atLeast.2026')).toContain('target cap has no floor');
    expect(why('targets.nato-wales-2pct.atMost.2026')).toContain('target nato-wales-2pct has no ceiling');
  });

  it('reads a plan as zero in a year outside it, within the scenario’s', () => {
    const later = evaluate(
      parseScenario({
        ...small,
        plans: [{ id: 'p', total: '90', years: { from: 2026, to: 2026 }, items: [{ id: 'all', remainder: true }] }],
      }),
    );
    expect(metric(later, 'plans.p.2025').value.toString()).toBe('0');
    expect(metric(later, 'plans.p.items.all.2025').value.toString()).toBe('0');
    expect(metric(later, 'plans.p.2025-2026').value.toString()).toBe('90');
  });
});

describe('metrics of one of several plans, and of related spending per person', () => {
  // GDP 1,000 a year 2025–2026; plan p 100 over 2025–2026, plan q 60 over 2025 only, its item "late" in 2026 only.
  const two = once(() =>
    evaluate(
      parseScenario({
        name: 'Two plans',
        currency: 'EUR',
        years: { from: 2025, to: 2026 },
        economy: { gdp: { series: { '2025': '1000', '2026': '1000' } }, population: { default: '10' } },
        defence: { shareOfGdp: { default: '5%' }, related: { shareOfGdp: { default: '1%' } } },
        plans: [
          { id: 'p', total: '100', years: { from: 2025, to: 2026 }, items: [{ id: 'all', remainder: true }] },
          {
            id: 'q',
            total: '60',
            years: { from: 2025, to: 2026 },
            items: [
              { id: 'early', amount: '20', years: { from: 2025, to: 2025 } },
              { id: 'late', remainder: true, years: { from: 2026, to: 2026 } },
            ],
          },
        ],
      }),
    ),
  );

  it('reads the plan it names, not the first one', () => {
    expect(metric(two(), 'plans.p.total').value.toString()).toBe('100');
    expect(metric(two(), 'plans.q.total').value.toString()).toBe('60');
    expect(metric(two(), 'plans.q.items.late.total').value.toString()).toBe('40');
    expect(metric(two(), 'plans.q.items.early.total').value.toString()).toBe('20');
  });

  it('a year of the plan it names: q spends its early item’s 20 in 2025, p half its 100', () => {
    expect(metric(two(), 'plans.q.2025').value.toString()).toBe('20');
    expect(metric(two(), 'plans.p.2025').value.toString()).toBe('50');
  });

  it('an item over part of its plan’s years is zero in the others', () => {
    expect(metric(two(), 'plans.q.items.late.2025').value.toString()).toBe('0');
    expect(metric(two(), 'plans.q.items.late.2026').value.toString()).toBe('40');
  });

  it('related spending per person: 1% of 1,000 over 10 people is 1', () => {
    expect(metric(two(), 'related.perCapita.2025').value.toString()).toBe('1');
    expect(metric(two(), 'related.share.2026').value.toString()).toBe('0.01');
  });

  it('a plan’s share in a year outside the scenario is refused, naming the year', () => {
    const error = expectIssue(() => metric(two(), 'plans.p.shareOfGdp.2030'), 'invalid_metric', ['metric']);
    expect(error.issues[0]?.message).toBe('"plans.p.shareOfGdp.2030": no GDP or plan spending in 2030');
  });
});

describe('totals of a plan beyond the scenario’s years, and of spending with no year at all', () => {
  it('a plan’s total is the plan’s, over all its years, in the scenario’s currency and in a view', () => {
    // 2025–2026, a plan of 300 over 2025–2027 (100 a year), EUR/USD 1.25.
    const result = evaluate(
      parseScenario({
        name: 'Beyond',
        currency: 'EUR',
        years: { from: 2025, to: 2026 },
        economy: { gdp: { series: { '2025': '1000', '2026': '1000' } } },
        fx: { 'EUR/USD': { default: '1.25' } },
        defence: { shareOfGdp: { default: '5%' } },
        plans: [{ id: 'p', total: '300', years: { from: 2025, to: 2027 }, items: [{ id: 'a', remainder: true }] }],
      }),
    );
    expect(metric(result, 'plans.p.total').value.toString()).toBe('300');
    expect(metric(result, 'plans.p.items.a.total').value.toString()).toBe('300');
    expect(metric(result, 'plans.p.total.USD').value.toString()).toBe('375');
    expect(metric(result, 'plans.p.2025-2026').value.toString()).toBe('200');
  });

  it('a total of spending with no figure in any year says so, and suggests no years', () => {
    const result = evaluate(
      parseScenario({
        name: 'None',
        currency: 'EUR',
        years: { from: 2025, to: 2026 },
        economy: { gdp: { series: { '2025': '1000', '2026': '1000' } } },
        defence: {},
      }),
    );
    const error = expectIssue(() => metric(result, 'defence.total'), 'invalid_metric', ['metric']);
    expect(error.message).toBe(
      '[budget-whatif] metric: "defence.total": defence spending has no figure for 2025, 2026: a total over 2025–2026 would leave them out (partial); ask for the years it covers',
    );
  });
});
