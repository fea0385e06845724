// What a simulation in the page varies (page/src/simulation.ts), worked by hand from the scenario's values.
import { describe, expect, it } from 'vitest';
import { variedInputs } from '../../page/src/simulation';
import { getScenario, scenarioFor, withOverrides } from '../../src/scenarios/index';
import { ci90, normal, simulate, uniform } from '../../src/uncertainty/index';

const baseline = getScenario('lithuania-baseline');

describe('what the page’s simulation varies', () => {
  it('centres each input on the variant’s own value', () => {
    expect(variedInputs(baseline)).toEqual([
      // 5.5% ± 0.5 points.
      {
        path: 'defence.shareOfGdp.default',
        spec: uniform('0.05', '0.06'),
        words: 'default share of GDP uniform from 5% to 6%',
      },
      {
        path: 'economy.gdp.realGrowth.default',
        spec: normal('0.03', '0.01'),
        words: 'real growth normal, mean 3%, sd 1 point',
      },
      {
        path: 'economy.gdp.deflator.default',
        spec: normal('0.025', '0.01'),
        words: 'deflator normal, mean 2.5%, sd 1 point',
      },
      // 1.13 × 0.92 = 1.0396; 1.13 × 1.07 = 1.2091.
      {
        path: 'fx.EUR/USD.default',
        spec: ci90('1.0396', '1.2091'),
        words: 'EUR/USD lognormal, 90% from 1.0396 to 1.2091',
      },
    ]);
  });

  it('an ally’s dollar rate, a fraction: Poland’s 1.13/4.2397 = 0.266528…, 90% from 0.92× to 1.07× it', () => {
    const poland = scenarioFor('PL', { share: '3.5%' });
    // 0.266528 × 0.92 = 0.245206…; × 1.07 = 0.285185…; to five significant digits.
    expect(variedInputs(poland).find((input) => input.path === 'fx.PLN/USD.default')).toEqual({
      path: 'fx.PLN/USD.default',
      spec: ci90('0.24521', '0.28519'),
      words: 'PLN/USD lognormal, 90% from 0.24521 to 0.28519',
    });
    // What the page would not read as a rate is not varied.
    for (const odd of ['1/0', 'x', '1.13/', '1e3']) {
      const written = { ...poland, fx: { 'PLN/USD': { default: odd } } };
      expect(variedInputs(written).some((input) => input.path.startsWith('fx.'))).toBe(false);
    }
  });

  it('keeps the share of GDP at or above zero, and varies only what the scenario has', () => {
    const low = withOverrides(baseline, [
      { path: 'defence.shareOfGdp', value: { default: '0.003' } },
      { path: 'fx.EUR/USD', value: { default: '1/0.885' } },
    ]);
    const [share, ...rest] = variedInputs(low);
    expect(share).toEqual({
      path: 'defence.shareOfGdp.default',
      spec: uniform('0', '0.008'),
      words: 'default share of GDP uniform from 0% to 0.8%',
    });
    // A rate written as a fraction is varied as the number it is: 1/0.885 = 1.129943…, × 0.92 = 1.039548…
    // and × 1.07 = 1.209039…, to five significant digits.
    expect(rest.map((input) => input.path)).toEqual([
      'economy.gdp.realGrowth.default',
      'economy.gdp.deflator.default',
      'fx.EUR/USD.default',
    ]);
    expect(rest[2]).toEqual({
      path: 'fx.EUR/USD.default',
      spec: ci90('1.0395', '1.209'),
      words: 'EUR/USD lognormal, 90% from 1.0395 to 1.209',
    });
    const bare = withOverrides(baseline, [
      { path: 'defence.shareOfGdp', value: { '2027': '0.05' } },
      { path: 'fx', value: undefined },
    ]);
    expect(variedInputs(bare).map((input) => input.path)).toEqual([
      'economy.gdp.realGrowth.default',
      'economy.gdp.deflator.default',
    ]);
    // No share at all, GDP as a series (no rates), a rate for each year but no default: nothing to vary.
    const years = Array.from({ length: 11 }, (_, i) => String(2025 + i));
    const nothing = withOverrides(baseline, [
      { path: 'defence.shareOfGdp', value: undefined },
      { path: 'economy.gdp', value: { series: Object.fromEntries(years.map((year) => [year, '80000000000'])) } },
      { path: 'fx.EUR/USD', value: Object.fromEntries(years.map((year) => [year, '1.13'])) },
    ]);
    expect(variedInputs(nothing)).toEqual([]);
  });
});

describe('a page simulation of an ally', () => {
  it('runs with the dollar rate drawn, which widens the dollars’ spread beyond the złoty’s', () => {
    const poland = scenarioFor('PL', { share: '3.5%' });
    const inputs = Object.fromEntries(variedInputs(poland).map((input) => [input.path, input.spec]));
    const result = simulate(poland, {
      trials: 2000,
      seed: 7,
      inputs,
      metrics: ['defence.2030', 'defence.2030.usd'],
      percentiles: [5, 95],
    });
    const spread = (index: number): number => {
      const p = result.metrics[index]?.summary.percentiles ?? {};
      return Number(p['p95']) / Number(p['p5']);
    };
    // The same draws of share, growth and deflator move both; the dollars also move with the rate, drawn
    // independently: in logarithms the spreads add in quadrature, ln(1.07 / 0.92) being the rate's own.
    const expected = Math.exp(Math.hypot(Math.log(spread(0)), Math.log(1.07 / 0.92)));
    expect(spread(1)).toBeGreaterThan(spread(0));
    expect(Math.abs(spread(1) / expected - 1)).toBeLessThan(0.02);
  });
});
