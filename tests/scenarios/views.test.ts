// The views read one series at a time (issue 18): a metric in a view's currency, read lazily as sweeps and
// goal seeks read it (one series, or its years alone), equals the same metric read from the whole
// evaluated result; GDP's view is shared by variants with the same GDP and rates, and is the same.
import { describe, expect, it } from 'vitest';
import { readAll } from '../../src/scenarios/sweep';
import { evaluate, getScenario, listMetrics, metric, withOverrides, type Scenario } from '../../src/scenarios/index';

const baseline = getScenario('lithuania-baseline');
/** Defence amounts written in dollars, a plan in dollars: series kept as written in the dollar view. */
const inDollars = withOverrides(baseline, [
  { path: 'defence.currency', value: 'USD' },
  { path: 'defence.amounts', value: { '2025': '2712000000', '2026': '5412700000' } },
  { path: 'plans[border-countermobility].currency', value: 'USD' },
  { path: 'plans[border-countermobility].total', value: '1243000000' },
  { path: 'plans[border-countermobility].items[anti-tank-mines].amount', value: '904000000' },
]);

function agree(scenario: Scenario, only: (name: string) => boolean = (name) => name.endsWith('.usd')): void {
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
    // 2026's defence in dollars is the amount as written, not converted there and back.
    expect(readAll(inDollars, ['defence.2026.usd'])['defence.2026.usd']?.value.toFixed()).toBe('5412700000');
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
    expect(readAll(gaps, ['related.2030'])['related.2030']?.value.toFixed()).toBe(
      metric(evaluate(gaps), 'related.2030').value.toFixed(),
    );
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
});
