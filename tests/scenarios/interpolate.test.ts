// Issue 14, part 3: paths between years. Expected values worked by hand: a straight line from 4.7% in
// 2025 to 5% in 2030 rises 0.3 points in 5 steps of 0.06; NATO's 2% (2024) to 3.5% (2035) rises 1.5
// points in 11 steps of 0.136363… points, not a finite decimal, so each year is rounded to 20 places.
import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal/core';
import { evaluate, metric, parseScenario, parseScenarioText, safeParseScenario } from '../../src/scenarios/index';
import { scenarioJsonSchema } from '../../src/scenarios/jsonSchema';
import { expectIssue } from '../helpers/errors';

const years = [2025, 2026, 2027, 2028, 2029, 2030];
const base = {
  name: 'Paths',
  currency: 'EUR',
  years: { from: 2025, to: 2030 },
  economy: { gdp: { series: Object.fromEntries(years.map((year) => [String(year), '1000'])) } },
  defence: { shareOfGdp: { default: '2%' } },
};
const withDefence = (defence: unknown): unknown => ({ ...base, defence });

describe('a path between anchor years resolves into every year between them', () => {
  it('linear, 4.7% in 2025 to 5% in 2030: 4.76%, 4.82%, 4.88%, 4.94%, exactly', () => {
    const scenario = parseScenario(
      withDefence({ shareOfGdp: { '2025': '4.7%', '2030': '5%', interpolate: 'linear' } }),
    );
    expect(scenario.defence.shareOfGdp).toEqual({
      '2025': '0.047',
      '2026': '0.0476',
      '2027': '0.0482',
      '2028': '0.0488',
      '2029': '0.0494',
      '2030': '0.05',
    });
    // 4.82% of 1,000 is 48.20.
    expect(metric(evaluate(scenario), 'defence.2027').value.toString()).toBe('48.2');
    // Stated where every assumption is, with every value.
    expect(scenario.assumptions).toEqual([
      {
        about: 'defence.shareOfGdp',
        statement:
          'defence.shareOfGdp runs in a straight line between its anchor years (linear): 2025: 0.047, 2026: 0.0476, 2027: 0.0482, 2028: 0.0488, 2029: 0.0494, 2030: 0.05.',
        reason:
          "Written as a path in the scenario file; each year's value is exact where it is a finite decimal, else rounded half-even to 20 decimal places.",
      },
    ]);
  });

  it('linear where a step is not a finite decimal: each year to 20 places', () => {
    const scenario = parseScenario({
      ...base,
      years: { from: 2024, to: 2035 },
      economy: { gdp: { base: { year: 2023, amount: '1000' }, nominalGrowth: { default: '0' } } },
      defence: { shareOfGdp: { '2024': '2%', '2035': '3.5%', interpolate: 'linear' } },
    });
    const shares = scenario.defence.shareOfGdp ?? {};
    // 0.02 + 0.015 × k ÷ 11: k = 1 gives 0.0213636…, rounded half-even to 20 places.
    expect(shares['2025']).toBe('0.02136363636363636364');
    expect(shares['2029']).toBe('0.02681818181818181818');
    expect(shares['2035']).toBe('0.035');
    for (let k = 1; k < 11; k++) {
      const exact = new D('0.02').plus(new D('0.015').times(k).div(11));
      expect(new D(shares[String(2024 + k)] ?? '0').minus(exact).abs().lte('5e-21')).toBe(true);
    }
  });

  it('step: each anchor held until the next, and the last after it when no default is written', () => {
    const scenario = parseScenario(withDefence({ shareOfGdp: { '2025': '2%', '2028': '3%', interpolate: 'step' } }));
    expect(scenario.defence.shareOfGdp).toEqual({
      '2025': '0.02',
      '2026': '0.02',
      '2027': '0.02',
      '2028': '0.03',
      default: '0.03',
    });
    expect(scenario.assumptions?.[0]?.statement).toMatch(/\(step\): .*, and the last after it\.$/);
    const ownDefault = parseScenario(
      withDefence({ shareOfGdp: { '2025': '2%', '2027': '3%', default: '1%', interpolate: 'step' } }),
    );
    expect(ownDefault.defence.shareOfGdp?.['default']).toBe('0.01');
  });

  it('constant growth: 1,000 to 1,331 over three years is 10% a year', () => {
    const scenario = parseScenario({
      ...base,
      economy: {
        gdp: {
          series: { '2025': '1000', '2028': '1331', '2029': '1400', '2030': '1500', interpolate: 'constant-growth' },
        },
      },
    });
    expect(scenario.economy.gdp.series).toMatchObject({ '2026': '1100', '2027': '1210' });
    const amounts = parseScenario(
      withDefence({
        shareOfGdp: { default: '2%' },
        amounts: { '2025': '100', '2027': '121', interpolate: 'constant-growth' },
      }),
    );
    expect(amounts.defence.amounts).toEqual({ '2025': '100', '2026': '110', '2027': '121' });
  });

  it('a rate and an exchange rate take paths too; anchors are read in year order whatever order they are written in', () => {
    const text = `{ "name": "Paths", "currency": "EUR", "years": { "from": 2025, "to": 2030 },
      "economy": { "gdp": { "series": ${JSON.stringify(base.economy.gdp.series)} } },
      "fx": { "EUR/USD": { "2030": "1.2", "2025": "1.1", "interpolate": "linear" } },
      "defence": { "shareOfGdp": { "default": "2%" } } }`;
    const scenario = parseScenarioText(text);
    expect(scenario.fx?.['EUR/USD']).toEqual({
      '2025': '1.1',
      '2026': '1.12',
      '2027': '1.14',
      '2028': '1.16',
      '2029': '1.18',
      '2030': '1.2',
    });
    // 2% of 1,000 at 1.14 USD a euro.
    expect(metric(evaluate(scenario), 'defence.2027.USD').value.toString()).toBe('22.8');
  });

  it('the canonical form lists the years and parses to itself, without stating the path twice', () => {
    const scenario = parseScenario(
      withDefence({ shareOfGdp: { '2025': '4.7%', '2030': '5%', interpolate: 'linear' } }),
    );
    const again = parseScenario(JSON.parse(JSON.stringify(scenario)) as unknown);
    expect(again).toEqual(scenario);
    expect(again.assumptions).toHaveLength(1);
  });
});

