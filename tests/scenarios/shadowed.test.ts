// Issue 14, part 4: say what a what-if did not touch. The baseline (scenarios/lithuania-baseline.json)
// writes real growth for 2025 (2.4%) and 2026 (3%) beside its default, and the voted defence budgets of
// 2025 (€2.4bn) and 2026 (€4.79bn) beside its 5.5% share: a change to the default or the share does not
// reach those years, and the result says so.
import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import { D } from '../../src/decimal/core';
import { evaluate, getScenario, goalSeek, metric, parseScenario, withOverrides } from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';
import { smallScenario } from '../helpers/scenarios';

const baseline = once(() => getScenario('lithuania-baseline'));
const changed = (path: string, value: string | undefined, from = '--set'): ReturnType<typeof evaluate> =>
  evaluate(withOverrides(baseline(), [{ path, value }], { from }));

describe('a change some years do not read', () => {
  it('a default beside years of their own: the years, the paths and the values that stayed', () => {
    const result = changed('economy.gdp.realGrowth.default', '1%');
    expect(result.shadowed).toHaveLength(1);
    expect(result.shadowed[0]?.kept).toEqual([
      { year: 2025, path: 'economy.gdp.realGrowth.2025', value: '0.024' },
      { year: 2026, path: 'economy.gdp.realGrowth.2026', value: '0.03' },
    ]);
    const warning =
      'economy.gdp.realGrowth.default = 0.01 (--set) does not reach 2025, 2026: economy.gdp.realGrowth.2025 stays 0.024, economy.gdp.realGrowth.2026 stays 0.03';
    expect(result.shadowed[0]?.warning).toBe(warning);
    expect(result.warnings).toContain(warning);
  });

  it('a share of GDP beside voted amounts: the amounts win, and the warning says why', () => {
    const result = changed('defence.shareOfGdp.default', '6%');
    expect(result.shadowed[0]?.kept.map((year) => [year.path, year.value])).toEqual([
      ['defence.amounts.2025', '2400000000'],
      ['defence.amounts.2026', '4790000000'],
    ]);
    expect(result.shadowed[0]?.warning).toMatch(/\(an amount wins over a share\)$/);
    // The share of one year with a voted amount: that year only.
    const one = changed('defence.shareOfGdp.2026', '6%');
    expect(one.shadowed[0]?.kept).toEqual([{ year: 2026, path: 'defence.amounts.2026', value: '4790000000' }]);
    // 2026 spends what was voted, whatever the share.
    expect(metric(one, 'defence.2026').value.toString()).toBe('4790000000');
  });

  it('nothing to say when every year reads the change, or when the shadowing year was changed too', () => {
    expect(changed('defence.shareOfGdp.2028', '6%').shadowed).toEqual([]);
    expect(changed('economy.population.2030', '2800000').shadowed).toEqual([]);
    // The baseline gives every year its population, so a default is read by none of them.
    expect(changed('economy.population.default', '2800000').shadowed.map((shadow) => shadow.change.path)).toEqual([
      'economy.population.default',
    ]);
    const both = evaluate(
      withOverrides(baseline(), [
        { path: 'economy.gdp.realGrowth.default', value: '1%' },
        { path: 'economy.gdp.realGrowth.2025', value: '1%' },
      ]),
    );
    expect(both.shadowed[0]?.kept.map((year) => year.year)).toEqual([2026]);
    // A scenario as written has no changes, so nothing is shadowed.
    expect(evaluate(baseline()).shadowed).toEqual([]);
  });

  it('a removal reaches every year, and of two changes to one path only the last counts', () => {
    expect(changed('economy.gdp.realGrowth.2025', undefined).shadowed).toEqual([]);
    const twice = evaluate(
      withOverrides(withOverrides(baseline(), [{ path: 'defence.shareOfGdp.default', value: '6%' }]), [
        { path: 'defence.shareOfGdp.default', value: '5%' },
      ]),
    );
    expect(twice.shadowed.map((shadow) => shadow.change.after)).toEqual(['0.05']);
  });

  it('a rate’s default beside a year of its own, over the plans’ years too', () => {
    const small = parseScenario({
      ...smallScenario(),
      fx: { 'EUR/USD': { default: '1.1', '2031': '1.2' } },
      plans: [{ id: 'p', total: '100', years: { from: 2030, to: 2031 }, items: [{ id: 'a', remainder: true }] }],
    });
    const result = evaluate(withOverrides(small, [{ path: 'fx.EUR/USD.default', value: '1.05' }]));
    expect(result.shadowed[0]?.kept).toEqual([{ year: 2031, path: 'fx.EUR/USD.2031', value: '1.2' }]);
    expect(result.shadowed[0]?.change.from).toBe('withOverrides');
  });
});

