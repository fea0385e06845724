// Tornado charts (issue 11): rows by swing, largest first, equal swings in the order given; each end read
// as its own what-if, a bad one named by its input and end. Figures on a GDP of 1,000 a year.
import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import { parseScenario, tornado, type Scenario } from '../../src/scenarios/index';
import { withOldNames } from '../../src/scenarios/deprecated';
import { expectIssue } from '../helpers/errors';

const flat = once<Scenario>(() =>
  parseScenario({
    name: 'Flat',
    currency: 'EUR',
    years: { from: 2025, to: 2025 },
    economy: { gdp: { base: { year: 2024, amount: '1000' }, nominalGrowth: { default: '0' } } },
    fx: { 'EUR/USD': { default: '1' } },
    defence: { shareOfGdp: { default: '5%' } },
  }),
);

describe('tornado', () => {
  it('sorts by swing, largest first, keeping the given order for equal swings', () => {
    const chart = tornado(flat(), {
      metric: 'defence.2025.usd',
      inputs: [
        { path: 'fx.EUR/USD.default', low: '1', high: '1.2' }, // 50 → 60: 10
        { path: 'defence.shareOfGdp.default', low: '4%', high: '6%' }, // 40 → 60: 20
        { path: 'economy.gdp.nominalGrowth.default', low: '0', high: '0.2' }, // 50 → 60: 10
      ],
    });
    expect(chart.base.value.toString()).toBe('50');
    expect(
      chart.rows.map((row) => [row.path, row.atLow.toString(), row.atHigh.toString(), row.swing.toString()]),
    ).toEqual([
      ['defence.shareOfGdp.default', '40', '60', '20'],
      ['fx.EUR/USD.default', '50', '60', '10'],
      ['economy.gdp.nominalGrowth.default', '50', '60', '10'],
    ]);
  });

  it('measures a swing that falls as its size', () => {
    const chart = tornado(flat(), {
      metric: 'defence.2025',
      inputs: [{ path: 'defence.shareOfGdp.default', low: '6%', high: '4%' }],
    });
    expect(chart.rows[0]?.swing.toString()).toBe('20');
  });

  it('keeps the given order of many inputs with the same swing', () => {
    const inputs = ['1', '2', '3', '4', '5'].map((low) => ({
      path: 'fx.EUR/USD.default',
      low,
      high: String(Number(low) + 1),
    }));
    // 50 EUR at low, then at low + 1: each swing is 50.
    const chart = tornado(flat(), { metric: 'defence.2025.usd', inputs });
    expect(chart.rows.map((row) => [row.low, row.swing.toString()])).toEqual(inputs.map((input) => [input.low, '50']));
  });

  it('names the input and the end of a bad low value too', () => {
    expectIssue(
      () =>
        tornado(flat(), {
          metric: 'defence.2025',
          inputs: [{ path: 'defence.shareOfGdp.default', low: '-4%', high: '6%' }],
        }),
      'out_of_range',
      ['inputs', 0, 'low', 'defence', 'shareOfGdp', 'default'],
    );
  });

  it('names the input and the end of a bad value', () => {
    expectIssue(
      () =>
        tornado(flat(), {
          metric: 'defence.2025',
          inputs: [{ path: 'defence.shareOfGdp.default', low: '4%', high: '160%' }],
        }),
      'out_of_range',
      ['inputs', 0, 'high', 'defence', 'shareOfGdp', 'default'],
    );
  });
});

describe('old names of result fields', () => {
  it('read the new field, do not show in JSON, and never hide a field of that name', () => {
    const withNew = withOldNames({ byYear: 1, metCount: 2 });
    expect([(withNew as { amounts?: number }).amounts, (withNew as { met?: number }).met]).toEqual([1, 2]);
    expect(JSON.stringify(withNew)).toBe('{"byYear":1,"metCount":2}');
    const own = withOldNames({ byYear: 1, amounts: 3 });
    expect(own.amounts).toBe(3);
    expect('met' in withOldNames({ byYear: 1 })).toBe(false);
    expect(withOldNames({ metCount: 2, met: true }).met).toBe(true);
  });

  it('can be given twice to the same object (a section passed on), keeping one alias each', () => {
    const twice = withOldNames(withOldNames({ byYear: 1, metCount: 2 }));
    expect([(twice as { amounts?: number }).amounts, (twice as { met?: number }).met]).toEqual([1, 2]);
  });
});
