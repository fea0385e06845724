// The built-in scenarios say what they assume, and hold the dataset's figures (issue 11). Expected figures
// from the cited sources (../shared/data/facts.md): the voted budgets of 2025 (€2.4bn base) and 2026
// (€4.79bn), the population of 1 January 2025 (2,890,219) and 2026 (2,886,000), then EUROPOP2023's rate, the border plan (€1.1bn, of which €800m mines).
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS, getScenario } from '../../src/scenarios/index';
import { buildScenario } from '../../src/scenarios/builtins';
import { readFileSync } from 'node:fs';

/** The baseline's population: the counts of 2025 and 2026, then EUROPOP2023's rate (issue 15, item 6). */
const POPULATION = {
  '2025': '2890219',
  '2026': '2886000',
  // 2,886,000 × ((2.0 / 2.81)^(1/48))^(year − 2026), rounded (Python's decimal, 50 digits).
  '2027': '2865628',
  '2028': '2845399',
  '2029': '2825313',
  '2030': '2805369',
  '2031': '2785566',
  '2032': '2765902',
  '2033': '2746377',
  '2034': '2726990',
  '2035': '2707740',
};

describe('the built-in scenarios', () => {
  it.each([
    ['lithuania-baseline', '0.055', '5.5%', 'The State Defence Council decided on 5–6% a year'],
    ['lithuania-5pct', '0.05', '5%', 'A variant at the edge of the State Defence Council’s 5–6% band'],
    ['lithuania-6pct', '0.06', '6%', 'A variant at the edge of the State Defence Council’s 5–6% band'],
  ] as const)('%s holds its share of GDP from 2027 and says so', (name, share, percent, reason) => {
    const scenario = buildScenario(name);
    expect(scenario.defence.shareOfGdp?.['default']).toBe(share);
    const assumption = scenario.assumptions?.find((a) => a.about === 'defence.shareOfGdp.default');
    expect(assumption?.statement).toBe(`Defence spending is ${percent} of GDP from 2027 to 2035.`);
    expect(assumption?.reason.startsWith(reason)).toBe(true);
  });

  it('share the dataset’s figures: voted budgets, population, the border plan, the rate', () => {
    for (const name of BUILTIN_SCENARIOS) {
      const scenario = buildScenario(name);
      expect(scenario.defence.amounts).toEqual({ '2025': '2400000000', '2026': '4790000000' });
      expect(scenario.economy.population).toEqual(POPULATION);
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
    expect(Object.isFrozen(buildScenario('lithuania-5pct'))).toBe(true);
  });
});

// Issue 11: the built-ins' words are part of what they say. Each statement below is the assumption as the
// scenario documents it (docs/data.md), written out here by hand.
describe('the built-in scenarios say, word for word', () => {
  it('what the baseline assumes, about which path, and why', () => {
    const assumptions = buildScenario('lithuania-baseline').assumptions ?? [];
    expect(assumptions.map((a) => [a.about, a.statement, a.reason])).toEqual([
      [
        'economy.gdp.realGrowth.default',
        'Real growth after 2026 is 3% a year.',
        'The European Commission’s Autumn 2025 forecast ends in 2026; its 2026 rate is held.',
      ],
      [
        'economy.gdp.deflator',
        'The GDP deflator follows HICP inflation: the Commission’s forecast for 2025–2026, then 2.5% a year.',
        'No GDP-deflator forecast for 2025–2030 was found; HICP stands in, and 2.5% is near the euro-area norm after the forecast.',
      ],
      [
        'defence.shareOfGdp.default',
        'Defence spending is 5.5% of GDP from 2027 to 2035.',
        'The State Defence Council decided on 5–6% a year for 2026–2030, 5.5% on average; no decision covers 2031–2035, so the average is held.',
      ],
      [
        'defence.amounts',
        'Defence spending is the voted budget in 2025 (the €2.4 billion base budget) and 2026 (€4.79 billion).',
        'Budgets already voted take precedence over a share of GDP; the 2025 base excludes the extra €800 million of borrowing.',
      ],
      [
        'fx.EUR/USD',
        'EUR/USD is 1.13 in every year.',
        'The ECB reference rate averaged 1.1300 in 2025; future rates are unknown, so the last full year is held.',
      ],
      [
        'economy.population',
        'The population is the count of 1 January in 2025 (2,890,219) and 2026 (2,886,000, provisional), then falls about 0.71% a year, to 2,707,740 in 2035.',
        'Eurostat’s EUROPOP2023 projection (2.81 million in 2022 to 2.0 million in 2070) gives the yearly rate, (2.0 / 2.81)^(1/48) − 1; it is applied to the latest count rather than taken as a level, because it starts from 2022 and does not know the immigration of 2022–2025.',
      ],
    ]);
  });

  it('what each is, its rounding, its population, and which figures each source backs', () => {
    expect(BUILTIN_SCENARIOS.map((name) => buildScenario(name).description)).toEqual([
      'Defence at 5.5% of GDP from 2027 (the average of the State Defence Council’s 5–6% for 2026–2030), the voted budgets of 2025 and 2026, the 2025 border plan, GDP from Eurostat 2024 grown by the European Commission’s Autumn 2025 forecast.',
      'The baseline with defence at the low end of the 5–6% band.',
      'The baseline with defence at the high end of the 5–6% band.',
    ]);
    const baseline = buildScenario('lithuania-baseline');
    expect(baseline.rounding).toEqual({ mode: 'half-even' });
    expect(baseline.economy.population).toEqual(POPULATION);
    expect((baseline.sources ?? []).map((source) => [source.publisher, source.about])).toEqual([
      ['Eurostat', 'economy.gdp.base'],
      ['European Commission, via Xinhua (The Star)', 'economy.gdp.realGrowth, economy.gdp.deflator'],
      ['Ministry of National Defence, via The Baltic Sentinel', 'defence.amounts.2025'],
      ['Ministry of National Defence of the Republic of Lithuania', 'defence.amounts.2026'],
      ['State Data Agency (Statistics Lithuania), via Wikipedia', 'economy.population.2025'],
      ['State Data Agency, via news-pravda.com', 'economy.population.2026'],
      ['BNS, via The Baltic Times (reporting Eurostat’s EUROPOP2023 projections)', 'economy.population'],
      // The State Defence Council's 5.5% average (Ogres Ziņas), then its 5% low end (Delfi).
      ['Ogres Ziņas', 'defence.shareOfGdp'],
      ['Delfi', 'defence.shareOfGdp'],
      ['European Central Bank', 'fx.EUR/USD'],
    ]);
  });

  it('a name it does not have, listing those it has', () => {
    expect(() => buildScenario('lithuania')).toThrow(
      'no built-in scenario "lithuania"; there are lithuania-baseline, lithuania-5pct, lithuania-6pct',
    );
  });
});

// Built afresh (getScenario keeps the first it builds, which a test cannot rebuild): the committed files in
// scenarios/, reviewed as written and checked against the code by `npm run data:check`, are what each
// built-in must be, word for word and figure for figure.
describe('each built-in scenario is its committed file', () => {
  it.each(BUILTIN_SCENARIOS)('%s', (name) => {
    const { $schema, ...committed } = JSON.parse(readFileSync(`scenarios/${name}.json`, 'utf8')) as Record<
      string,
      unknown
    >;
    expect($schema).toBe('../docs/scenario.schema.json');
    expect(JSON.parse(JSON.stringify(buildScenario(name)))).toEqual(committed);
  });

  it('getScenario keeps what it built; an unknown name is refused with the names there are', () => {
    expect(getScenario('lithuania-baseline')).toBe(getScenario('lithuania-baseline'));
    expect(() => buildScenario('lithuania')).toThrow(
      'no built-in scenario "lithuania"; there are lithuania-baseline, lithuania-5pct, lithuania-6pct',
    );
  });
});
