// Provenance of every what-if (issue 13): each change recorded with its path, the value before and after
// and what made it; assumptions whose every figure a change set listed as replaced, never as still made;
// those with some of their figures set, still made except where the changes set a figure. Values
// before are the baseline's own (EUR/USD 1.13, the ECB's 2025 average; the €1.1bn border plan; 5.5% of
// GDP); values after are those written, in canonical form (6% is 0.06).
import { describe, expect, it } from 'vitest';
import { covers, overridesDefault } from '../../src/scenarios/replaced';
import type { Change } from '../../src/scenarios/types';
import { once } from '../helpers/once';
import {
  evaluate,
  getScenario,
  goalSeek,
  parseScenario,
  withOverrides,
  type Scenario,
} from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';

const baseline = once(() => getScenario('lithuania-baseline'));
const statements = (scenario: Scenario): string[] => evaluate(scenario).assumptions.map((a) => a.statement);

describe('withOverrides records each change', () => {
  it('with the path, the value before and after, and what made it (withOverrides by default)', () => {
    const weaker = withOverrides(baseline(), [{ path: 'fx.EUR/USD.default', value: '1.05' }]);
    expect(weaker.changes).toEqual([
      { path: 'fx.EUR/USD.default', before: '1.13', after: '1.05', from: 'withOverrides' },
    ]);
    const fromCli = withOverrides(baseline(), [{ path: 'defence.shareOfGdp.default', value: '6%' }], { from: '--set' });
    expect(fromCli.changes).toEqual([
      { path: 'defence.shareOfGdp.default', before: '0.055', after: '0.06', from: '--set' },
    ]);
  });

  it('names list elements by id, whichever way the path selected them', () => {
    const byIndex = withOverrides(baseline(), [{ path: 'plans[0].items[0].amount', value: '900000000' }]);
    expect(byIndex.changes).toEqual([
      {
        path: 'plans[border-countermobility].items[anti-tank-mines].amount',
        before: '800000000',
        after: '900000000',
        from: 'withOverrides',
      },
    ]);
  });

  it('leaves out the value before where there was none, and the value after where the change removed it', () => {
    const changed = withOverrides(baseline(), [
      { path: 'defence.shareOfGdp.2030', value: '6%' },
      { path: 'defence.amounts', value: undefined },
    ]);
    expect(changed.changes).toEqual([
      { path: 'defence.shareOfGdp.2030', after: '0.06', from: 'withOverrides' },
      {
        path: 'defence.amounts',
        before: { '2025': '2400000000', '2026': '4790000000' },
        from: 'withOverrides',
      },
    ]);
  });

  it('keeps the changes a scenario already had, then the new ones, in order', () => {
    const first = withOverrides(baseline(), [{ path: 'fx.EUR/USD.default', value: '1.05' }], { from: '--set' });
    const twice = withOverrides(first, [{ path: 'fx.EUR/USD.default', value: '1.2' }], { from: 'sweep' });
    expect(twice.changes).toEqual([
      { path: 'fx.EUR/USD.default', before: '1.13', after: '1.05', from: '--set' },
      { path: 'fx.EUR/USD.default', before: '1.05', after: '1.2', from: 'sweep' },
    ]);
    // No overrides: the same scenario, nothing recorded.
    expect(withOverrides(baseline(), [])).toBe(baseline());
    expect(baseline().changes).toBeUndefined();
  });

  it('records the leaves a deep partial or a function changed, lists of elements with ids by id', () => {
    const merged = withOverrides(
      baseline(),
      { fx: { 'EUR/USD': { default: '1.05' } }, plans: [{ id: 'border-countermobility', total: '1200000000' }] },
      { from: 'a file' },
    );
    expect(merged.changes).toEqual([
      { path: 'fx.EUR/USD.default', before: '1.13', after: '1.05', from: 'a file' },
      { path: 'plans[border-countermobility].total', before: '1100000000', after: '1200000000', from: 'a file' },
    ]);
    const renamed = withOverrides(baseline(), (scenario) => ({ ...scenario, name: 'Renamed' }));
    expect(renamed.changes).toEqual([
      {
        path: 'name',
        before: 'Lithuania baseline: 5.5% of GDP on average, 2026–2030',
        after: 'Renamed',
        from: 'withOverrides',
      },
    ]);
  });

  it('refuses a from that names nothing', () => {
    const error = expectIssue(
      () => withOverrides(baseline(), [{ path: 'name', value: 'x' }], { from: '' }),
      'invalid_type',
      ['from'],
    );
    expect(error.message).toContain('from names what made the changes');
  });

  it('are kept when the scenario is written out and read back', () => {
    const saved = withOverrides(baseline(), [{ path: 'fx.EUR/USD.default', value: '1.05' }], { from: '--set' });
    const read = parseScenario(JSON.parse(JSON.stringify(saved)));
    expect(read.changes).toEqual(saved.changes);
    expect(evaluate(read).replaced.map((r) => r.assumption.statement)).toEqual(['EUR/USD is 1.13 in every year.']);
  });

  it('a goal seek records its own (from goal-seek)', () => {
    const found = goalSeek(baseline(), {
      vary: 'defence.shareOfGdp.default',
      metric: 'defence.share.2030',
      target: '0.06',
      bounds: ['0.05', '0.07'],
    });
    // The share in 2030 is the default share itself: 6% exactly.
    expect(found.scenario.changes).toEqual([
      { path: 'defence.shareOfGdp.default', before: '0.055', after: '0.06', from: 'goal-seek' },
    ]);
  });
});

