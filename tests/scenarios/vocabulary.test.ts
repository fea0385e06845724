// Which numbers a simulation may vary, and the range of each kind in floats as in decimals (issue 11).
// The table is docs/scenario-format.md's "What a simulation can vary", row by row.
import { describe, expect, it } from 'vitest';
import { decimal } from '../../src/index';
import { inRange, notVariable, readValue, variableKind } from '../../src/scenarios/vocabulary';
import { expectIssue } from '../helpers/errors';

describe('variableKind', () => {
  it.each([
    ['economy.gdp.base.amount', 'gdp'],
    ['economy.gdp.known.2024', 'gdp'],
    ['economy.gdp.series.2030', 'gdp'],
    ['economy.gdp.realGrowth.2026', 'rate'],
    ['economy.gdp.deflator.default', 'rate'],
    ['economy.gdp.nominalGrowth.default', 'rate'],
    ['economy.population.default', 'population'],
    ['economy.population.2030', 'population'],
    ['fx.EUR/USD.default', 'fx'],
    ['fx.EUR/PLN.2027', 'fx'],
    ['defence.shareOfGdp.default', 'share'],
    ['defence.related.shareOfGdp.2030', 'share'],
    ['defence.amounts.2026', 'amount'],
    ['defence.related.amounts.2026', 'amount'],
    ['plans[border].total', 'amount'],
    ['plans[border].items[mines].amount', 'amount'],
    ['plans[border].items[mines].share', 'share'],
  ])('%s is a %s', (path, kind) => {
    expect(variableKind(path)).toBe(kind);
  });

  it.each([
    'economy.gdp.base.year',
    'economy.gdp.known.next',
    'economy.gdp.realGrowth.20266',
    'xeconomy.gdp.base.amount',
    'economy.gdp.base.amountx',
    'fx.EUR/USD.2026.x',
    'defence.shareOfGdp',
    'defence.amounts.default',
    'plans[border].name',
    'plans[border].items[mines].name',
    'name',
  ])('%s is nothing a simulation varies', (path) => {
    expect(variableKind(path)).toBeUndefined();
  });

  it('lists what can be varied when a path cannot', () => {
    const error = expectIssue(() => notVariable('name', ['inputs', 0, 'path']), 'unknown_path', ['inputs', 0, 'path']);
    expect(error.message).toContain(
      '"name" is not a number a simulation can vary. It varies economy.gdp.base.amount; ',
    );
    expect(error.message).toContain('plans[<id>].items[<id>].share (except in plans phased by explicit amounts)');
  });
});

describe('inRange and readValue', () => {
  it('agree in floats and in decimals at every edge', () => {
    const edges: readonly (readonly [Parameters<typeof inRange>[0], number, boolean])[] = [
      ['rate', -1, false],
      ['rate', -0.999, true],
      ['share', 0, true],
      ['share', 1, true],
      ['share', 1.001, false],
      ['share', -0.001, false],
      ['amount', 0, true],
      ['amount', -0.01, false],
      ['gdp', 0, false],
      ['fx', 0, false],
      ['fx', 0.5, true],
      ['population', 1, true],
      ['population', 0.5, false],
    ];
    for (const [kind, value, inside] of edges) {
      expect(inRange(kind, value), `${kind} ${String(value)}`).toBe(inside);
      expect(inRange(kind, decimal(String(value))), `${kind} ${String(value)} as a decimal`).toBe(inside);
    }
  });

  it('reads a percentage only where the kind has one, and says the rule with the value as written', () => {
    expect(readValue('share', '5.5%').toString()).toBe('0.055');
    expect(readValue('rate', '3%').toString()).toBe('0.03');
    expect(readValue('population', 10).toString()).toBe('10');
    expectIssue(() => readValue('amount', '5%', ['x']), 'invalid_number', ['x']);
    expect(expectIssue(() => readValue('share', '150%', ['s']), 'out_of_range', ['s']).message).toContain(
      'a share of GDP is from 0 to 1 ("0.055" or "5.5%"), received 150%',
    );
    expect(expectIssue(() => readValue('fx', -2), 'out_of_range', []).message).toContain(
      'an exchange rate must be above 0, received -2',
    );
  });
});
