// The scenario schema's own words (issue 11): what each field expects and what it received, written as
// a reader would write it; percentages read with spaces; nesting limited at 64 levels.
import { describe, expect, it } from 'vitest';
import { safeParseScenario } from '../../src/scenarios/index';
import { checkDepth } from '../../src/scenarios/limits';
import { baselineJson, set } from '../helpers/scenarios';
import { expectIssue } from '../helpers/errors';

const base = baselineJson();
const issueOf = (path: readonly (string | number)[], value: unknown): unknown => {
  const result = safeParseScenario(set(base, path, value));
  return result.success ? undefined : result.error.issues[0];
};

describe('the schema says what it expected and what it received', () => {
  const from = ['years', 'from'];
  // [what, where it is set, the value, the code, the message]; the issue's path is where it is set, or
  // the key inside it that is wrong.
  const rows: readonly (readonly [string, readonly (string | number)[], unknown, string, string])[] = [
    ['a year as text', from, '2025', 'invalid_type', 'expected a year (a whole number such as 2030), received "2025"'],
    ['a year with a fraction', from, 2025.5, 'invalid_type', 'expected a whole year, received 2025.5'],
    ['a year that is true', from, true, 'invalid_type', 'expected a year (a whole number such as 2030), received true'],
    ['a year that is null', from, null, 'invalid_type', 'expected a year (a whole number such as 2030), received null'],
    [
      'an unknown phasing',
      ['plans', 0, 'phasing', 'kind'],
      'linear',
      'invalid_type',
      'expected one of even, weights, front-loaded, back-loaded, s-curve, amounts, received "linear"',
    ],
    [
      'a currency pair without a slash',
      ['fx', 'EURUSD'],
      { default: '1' },
      'invalid_type',
      'expected a currency pair such as "EUR/USD", received "EURUSD"',
    ],
    [
      'an unknown rounding mode',
      ['rounding', 'mode'],
      'nearest',
      'invalid_type',
      'expected one of half-even, half-up, half-down, up, down, ceil, floor, received "nearest"',
    ],
    [
      'a rate of −100%',
      ['economy', 'gdp', 'realGrowth', 'default'],
      '-100%',
      'out_of_range',
      'a rate must be above −100% ("0.03" or "3%"), received -100%',
    ],
    [
      'a share that is true',
      ['defence', 'shareOfGdp', 'default'],
      true,
      'invalid_type',
      'expected a number written as a string ("1100000000", "0.055"), received true',
    ],
    ...(
      [
        [undefined, 'nothing'],
        [5, '5'],
        [false, 'false'],
        [null, 'null'],
        [['even'], 'a list'],
        [{ kind: 'even' }, 'an object'],
      ] as const
    ).map(
      ([value, described]: readonly [unknown, string]) =>
        [
          `a phasing kind of ${described}`,
          ['plans', 0, 'phasing', 'kind'],
          value,
          'invalid_type',
          `expected one of even, weights, front-loaded, back-loaded, s-curve, amounts, received ${described}`,
        ] as const,
    ),
  ];
  it.each(rows.map((row) => [row[0], row] as const))('%s', (_, [, path, value, code, message]) => {
    expect(issueOf(path, value)).toMatchObject({ code, path, message });
  });

  it('reads a percentage with spaces around it and its sign', () => {
    const result = safeParseScenario(set(base, ['economy', 'gdp', 'realGrowth', 'default'], ' 2.5 % '));
    expect(result.success && result.scenario.economy.gdp.realGrowth?.['default']).toBe('0.025');
  });
});

describe('a change record holds plain JSON only', () => {
  const changed = (before: unknown): unknown => {
    const result = safeParseScenario({ ...base, changes: [{ path: 'name', before, after: 'x', from: 'test' }] });
    return result.success ? 'accepted' : result.error.issues[0];
  };
  const refused = (what: string): object => ({
    code: 'invalid_type',
    path: ['changes', 0, 'before'],
    message: `a value before or after a change is what a scenario file can hold (text, finite numbers, true/false, null, lists and objects, nested at most 64 deep), received ${what}`,
  });

  it('lists and objects of plain values, at any level a file may nest', () => {
    expect(changed({ a: { b: [1, 'two', null, true] } })).toBe('accepted');
    expect(changed(Object.assign(Object.create(null) as object, { a: 1 }))).toBe('accepted');
  });

  it('refuses a list or an object with one value that is not plain JSON among plain ones', () => {
    expect(changed([1, new Date(0)])).toMatchObject(refused('a list'));
    expect(changed({ a: 1, b: new Map() })).toMatchObject(refused('an object'));
    expect(changed({ a: 1, b: Number.NaN })).toMatchObject(refused('an object'));
  });
});

describe('checkDepth', () => {
  const nested = (levels: number): unknown => {
    let value: unknown = 1;
    for (let i = 0; i < levels; i++) value = [value];
    return value;
  };
  it('allows 64 levels of lists and objects, and refuses 65', () => {
    expect(() => {
      checkDepth(nested(64));
    }).not.toThrow();
    expect(
      expectIssue(
        () => {
          checkDepth(nested(65));
        },
        'input_too_large',
        [],
      ).message,
    ).toContain('the document nests deeper than 64 levels; a scenario needs fewer than 10');
    expect(() => {
      checkDepth({ a: { b: nested(62) } });
    }).not.toThrow();
    expectIssue(
      () => {
        checkDepth({ a: { b: nested(63) } });
      },
      'input_too_large',
      [],
    );
  });

  it('counts a shared object once, and does not loop on a cycle', () => {
    const shared = nested(10);
    expect(() => {
      checkDepth({ a: shared, b: shared });
    }).not.toThrow();
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(() => {
      checkDepth(cycle);
    }).not.toThrow();
  });
});