describe('evaluate lists an assumption about a changed path as replaced', () => {
  it('the exchange rate: "1.13 in every year" is replaced, and listed with the change', () => {
    const weaker = withOverrides(baseline(), [{ path: 'fx.EUR/USD.default', value: '1.05' }], { from: '--set' });
    const result = evaluate(weaker);
    expect(statements(weaker)).not.toContain('EUR/USD is 1.13 in every year.');
    expect(result.replaced).toEqual([
      {
        assumption: expect.objectContaining({ about: 'fx.EUR/USD', statement: 'EUR/USD is 1.13 in every year.' }),
        by: [{ path: 'fx.EUR/USD.default', before: '1.13', after: '1.05', from: '--set' }],
      },
    ]);
    expect(result.changes).toEqual(weaker.changes);
    // Ten assumptions as written (six of the scenario, its GDP vintage, three of its plan): nine still made.
    expect(evaluate(baseline()).assumptions).toHaveLength(10);
    expect(result.assumptions).toHaveLength(9);
  });

  it('a change of one year replaces an assumption about every year in part; one above it, whole', () => {
    // 1.13 still holds in every year but 2030: the assumption is still made, except there.
    const oneYear = evaluate(withOverrides(baseline(), [{ path: 'fx.EUR/USD.2030', value: '1.2' }]));
    expect(oneYear.replaced).toEqual([]);
    expect(oneYear.partlyReplaced.map((r) => [r.assumption.about, r.by.map((c) => c.path)])).toEqual([
      ['fx.EUR/USD', ['fx.EUR/USD.2030']],
    ]);
    expect(oneYear.assumptions.map((a) => a.statement)).toContain('EUR/USD is 1.13 in every year.');
    const wholePair = withOverrides(baseline(), [{ path: 'fx', value: { 'EUR/USD': { default: '1.1' } } }]);
    expect(evaluate(wholePair).replaced.map((r) => r.assumption.about)).toEqual(['fx.EUR/USD']);
  });

  it('a plan’s assumptions are about paths in the plan, several separated by commas', () => {
    // The mines set by hand, the total still as printed: the assumption about both is replaced in part.
    const mines = withOverrides(baseline(), [{ path: 'plans[0].items[anti-tank-mines].amount', value: '900000000' }]);
    expect(evaluate(mines).replaced).toEqual([]);
    expect(evaluate(mines).partlyReplaced.map((r) => r.assumption.statement)).toEqual([
      'The total is €1,100,000,000 and the mines €800,000,000, as printed.',
    ]);
    const both = withOverrides(mines, [{ path: 'plans[0].total', value: '1200000000' }]);
    expect(evaluate(both).replaced.map((r) => r.assumption.statement)).toEqual([
      'The total is €1,100,000,000 and the mines €800,000,000, as printed.',
    ]);
    expect(evaluate(both).partlyReplaced).toEqual([]);
    const later = withOverrides(baseline(), [{ path: 'plans[border-countermobility].years.from', value: 2026 }]);
    expect(evaluate(later).replaced.map((r) => r.assumption.statement)).toEqual(['The plan runs from 2025 to 2034.']);
  });

  it('a change elsewhere replaces nothing: a path that only begins with the same letters is another path', () => {
    const custom = parseScenario({
      name: 'Prefixes',
      currency: 'EUR',
      years: { from: 2025, to: 2025 },
      economy: {
        gdp: { base: { year: 2024, amount: '100' }, realGrowth: { default: '0' }, deflator: { default: '0' } },
      },
      defence: { shareOfGdp: { default: '2%' } },
      assumptions: [{ about: 'economy.gdp.real', statement: 'Held.', reason: 'r' }],
    });
    expect(evaluate(withOverrides(custom, [{ path: 'name', value: 'x' }])).replaced).toEqual([]);
    const growth = withOverrides(custom, [{ path: 'economy.gdp.realGrowth.default', value: '1%' }]);
    expect(evaluate(growth).replaced).toEqual([]);
    expect(evaluate(growth).assumptions.map((a) => a.statement)).toEqual(['Held.']);
  });
});

