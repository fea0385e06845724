// The hard range of each kind of value (vocabulary.ts), at its edges: an included end is accepted, an
// excluded one and anything beyond is refused with the rule and the value as written (issue 11). And the
// entry points' own refusals: text, formats, sweeps, tornadoes, goal seeking, built-in names.
import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import {
  getScenario,
  goalSeek,
  parseScenarioText,
  sweep,
  sweep2,
  tornado,
  withOverrides,
} from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';

const baseline = once(() => getScenario('lithuania-baseline'));

describe('each kind of value, at the edges of its range', () => {
  // One year's rate, so that −99% does not shrink GDP to nothing over the years after it.
  const rows: readonly (readonly [
    path: string,
    accepted: readonly string[],
    refused: readonly string[],
    rule: string,
  ])[] = [
    [
      'economy.gdp.realGrowth.2026',
      ['-0.99', '-99%', '5'],
      ['-1', '-100%', '-1.5'],
      'a rate must be above −100% ("0.03" or "3%")',
    ],
    [
      'defence.shareOfGdp.default',
      ['0', '1', '100%', '0%'],
      ['1.0001', '-0.0001', '100.01%'],
      'a share of GDP is from 0 to 1 ("0.055" or "5.5%")',
    ],
    ['defence.amounts.2026', ['0', '0.01'], ['-0.01'], 'an amount must not be negative'],
    ['economy.gdp.base.amount', ['0.01'], ['0', '-5'], 'GDP must be above 0'],
    ['fx.EUR/USD.default', ['0.0001'], ['0', '-1'], 'an exchange rate must be above 0'],
    ['economy.population.default', ['1', '2890219'], ['0.99', '0'], 'a population is at least 1 inhabitant'],
  ];
  it.each(rows.map((row) => [row[0], row] as const))('%s', (_, [path, accepted, refused, rule]) => {
    for (const value of accepted) expect(() => withOverrides(baseline(), [{ path, value }]), value).not.toThrow();
    for (const value of refused) {
      const error = expectIssue(
        () => withOverrides(baseline(), [{ path, value }]),
        'out_of_range',
        path.startsWith('fx.') ? ['fx', 'EUR/USD', 'default'] : path.split('.'),
      );
      expect(error.message).toContain(`${rule}, received ${value}`);
    }
  });
});

describe('the entry points refuse', () => {
  it('text that is not a string, too long, or in an unknown format', () => {
    expect(expectIssue(() => parseScenarioText(5 as unknown as string), 'invalid_type', []).message).toContain(
      'expected the text of a file, received 5',
    );
    const long = `name: x\n#${'x'.repeat(10_000_000)}`;
    expect(expectIssue(() => parseScenarioText(long), 'input_too_large', []).message).toContain(
      `the text has ${String(long.length)} characters; a scenario has at most 10000000`,
    );
    expect(
      expectIssue(() => parseScenarioText('name: x', { format: 'toml' as 'yaml' }), 'invalid_type', [
        'options',
        'format',
      ]).message,
    ).toContain('format is "json" or "yaml", received "toml"');
  });

  it('YAML that does not parse, and YAML nested beyond the limit', () => {
    expect(expectIssue(() => parseScenarioText('name: [x'), 'invalid_syntax', []).message).toContain(
      'not valid YAML: ',
    );
    const deep = `${'['.repeat(70)}${']'.repeat(70)}`;
    expect(expectIssue(() => parseScenarioText(`name: ${deep}`), 'input_too_large', []).message).toContain(
      'nests deeper than 64 levels',
    );
  });

  it('JSON text read as JSON, whatever its first spaces', () => {
    const text = `  ${JSON.stringify(baseline())}`;
    expect(parseScenarioText(text).name).toBe(baseline().name);
  });

  it('a sweep without values or metrics, a grid without values on an axis', () => {
    const path = 'defence.shareOfGdp.default';
    expect(
      expectIssue(() => sweep(baseline(), { path, values: [], metrics: ['defence.2026'] }), 'empty_input', ['values'])
        .message,
    ).toContain('a sweep needs at least one value');
    expect(
      expectIssue(() => sweep(baseline(), { path, values: ['5%'], metrics: [] }), 'empty_input', ['metrics']).message,
    ).toContain('a sweep needs at least one metric');
    const axis = { path, values: ['5%'] };
    expect(
      expectIssue(
        () => sweep2(baseline(), { rows: { path, values: [] }, columns: axis, metric: 'defence.2026' }),
        'empty_input',
        ['rows', 'values'],
      ).message,
    ).toContain('the rows need at least one value');
    expect(
      expectIssue(
        () => sweep2(baseline(), { rows: axis, columns: { path, values: [] }, metric: 'defence.2026' }),
        'empty_input',
        ['columns', 'values'],
      ).message,
    ).toContain('the columns need at least one value');
  });

  it('a sweep value out of range, naming the value’s place in the sweep', () => {
    const error = expectIssue(
      () =>
        sweep(baseline(), { path: 'defence.shareOfGdp.default', values: ['5%', '150%'], metrics: ['defence.2026'] }),
      'out_of_range',
      ['values', 1, 'defence', 'shareOfGdp', 'default'],
    );
    expect(error.message).toContain('received 150%');
  });

  it('a tornado without inputs', () => {
    expect(
      expectIssue(() => tornado(baseline(), { metric: 'defence.2026', inputs: [] }), 'empty_input', ['inputs']).message,
    ).toContain('a tornado needs at least one input');
  });

  it('goal seeking with too few iterations, reversed bounds, or no bounds where there are no defaults', () => {
    const seek = { vary: 'defence.shareOfGdp.default', metric: 'defence.2030', target: '6000000000' };
    expect(
      expectIssue(() => goalSeek(baseline(), { ...seek, maxIterations: 1 }), 'out_of_range', ['maxIterations']).message,
    ).toContain('maxIterations must be a whole number of at least 2, received 1');
    expect(
      expectIssue(() => goalSeek(baseline(), { ...seek, maxIterations: 2.5 }), 'out_of_range', ['maxIterations'])
        .message,
    ).toContain('received 2.5');
    expect(goalSeek(baseline(), { ...seek, maxIterations: 2 }).iterations).toBeLessThanOrEqual(2);
    expect(
      expectIssue(() => goalSeek(baseline(), { ...seek, bounds: ['0.06', '0.05'] }), 'out_of_range', ['bounds'])
        .message,
    ).toContain('the bounds must run from low to high, received 0.06 and 0.05');
    expectIssue(() => goalSeek(baseline(), { ...seek, bounds: ['0.05', '0.05'] }), 'out_of_range', ['bounds']);
    expect(
      expectIssue(() => goalSeek(baseline(), { ...seek, vary: 'economy.gdp.realGrowth.default' }), 'out_of_range', [
        'bounds',
      ]).message,
    ).toContain('give bounds for "economy.gdp.realGrowth.default": only shares of GDP have default bounds (0 to 1)');
  });

  it('an unknown built-in scenario, listing the ones there are', () => {
    expect(expectIssue(() => getScenario('lithuania'), 'unknown_id', ['name']).message).toContain(
      'no built-in scenario "lithuania"; there are lithuania-baseline',
    );
  });
});