describe('a path that cannot be resolved is refused at its place', () => {
  const shares = ['defence', 'shareOfGdp'];
  it.each([
    [
      'an unknown rule',
      { '2025': '2%', '2030': '3%', interpolate: 'cubic' },
      'invalid_type',
      [...shares, 'interpolate'],
    ],
    ['one anchor', { '2025': '2%', interpolate: 'linear' }, 'missing_year', [...shares, 'interpolate']],
    ['no anchor', { default: '2%', interpolate: 'step' }, 'missing_year', [...shares, 'interpolate']],
    [
      'constant growth of a share',
      { '2025': '2%', '2030': '3%', interpolate: 'constant-growth' },
      'invalid_type',
      [...shares, 'interpolate'],
    ],
    [
      'an anchor out of range',
      { '2025': '2%', '2030': '300%', interpolate: 'linear' },
      'out_of_range',
      [...shares, '2030'],
    ],
    [
      'an anchor that is not a number',
      { '2025': 'two', '2030': '3%', interpolate: 'linear' },
      'invalid_number',
      [...shares, '2025'],
    ],
  ] as const)('%s', (_, shareOfGdp, code, path) => {
    expectIssue(() => parseScenario(withDefence({ shareOfGdp })), code, path);
  });

  it('constant growth from zero', () => {
    expectIssue(
      () => parseScenario(withDefence({ amounts: { '2025': '0', '2027': '10', interpolate: 'constant-growth' } })),
      'out_of_range',
      ['defence', 'amounts', '2025'],
    );
  });

  it('a path in a place that takes none is the schema’s unknown key; other keys stay for the schema to read', () => {
    const result = safeParseScenario({
      ...base,
      economy: {
        gdp: { base: { year: 2024, amount: '1000', interpolate: 'linear' }, nominalGrowth: { default: '0' } },
      },
    });
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['unknown_key', ['economy', 'gdp', 'base', 'interpolate']],
    ]);
    const typo = safeParseScenario(
      withDefence({ shareOfGdp: { '2025': '2%', '2030': '3%', defualt: '1%', interpolate: 'linear' } }),
    );
    expect(typo.success ? [] : typo.issues.map((issue) => issue.path)).toEqual([['defence', 'shareOfGdp', 'defualt']]);
  });
});

describe('the JSON Schema allows a path where the parser resolves one', () => {
  it('interpolate on yearly values, with its three rules', () => {
    const schema = scenarioJsonSchema() as {
      properties: Record<
        string,
        { properties: Record<string, { properties?: Record<string, unknown>; propertyNames?: { pattern: string } }> }
      >;
    };
    const shareOfGdp = schema.properties['defence']?.properties['shareOfGdp'];
    expect(shareOfGdp?.propertyNames?.pattern).toBe('^((\\d{4}|default)|interpolate)$');
    expect(shareOfGdp?.properties?.['interpolate']).toMatchObject({ enum: ['linear', 'step', 'constant-growth'] });
    expect(schema.properties['economy']?.properties['gdp']?.properties?.['base']).not.toHaveProperty(
      'properties.interpolate',
    );
  });
});
