// Provenance under any set of what-ifs on the baseline: every assumption the scenario states is in exactly
// one place (still made whole, made except where changes set a figure, or replaced), the changes listed
// against it are among those made, and more changes never bring a replaced assumption or source back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, getScenario, withOverrides, type ScenarioResult } from '../../src/scenarios/index';

const baseline = getScenario('lithuania-baseline');

/** Overrides the baseline accepts, each a figure of its own or a record above several. */
const POOL: readonly { readonly path: string; readonly value: unknown }[] = [
  { path: 'defence.shareOfGdp.default', value: '6%' },
  { path: 'defence.shareOfGdp.2030', value: '6%' },
  { path: 'defence.shareOfGdp.2033', value: '5%' },
  { path: 'defence.amounts.2026', value: '5000000000' },
  { path: 'economy.gdp.realGrowth.default', value: '2%' },
  { path: 'economy.gdp.realGrowth.2025', value: '2%' },
  { path: 'economy.gdp.realGrowth.2030', value: '1%' },
  { path: 'economy.gdp.deflator.default', value: '3%' },
  { path: 'economy.gdp.base.amount', value: '80000000000' },
  { path: 'economy.population.2030', value: '2700000' },
  { path: 'fx.EUR/USD.default', value: '1.05' },
  { path: 'fx.EUR/USD.2030', value: '1.2' },
  { path: 'plans[0].total', value: '1200000000' },
  { path: 'plans[0].items[anti-tank-mines].amount', value: '900000000' },
  { path: 'plans[0].years.from', value: 2026 },
];

const statementsOf = (entries: ScenarioResult['replaced']): Set<string> =>
  new Set(entries.map((entry) => entry.assumption.statement));

describe('provenance (properties)', () => {
  const subsets = fc.uniqueArray(fc.integer({ min: 0, max: POOL.length - 1 }), { maxLength: 6 });

  it('each stated assumption is whole, in part or replaced, once; its changes among those made', () => {
    const stated = evaluate(baseline).assumptions.map((a) => a.statement);
    fc.assert(
      fc.property(subsets, (picked) => {
        const result = evaluate(
          withOverrides(
            baseline,
            picked.map((i) => POOL[i] as (typeof POOL)[number]),
          ),
        );
        const made = new Set(result.assumptions.map((a) => a.statement));
        const partly = statementsOf(result.partlyReplaced);
        const replaced = statementsOf(result.replaced);
        for (const statement of stated) expect(Number(made.has(statement)) + Number(replaced.has(statement))).toBe(1);
        for (const statement of partly) expect(made.has(statement)).toBe(true);
        const paths = new Set(result.changes.map((change) => change.path));
        for (const entry of [...result.replaced, ...result.partlyReplaced, ...result.replacedSources]) {
          expect(entry.by.length).toBeGreaterThan(0);
          for (const change of entry.by) expect(paths.has(change.path)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('more changes never bring back a replaced assumption or source, nor leave one they touched untouched', () => {
    fc.assert(
      fc.property(subsets, subsets, (first, more) => {
        const apply = (picked: readonly number[]) =>
          evaluate(
            withOverrides(
              baseline,
              picked.map((i) => POOL[i] as (typeof POOL)[number]),
            ),
          );
        const fewer = apply(first);
        const all = apply([...first, ...more.filter((i) => !first.includes(i))]);
        const touched = (result: ScenarioResult) =>
          new Set([...statementsOf(result.replaced), ...statementsOf(result.partlyReplaced)]);
        for (const statement of statementsOf(fewer.replaced))
          expect(statementsOf(all.replaced).has(statement)).toBe(true);
        for (const statement of touched(fewer)) expect(touched(all).has(statement)).toBe(true);
        const sources = (result: ScenarioResult) => new Set(result.replacedSources.map((r) => r.source.title));
        for (const title of sources(fewer)) expect(sources(all).has(title)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