describe('goal-seek says which years its variable did not reach, and can vary them too', () => {
  it('vary the default: 2026 keeps its voted €4.79bn, and the result says so', () => {
    const found = goalSeek(baseline(), {
      vary: 'defence.shareOfGdp.default',
      metric: 'defence.2026-2030',
      target: '25000000000',
    });
    expect([found.varied, found.removed]).toEqual([['defence.shareOfGdp.default'], []]);
    expect(found.shadowed.map((shadow) => shadow.kept.map((year) => year.path))).toEqual([
      ['defence.amounts.2025', 'defence.amounts.2026'],
    ]);
    expect(metric(evaluate(found.scenario), 'defence.2026').value.toString()).toBe('4790000000');
  });

  it('vary defence.shareOfGdp.*: the voted amounts give way, and one share sets every year', () => {
    const found = goalSeek(baseline(), {
      vary: 'defence.shareOfGdp.*',
      metric: 'defence.2026-2030',
      target: '25000000000',
    });
    expect(found.varied).toEqual(['defence.shareOfGdp.default']);
    expect(found.removed).toEqual(['defence.amounts.2025', 'defence.amounts.2026']);
    expect(found.shadowed).toEqual([]);
    expect(found.exact).toBe(true);
    // By hand: the share is €25bn over the GDP of 2026–2030 (rounding each year to the cent moves it by
    // less than a cent in €25bn).
    const result = evaluate(found.scenario);
    let gdp = new D(0);
    for (let year = 2026; year <= 2030; year++) gdp = gdp.plus(result.gdp[year]?.amount ?? 0);
    expect(found.value.minus(new D('25000000000').div(gdp)).abs().lt('1e-12')).toBe(true);
    expect(metric(result, 'defence.2026').value.toString()).toBe(
      result.gdp[2026]?.amount.times(found.value).toDecimalPlaces(2, D.ROUND_HALF_EVEN).toString(),
    );
    expect(found.scenario.changes?.map((change) => [change.path, change.after ?? 'removed'])).toEqual([
      ['defence.shareOfGdp.default', found.value.toString()],
      ['defence.amounts.2025', 'removed'],
      ['defence.amounts.2026', 'removed'],
    ]);
  });

  it('a yearly value’s years written beside its default are varied with it', () => {
    const found = goalSeek(baseline(), {
      vary: 'economy.gdp.realGrowth.*',
      metric: 'gdp.2026',
      target: '90000000000',
      bounds: ['0', '0.2'],
    });
    expect(found.varied).toEqual([
      'economy.gdp.realGrowth.default',
      'economy.gdp.realGrowth.2025',
      'economy.gdp.realGrowth.2026',
    ]);
    expect(found.scenario.economy.gdp.realGrowth).toEqual({
      default: found.value.toString(),
      '2025': found.value.toString(),
      '2026': found.value.toString(),
    });
  });

  it('refuses a wildcard on anything but a yearly value', () => {
    expectIssue(
      () =>
        goalSeek(baseline(), { vary: 'plans[border-countermobility].total.*', metric: 'defence.2030', target: '1' }),
      'unknown_path',
      ['vary'],
    );
  });
});