describe('evaluate lists a source whose every figure a change replaced', () => {
  const publishers = (scenario: Scenario): string[] =>
    evaluate(scenario).replacedSources.map((r) => r.source.publisher);

  it('the ECB’s 2025 average, once the rate is set by hand; the other sources stay', () => {
    const weaker = withOverrides(baseline(), [{ path: 'fx.EUR/USD.default', value: '1.05' }], { from: '--set' });
    const result = evaluate(weaker);
    expect(result.replacedSources).toEqual([
      {
        source: expect.objectContaining({ publisher: 'European Central Bank', about: 'fx.EUR/USD' }),
        by: [{ path: 'fx.EUR/USD.default', before: '1.13', after: '1.05', from: '--set' }],
      },
    ]);
    expect(result.sources).toHaveLength(evaluate(baseline()).sources.length - 1);
    expect(result.sources.some((source) => source.about === 'fx.EUR/USD')).toBe(false);
  });

  it('a source behind two figures stays until both are replaced, every year of each', () => {
    // The European Commission's forecasts give growth and the deflator for 2025 and 2026; the defaults after
    // them are the scenario's. A new default growth, or a whole new deflator, leaves its 2025–2026 growth.
    const growth = withOverrides(baseline(), [{ path: 'economy.gdp.realGrowth.default', value: '1%' }]);
    expect(publishers(growth)).toEqual([]);
    const deflator = withOverrides(growth, [{ path: 'economy.gdp.deflator', value: { default: '0.02' } }]);
    expect(publishers(deflator)).toEqual([]);
    const both = withOverrides(deflator, [{ path: 'economy.gdp.realGrowth', value: { default: '0.01' } }]);
    expect(evaluate(both).replacedSources.map((r) => r.source.about)).toEqual([
      'economy.gdp.realGrowth, economy.gdp.deflator',
    ]);
    expect(evaluate(both).replacedSources[0]?.by.map((change) => change.path)).toEqual([
      'economy.gdp.realGrowth.default',
      'economy.gdp.deflator',
      'economy.gdp.realGrowth',
    ]);
  });

  it('a source of a record of figures stays while any of its figures does: a year, then the rest', () => {
    const shares = parseScenario({
      name: 'Shares',
      currency: 'EUR',
      years: { from: 2025, to: 2026 },
      economy: { gdp: { series: { '2025': '100', '2026': '110' } } },
      defence: { shareOfGdp: { default: '2%', '2025': '3%' } },
      sources: [{ publisher: 'R', title: 'V', about: 'defence.shareOfGdp' }],
    });
    const year = withOverrides(shares, [{ path: 'defence.shareOfGdp.2026', value: '4%' }]);
    expect(publishers(year)).toEqual([]); // a year the record did not have: its default and 2025 stand
    const defaultToo = withOverrides(year, [{ path: 'defence.shareOfGdp.default', value: '5%' }]);
    expect(publishers(defaultToo)).toEqual([]); // 2025 stands
    const all = withOverrides(defaultToo, [{ path: 'defence.shareOfGdp.2025', value: '6%' }]);
    expect(publishers(all)).toEqual(['R']);
    // A year removed counts as replaced, as a year set does.
    const removed = withOverrides(defaultToo, [{ path: 'defence.shareOfGdp.2025', value: undefined }]);
    expect(evaluate(removed).defence.shareOfGdp[2025]?.toString()).toBe('0.05');
    expect(publishers(removed)).toEqual(['R']);
  });

  it('the Lithuania baseline: a year’s population set by hand leaves the projection’s source behind the others', () => {
    const year = withOverrides(baseline(), [{ path: 'economy.population.2030', value: '2800000' }]);
    expect(publishers(year)).toEqual([]);
    expect(evaluate(year).sources.map((source) => source.about)).toContain('economy.population');
  });

  it('a GDP base is one figure: its amount set, Eurostat’s GDP of 2024 is no longer behind a figure', () => {
    const result = evaluate(withOverrides(baseline(), [{ path: 'economy.gdp.base.amount', value: '80000000000' }]));
    expect(result.replacedSources.map((r) => [r.source.publisher, r.source.about])).toEqual([
      ['Eurostat', 'economy.gdp.base'],
    ]);
    // A population set for 2030 leaves the projection behind every other year, and says so.
    const people = evaluate(withOverrides(baseline(), [{ path: 'economy.population.2030', value: '2700000' }]));
    expect(people.replacedSources).toEqual([]);
    expect(people.replaced).toEqual([]);
    expect(people.partlyReplaced.map((r) => r.assumption.about)).toEqual(['economy.population']);
  });

  it('a source without about is never replaced; no changes, nothing replaced', () => {
    const plain = parseScenario({
      name: 'Plain',
      currency: 'EUR',
      years: { from: 2025, to: 2025 },
      economy: { gdp: { series: { '2025': '100' } } },
      defence: { shareOfGdp: { default: '2%' } },
      sources: [
        { publisher: 'P', title: 'T' },
        { publisher: 'Q', title: 'U', about: 'defence.shareOfGdp' },
      ],
    });
    expect(evaluate(plain).replacedSources).toEqual([]);
    const changed = withOverrides(plain, [{ path: 'defence.shareOfGdp.default', value: '3%' }]);
    expect(evaluate(changed).sources.map((source) => source.publisher)).toEqual(['P']);
    expect(publishers(changed)).toEqual(['Q']);
  });
});

