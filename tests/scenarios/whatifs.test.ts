import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import {
  compare,
  evaluate,
  getScenario,
  goalSeek,
  listMetrics,
  metric,
  parseScenario,
  parseScenarioText,
  sweep,
  sweep2,
  tornado,
  withOverrides,
} from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';
import { smallScenario } from '../helpers/scenarios';

const baseline = once(() => getScenario('lithuania-baseline'));
const small = once(() => parseScenario(smallScenario()));

describe('withOverrides', () => {
  it('sets values by path, in canonical form, sharing what did not change', () => {
    const variant = withOverrides(baseline(), [
      { path: 'defence.shareOfGdp.default', value: '6%' },
      { path: 'plans[border-countermobility].items[anti-tank-mines].amount', value: 960000000 },
      { path: 'plans[border-countermobility].total', value: '1260000000' },
    ]);
    expect(variant.defence.shareOfGdp?.['default']).toBe('0.06');
    expect(variant.plans?.[0]?.items[0]?.amount).toBe('960000000');
    expect(variant.economy).toBe(baseline().economy);
    expect(baseline().defence.shareOfGdp?.['default']).toBe('0.055');
  });

  it('removes a key set to undefined', () => {
    const variant = withOverrides(baseline(), [{ path: 'defence.amounts.2026', value: undefined }]);
    expect(variant.defence.amounts?.['2026']).toBeUndefined();
    expect(evaluate(variant).defence.basis[2026]).toBe('share');
  });

  it('merges a deep partial, lists of objects by id', () => {
    const variant = withOverrides(baseline(), {
      fx: { 'EUR/USD': { default: '1.05' } },
      plans: [{ id: 'border-countermobility', years: { from: 2027, to: 2036 } }],
    });
    expect(variant.fx?.['EUR/USD']?.['default']).toBe('1.05');
    expect(variant.plans?.[0]?.years).toEqual({ from: 2027, to: 2036 });
    expect(variant.plans?.[0]?.items).toHaveLength(2);
  });

  it('applies a function', () => {
    const variant = withOverrides(baseline(), (scenario) => ({ ...scenario, name: 'Renamed' }));
    expect(variant.name).toBe('Renamed');
  });

  it('an empty patch returns the scenario itself', () => {
    expect(withOverrides(baseline(), [])).toBe(baseline());
  });

  it('rejects paths that name nothing, with the nearest key', () => {
    expect(() => withOverrides(baseline(), [{ path: 'defence.shareOfGDP.default', value: '6%' }])).toThrow(
      'did you mean "defence.shareOfGdp"?',
    );
    expectIssue(
      () => withOverrides(baseline(), [{ path: 'economy.gdp.realGrowth.20300', value: '0.02' }]),
      'unknown_path',
      ['path'],
    );
    expectIssue(() => withOverrides(baseline(), [{ path: 'plans[mines].total', value: '1' }]), 'unknown_id', ['path']);
    expectIssue(() => withOverrides(baseline(), [{ path: 'name.first', value: 'x' }]), 'unknown_path', ['path']);
    expectIssue(() => withOverrides(baseline(), [{ path: 'defence..shareOfGdp', value: 'x' }]), 'unknown_path', [
      'path',
    ]);
    expectIssue(() => withOverrides(baseline(), [{ path: '', value: 'x' }]), 'unknown_path', ['path']);
    expectIssue(
      () => withOverrides(baseline(), { defence: { shareOfGpd: { default: '0.06' } } } as never),
      'unknown_key',
      ['defence', 'shareOfGpd'],
    );
  });

  it('rejects values that do not fit, with the path', () => {
    expectIssue(() => withOverrides(baseline(), [{ path: 'defence.shareOfGdp.2030', value: '120%' }]), 'out_of_range', [
      'defence',
      'shareOfGdp',
      '2030',
    ]);
    expectIssue(
      () =>
        withOverrides(baseline(), [
          { path: 'plans[border-countermobility].items[anti-tank-mines].amount', value: '2000000000' },
        ]),
      'invalid_plan',
      ['plans', 0, 'items'],
    );
  });
});

