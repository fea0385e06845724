// The page's problems (page/src/problems.ts): one line each, with the line and column in the text when
// there is one and the path in the scenario, in the library's words.
import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../page/src/problems';
import { BudgetWhatIfError } from '../../src/index';
import { parseScenarioText } from '../../src/scenarios/index';
import { BAD_DEFLATOR_YAML } from '../helpers/scenarios';

function thrown(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('the page’s problems', () => {
  it('name the line, the column and the path of each problem read from text', () => {
    const text = BAD_DEFLATOR_YAML;
    // Line 8; the value starts in column 26 (4 spaces, "deflator: { default: " is 21 characters).
    expect(problemsOf(thrown(() => parseScenarioText(text)))).toEqual([
      'line 8:26, economy.gdp.deflator.default: expected a decimal number such as "1100000000", "0.055", "1.1e9" or "1_100_000_000", received "abc"',
    ]);
  });

  it('write an element of a list by its index, and a problem of the whole without a path', () => {
    const error = new BudgetWhatIfError([
      { code: 'out_of_range', path: ['plans', 0, 'years', 'to'], message: 'the years run backwards' },
      { code: 'invalid_syntax', path: [], message: 'not valid JSON', line: 3 },
      { code: 'invalid_type', path: [1, 'id'], message: 'expected an id' },
      { code: 'invalid_syntax', path: [], message: 'not valid YAML', line: 4, column: 2 },
    ]);
    expect(problemsOf(error)).toEqual([
      'plans[0].years.to: the years run backwards',
      'line 3, not valid JSON',
      '[1].id: expected an id',
      'line 4:2, not valid YAML',
    ]);
  });

  it('take any other error by its message, and anything else as text', () => {
    expect(problemsOf(new RangeError('a path runs from one year to a later one'))).toEqual([
      'a path runs from one year to a later one',
    ]);
    expect(problemsOf('plain')).toEqual(['plain']);
  });
});