describe('a simulation records what it changed', () => {
  it('the scenario’s own changes first, then each input: its value before, its distribution after', async () => {
    const { simulate, uniform } = await import('../../src/uncertainty/index');
    const weaker = withOverrides(baseline(), [{ path: 'fx.EUR/USD.default', value: '1.05' }], { from: '--set' });
    const result = simulate(weaker, {
      trials: 10,
      inputs: {
        'defence.shareOfGdp.default': uniform('5%', '6%'),
        'plans[0].total': uniform('1000000000', '1200000000'),
      },
      metrics: ['defence.total'],
    });
    const [share, total] = result.inputs;
    expect(result.changes).toEqual([
      { path: 'fx.EUR/USD.default', before: '1.13', after: '1.05', from: '--set' },
      { path: 'defence.shareOfGdp.default', before: '0.055', after: share?.spec, from: 'simulate inputs' },
      {
        path: 'plans[border-countermobility].total',
        before: '1100000000',
        after: total?.spec,
        from: 'simulate inputs',
      },
    ]);
  });
});

describe('a record of changes holds only what a file can', () => {
  const withChange = (before: unknown): unknown => ({
    name: 'x',
    currency: 'EUR',
    years: { from: 2025, to: 2025 },
    economy: { gdp: { series: { '2025': '1' } } },
    defence: {},
    changes: [{ path: 'a', before, from: 'y' }],
  });

  it('refuses circular, non-finite, BigInt and class values, naming the field', () => {
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    for (const value of [circular, Number.NaN, Number.POSITIVE_INFINITY, 10n, new Date(0)]) {
      const error = expectIssue(() => parseScenario(withChange(value)), 'invalid_type', ['changes', 0, 'before']);
      expect(error.issues[0]?.message).toContain('a value before or after a change is what a scenario file can hold');
    }
    // Nesting beyond the document's 64 levels is refused for the whole document, as anywhere in it.
    let deep: unknown = '1';
    for (let i = 0; i < 64; i++) deep = [deep];
    expectIssue(() => parseScenario(withChange(deep)), 'input_too_large', []);
  });

  it('accepts JSON of any shape, nested as deep as the document allows, which the result writes back as is', () => {
    let deep: unknown = '1';
    for (let i = 0; i < 55; i++) deep = [deep];
    for (const value of [null, true, 3, 'x', { a: ['b', { c: null }] }, deep]) {
      const json = JSON.parse(JSON.stringify(evaluate(parseScenario(withChange(value))))) as { changes: unknown };
      expect(json.changes).toEqual([{ path: 'a', before: value, from: 'y' }]);
    }
  });
});

