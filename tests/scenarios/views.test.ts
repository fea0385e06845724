// The views read one series at a time (issue 18): a metric in a view's currency, read lazily as sweeps and
// goal seeks read it (one series, or its years alone), equals the same metric read from the whole
// evaluated result; GDP's view is shared by variants with the same GDP and rates, and is the same.
import { describe, expect, it } from 'vitest';
import { readAll } from '../../src/scenarios/sweep';
import { evaluate, getScenario, listMetrics, metric, withOverrides, type Scenario } from '../../src/scenarios/index';

const baseline = getScenario('lithuania-baseline');
/**
 * Defence amounts written in dollars, a plan in dollars: series kept as written in the dollar view. The
 * amounts do not survive a trip to euros and back (5,412,700,001 ÷ 1.13 = 4,790,000,000.88 €, × 1.13 =
 * 5,412,700,000.99 $), so a view that converted them there and back would show it. A second view (złoty)
 * and a second plan, so that each view and each plan is told from the others.
 */
const inDollars = withOverrides(baseline, [
  { path: 'defence.currency', value: 'USD' },
  { path: 'defence.amounts', value: { '2025': '2712000001', '2026': '5412700001' } },
  { path: 'plans[border-countermobility].currency', value: 'USD' },
  { path: 'plans[border-countermobility].total', value: '1243000001' },
  { path: 'plans[border-countermobility].items[anti-tank-mines].amount', value: '904000001' },
  { path: 'fx.EUR/PLN', value: { default: '4.25' } },
  {
    path: 'plans',
    value: [
      ...(withOverrides(baseline, [
        { path: 'plans[border-countermobility].currency', value: 'USD' },
        { path: 'plans[border-countermobility].total', value: '1243000001' },
        { path: 'plans[border-countermobility].items[anti-tank-mines].amount', value: '904000001' },
      ]).plans ?? []),
      {
        id: 'air-defence',
        total: '300000000',
        years: { from: 2026, to: 2030 },
        items: [{ id: 'launchers', remainder: true }],
      },
    ],
  },
]);

function agree(scenario: Scenario, only: (name: string) => boolean = (name) => /\.(usd|pln)$/.test(name)): void {
  const result = evaluate(scenario);
  const names = listMetrics(result).filter(only);
  expect(names.length).toBeGreaterThan(20);
  // Each name alone, on a fresh evaluation: the lazy path (one series, or its years).
  for (const name of names)
    expect(readAll(scenario, [name])[name]?.value.toFixed(), name).toBe(metric(result, name).value.toFixed());
  // All at once on one evaluation: the years read first, then the whole series.
  const together = readAll(scenario, names);
  for (const name of names) expect(together[name]?.value.toFixed(), name).toBe(metric(result, name).value.toFixed());
}

