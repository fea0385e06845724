// What a simulation in the page varies (page/src/simulation.ts), worked by hand from the scenario's values.
import { describe, expect, it } from 'vitest';
import { variedInputs } from '../../page/src/simulation';
import { getScenario, withOverrides } from '../../src/scenarios/index';
import { ci90, normal, uniform } from '../../src/uncertainty/index';

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
    // A rate written as a fraction is not varied.
    expect(rest.map((input) => input.path)).toEqual(['economy.gdp.realGrowth.default', 'economy.gdp.deflator.default']);
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
