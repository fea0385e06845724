// Every hostile input that once escaped as a TypeError, a RangeError, NaN, a hang or a huge result (the
// reproductions of issue 11 and what the fuzz suite found since), each now a clean error with its path.
import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import { NUMBER_LIMITS, parseQuote } from '../../src/index';
import { evaluate, getScenario, goalSeek, parseScenarioText, sweep, withOverrides } from '../../src/scenarios/index';
import { simulate, type InputSpec } from '../../src/uncertainty/index';
import { catchError, expectIssue } from '../helpers/errors';

const baseline = once(() => getScenario('lithuania-baseline'));
const PLAN = 'plans[border-countermobility]';

describe('numbers beyond the limits (1)', () => {
  it.each(['1e10000000', '1e1000000', '1e999999999', '1e21', '-1e21'])(
    'a plan total of %s is out of range',
    (total) => {
      expectIssue(() => withOverrides(baseline(), [{ path: `${PLAN}.total`, value: total }]), 'out_of_range', [
        'plans',
        'border-countermobility',
        'total',
      ]);
    },
  );

  it('a deflator of 1e99999 is refused at once; one that compounds GDP past the limit names the year', () => {
    expectIssue(
      () => withOverrides(baseline(), [{ path: 'economy.gdp.deflator.default', value: '1e99999' }]),
      'out_of_range',
      ['economy', 'gdp', 'deflator', 'default'],
    );
    const error = expectIssue(
      () => withOverrides(baseline(), [{ path: 'economy.gdp.deflator.default', value: '1e20' }]),
      'out_of_range',
      ['economy', 'gdp'],
    );
    // 2025 and 2026 have their own deflators; the default applies from 2027.
    expect(error.issues[0]?.message).toContain('in 2027, beyond the largest amount');
  });

  it('the limits are documented in one place', () => {
    expect(NUMBER_LIMITS).toEqual({ significantDigits: 40, largest: '1e21', smallest: '1e-40' });
  });
});

describe('totals never lose digits (2)', () => {
  it('an amount of 1e38 is refused; the largest accepted amounts still add up to the cent', () => {
    expectIssue(() => withOverrides(baseline(), [{ path: 'defence.amounts.2026', value: '1e38' }]), 'out_of_range', [
      'defence',
      'amounts',
      '2026',
    ]);
    const result = evaluate(
      withOverrides(baseline(), [
        { path: 'economy.gdp.base.amount', value: '100000000000000000000' },
        { path: 'defence.amounts.2026', value: '800000000000000000000.99' },
        { path: 'defence.amounts.2025', value: '0.01' },
      ]),
    );
    const years = Object.values(result.defence.byYear).reduce(
      (sum, value) => sum.plus(value.amount),
      result.defence.total.amount.minus(result.defence.total.amount),
    );
    expect(result.defence.total.amount.toFixed()).toBe(years.toFixed());
  });
});

describe('GDP that rounds to nothing (3)', () => {
  it('is refused with the year, instead of a division by zero', () => {
    const series = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [String(2025 + i), '0.001']));
    const error = expectIssue(
      () => withOverrides(baseline(), [{ path: 'economy.gdp', value: { series } }]),
      'out_of_range',
      ['economy', 'gdp'],
    );
    expect(error.issues[0]?.message).toBe(
      'GDP in 2025 is 0.001 EUR, which rounds to 0: GDP must be at least one minor unit',
    );
  });
});