describe('what a source is about, read generously', () => {
  it('paths separated by commas, blanks and empty entries ignored; only the changes about it listed', () => {
    const plain = parseScenario({
      name: 'About',
      currency: 'EUR',
      years: { from: 2025, to: 2025 },
      economy: { gdp: { series: { '2025': '100' } }, population: { default: '10' } },
      defence: { shareOfGdp: { default: '2%' } },
      sources: [{ publisher: 'Q', title: 'U', about: ' defence.shareOfGdp , ,economy.population,' }],
    });
    const one = withOverrides(plain, [
      { path: 'defence.shareOfGdp.default', value: '3%' },
      { path: 'name', value: 'x' },
    ]);
    expect(evaluate(one).replacedSources).toEqual([]);
    const both = withOverrides(one, [{ path: 'economy.population.default', value: '11' }]);
    expect(evaluate(both).replacedSources[0]?.by.map((change) => change.path)).toEqual([
      'defence.shareOfGdp.default',
      'economy.population.default',
    ]);
  });
});

describe('covers: whether changes replace every figure at a path', () => {
  const scenario = {
    defence: { shareOfGdp: { default: '0.02', '2025': '0.03' }, amounts: {} },
    plans: [{ id: 'p', total: '100' }],
  };
  const change = (path: string): Change => ({ path, before: undefined, after: '1', from: 'test' });

  it('a change at the path or above it covers it; one beside it does not', () => {
    expect(covers([change('defence.shareOfGdp')], 'defence.shareOfGdp.2025', scenario)).toBe(true);
    expect(covers([change('defence.shareOfGdp.2025')], 'defence.shareOfGdp.2025', scenario)).toBe(true);
    expect(covers([change('defence.shareOfGdp.2025')], 'defence.shareOfGdp.default', scenario)).toBe(false);
    // A leaf's characters are not figures: a string is covered whole or not at all.
    expect(covers([change('defence.shareOfGdp.default.0')], 'defence.shareOfGdp.default', scenario)).toBe(false);
  });

  it('a record is covered when each entry is; an empty one by no change under it', () => {
    const year = [change('defence.shareOfGdp.2025')];
    expect(covers(year, 'defence.shareOfGdp', scenario)).toBe(false);
    expect(covers([...year, change('defence.shareOfGdp.default')], 'defence.shareOfGdp', scenario)).toBe(true);
    expect(covers([change('defence.amounts.2025')], 'defence.amounts', { defence: { amounts: {} } })).toBe(false);
  });

  it('a path the scenario does not hold, or a list’s element, is covered by any change at or under it', () => {
    expect(covers([change('plans[p].total')], 'plans[p]', scenario)).toBe(true);
    expect(covers([change('plans[q].total')], 'plans[p]', scenario)).toBe(false);
    expect(covers([change('name'), change('plans[p].total')], 'plans[p]', scenario)).toBe(true);
    expect(covers([change('economy.population.2030')], 'economy.population', scenario)).toBe(true);
    // A plain path the scenario does not hold has no figure left to stand (callers ask only about paths a
    // change touches).
    expect(covers([change('economy.gdp')], 'economy.population', scenario)).toBe(true);
    // One figure made of parts (a GDP base: year and amount) is covered by a change to either part; a
    // record by year is not, by a change to one year.
    const held = {
      economy: { gdp: { base: { year: 2024, amount: '100' } }, population: { '2025': '1', default: '2' } },
    };
    expect(covers([change('economy.gdp.base.amount')], 'economy.gdp.base', held)).toBe(true);
    expect(covers([change('economy.population.2025')], 'economy.population', held)).toBe(false);
    expect(covers([change('economy.population.2025')], 'economy.population', { economy: { population: [1] } })).toBe(
      true,
    );
    expect(covers([change('economy.gdp')], 'economy.population', { economy: { population: null } })).toBe(false);
    // Keys that only contain a year are not years: such an object is one figure.
    for (const other of ['a2025', '2025a']) {
      const mixed = { r: { '2025': '1', [other]: '2' } };
      expect(covers([change('r.2025')], 'r', mixed)).toBe(true);
    }
    expect(covers([change('r.2025')], 'r', { r: { '2025': '1', '2026': '2' } })).toBe(false);
    // Through a leaf nothing is held: read generously.
    expect(covers([change('defence.shareOfGdp.default.x.y')], 'defence.shareOfGdp.default.x', scenario)).toBe(true);
  });
});