describe('metrics', () => {
  const result = once(() => evaluate(small()));

  it('read years, ranges, totals and views', () => {
    expect(metric(result(), 'defence.2026')).toEqual({ value: result().defence.byYear[2026]?.amount, unit: 'EUR' });
    expect(metric(result(), 'defence.2026-2027').value.toString()).toBe('12705000000');
    expect(metric(result(), 'defence.total').value.toString()).toBe('16705000000');
    expect(metric(result(), 'defence.total.usd')).toEqual({
      value: result().views['USD']?.defence.total.amount,
      unit: 'USD',
    });
    expect(metric(result(), 'gdp.2027').value.toString()).toBe('133100000000');
    expect(metric(result(), 'defence.share.2026').value.toString()).toBe('0.05');
    expect(metric(result(), 'plans.plan.total.usd').value.toString()).toBe('375');
    expect(metric(result(), 'plans.plan.items.a.total').value.toString()).toBe('100');
    expect(metric(result(), 'plans.plan.shareOfGdp.2025').value.toString()).toBe(
      result().gdp[2025]?.amount.pow(-1).times(100).toString(),
    );
    expect(metric(result(), 'targets.lithuania-2026-2030.met.2026')).toEqual({
      value: metric(result(), 'targets.lithuania-2026-2030.met.2027').value,
      unit: 'flag',
    });
  });

  it('read target ids with dots', () => {
    const baselineResult = evaluate(baseline());
    expect(metric(baselineResult, 'targets.nato-hague-core-3.5pct.gapPoints.2035').unit).toBe('points');
  });

  it('reject names that name nothing, with the nearest word', () => {
    expectIssue(() => metric(result(), 'defence.totl'), 'invalid_metric', ['metric']);
    expect(() => metric(result(), 'defence.totl')).toThrow('did you mean "total"?');
    expect(() => metric(result(), 'plans.plam.total')).toThrow('did you mean "plan"?');
    expectIssue(() => metric(result(), 'defence.2040'), 'invalid_metric', ['metric']);
    expectIssue(() => metric(result(), 'defence.total.gbp'), 'invalid_metric', ['metric']);
    expectIssue(() => metric(result(), 'related.total'), 'invalid_metric', ['metric']);
    expectIssue(() => metric(result(), 'targets.nato-wales-2pct.gap.2040'), 'invalid_metric', ['metric']);
    expectIssue(() => metric(result(), 'budget.total'), 'invalid_metric', ['metric']);
  });

  it('lists every metric a result() has, each readable', () => {
    const names = listMetrics(result());
    expect(names.length).toBeGreaterThan(50);
    for (const name of names) expect(() => metric(result(), name)).not.toThrow();
  });
});

describe('compare', () => {
  it('gives exact deltas, zero for an unchanged scenario', () => {
    const same = compare(small(), withOverrides(small(), []));
    expect(same.changed).toEqual([]);
    const more = compare(small(), withOverrides(small(), [{ path: 'defence.shareOfGdp.default', value: '6%' }]));
    // 1% more of 121bn and 133.1bn: 1.21bn + 1.331bn.
    expect(more.rows.find((row) => row.metric === 'defence.total')?.delta.toString()).toBe('2541000000');
    expect(more.rows.find((row) => row.metric === 'gdp.total')?.delta.toString()).toBe('0');
    // Only what moved is listed as changed: defence and its shares, never GDP.
    expect(more.changed.length).toBeGreaterThan(0);
    expect(more.changed.some((row) => row.metric === 'defence.total')).toBe(true);
    expect(more.changed.every((row) => !row.delta.isZero() && !row.metric.startsWith('gdp'))).toBe(true);
  });

  it('marks metrics only one side has', () => {
    const longer = compare(small(), withOverrides(small(), [{ path: 'years.to', value: 2028 }]));
    const row = longer.rows.find((candidate) => candidate.metric === 'defence.2028');
    expect([row?.base, row?.variant?.toString()]).toEqual([
      undefined,
      longer.rows.find((r) => r.metric === 'defence.2028')?.delta.toString(),
    ]);
  });
});