describe('YAML (4)', () => {
  it('an alias to no anchor is a syntax error', () => {
    expectIssue(() => parseScenarioText('name: *x\n'), 'invalid_syntax');
  });

  it('an alias bomb is refused before it expands', () => {
    const bomb = [
      'a: &a [x,x,x,x,x,x,x,x,x]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      '',
    ].join('\n');
    const error = expectIssue(() => parseScenarioText(bomb), 'invalid_syntax');
    expect(error.issues[0]?.message).toBe('not valid YAML: its aliases expand more than 100 times');
  });

  it.each([100, 1000, 3000, 20000])('%d levels of nesting are too deep, in a clear message', (depth) => {
    for (const text of [
      `x: ${'['.repeat(depth)}${']'.repeat(depth)}`,
      `{"x": ${'['.repeat(depth)}${']'.repeat(depth)}}`,
    ]) {
      const error = expectIssue(() => parseScenarioText(text), 'input_too_large');
      expect(error.issues[0]?.message).toMatch(/deeper than 64 levels/);
      expect(error.message).not.toMatch(/call stack/i);
    }
  });

  it('a block sequence nested thousands of levels deep does not overflow the parser (found by fuzzing)', () => {
    const scalar = catchError(() => parseScenarioText(`name: x\nyears:\n  from: 2${'- '.repeat(3000)}025\n`));
    expect(scalar.issues.find((issue) => issue.path.join('.') === 'years.from')?.code).toBe('invalid_type');
    const lines = Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- `).join('\n');
    expectIssue(() => parseScenarioText(`plans:\n${lines}x\n`), 'input_too_large');
  });

  it('20,000 brackets are refused before the parser runs: V8 once aborted the process there (found by fuzzing)', () => {
    for (const text of [`x: ${'['.repeat(20000)}`, `{"x": ${'{"a":'.repeat(20000)}`, '- '.repeat(20000)])
      expectIssue(() => parseScenarioText(text), 'input_too_large');
    // Brackets inside quotes and comments are text, not nesting.
    const quoted = `name: "${'['.repeat(100)}" # ${'{'.repeat(100)}\n`;
    expect(catchError(() => parseScenarioText(quoted)).issues.map((issue) => issue.code)).not.toContain(
      'input_too_large',
    );
  });

  it('a message never echoes a whole long value (found by fuzzing)', () => {
    const error = catchError(() => parseScenarioText(`name: x\nyears:\n  from: "${'- '.repeat(3000)}"\n`));
    for (const issue of error.issues) expect(issue.message.length).toBeLessThan(400);
  });
});

describe('override paths named like built-in properties (5)', () => {
  it.each([
    'toString',
    '__proto__',
    'constructor.x',
    'hasOwnProperty',
    'valueOf',
    'economy.__proto__',
    'economy.gdp.toString',
  ])('%s names nothing', (path) => {
    expectIssue(() => withOverrides(baseline(), [{ path, value: '1' }]), 'unknown_path', ['path']);
    expectIssue(() => sweep(baseline(), { path, values: ['1'], metrics: ['defence.total'] }), 'unknown_path', [
      'values',
      0,
      'path',
    ]);
    expectIssue(
      () => goalSeek(baseline(), { vary: path, metric: 'defence.total', target: '1', bounds: ['0', '1'] }),
      'unknown_path',
      ['path'],
    );
  });

  it('a deep partial with a "__proto__" key is refused, not merged into the prototype', () => {
    const patch = JSON.parse('{"economy": {"__proto__": {"polluted": true}}}') as Record<string, unknown>;
    expectIssue(() => withOverrides(baseline(), patch), 'unknown_key', ['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('removing a required field (6)', () => {
  it.each(['economy.gdp', 'years', 'defence', `${PLAN}.items`, 'name', 'currency', `${PLAN}.years.from`])(
    'removing %s is refused',
    (path) => {
      const error = expectIssue(() => withOverrides(baseline(), [{ path, value: undefined }]), 'missing_field', [
        'value',
      ]);
      expect(error.issues[0]?.message).toContain('is required in a scenario');
    },
  );

  it('removing an optional key, a year or a list element still works', () => {
    const without = withOverrides(baseline(), [
      { path: 'defence.amounts.2025', value: undefined },
      { path: 'targets[nato-wales-2pct]', value: undefined },
      { path: 'description', value: undefined },
    ]);
    expect(without.defence.amounts?.['2025']).toBeUndefined();
    expect(without.targets).not.toContain('nato-wales-2pct');
    expect(without.description).toBeUndefined();
  });
});

describe('simulate with plain-object inputs (7)', () => {
  const run = (inputs: Record<string, unknown>, trials = 10): unknown =>
    simulate(baseline(), { trials, inputs: inputs as Record<string, InputSpec> });

  it('names the input and the parameter of a value beyond the limits', () => {
    expectIssue(() => run({ 'defence.shareOfGdp.default': { kind: 'fixed', value: '1e400' } }), 'out_of_range', [
      'inputs',
      'defence.shareOfGdp.default',
      'value',
    ]);
    expectIssue(() => run({ [`${PLAN}.total`]: { kind: 'uniform', min: 0, max: 1e308 } }), 'out_of_range', [
      'inputs',
      `${PLAN}.total`,
      'max',
    ]);
    expectIssue(
      () => run({ 'economy.gdp.realGrowth.default': { kind: 'lognormal', mu: '-1e400', sigma: 0.1 } }),
      'out_of_range',
      ['inputs', 'economy.gdp.realGrowth.default', 'mu'],
    );
  });

  it('a trial that draws an amount past the limit stops with the trial and the input', () => {
    const error = expectIssue(
      () => run({ [`${PLAN}.total`]: { kind: 'lognormal', mu: 48, sigma: 2 } }, 2000),
      'out_of_range',
      ['inputs', `${PLAN}.total`],
    );
    expect(error.issues[0]?.message).toMatch(/^trial \d+ drew [\d.e+]+ for plans\[border-countermobility\]\.total/);
  });
});

describe('parseQuote (8, 10)', () => {
  it('reads a long run of digits in linear time and refuses text over 200 characters', () => {
    expectIssue(() => parseQuote(`${'9'.repeat(100_000)}.1.1`), 'input_too_large', ['text']);
    expectIssue(() => parseQuote(`${'9'.repeat(190)}.1.1`), 'invalid_quote', ['text']);
  });

  it('a money quote is never below zero', () => {
    const zero = parseQuote('€0 million');
    expect([zero.interval.lo.toString(), zero.interval.hi.toString()]).toEqual(['0', '500000']);
    // A percentage may be negative (growth): its interval is not cut.
    expect(parseQuote('0%').interval.lo.toString()).toBe('-0.005');
  });

  it('refuses a unit that is not above zero, for a figure and for a range alike', () => {
    expectIssue(() => parseQuote('5–6', { unit: '-1' }), 'invalid_quote', ['options', 'unit']);
    expectIssue(() => parseQuote('5', { unit: '-1' }), 'invalid_quote', ['options', 'unit']);
    // A unit of 0 would make "nearly 905" the empty [905, 905) (found by fuzzing).
    expectIssue(() => parseQuote('nearly 905', { unit: '0' }), 'invalid_quote', ['options', 'unit']);
  });
});
