// How a scenario document's problems read (issue 11): our codes and paths, the value received, and "did you
// mean" for a key within two edits (or a third of its length) of a known one, else the keys there are.
import { describe, expect, it } from 'vitest';
import { safeParseScenario } from '../../src/scenarios/index';
import { baselineJson, set } from '../helpers/scenarios';

const base = baselineJson();
const issuesOf = (document: unknown): unknown => {
  const result = safeParseScenario(document);
  return result.success ? [] : result.error.issues;
};
const TOP_KEYS =
  '$schema, name, description, currency, years, economy, fx, defence, plans, targets, rounding, sources, assumptions, published, changes';

describe('scenario document issues', () => {
  it('suggest the known key one typo away, at any depth, in lists and in either kind of target', () => {
    expect(issuesOf({ ...base, nmae: 'x' })).toEqual([
      { code: 'unknown_key', path: ['nmae'], message: 'unknown key "nmae"; did you mean "name"?' },
    ]);
    expect(issuesOf(set(base, ['defence', 'shareOfGpd'], {}))).toEqual([
      {
        code: 'unknown_key',
        path: ['defence', 'shareOfGpd'],
        message: 'unknown key "shareOfGpd"; did you mean "shareOfGdp"?',
      },
    ]);
    expect(issuesOf(set(base, ['plans', 0, 'items', 0, 'amont'], '1'))).toEqual([
      {
        code: 'unknown_key',
        path: ['plans', 0, 'items', 0, 'amont'],
        message: 'unknown key "amont"; did you mean "amount"?',
      },
    ]);
    expect(issuesOf(set(base, ['targets'], [{ id: 'x', name: 'x', atleast: '0.02', from: 2026 }]))).toEqual([
      {
        code: 'unknown_key',
        path: ['targets', 0, 'atleast'],
        message: 'unknown key "atleast"; did you mean "atLeast"?',
      },
    ]);
  });

  it('list the keys there are when none is near', () => {
    expect(issuesOf({ ...base, zzzzzzzz: 'x' })).toEqual([
      { code: 'unknown_key', path: ['zzzzzzzz'], message: `unknown key "zzzzzzzz" (expected one of ${TOP_KEYS})` },
    ]);
  });

  it('count as near two edits, or a third of a long key', () => {
    // "nameXYZ" is three edits from "name" and 7 long (a third: 2): too far.
    expect(issuesOf({ ...base, nameXYZ: 'x' })).toEqual([
      { code: 'unknown_key', path: ['nameXYZ'], message: `unknown key "nameXYZ" (expected one of ${TOP_KEYS})` },
    ]);
    // "descriptionXYZ" is three edits from "description" and 14 long (a third: 4): near.
    expect(issuesOf({ ...base, descriptionXYZ: 'x' })).toEqual([
      {
        code: 'unknown_key',
        path: ['descriptionXYZ'],
        message: 'unknown key "descriptionXYZ"; did you mean "description"?',
      },
    ]);
    // Case does not count: "NAME" is "name".
    expect(issuesOf({ ...base, NAME: 'x' })).toEqual([
      { code: 'unknown_key', path: ['NAME'], message: 'unknown key "NAME"; did you mean "name"?' },
    ]);
  });

  it('say what is missing, what was received instead, and a bad year key', () => {
    const noName = Object.fromEntries(Object.entries(base).filter(([key]) => key !== 'name'));
    expect(issuesOf(noName)).toEqual([{ code: 'missing_field', path: ['name'], message: 'missing "name"' }]);
    expect(issuesOf({ ...base, name: 5 })).toEqual([
      {
        code: 'invalid_type',
        path: ['name'],
        message: 'expected a string, received 5',
        received: '5',
      },
    ]);
    expect(issuesOf(set(base, ['defence', 'amounts', '20x6'], '1'))).toEqual([
      {
        code: 'invalid_year',
        path: ['defence', 'amounts', '20x6'],
        message: 'expected a year such as "2030" as the key, received "20x6"',
        received: '"20x6"',
      },
    ]);
    expect(issuesOf(set(base, ['fx', 'EUR/USD', 'default'], 'abc'))).toEqual([
      {
        code: 'invalid_number',
        path: ['fx', 'EUR/USD', 'default'],
        message: 'expected a decimal number such as "1100000000", "0.055", "1.1e9" or "1_100_000_000", received "abc"',
        received: '"abc"',
      },
    ]);
  });

  it('report a custom target’s own problem, not that it is not an id', () => {
    expect(issuesOf(set(base, ['targets'], [{ id: 'x', name: 'x', atLeast: '150%', from: 2026 }]))).toEqual([
      {
        code: 'out_of_range',
        path: ['targets', 0, 'atLeast'],
        message: 'a share of GDP is from 0 to 1 ("0.055" or "5.5%"), received 150%',
        received: '"150%"',
      },
    ]);
  });

  it('refuse a number that may carry a binary rounding error, saying how to write it', () => {
    expect(issuesOf(set(base, ['plans', 0, 'items', 0, 'amount'], 5.5))).toEqual([
      {
        code: 'unsafe_number',
        path: ['plans', 0, 'items', 0, 'amount'],
        message:
          '5.5 is not a safe integer, so it may already carry a binary rounding error; pass the amount as a string, e.g. "5.5", or convert it on purpose with fromNumber()',
        received: '5.5',
      },
    ]);
  });

  it('report an amount out of range inside { amount } there, not as a share received an object', () => {
    expect(
      issuesOf(set(base, ['targets'], [{ id: 'x', name: 'x', atLeast: { amount: '1e400' }, from: 2026 }])),
    ).toEqual([
      {
        code: 'out_of_range',
        path: ['targets', 0, 'atLeast', 'amount'],
        message: '"1e400" is too large: budget-whatif takes numbers below 1e21 (10^21) in magnitude',
        received: '"1e400"',
      },
    ]);
  });

  it('report a target of neither kind as the kind it most looks like', () => {
    expect(issuesOf(set(base, ['targets'], [5]))).toEqual([
      {
        code: 'invalid_type',
        path: ['targets', 0],
        message: 'expected a string, received 5',
        received: '5',
      },
    ]);
  });
});

describe('scenario document issues, by zod’s kind', () => {
  it('a year too large is out of range; a pair key not written as a pair is the wrong type', () => {
    const big = issuesOf(set(base, ['years', 'to'], 10000)) as readonly { code: string; path: unknown }[];
    expect(big.map((issue) => [issue.code, issue.path])).toEqual([['out_of_range', ['years', 'to']]]);
    const pair = issuesOf(set(base, ['fx', 'EURUSD'], { default: '1.1' })) as readonly {
      code: string;
      path: unknown;
      message: string;
    }[];
    expect(pair.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      ['invalid_type', ['fx', 'EURUSD'], 'expected a currency pair such as "EUR/USD", received "EURUSD"'],
    ]);
  });

  it('an unknown key inside an optional object within a list element lists the keys there are', () => {
    const phased = set(base, ['plans', 0, 'phasing'], { kind: 'even', zzzzzzzz: 1 });
    expect(issuesOf(phased)).toEqual([
      {
        code: 'unknown_key',
        path: ['plans', 0, 'phasing', 'zzzzzzzz'],
        message: 'unknown key "zzzzzzzz" (expected one of kind, weights, ratio, steepness, amounts)',
      },
    ]);
  });
});
