import { describe, expect, it } from 'vitest';
import { isBudgetWhatIfError } from '../../src/index';
import { BUILTIN_SCENARIOS, evaluate, getScenario, parseScenario, safeParseScenario } from '../../src/scenarios/index';
import { baselineJson, set } from '../helpers/scenarios';

const base = baselineJson();

describe('parseScenario accepts and canonicalises', () => {
  it('parses every built-in scenario from its JSON', () => {
    for (const name of BUILTIN_SCENARIOS) {
      const scenario = parseScenario(JSON.parse(JSON.stringify(getScenario(name))));
      expect(scenario).toEqual(getScenario(name));
    }
  });

  it('writes shares as fractions and amounts as canonical decimal strings', () => {
    const scenario = parseScenario(
      set(
        set(set(base, ['defence', 'shareOfGdp', 'default'], '5.5%'), ['defence', 'amounts', '2025'], 2400000000),
        ['economy', 'gdp', 'base', 'amount'],
        '7.794e10',
      ),
    );
    expect(scenario.defence.shareOfGdp?.['default']).toBe('0.055');
    expect(scenario.defence.amounts?.['2025']).toBe('2400000000');
    expect(scenario.economy.gdp.base?.amount).toBe('77940000000');
  });

  it('accepts a rate as a percentage', () => {
    expect(
      parseScenario(set(base, ['economy', 'gdp', 'realGrowth', 'default'], '2.5%')).economy.gdp.realGrowth?.['default'],
    ).toBe('0.025');
  });

  it('returns a frozen scenario that can be evaluated', () => {
    const scenario = parseScenario(base);
    expect(Object.isFrozen(scenario) && Object.isFrozen(scenario.economy.gdp)).toBe(true);
    expect(evaluate(scenario).defence.total.currency).toBe('EUR');
  });

  it('is idempotent: parsing a parsed scenario gives it back', () => {
    const once = parseScenario(base);
    expect(parseScenario(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });
});

// Malformed scenario files, each with the path its first error must name. Every one must give a
// BudgetWhatIfError (never a TypeError, NaN or a partial result).
const malformed: readonly [string, unknown, readonly (string | number)[], string][] = [
  ['not an object', 'scenario', [], 'invalid_type'],
  ['null', null, [], 'invalid_type'],
  ['a list', [base], [], 'invalid_type'],
  ['no name', set(base, ['name'], undefined), ['name'], 'missing_field'],
  ['an empty name', set(base, ['name'], ''), ['name'], 'out_of_range'],
  ['a number as the name', set(base, ['name'], 42), ['name'], 'invalid_type'],
  ['an unknown top-level key', set(base, ['descripton'], 'x'), ['descripton'], 'unknown_key'],
  [
    'a typo in a nested key',
    set(base, ['economy', 'gdp', 'realGrowht'], { default: '0.03' }),
    ['economy', 'gdp', 'realGrowht'],
    'unknown_key',
  ],
  ['an unknown currency', set(base, ['currency'], 'EURO'), ['currency'], 'unknown_currency'],
  ['years reversed', set(base, ['years'], { from: 2035, to: 2025 }), ['years', 'to'], 'invalid_year'],
  ['a fractional year', set(base, ['years', 'from'], 2025.5), ['years', 'from'], 'invalid_type'],
  ['a year as a string', set(base, ['years', 'from'], '2025'), ['years', 'from'], 'invalid_type'],
  ['no years', set(base, ['years'], undefined), ['years'], 'missing_field'],
  ['a plan without its total', set(base, ['plans', 0, 'total'], undefined), ['plans', 0, 'total'], 'missing_field'],
  [
    'a share that is a list',
    set(base, ['defence', 'shareOfGdp', 'default'], ['0.05']),
    ['defence', 'shareOfGdp', 'default'],
    'invalid_type',
  ],
  [
    'negative GDP',
    set(base, ['economy', 'gdp', 'base', 'amount'], '-77940000000'),
    ['economy', 'gdp', 'base', 'amount'],
    'out_of_range',
  ],
  [
    'a missing base year',
    set(base, ['economy', 'gdp', 'base', 'year'], undefined),
    ['economy', 'gdp', 'base', 'year'],
    'missing_field',
  ],
  [
    'a base year after the first year',
    set(base, ['economy', 'gdp', 'base', 'year'], 2026),
    ['economy', 'gdp'],
    'missing_year',
  ],
  ['no GDP source', set(base, ['economy', 'gdp', 'base'], undefined), ['economy', 'gdp'], 'missing_field'],
  [
    'growth of −100%',
    set(base, ['economy', 'gdp', 'realGrowth', '2027'], '-100%'),
    ['economy', 'gdp', 'realGrowth', '2027'],
    'out_of_range',
  ],
  [
    'no deflator',
    set(base, ['economy', 'gdp', 'deflator'], undefined),
    ['economy', 'gdp', 'deflator'],
    'missing_field',
  ],
  [
    'both nominal and real growth',
    set(base, ['economy', 'gdp', 'nominalGrowth'], { default: '0.05' }),
    ['economy', 'gdp', 'nominalGrowth'],
    'invalid_type',
  ],
  [
    'a float amount',
    set(base, ['defence', 'amounts', '2025'], 2.4e9 + 0.5),
    ['defence', 'amounts', '2025'],
    'unsafe_number',
  ],
  [
    'an unquoted decimal share',
    set(base, ['defence', 'shareOfGdp', 'default'], 0.055),
    ['defence', 'shareOfGdp', 'default'],
    'unsafe_number',
  ],
  [
    'a share above 1',
    set(base, ['defence', 'shareOfGdp', '2030'], '1.5'),
    ['defence', 'shareOfGdp', '2030'],
    'out_of_range',
  ],
  [
    'a share above 100%',
    set(base, ['defence', 'shareOfGdp', '2030'], '150%'),
    ['defence', 'shareOfGdp', '2030'],
    'out_of_range',
  ],
  [
    'a negative share',
    set(base, ['defence', 'shareOfGdp', '2030'], '-0.01'),
    ['defence', 'shareOfGdp', '2030'],
    'out_of_range',
  ],
  [
    'a year key that is not a year',
    set(base, ['defence', 'shareOfGdp', '2O30'], '0.05'),
    ['defence', 'shareOfGdp', '2O30'],
    'invalid_year',
  ],
  [
    'words as an amount',
    set(base, ['defence', 'amounts', '2026'], '4.79 billion'),
    ['defence', 'amounts', '2026'],
    'invalid_number',
  ],
  [
    'a negative defence amount',
    set(base, ['defence', 'amounts', '2026'], '-1'),
    ['defence', 'amounts', '2026'],
    'out_of_range',
  ],
  [
    'plan items over the total',
    set(base, ['plans', 0, 'items', 0, 'amount'], '1200000000'),
    ['plans', 0, 'items'],
    'invalid_plan',
  ],
  [
    'two remainder items',
    set(base, ['plans', 0, 'items', 0], { id: 'anti-tank-mines', remainder: true }),
    ['plans', 0, 'items', 1, 'remainder'],
    'invalid_plan',
  ],
  ['a plan with no years', set(base, ['plans', 0, 'years'], undefined), ['plans', 0, 'years'], 'missing_field'],
  [
    'an unknown phasing kind',
    set(base, ['plans', 0, 'phasing'], { kind: 'linear' }),
    ['plans', 0, 'phasing', 'kind'],
    'invalid_type',
  ],
  [
    'weights phasing without weights',
    set(base, ['plans', 0, 'phasing'], { kind: 'weights' }),
    ['plans', 0, 'weights'],
    'missing_field',
  ],
  ['an unknown target id', set(base, ['targets', 1], 'nato-3pct'), ['targets', 1], 'unknown_id'],
  [
    'a custom target with no years',
    set(base, ['targets', 5], { id: 'x', name: 'X', atLeast: '0.02' }),
    ['targets', 5, 'from'],
    'invalid_year',
  ],
  [
    'a custom target above 100%',
    set(base, ['targets', 5], { id: 'x', name: 'X', atLeast: '120%', from: 2026 }),
    ['targets', 5, 'atLeast'],
    'out_of_range',
  ],
  [
    'an fx pair in another base',
    set(base, ['fx', 'USD/EUR'], { default: '0.9' }),
    ['fx', 'USD/EUR'],
    'currency_mismatch',
  ],
  ['an fx key that is not a pair', set(base, ['fx', 'EURUSD'], { default: '1.1' }), ['fx', 'EURUSD'], 'invalid_type'],
  ['a zero exchange rate', set(base, ['fx', 'EUR/USD', 'default'], '0'), ['fx', 'EUR/USD', 'default'], 'out_of_range'],
  [
    'an fx pair with no rate for a year',
    set(base, ['fx', 'EUR/GBP'], { '2025': '0.85' }),
    ['fx', 'EUR/GBP'],
    'missing_year',
  ],
  ['an unknown rounding mode', set(base, ['rounding', 'mode'], 'bankers'), ['rounding', 'mode'], 'invalid_type'],
  ['a source without a title', set(base, ['sources', 0], { publisher: 'x' }), ['sources', 0, 'title'], 'missing_field'],
];

describe('parseScenario rejects malformed scenarios with the path of each problem', () => {
  it.each(malformed)('%s', (_, input, path, code) => {
    const result = safeParseScenario(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(isBudgetWhatIfError(result.error)).toBe(true);
    const issue = result.issues.find((candidate) => JSON.stringify(candidate.path) === JSON.stringify(path));
    expect(issue, `issues: ${JSON.stringify(result.issues)}`).toBeDefined();
    expect(issue?.code).toBe(code);
    expect(() => parseScenario(input)).toThrow(result.error.message);
  });

  it('has at least 30 malformed files', () => {
    expect(malformed.length).toBeGreaterThanOrEqual(30);
  });

  it('lists every problem at once', () => {
    const broken = set(
      set(set(base, ['currency'], undefined), ['economy', 'gdp', 'realGrowht'], {}),
      ['defence', 'shareOfGdp', 'default'],
      '200%',
    );
    const result = safeParseScenario(broken);
    expect(result.success ? [] : result.issues.map((issue) => issue.path.join('.'))).toEqual([
      'currency',
      'economy.gdp.realGrowht',
      'defence.shareOfGdp.default',
    ]);
  });

  it('suggests the key that was meant', () => {
    expect(() => parseScenario(set(base, ['defence', 'shareOfGDP'], { default: '0.05' }))).toThrow(
      'did you mean "shareOfGdp"?',
    );
  });

  it('says to quote a number that is not a safe integer', () => {
    expect(() => parseScenario(set(base, ['defence', 'shareOfGdp', 'default'], 0.055))).toThrow(
      /pass the amount as a string, e\.g\. "0\.055"/,
    );
  });
});

describe('safeParseScenario returns every kind of problem instead of throwing it', () => {
  it('a document nested deeper than the limit: success false, with the depth issue', () => {
    let deep: unknown = 'x';
    for (let level = 0; level < 70; level++) deep = { a: deep };
    const result = safeParseScenario({ ...baselineJson(), name: deep });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]?.code).toBe('input_too_large');
  });

  it('a text longer than 10,000 characters, named by its path, wherever it is; 10,000 is taken', () => {
    const long = 'x'.repeat(10_001);
    const named = safeParseScenario({ ...baselineJson(), name: long });
    expect(named.success).toBe(false);
    if (!named.success)
      expect(named.issues[0]).toMatchObject({
        code: 'input_too_large',
        path: ['name'],
        message: 'a text in a scenario has at most 10,000 characters; this one has 10,001',
      });
    const json = baselineJson() as { sources: Record<string, unknown>[]; economy: { gdp: Record<string, unknown> } };
    const quoted = safeParseScenario(set(json, ['sources', 1, 'quoted'], long));
    expect(quoted.success ? [] : quoted.issues[0]?.path).toEqual(['sources', 1, 'quoted']);
    const vintage = safeParseScenario(set(json, ['economy', 'gdp', 'vintage'], long));
    expect(vintage.success ? [] : vintage.issues[0]?.path).toEqual(['economy', 'gdp', 'vintage']);
    expect(safeParseScenario({ ...baselineJson(), name: 'x'.repeat(10_000) }).success).toBe(true);
  });

  it('a problem only compiling finds (a plan over its total): success false, with its path', () => {
    const json = baselineJson() as { plans: { total: string }[] };
    const result = safeParseScenario({ ...json, plans: [{ ...json.plans[0], total: '1' }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]?.path.slice(0, 2)).toEqual(['plans', 0]);
  });
});

describe('a scenario written as an object literal', () => {
  it('is parsed on the way in, so it evaluates as its parsed form does', () => {
    const literal = baselineJson() as unknown as Parameters<typeof evaluate>[0];
    expect(Object.isFrozen(literal)).toBe(false);
    expect(evaluate(literal).defence.total.amount.toString()).toBe(
      evaluate(parseScenario(baselineJson())).defence.total.amount.toString(),
    );
  });

  it('parsing freezes every level of it', () => {
    const scenario = parseScenario(baselineJson());
    expect(Object.isFrozen(scenario)).toBe(true);
    expect(Object.isFrozen(scenario.economy.gdp)).toBe(true);
    expect(Object.isFrozen(scenario.plans?.[0]?.items[0])).toBe(true);
  });
});
