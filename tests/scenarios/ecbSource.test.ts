// Issue 14, part 2: rates from the embedded ECB table. Expected figures worked from the ECB's CSV
// (../shared/data/ecb-eurofxref-hist.csv) by a second method (Python's decimal: the mean of each year's
// daily rates, half-even to 4 places): USD 1.0530, 1.0813, 1.0824, 1.1300 and PLN 4.6861, 4.5420, 4.3058,
// 4.2397 for 2022–2025.
import { describe, expect, it } from 'vitest';
import { evaluate, metric, parseScenario } from '../../src/scenarios/index';
import { scenarioJsonSchema } from '../../src/scenarios/jsonSchema';
import { expectIssue } from '../helpers/errors';

const ecb = { source: 'ecb', basis: 'annual-average' };
const inEuros = (fx: unknown, plan = true): unknown => ({
  name: 'A plan in dollars over 2022–2031',
  currency: 'EUR',
  years: { from: 2024, to: 2027 },
  economy: { gdp: { series: { '2024': '1000', '2025': '1000', '2026': '1000', '2027': '1000' } } },
  fx,
  defence: { shareOfGdp: { default: '2%' } },
  ...(plan
    ? { plans: [{ id: 'p', total: '1000', years: { from: 2022, to: 2031 }, items: [{ id: 'all', remainder: true }] }] }
    : {}),
});

describe('a pair’s rates from the ECB’s annual averages, then a default', () => {
  it('fills the complete years the scenario and its plans need, and says which came from the data', () => {
    const scenario = parseScenario(inEuros({ 'EUR/USD': { ...ecb, default: '1.15' } }));
    expect(scenario.fx).toEqual({
      'EUR/USD': { '2022': '1.053', '2023': '1.0813', '2024': '1.0824', '2025': '1.13', default: '1.15' },
    });
    expect(scenario.sources).toEqual([
      expect.objectContaining({
        publisher: 'European Central Bank',
        title: 'Euro foreign exchange reference rates, annual averages (EXR.A.USD.EUR.SP00.A)',
        about: 'fx.EUR/USD.2022, fx.EUR/USD.2023, fx.EUR/USD.2024, fx.EUR/USD.2025',
      }),
    ]);
    expect(scenario.assumptions).toEqual([
      expect.objectContaining({
        about: 'fx.EUR/USD.default',
        statement:
          "EUR/USD in 2026–2031 is the file's default, 1.15, not the ECB's: the embedded table gives 2022, 2023, 2024, 2025.",
      }),
    ]);
    // €100 a year: 105.30 + 108.13 + 108.24 + 113.00 + 6 × 115.00 = $1,124.67.
    expect(metric(evaluate(scenario), 'plans.p.total.USD').value.toString()).toBe('1124.67');
  });

  it('crosses through the euro as an exact fraction: złoty a dollar in a PLN scenario', () => {
    const scenario = parseScenario({
      ...(inEuros({ 'USD/PLN': { ...ecb, default: '4' } }, false) as object),
      currency: 'PLN',
      economy: { gdp: { series: { '2024': '3900000000000', '2025': '3900000000000', '2026': '1', '2027': '1' } } },
      defence: { shareOfGdp: { default: '4.7%' } },
    });
    expect(scenario.fx?.['USD/PLN']).toEqual({ '2024': '4.3058/1.0824', '2025': '4.2397/1.13', default: '4' });
    // 183.3bn złoty × 1.13 ÷ 4.2397 = $48,854,635,941.2222…; × 1.0824 ÷ 4.3058 = $46,078,294,393.61.
    const result = evaluate(scenario);
    expect(metric(result, 'defence.2025.USD').value.toString()).toBe('48854635941.22');
    expect(metric(result, 'defence.2024.USD').value.toString()).toBe('46078294393.61');
    expect(scenario.sources?.[0]?.note).toContain('USD/PLN crossed through the euro as an exact fraction');
  });

  it('a year the file writes wins over the table, and the canonical form parses to itself', () => {
    const scenario = parseScenario(inEuros({ 'EUR/USD': { ...ecb, '2024': '1.1', default: '1.15' } }));
    expect(scenario.fx?.['EUR/USD']?.['2024']).toBe('1.1');
    expect(scenario.sources?.[0]?.about).toBe('fx.EUR/USD.2022, fx.EUR/USD.2023, fx.EUR/USD.2025');
    expect(parseScenario(JSON.parse(JSON.stringify(scenario)) as unknown)).toEqual(scenario);
  });

  it('without a default, a year after the table is a missing rate', () => {
    expectIssue(() => evaluate(parseScenario(inEuros({ 'EUR/USD': ecb }))), 'missing_year', ['fx', 'EUR/USD']);
  });

  it('the JSON Schema allows source and basis on a pair', () => {
    const schema = scenarioJsonSchema() as { properties: { fx: { additionalProperties: { properties: object } } } };
    expect(schema.properties.fx.additionalProperties.properties).toMatchObject({
      source: { const: 'ecb' },
      basis: { enum: ['annual-average'] },
    });
  });
});

describe('a source that cannot be read is refused at its place', () => {
  it.each([
    ['an unknown source', { source: 'imf', basis: 'annual-average' }, 'invalid_type', ['fx', 'EUR/USD', 'source']],
    ['an unknown basis', { source: 'ecb', basis: 'monthly' }, 'invalid_type', ['fx', 'EUR/USD', 'basis']],
    ['no basis', { source: 'ecb' }, 'invalid_type', ['fx', 'EUR/USD', 'basis']],
    ['one day’s rate', { source: 'ecb', basis: 'on', date: '2025-12-31' }, 'invalid_type', ['fx', 'EUR/USD', 'basis']],
    ['a partial year', { ...ecb, partial: true }, 'invalid_type', ['fx', 'EUR/USD', 'partial']],
  ] as const)('%s', (_, values, code, path) => {
    expectIssue(() => parseScenario(inEuros({ 'EUR/USD': values })), code, path);
  });

  it('a currency the table lacks', () => {
    expectIssue(() => parseScenario(inEuros({ 'EUR/ARS': { ...ecb, default: '1000' } })), 'unknown_currency', [
      'fx',
      'EUR/ARS',
      'source',
    ]);
  });
});