describe('a view read one series at a time', () => {
  it('gives every dollar metric of the baseline as the whole result does', () => {
    agree(baseline);
  });

  it('and of a scenario with defence amounts and a plan written in dollars, kept as written', () => {
    agree(inDollars);
    // 2026's defence in dollars is the amount as written, not converted there and back; in złoty, converted
    // from its euros: 4,790,000,000.88 × 4.25 = 20,357,500,003.74.
    expect(readAll(inDollars, ['defence.2026.usd'])['defence.2026.usd']?.value.toFixed()).toBe('5412700001');
    expect(readAll(inDollars, ['defence.2026.pln'])['defence.2026.pln']?.value.toFixed()).toBe('20357500003.74');
    // The plan written in dollars, as written in the dollar view and converted in the złoty one.
    const plans = readAll(inDollars, [
      'plans.border-countermobility.2030.usd',
      'plans.air-defence.2030.usd',
      'plans.border-countermobility.2030.pln',
    ]);
    expect(plans['plans.border-countermobility.2030.usd']?.value.toFixed()).toBe('124300000.1');
    expect(plans['plans.air-defence.2030.usd']?.value.toFixed()).toBe('67800000');
    // In złoty: its euros (the dollars converted year by year) × 4.25, rounded half-even to the grosz.
    const euros = metric(evaluate(inDollars), 'plans.border-countermobility.2030').value;
    expect(plans['plans.border-countermobility.2030.pln']?.value.toFixed()).toBe(
      euros.times('4.25').toDecimalPlaces(2, 6).toFixed(),
    );
    // Each view lists its own rates.
    expect(evaluate(inDollars).views['PLN']?.rates[2030]?.toFixed()).toBe('4.25');
    expect(evaluate(inDollars).views['USD']?.rates[2030]?.toFixed()).toBe('1.13');
    // A view without related spending has no related series at all.
    expect('related' in (evaluate(baseline).views['USD'] ?? {})).toBe(false);
  });

  it('gives every spending metric of a year or a range, worked out for those years alone, as the whole result does', () => {
    const spending = (name: string): boolean => /^(defence|related)\.\d{4}(-\d{4})?(\.usd)?$/.test(name);
    agree(baseline, spending);
    agree(inDollars, spending);
    // With related spending, and a year without any defence figure (no share for 2035, no amount).
    const gaps = withOverrides(baseline, [
      { path: 'defence.related', value: { shareOfGdp: { default: '0.01' } } },
      {
        path: 'defence.shareOfGdp',
        value: Object.fromEntries(Array.from({ length: 10 }, (_, k) => [String(2025 + k), '0.055'])),
      },
    ]);
    agree(gaps, spending);
    // A range over the year without a figure is refused, as from the whole result.
    const refusal = (read: () => unknown): string => {
      try {
        read();
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    const lazily = refusal(() => readAll(gaps, ['defence.2034-2035']));
    expect(lazily).toContain('no value for 2035');
    expect(lazily).toBe(refusal(() => metric(evaluate(gaps), 'defence.2034-2035')));
    // In a view too.
    const inView = refusal(() => readAll(gaps, ['defence.2034-2035.usd']));
    expect(inView).toContain('no value for 2035');
    expect(inView).toBe(refusal(() => metric(evaluate(gaps), 'defence.2034-2035.usd')));
    // The related section worked out first, then a defence year: each its own.
    const both = readAll(gaps, ['related.total', 'defence.2030', 'related.2030']);
    expect(both['defence.2030']?.value.toFixed()).toBe(metric(evaluate(gaps), 'defence.2030').value.toFixed());
    expect(both['related.2030']?.value.toFixed()).toBe(metric(evaluate(gaps), 'related.2030').value.toFixed());
    expect(readAll(gaps, ['related.2030'])['related.2030']?.value.toFixed()).toBe(
      metric(evaluate(gaps), 'related.2030').value.toFixed(),
    );
  });

  it('converts the same whichever way round the rate is written, a fraction (1/1.13 euros a dollar) or a decimal', () => {
    const fraction = withOverrides(baseline, [{ path: 'fx', value: { 'USD/EUR': { default: '1/1.13' } } }]);
    const decimal = evaluate(baseline);
    for (const name of listMetrics(decimal).filter((candidate) => candidate.endsWith('.usd')))
      expect(readAll(fraction, [name])[name]?.value.toFixed(), name).toBe(metric(decimal, name).value.toFixed());
  });

  it('shares GDP’s view between variants that change neither GDP nor the rates, and only those', () => {
    const a = evaluate(withOverrides(baseline, [{ path: 'defence.shareOfGdp.default', value: '0.05' }]));
    const b = evaluate(withOverrides(baseline, [{ path: 'defence.shareOfGdp.default', value: '0.06' }]));
    expect(b.views['USD']?.gdp).toBe(a.views['USD']?.gdp);
    const otherRate = evaluate(withOverrides(baseline, [{ path: 'fx.EUR/USD.default', value: '1.2' }]));
    expect(otherRate.views['USD']?.gdp).not.toBe(a.views['USD']?.gdp);
    // 2030 GDP (108,556,440,993.61 at 6% of it, the CLI's) × 1.2, to the cent.
    expect(otherRate.views['USD']?.gdp[2030]?.amount.toFixed()).toBe('130267729192.33');
    expect(Object.isFrozen(a.views['USD']?.gdp)).toBe(true);
  });

  it('shares a plan’s view between variants that keep the plan, the rates and the rounding, and only those', () => {
    const plan = (scenario: Scenario) => evaluate(scenario).views['USD']?.plans['border-countermobility'];
    const a = plan(withOverrides(baseline, [{ path: 'defence.shareOfGdp.default', value: '0.05' }]));
    expect(plan(withOverrides(baseline, [{ path: 'defence.shareOfGdp.default', value: '0.06' }]))).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    // The plan's 2026 €110,000,000 (1,100,000,000 over ten years) at each rate, to the cent, by hand.
    const otherRate = plan(withOverrides(baseline, [{ path: 'fx.EUR/USD.default', value: '1.2345678' }]));
    expect(otherRate?.byYear[2026]?.amount.toFixed()).toBe('135802458');
    expect(a?.byYear[2026]?.amount.toFixed()).toBe('124300000');
    // 110,000,000 × 1.2345678954545454545 = 135,802,468.499999999995: to the nearest cent up, truncated down.
    const rate = { path: 'fx.EUR/USD.default', value: '1.2345678954545454545' } as const;
    const up = plan(withOverrides(baseline, [rate, { path: 'rounding.mode', value: 'half-up' }]));
    const down = plan(withOverrides(baseline, [rate, { path: 'rounding.mode', value: 'down' }]));
    expect([up?.byYear[2026]?.amount.toFixed(), down?.byYear[2026]?.amount.toFixed()]).toEqual([
      '135802468.5',
      '135802468.49',
    ]);
    const planIn = withOverrides(baseline, [{ path: 'plans[border-countermobility].total', value: '1000000000' }]);
    expect(plan(planIn)?.byYear[2026]?.amount.toFixed()).toBe('113000000'); // 100,000,000 × 1.13
  });
});
