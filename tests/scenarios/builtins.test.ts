// The built-in scenarios say what they assume, and hold the dataset's figures (issue 11). Expected figures
// from the cited sources (../shared/data/facts.md): the voted budgets of 2025 (€2.4bn base) and 2026
// (€4.79bn), the population of 1 January 2025 (2,890,219), the border plan (€1.1bn, of which €800m mines).
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS, getScenario } from '../../src/scenarios/index';

describe('the built-in scenarios', () => {
  it.each([
    ['lithuania-baseline', '0.055', '5.5%', 'The State Defence Council decided on 5–6% a year'],
    ['lithuania-5pct', '0.05', '5%', 'A variant at the edge of the State Defence Council’s 5–6% band'],
    ['lithuania-6pct', '0.06', '6%', 'A variant at the edge of the State Defence Council’s 5–6% band'],
  ] as const)('%s holds its share of GDP from 2027 and says so', (name, share, percent, reason) => {
    const scenario = getScenario(name);
    expect(scenario.defence.shareOfGdp?.['default']).toBe(share);
    const assumption = scenario.assumptions?.find((a) => a.about === 'defence.shareOfGdp.default');
    expect(assumption?.statement).toBe(`Defence spending is ${percent} of GDP from 2027 to 2035.`);
    expect(assumption?.reason.startsWith(reason)).toBe(true);
  });

  it('share the dataset’s figures: voted budgets, population, the border plan, the rate', () => {
    for (const name of BUILTIN_SCENARIOS) {
      const scenario = getScenario(name);
      expect(scenario.defence.amounts).toEqual({ '2025': '2400000000', '2026': '4790000000' });
      expect(scenario.economy.population).toEqual({ default: '2890219' });
      expect(scenario.fx).toEqual({ 'EUR/USD': { default: '1.13' } });
      expect(scenario.years).toEqual({ from: 2025, to: 2035 });
      const plan = scenario.plans?.[0];
      expect([
        plan?.total,
        plan?.items.map((item) => [item.id, item.amount ?? (item.remainder === true ? 'rest' : item.share)]),
      ]).toEqual([
        '1100000000',
        [
          ['anti-tank-mines', '800000000'],
          ['other-measures', 'rest'],
        ],
      ]);
      expect(scenario.targets).toEqual([
        'nato-wales-2pct',
        'nato-hague-core-3.5pct',
        'nato-hague-related-1.5pct',
        'nato-hague-total-5pct',
        'lithuania-2026-2030',
      ]);
      // Every source cited once, with a URL.
      const sources = scenario.sources ?? [];
      expect(sources.length).toBeGreaterThan(5);
      expect(new Set(sources.map((s) => JSON.stringify(s))).size).toBe(sources.length);
    }
  });

  it('are built once and handed back as the same frozen object', () => {
    expect(getScenario('lithuania-5pct')).toBe(getScenario('lithuania-5pct'));
    expect(Object.isFrozen(getScenario('lithuania-5pct'))).toBe(true);
  });
});
