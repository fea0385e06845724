// Issue 14, part 2: rates from the embedded ECB table. Expected figures worked from the ECB's CSV
// (../shared/data/ecb-eurofxref-hist.csv) by a second method (Python's decimal: the mean of each year's
// daily rates, half-even to 4 places): USD 1.0530, 1.0813, 1.0824, 1.1300 and PLN 4.6861, 4.5420, 4.3058,
// 4.2397 for 2022–2025.
import { describe, expect, it } from 'vitest';
import { ecb as daily } from '../../src/entries/ecb';
import { rateTable } from '../../src/index';
import { evaluate, metric, parseScenario, parseScenarioText, safeParseScenario } from '../../src/scenarios/index';
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
        note: "The arithmetic mean of each complete year's daily reference rates, rounded half-even to the ECB's decimals, from the table embedded in budget-whatif.",
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
    expect(scenario.sources?.[0]).toMatchObject({
      title: 'Euro foreign exchange reference rates, annual averages (EXR.A.USD.EUR.SP00.A, EXR.A.PLN.EUR.SP00.A)',
      note: "The arithmetic mean of each complete year's daily reference rates, rounded half-even to the ECB's decimals, from the table embedded in budget-whatif; USD/PLN crossed through the euro as an exact fraction.",
    });
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
    expect(error.issues[0]?.message).toBe(
      '2025-06-28 (a Saturday) is not a reference date; the previous one is 2025-06-27: write "policy": "previous" to use it',
    );
  });
});