describe('sweep, sweep2, goal seek and tornado', () => {
  it('sweep reads metrics at each value', () => {
    const table = sweep(small(), {
      path: 'defence.shareOfGdp.default',
      values: ['4%', '5%', '6%'],
      metrics: ['defence.2027'],
    });
    expect(table.rows.map((row) => row.metrics['defence.2027']?.value.toString())).toEqual([
      '5324000000',
      '6655000000',
      '7986000000',
    ]);
    expect([table.path, table.metrics]).toEqual(['defence.shareOfGdp.default', ['defence.2027']]);
  });

  it('sweep2 fills a grid', () => {
    const grid = sweep2(small(), {
      rows: { path: 'economy.gdp.nominalGrowth.default', values: ['0', '0.1'] },
      columns: { path: 'defence.shareOfGdp.default', values: ['5%', '6%'] },
      metric: 'defence.2026',
    });
    expect(grid.cells.map((row) => row.map((cell) => cell.value.toString()))).toEqual([
      ['5000000000', '6000000000'],
      ['6050000000', '7260000000'],
    ]);
  });

  it('sweeps report the value that failed', () => {
    expectIssue(
      () => sweep(small(), { path: 'defence.shareOfGdp.default', values: ['5%', '500%'], metrics: ['defence.2027'] }),
      'out_of_range',
      ['values', 1, 'defence', 'shareOfGdp', 'default'],
    );
    expectIssue(
      () => sweep(small(), { path: 'defence.shareOfGdp.default', values: [], metrics: ['defence.2027'] }),
      'empty_input',
      ['values'],
    );
  });

  it('goal seek on a linear metric returns the exact value, hitting the target to the cent', () => {
    const found = goalSeek(small(), {
      vary: 'defence.shareOfGdp.default',
      metric: 'defence.2026-2027',
      target: '15000000000',
    });
    expect(found.exact).toBe(true);
    expect(metric(evaluate(found.scenario), 'defence.2026-2027').value.toString()).toBe('15000000000');
    // 15bn / (121bn + 133.1bn) = 0.059032…
    expect(found.value.toDecimalPlaces(6).toString()).toBe('0.059032');
  });

  it('goal seek finds a non-linear input too', () => {
    const found = goalSeek(small(), {
      vary: 'economy.gdp.nominalGrowth.default',
      metric: 'defence.2027',
      target: '7000000000',
      bounds: ['0', '0.5'],
    });
    expect(found.achieved.value.minus('7000000000').abs().lte('0.005')).toBe(true);
  });

  it('goal seek says when no value in the bounds reaches the target', () => {
    expectIssue(
      () => goalSeek(small(), { vary: 'defence.shareOfGdp.default', metric: 'defence.2027', target: '1e15' }),
      'no_solution',
      ['target'],
    );
    expectIssue(
      () => goalSeek(small(), { vary: 'economy.gdp.nominalGrowth.default', metric: 'defence.2027', target: '1' }),
      'out_of_range',
      ['bounds'],
    );
    expectIssue(
      () =>
        goalSeek(small(), {
          vary: 'defence.shareOfGdp.default',
          metric: 'defence.2027',
          target: '1',
          bounds: ['1', '0'],
        }),
      'out_of_range',
      ['bounds'],
    );
  });

  it('goal seek says when the metric jumps over the target, with the nearest values on both sides', () => {
    // Two years of equal GDP: defence = 2 × round(share × GDP), always an even number of cents, so
    // €8,000,000,000.01 cannot be reached; the nearest are €8,000,000,000.00 and €8,000,000,000.02.
    const even = parseScenario({
      name: 'Even cents',
      currency: 'EUR',
      years: { from: 2025, to: 2026 },
      economy: { gdp: { series: { '2025': '100000000000', '2026': '100000000000' } } },
      defence: { shareOfGdp: { default: '4%' } },
    });
    const found = goalSeek(even, {
      vary: 'defence.shareOfGdp.default',
      metric: 'defence.total',
      target: '8000000000.01',
    });
    expect(found.exact).toBe(false);
    expect(found.withinTolerance).toBe(false);
    expect(found.nearest?.below.achieved.value.toFixed(2)).toBe('8000000000.00');
    expect(found.nearest?.above.achieved.value.toFixed(2)).toBe('8000000000.02');
    expect(found.nearest?.below.value.lt(found.nearest.above.value)).toBe(true);
    // The inputs on each side round to their amounts: 4% + 0.005 cents ÷ €100bn = 0.04 + 5e-14.
    expect(found.nearest?.below.value.toDecimalPlaces(14).toString()).toBe('0.04000000000005');
    expect(found.iterations).toBeLessThan(200);
    // A reachable target is exact and has no nearest values.
    const reached = goalSeek(even, {
      vary: 'defence.shareOfGdp.default',
      metric: 'defence.total',
      target: '8000000000.02',
    });
    expect(reached.withinTolerance).toBe(true);
    expect(reached.nearest).toBeUndefined();
  });

  it('tornado sorts the inputs by swing', () => {
    const chart = tornado(small(), {
      metric: 'defence.2027.usd',
      inputs: [
        { path: 'fx.EUR/USD.default', low: '1.2', high: '1.3' },
        { path: 'defence.shareOfGdp.default', low: '4%', high: '6%' },
      ],
    });
    expect(chart.rows.map((row) => row.path)).toEqual(['defence.shareOfGdp.default', 'fx.EUR/USD.default']);
    // 2% of 133.1bn × 1.25 = 3.3275bn; 0.1 × 6.655bn = 0.6655bn.
    expect(chart.rows.map((row) => row.swing.toString())).toEqual(['3327500000', '665500000']);
    expectIssue(() => tornado(small(), { metric: 'defence.2027', inputs: [] }), 'empty_input', ['inputs']);
  });
});

