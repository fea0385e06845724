// Issue 14, part 2: rates from the embedded ECB table. Expected figures worked from the ECB's CSV
// (../shared/data/ecb-eurofxref-hist.csv) by a second method (Python's decimal: the mean of each year's
// daily rates, half-even to 4 places): USD 1.0530, 1.0813, 1.0824, 1.1300 and PLN 4.6861, 4.5420, 4.3058,
// 4.2397 for 2022–2025.
import { describe, expect, it } from 'vitest';
import { ecb as daily } from '../../src/entries/ecb';
import { evaluate, metric, parseScenario, parseScenarioText } from '../../src/scenarios/index';
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

  it('the JSON Schema allows source, basis, partial, date and policy on a pair', () => {
    const schema = scenarioJsonSchema() as { properties: { fx: { additionalProperties: { properties: object } } } };
    expect(schema.properties.fx.additionalProperties.properties).toMatchObject({
      source: { const: 'ecb' },
      basis: { enum: ['annual-average', 'on'] },
      partial: { type: 'boolean' },
      date: { type: 'string' },
      policy: { enum: ['exact', 'previous'] },
    });
  });
});

describe('a source that cannot be read is refused at its place', () => {
  it.each([
    ['an unknown source', { source: 'imf', basis: 'annual-average' }, 'invalid_type', ['fx', 'EUR/USD', 'source']],
    ['an unknown basis', { source: 'ecb', basis: 'monthly' }, 'invalid_type', ['fx', 'EUR/USD', 'basis']],
    ['no basis', { source: 'ecb' }, 'invalid_type', ['fx', 'EUR/USD', 'basis']],
    // Without the daily table (parseScenario's options.rates), which these read: the field that asked for it.
    ['one day’s rate', { source: 'ecb', basis: 'on', date: '2025-12-31' }, 'missing_field', ['fx', 'EUR/USD', 'basis']],
    ['a partial year', { ...ecb, partial: true }, 'missing_field', ['fx', 'EUR/USD', 'partial']],
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

// From the daily table (../shared/data/ecb-eurofxref-hist.csv, read by Python's csv and decimal): the
// reference rates of Monday 30 June 2025, USD 1.1720 and PLN 4.2423, and of Friday 27 June, USD 1.1704;
// 2026 in the table is 70 days, 2 January to 13 April, averaging USD 1.16962571… → 1.1696 and
// PLN 4.23789571… → 4.2379 (half-even to 4 places).
describe('one day’s rate and a partial year, from the daily table', () => {
  const withTable = { rates: daily };

  it('basis "on": one day’s rate is the default, stated as held constant, sourced to the day', () => {
    const scenario = parseScenario(
      inEuros({ 'EUR/USD': { source: 'ecb', basis: 'on', date: '2025-06-30' } }),
      withTable,
    );
    expect(scenario.fx).toEqual({ 'EUR/USD': { default: '1.172' } });
    expect(scenario.sources).toEqual([
      expect.objectContaining({
        title: 'Euro foreign exchange reference rates of 2025-06-30 (EXR.D.USD.EUR.SP00.A)',
        about: 'fx.EUR/USD.default',
      }),
    ]);
    expect(scenario.assumptions?.[0]?.statement).toBe(
      "EUR/USD in every year the file does not write is the ECB's reference rate of 2025-06-30, 1.172, held constant.",
    );
    // €100 a year for ten years at 1.172: $1,172.
    expect(metric(evaluate(scenario), 'plans.p.total.USD').value.toString()).toBe('1172');
  });

  it('basis "on" crosses through the euro, keeps the years the file writes, and takes the day before if asked', () => {
    const cross = parseScenario(
      {
        ...(inEuros({ 'USD/PLN': { source: 'ecb', basis: 'on', date: '2025-06-30', '2027': '4' } }, false) as object),
        currency: 'PLN',
      },
      withTable,
    );
    expect(cross.fx?.['USD/PLN']).toEqual({ '2027': '4', default: '4.2423/1.172' });
    const previous = parseScenario(
      inEuros({ 'EUR/USD': { source: 'ecb', basis: 'on', date: '2025-06-28', policy: 'previous' } }),
      withTable,
    );
    expect(previous.fx?.['EUR/USD']).toEqual({ default: '1.1704' });
    expect(previous.assumptions?.[0]?.statement).toContain('2025-06-27 (the last reference day before 2025-06-28)');
  });

  it('partial: true takes the average of the days a year has, and says how many', () => {
    const scenario = parseScenario(inEuros({ 'EUR/USD': { ...ecb, partial: true, default: '1.17' } }), withTable);
    expect(scenario.fx?.['EUR/USD']?.['2026']).toBe('1.1696');
    expect(scenario.fx?.['EUR/USD']?.['2025']).toBe('1.13');
    expect(scenario.assumptions?.map((assumption) => assumption.about)).toEqual([
      'fx.EUR/USD.2026',
      'fx.EUR/USD.default',
    ]);
    expect(scenario.assumptions?.[0]?.statement).toBe(
      'EUR/USD in 2026 is the average of 70 reference days only, 2026-01-02 to 2026-04-13: the year is not complete in the table.',
    );
    expect(scenario.sources?.[0]?.note).toContain('2026 from 70 days, 2026-01-02 to 2026-04-13');
    const cross = parseScenario(
      {
        ...(inEuros({ 'PLN/USD': { ...ecb, partial: true, default: '1/4' } }, false) as object),
        currency: 'PLN',
      },
      withTable,
    );
    expect(cross.fx?.['PLN/USD']?.['2026']).toBe('1.1696/4.2379');
  });

  it('partial: false is as if absent; a scenario file read as text takes the table too', () => {
    const without = parseScenario(inEuros({ 'EUR/USD': { ...ecb, partial: false, default: '1.17' } }), withTable);
    expect(without.fx?.['EUR/USD']?.['2026']).toBeUndefined();
    const text = JSON.stringify(inEuros({ 'EUR/USD': { source: 'ecb', basis: 'on', date: '2025-06-30' } }));
    expect(parseScenarioText(text, withTable).fx).toEqual({ 'EUR/USD': { default: '1.172' } });
  });

  it.each([
    ['a date the table lacks (a Saturday)', { date: '2025-06-28' }, 'no_rate', 'date'],
    ['a date before the table', { date: '1999-01-04' }, 'no_rate', 'date'],
    ['a date that is not one', { date: '2025-02-30' }, 'invalid_date', 'date'],
    ['no date', {}, 'missing_field', 'date'],
    ['a default beside it', { date: '2025-06-30', default: '1.1' }, 'invalid_type', 'default'],
    ['partial beside it', { date: '2025-06-30', partial: true }, 'invalid_type', 'partial'],
    ['an unknown policy', { date: '2025-06-28', policy: 'nearest' }, 'invalid_type', 'policy'],
  ] as const)('basis "on" refuses %s, at its place', (_, patch, code, key) => {
    expectIssue(
      () => parseScenario(inEuros({ 'EUR/USD': { source: 'ecb', basis: 'on', ...patch } }), withTable),
      code,
      ['fx', 'EUR/USD', key],
    );
  });

  it('refuses partial that is not true or false, a date with annual averages, and options that are not a table', () => {
    expectIssue(() => parseScenario(inEuros({ 'EUR/USD': { ...ecb, partial: 'yes' } }), withTable), 'invalid_type', [
      'fx',
      'EUR/USD',
      'partial',
    ]);
    expectIssue(
      () => parseScenario(inEuros({ 'EUR/USD': { ...ecb, date: '2025-06-30' } }), withTable),
      'invalid_type',
      ['fx', 'EUR/USD', 'date'],
    );
    expectIssue(() => parseScenario(inEuros({}), { rates: 5 } as never), 'invalid_type', ['options', 'rates']);
    expectIssue(() => parseScenario(inEuros({}), 'ecb' as never), 'invalid_type', ['options']);
  });

  it('a Saturday’s error says how a file asks for the day before', () => {
    const error = expectIssue(
      () => parseScenario(inEuros({ 'EUR/USD': { source: 'ecb', basis: 'on', date: '2025-06-28' } }), withTable),
      'no_rate',
      ['fx', 'EUR/USD', 'date'],
    );
    expect(error.issues[0]?.message).toContain('write "policy": "previous" to use it');
  });
});