describe('what rates from the tables say, in full', () => {
  const withTable = { rates: daily };
  const on = (pair: string, patch: Record<string, unknown> = {}): unknown =>
    inEuros({ [pair]: { source: 'ecb', basis: 'on', date: '2025-06-30', ...patch } });

  it('one day’s rate: the source and the assumption, direct, inverse and crossed', () => {
    const direct = parseScenario(on('EUR/USD'), withTable);
    expect(direct.sources).toEqual([
      {
        publisher: 'European Central Bank',
        title: 'Euro foreign exchange reference rates of 2025-06-30 (EXR.D.USD.EUR.SP00.A)',
        url: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip',
        note: 'The reference rate of 2025-06-30, from the daily table passed to parseScenario.',
        about: 'fx.EUR/USD.default',
      },
    ]);
    expect(direct.assumptions).toEqual([
      {
        about: 'fx.EUR/USD.default',
        statement:
          "EUR/USD in every year the file does not write is the ECB's reference rate of 2025-06-30, 1.172, held constant.",
        reason:
          'One day\'s rate stands for years whose own rates are unknown or not wanted: the file asked for it (basis "on").',
      },
    ]);
    const inverse = parseScenario(on('USD/EUR'), withTable);
    expect(inverse.fx?.['USD/EUR']).toEqual({ default: '1/1.172' });
    expect(inverse.sources?.[0]?.note).toBe(
      'The reference rate of 2025-06-30, from the daily table passed to parseScenario; USD/EUR the inverse, as an exact fraction.',
    );
    const crossed = parseScenario(
      {
        ...(inEuros({ 'USD/PLN': { source: 'ecb', basis: 'on', date: '2025-06-30' } }, false) as object),
        currency: 'PLN',
      },
      withTable,
    );
    expect(crossed.sources?.[0]).toMatchObject({
      title: 'Euro foreign exchange reference rates of 2025-06-30 (EXR.D.USD.EUR.SP00.A, EXR.D.PLN.EUR.SP00.A)',
      note: 'The reference rate of 2025-06-30, from the daily table passed to parseScenario; USD/PLN crossed through the euro, as an exact fraction.',
    });
  });

  it('a partial year: the assumption’s reason and the source’s note, direct and inverse', () => {
    const scenario = parseScenario(inEuros({ 'USD/EUR': { ...ecb, partial: true, default: '1/1.17' } }), withTable);
    expect(scenario.fx?.['USD/EUR']?.['2026']).toBe('1/1.1696');
    expect(scenario.assumptions?.[0]).toEqual({
      about: 'fx.USD/EUR.2026',
      statement:
        'USD/EUR in 2026 is the average of 70 reference days only, 2026-01-02 to 2026-04-13: the year is not complete in the table.',
      reason: "The year's average is not known until it ends; the file asked for the days there are (partial: true).",
    });
    expect(scenario.sources?.[0]).toEqual({
      publisher: 'European Central Bank',
      title: 'Euro foreign exchange reference rates, annual averages (EXR.A.USD.EUR.SP00.A)',
      url: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip',
      note: "The arithmetic mean of each complete year's daily reference rates, rounded half-even to the ECB's decimals, from the table embedded in budget-whatif; partial years from the daily table: 2026 from 70 days, 2026-01-02 to 2026-04-13.",
      about: 'fx.USD/EUR.2022, fx.USD/EUR.2023, fx.USD/EUR.2024, fx.USD/EUR.2025, fx.USD/EUR.2026',
    });
  });

  it('a year the default stands in for alone, and the words when the table gives none of the years', () => {
    const one = parseScenario({
      ...(inEuros({ 'EUR/USD': { ...ecb, default: '1.2' } }, false) as object),
      years: { from: 2025, to: 2026 },
    });
    expect(one.assumptions?.[0]).toEqual({
      about: 'fx.EUR/USD.default',
      statement: "EUR/USD in 2026 is the file's default, 1.2, not the ECB's: the embedded table gives 2025.",
      reason:
        "Rates of years the ECB's table does not cover (the future, or before it starts) are unknown; the default stands in for them.",
    });
    const none = parseScenario({
      ...(inEuros({ 'EUR/USD': { ...ecb, default: '1.2' } }, false) as object),
      years: { from: 2030, to: 2031 },
      economy: { gdp: { series: { '2030': '1', '2031': '1' } } },
    });
    expect(none.sources).toBeUndefined();
    expect(none.assumptions?.[0]?.statement).toBe(
      "EUR/USD in 2030–2031 is the file's default, 1.2, not the ECB's: the embedded table has no complete year of them.",
    );
  });

  it('nothing to assume leaves no empty list behind; a file’s own lists are kept, added to', () => {
    const whole = parseScenario({
      ...(inEuros({ 'EUR/USD': ecb }, false) as object),
      years: { from: 2024, to: 2025 },
      economy: { gdp: { series: { '2024': '1', '2025': '1' } } },
    });
    expect(whole.assumptions).toBeUndefined();
    expect(whole.sources).toHaveLength(1);
    const own = { about: 'economy.gdp', statement: 'Made up.', reason: 'A test.' };
    const kept = parseScenario({
      ...(inEuros({ 'EUR/USD': { ...ecb, default: '1.2' } }, false) as object),
      assumptions: [own],
    });
    expect(kept.assumptions?.[0]).toEqual(own);
    expect(kept.assumptions).toHaveLength(2);
  });

  it.each([
    [
      'a source other than the ECB',
      { 'EUR/USD': { source: 'imf', basis: 'annual-average' } },
      ['fx', 'EUR/USD', 'source'],
      'expected "ecb" (the ECB\'s reference rates, embedded), received "imf"',
    ],
    [
      'an unknown basis',
      { 'EUR/USD': { source: 'ecb', basis: 'monthly' } },
      ['fx', 'EUR/USD', 'basis'],
      'expected "annual-average" (or "on"), received "monthly"',
    ],
    [
      'a date with annual averages',
      { 'EUR/USD': { ...ecb, date: '2025-06-30' } },
      ['fx', 'EUR/USD', 'date'],
      'a date goes with basis "on" (one day\'s rate)',
    ],
    [
      'partial that is not true or false',
      { 'EUR/USD': { ...ecb, partial: 1 } },
      ['fx', 'EUR/USD', 'partial'],
      'expected partial: true or false, received 1',
    ],
    [
      'one day without its date',
      { 'EUR/USD': { source: 'ecb', basis: 'on' } },
      ['fx', 'EUR/USD', 'date'],
      'basis "on" needs the date of the rate, "YYYY-MM-DD"',
    ],
    [
      'one day with a default',
      { 'EUR/USD': { source: 'ecb', basis: 'on', date: '2025-06-30', default: '1.1' } },
      ['fx', 'EUR/USD', 'default'],
      'basis "on" gives the default (one day\'s rate for every year the file does not write): no default beside it',
    ],
    [
      'one day with partial',
      { 'EUR/USD': { source: 'ecb', basis: 'on', date: '2025-06-30', partial: true } },
      ['fx', 'EUR/USD', 'partial'],
      'partial goes with basis "annual-average"',
    ],
    [
      'one day with an unknown policy',
      { 'EUR/USD': { source: 'ecb', basis: 'on', date: '2025-06-30', policy: 'nearest' } },
      ['fx', 'EUR/USD', 'policy'],
      'expected policy "exact" or "previous", received "nearest"',
    ],
    [
      'one day of a currency the daily table lacks',
      { 'EUR/ARS': { source: 'ecb', basis: 'on', date: '2025-06-30' } },
      ['fx', 'EUR/ARS', 'source'],
      "the ECB's table has no ARS rates",
    ],
    [
      'a pair of one currency',
      { 'EUR/EUR': { source: 'ecb', basis: 'on', date: '2025-06-30' } },
      ['fx', 'EUR/EUR'],
      'EUR/EUR is one currency: a pair names two, such as "EUR/USD"',
    ],
  ] as const)('%s is refused in these words', (_, fx, path, message) => {
    const error = expectIssue(() => parseScenario(inEuros(fx), withTable), codeOfRefusal(message), path);
    expect(error.issues[0]?.message).toBe(message);
    // The value refused, where there is one: what the file wrote at the path.
    const written = path.slice(1).reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], fx);
    if (codeOfRefusal(message) === 'invalid_type' && path.length > 2 && written !== undefined)
      expect(error.issues[0]?.received).toBe(JSON.stringify(written));
  });

  it('a key that is not a pair is left for the schema to refuse as one', () => {
    for (const pair of ['EURO/USD', 'EUR/USDX'])
      expect(
        expectIssue(() => parseScenario(inEuros({ [pair]: { ...ecb, default: '1.1' } }), withTable), 'invalid_type', [
          'fx',
          pair,
        ]).issues[0]?.message,
      ).toBe(`expected a currency pair such as "EUR/USD", received ${JSON.stringify(pair)}`);
  });

  it('without the daily table, says how to pass it', () => {
    const error = expectIssue(() => parseScenario(on('EUR/USD')), 'missing_field', ['fx', 'EUR/USD', 'basis']);
    expect(error.issues[0]?.message).toBe(
      "this reads the ECB's daily table, which the scenarios entry does not load: pass it, parseScenario(document, { rates: ecb }) with ecb from budget-whatif/ecb (the CLI does)",
    );
  });

  it('options: absent, undefined or empty are no table; anything else that is not a table is refused', () => {
    expect(parseScenario(inEuros({ 'EUR/USD': { default: '1.1' } }), undefined).fx).toEqual({
      'EUR/USD': { default: '1.1' },
    });
    expect(safeParseScenario(inEuros({}), {}).success).toBe(true);
    for (const options of [null, [], 'ecb'])
      expect(
        expectIssue(() => parseScenario(inEuros({}), options as never), 'invalid_type', ['options']).issues[0]?.message,
      ).toMatch(/^expected options \{ rates\? \}, received /);
    for (const rates of [5, { dates: 'x', columns: {} }, { dates: [], columns: 5 }, { columns: {} }])
      expect(
        expectIssue(() => parseScenario(inEuros({}), { rates } as never), 'invalid_type', ['options', 'rates'])
          .issues[0]?.message,
      ).toMatch(/^expected a rate table \(ecb from budget-whatif\/ecb\), received /);
  });

  it('a plan that is not an object is the schema’s to refuse, not a crash in reading the years', () => {
    expectIssue(
      () => parseScenario({ ...(inEuros({ 'EUR/USD': { ...ecb, default: '1.1' } }, false) as object), plans: [null] }),
      'invalid_type',
      ['plans', 0],
    );
  });
});

