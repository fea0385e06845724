import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMinorUnits } from '../../src/index';
import { compare, evaluate, goalSeek, metric, parseScenario, withOverrides } from '../../src/scenarios/index';
import { randomScenarios as scenarios } from '../helpers/scenarios';

describe('scenarios (properties)', () => {
  it('an empty patch gives deltas that are all exactly zero', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const comparison = compare(scenario, withOverrides(scenario, []));
        expect(comparison.changed).toEqual([]);
        expect(compare(scenario, parseScenario(JSON.parse(JSON.stringify(scenario)))).changed).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('a result survives JSON: amounts are strings, and writing what was read gives the same bytes', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const result = evaluate(scenario);
        const json = JSON.stringify(result);
        expect(JSON.stringify(JSON.parse(json))).toBe(json);
        const read = JSON.parse(json) as {
          defence: { total: { amount: unknown } };
          gdp: Record<string, { amount: unknown }>;
        };
        expect(typeof read.defence.total.amount).toBe('string');
        expect(read.defence.total.amount).toBe(result.defence.total.amount.toString());
        for (const [year, value] of Object.entries(read.gdp))
          expect(value.amount).toBe(result.gdp[Number(year)]?.amount.toString());
        expect(/"amount":-?\d/.test(json)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('every plan schedule in a result reconciles, and totals are the sums of their rounded years', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const result = evaluate(scenario);
        for (const plan of result.plans) {
          expect(plan.schedule.rows.reduce((sum, row) => sum + toMinorUnits(row.total), 0n)).toBe(
            toMinorUnits(plan.total),
          );
          for (const item of plan.schedule.items) {
            expect(
              plan.schedule.rows.reduce((sum, row) => sum + toMinorUnits(row.items[item.id] ?? row.total), 0n),
            ).toBe(toMinorUnits(item.amount));
          }
        }
        const years = Object.values(result.defence.byYear).reduce((sum, value) => sum + toMinorUnits(value), 0n);
        expect(years).toBe(toMinorUnits(result.defence.total));
        const usd = result.views['USD'];
        if (usd !== undefined)
          expect(Object.values(usd.defence.byYear).reduce((sum, value) => sum + toMinorUnits(value), 0n)).toBe(
            toMinorUnits(usd.defence.total),
          );
      }),
      { numRuns: 60 },
    );
  });

  it('goal seek on a linear metric returns the value at which the metric hits the target exactly', () => {
    fc.assert(
      fc.property(scenarios, fc.integer({ min: 1, max: 99 }), (scenario, percent) => {
        const last = scenario.years.to;
        const atOne = metric(
          evaluate(
            withOverrides(scenario, [
              { path: 'defence.shareOfGdp.default', value: '1' },
              { path: `defence.amounts.${String(last)}`, value: undefined },
            ]),
          ),
          `gdp.${String(last)}`,
        ).value;
        // A target of percent% of that year's GDP, in whole cents: reachable by a share from 0 to 1.
        const target = atOne.times(percent).div(100).toDecimalPlaces(2, 1);
        const withoutAmount = withOverrides(scenario, [{ path: `defence.amounts.${String(last)}`, value: undefined }]);
        const found = goalSeek(withoutAmount, {
          vary: 'defence.shareOfGdp.default',
          metric: `defence.${String(last)}`,
          target: target.toFixed(),
        });
        expect(found.exact).toBe(true);
        expect(metric(evaluate(found.scenario), `defence.${String(last)}`).value.eq(target)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