describe('parseScenarioText', () => {
  it('reads JSON and YAML alike', () => {
    const json = JSON.stringify(small());
    expect(parseScenarioText(json)).toEqual(small());
    const yaml = `name: Small\ncurrency: EUR\nyears: { from: 2025, to: 2027 }\neconomy:\n  gdp:\n    base: { year: 2024, amount: "100000000000" }\n    nominalGrowth: { default: "10%" }\ndefence:\n  shareOfGdp: { default: "5%" }\n`;
    expect(parseScenarioText(yaml).economy.gdp.nominalGrowth?.['default']).toBe('0.1');
  });

  it('gives the line of each problem', () => {
    const yaml =
      'name: x\ncurrency: EURO\nyears: { from: 2025, to: 2027 }\neconomy:\n  gdp:\n    base: { year: 2024, amount: 1 }\n    nominalGrowht: { default: "1%" }\ndefence: {}\n';
    try {
      parseScenarioText(yaml);
      expect.unreachable();
    } catch (error) {
      const issues = (error as { issues: { path: unknown[]; line?: number }[] }).issues;
      expect(issues.map((issue) => [issue.path.join('.'), issue.line])).toEqual([['economy.gdp.nominalGrowht', 7]]);
    }
    expectIssue(() => parseScenarioText('{ "name": 1,, }'), 'invalid_syntax');
    expectIssue(() => parseScenarioText('name: [1\n'), 'invalid_syntax');
  });
});

describe('plan metrics over years the plan does not cover', () => {
  it('count the years outside the plan as zero', () => {
    const late = withOverrides(small(), [
      { path: 'plans[plan].years.from', value: 2026 },
      { path: 'plans[plan].years.to', value: 2028 },
      { path: 'years.to', value: 2028 },
    ]);
    const result = evaluate(late);
    expect(metric(result, 'plans.plan.2025').value.toString()).toBe('0');
    expect(metric(result, 'plans.plan.2025-2026').value.toString()).toBe('100');
  });
});