/** The code a refusal of these words has. */
function codeOfRefusal(message: string): 'invalid_type' | 'missing_field' | 'unknown_currency' {
  if (message.startsWith('basis "on" needs')) return 'missing_field';
  if (message.startsWith("the ECB's table has no")) return 'unknown_currency';
  return 'invalid_type';
}

describe('a daily table of the caller’s own', () => {
  // Made up: 2011 has one day (1.4000), 2012 two (1.2000, 1.3000: 1.25), 2013 its first and last weeks (a
  // whole year, 1.31, which the embedded averages, from 2014, do not have).
  const own = rateTable({
    base: 'EUR',
    source: { publisher: 'Test', title: 'A made-up table' },
    dates: ['2011-11-01', '2012-06-01', '2012-06-04', '2013-01-02', '2013-12-30'],
    rates: { USD: ['1.4000', '1.2000', '1.3000', '1.3000', '1.3200'] },
  });
  const years = (from: number, to: number): unknown => ({
    ...(inEuros({ 'EUR/USD': { ...ecb, partial: true, default: '1.1' } }, false) as object),
    years: { from, to },
    economy: { gdp: { nominalGrowth: { default: '0' }, known: { [String(from)]: '1' } } },
  });

  it('takes each partial year, not a whole one the embedded averages lack, and counts the days', () => {
    const scenario = parseScenario(years(2011, 2014), { rates: own });
    // 2013 is whole in the table but not embedded: the default; 2014 is embedded (1.3285).
    expect(scenario.fx?.['EUR/USD']).toEqual({ '2011': '1.4', '2012': '1.25', '2014': '1.3285', default: '1.1' });
    expect(scenario.assumptions?.[0]?.statement).toBe(
      'EUR/USD in 2011 is the average of 1 reference day only, 2011-11-01 to 2011-11-01: the year is not complete in the table.',
    );
    expect(scenario.sources?.[0]?.note).toBe(
      "The arithmetic mean of each complete year's daily reference rates, rounded half-even to the ECB's decimals, from the table embedded in budget-whatif; partial years from the daily table: 2011 from 1 day, 2011-11-01 to 2011-11-01; 2012 from 2 days, 2012-06-01 to 2012-06-04.",
    );
  });

  it('partial: true needs no table when every year is whole or after the table', () => {
    expect(parseScenario(years(2024, 2025)).fx).toEqual({
      'EUR/USD': { '2024': '1.0824', '2025': '1.13', default: '1.1' },
    });
  });
});