describe('an assumption about a default, when a year of its own replaces it in part', () => {
  const statements = (result: ReturnType<typeof evaluate>): string[] =>
    result.partlyReplaced.map((r) => r.assumption.statement);

  it('a share set for 2030, where the default held: "5.5% from 2027 to 2035" holds except in 2030', () => {
    const result = evaluate(withOverrides(baseline(), [{ path: 'defence.shareOfGdp.2030', value: '6%' }]));
    expect(statements(result)).toEqual(['Defence spending is 5.5% of GDP from 2027 to 2035.']);
    expect(result.partlyReplaced[0]?.by.map((change) => change.path)).toEqual(['defence.shareOfGdp.2030']);
    expect(result.replaced).toEqual([]);
    // The default itself set: the statement is no longer made at all.
    const newDefault = evaluate(withOverrides(baseline(), [{ path: 'defence.shareOfGdp.default', value: '6%' }]));
    expect(newDefault.partlyReplaced).toEqual([]);
    expect(newDefault.replaced.map((r) => r.assumption.statement)).toEqual([
      'Defence spending is 5.5% of GDP from 2027 to 2035.',
    ]);
  });

  it('growth set for 2025, a year the scenario already gives (the Commission’s): the default after 2026 stands', () => {
    const result = evaluate(withOverrides(baseline(), [{ path: 'economy.gdp.realGrowth.2025', value: '2%' }]));
    expect(statements(result)).toEqual([]);
    expect(result.replaced).toEqual([]);
    const later = evaluate(withOverrides(baseline(), [{ path: 'economy.gdp.realGrowth.2030', value: '2%' }]));
    expect(statements(later)).toEqual(['Real growth after 2026 is 3% a year.']);
  });

  it('only a whole year of the scenario’s, under the default’s own record, where it held', () => {
    const change = (path: string, before?: string): Change => ({
      path,
      ...(before === undefined ? {} : { before }),
      after: '0.06',
      from: 'test',
    });
    const years = [2025, 2026, 2027];
    const at = 'defence.shareOfGdp.default';
    expect(overridesDefault(at, change('defence.shareOfGdp.2026'), years)).toBe(true);
    expect(overridesDefault(at, change('defence.shareOfGdp.2026', '0.05'), years)).toBe(false); // it had 2026
    expect(overridesDefault(at, change('defence.shareOfGdp.2030'), years)).toBe(false); // not a year shown
    expect(overridesDefault(at, change('defence.shareOfGdpX.2026'), years)).toBe(false);
    expect(overridesDefault(at, change('defence.shareOfGdq.2026'), years)).toBe(false); // a record beside it
    expect(overridesDefault(at, change('defence.shareOfGdp.x2026'), years)).toBe(false);
    expect(overridesDefault('defence.shareOfGdp', change('defence.shareOfGdp.2026'), years)).toBe(false);
  });
});
