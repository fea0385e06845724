// Issue 16, part 1: many scenarios side by side. Expected values by hand: GDP of 1,000 a year (a series),
// defence at 5%, 5.5% and 6% of it: 50, 55 and 60 a year, 150, 165 and 180 over 2026–2028; differences
// from the first, 5 and 10 a year, 0.5 and 1 percentage point.
import { describe, expect, it } from 'vitest';
import { compareMany, evaluate, parseScenario, withOverrides } from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';

const at = (share: string, patch: Record<string, unknown> = {}): ReturnType<typeof parseScenario> =>
  parseScenario({
    name: `At ${share}`,
    currency: 'EUR',
    years: { from: 2026, to: 2028 },
    economy: { gdp: { series: { '2026': '1000', '2027': '1000', '2028': '1000' } } },
    fx: { 'EUR/USD': { default: '1.25' } },
    defence: { shareOfGdp: { default: share } },
    ...patch,
  });

describe('compareMany', () => {
  it('lays each series out by year, a value per scenario and its difference from the first', () => {
    const many = compareMany([at('5%'), at('5.5%'), at('6%')], { series: ['defence', 'share'] });
    expect(many.scenarios.map((scenario) => scenario.label)).toEqual(['At 5%', 'At 5.5%', 'At 6%']);
    const [defence, share] = many.series;
    expect(defence?.unit).toBe('EUR');
    expect(defence?.rows.map((row) => row.year)).toEqual([2026, 2027, 2028, 'total']);
    expect(defence?.rows[0]?.values.map((value) => value?.toString())).toEqual(['50', '55', '60']);
    expect(defence?.rows[0]?.differences.map((value) => value?.toString())).toEqual([undefined, '5', '10']);
    expect(defence?.rows[3]?.values.map((value) => value?.toString())).toEqual(['150', '165', '180']);
    expect(defence?.rows[3]?.differences.map((value) => value?.toString())).toEqual([undefined, '15', '30']);
    // "share" is defence.share; no total row for a share.
    expect(share?.series).toBe('defence.share');
    expect(share?.unit).toBe('share');
    expect(share?.rows.map((row) => row.year)).toEqual([2026, 2027, 2028]);
    expect(share?.rows[1]?.differences.map((value) => value?.toString())).toEqual([undefined, '0.005', '0.01']);
  });

  it('reads a view’s currency after the series: dollars at 1.25 a euro', () => {
    const [usd] = compareMany([at('5%'), at('6%')], { series: ['defence.usd'] }).series;
    expect(usd?.unit).toBe('USD');
    expect(usd?.rows[0]?.values.map((value) => value?.toString())).toEqual(['62.5', '75']);
  });

  it('takes results as well as scenarios, labels of its own, and names the changes each carries', () => {
    const changed = withOverrides(at('5%'), [{ path: 'defence.shareOfGdp.default', value: '7%' }]);
    const many = compareMany([evaluate(at('5%')), changed], { series: ['defence'], labels: ['base', 'seven'] });
    expect(many.scenarios.map((scenario) => scenario.label)).toEqual(['base', 'seven']);
    expect(many.scenarios[1]?.changes.map((change) => change.path)).toEqual(['defence.shareOfGdp.default']);
    expect(many.series[0]?.rows[0]?.differences[1]?.toString()).toBe('20');
  });

  it('numbers two scenarios of one name; by default GDP, defence, share, plans and target gaps', () => {
    const many = compareMany([at('5%', { targets: ['nato-wales-2pct'] }), at('5%')]);
    expect(many.scenarios.map((scenario) => scenario.label)).toEqual(['At 5%', 'At 5% (2)']);
    expect(many.series.map((series) => series.series)).toEqual([
      'gdp',
      'defence',
      'defence.share',
      'targets.nato-wales-2pct.gap',
    ]);
    // The second has no such target: no value, no difference.
    const gap = many.series[3];
    expect(gap?.rows[0]?.values[1]).toBeUndefined();
    expect(gap?.rows[0]?.differences[1]).toBeUndefined();
  });

  it('refuses amounts in two currencies, saying which view to compare them in', () => {
    const pln = at('4%', { name: 'In złoty', currency: 'PLN', fx: { 'PLN/USD': { default: '0.25' } } });
    const error = expectIssue(() => compareMany([at('5%'), pln], { series: ['defence'] }), 'currency_mismatch', [
      'series',
      0,
    ]);
    expect(error.issues[0]?.message).toBe(
      'amounts of "defence" are in EUR and PLN: compare them in one currency, a view every scenario has (such as "defence.usd")',
    );
    // In dollars: 50 euros at 1.25 is 62.5 dollars; 40 złoty at 0.25 is 10.
    const [usd] = compareMany([at('5%'), pln], { series: ['defence.usd'] }).series;
    expect(usd?.rows[0]?.values.map((value) => value?.toString())).toEqual(['62.5', '10']);
    expect(usd?.rows[0]?.differences[1]?.toString()).toBe('-52.5');
  });

  it.each(['__proto__', 'constructor', '', 'defence.', '.2030', 'defence.2030', 'toString'])(
    'refuses the series %j as one none has, cleanly',
    (series) => {
      expectIssue(() => compareMany([at('5%'), at('6%')], { series: [series] }), 'invalid_metric', ['series', 0]);
    },
  );

  it('refuses labels that are not strings, one a scenario', () => {
    for (const labels of ['ab', [1, 2], ['a', 'b', 'c'], null])
      expectIssue(() => compareMany([at('5%'), at('6%')], { labels } as never), 'invalid_type', ['options', 'labels']);
  });

  it('refuses fewer than two scenarios, labels that do not fit, and a series none has', () => {
    expectIssue(() => compareMany([at('5%')]), 'empty_input', ['scenarios']);
    expectIssue(() => compareMany('x' as never), 'invalid_type', ['scenarios']);
    expectIssue(() => compareMany([at('5%'), at('6%')], { labels: ['one'] }), 'invalid_type', ['options', 'labels']);
    const error = expectIssue(() => compareMany([at('5%'), at('6%')], { series: ['defense'] }), 'invalid_metric', [
      'series',
      0,
    ]);
    expect(error.issues[0]?.message).toBe(
      'no scenario has the series "defense": a metric name without its year, such as "defence", "defence.share" or "defence.usd"',
    );
  });
});
