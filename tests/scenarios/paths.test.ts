// Override paths (issue 11), rule by rule: what a path may name, what may be removed, how list elements
// are selected (by id, by value, by position) and what a refusal says. The rules are those of
// docs/scenario-format.md, "Override paths".
import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import { parseScenario, withOverrides, type Scenario } from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';

const scenario = once<Scenario>(() =>
  parseScenario({
    name: 'Paths',
    description: 'd',
    currency: 'EUR',
    years: { from: 2025, to: 2026 },
    economy: { gdp: { base: { year: 2024, amount: '1000' }, nominalGrowth: { default: '0' } } },
    defence: { shareOfGdp: { default: '2%', '2026': '3%' } },
    plans: [{ id: 'p', total: '100', years: { from: 2025, to: 2026 }, items: [{ id: 'all', remainder: true }] }],
    targets: ['nato-wales-2pct', { id: 'cap', name: 'At most 10%', atMost: '0.1', from: 2025 }],
  }),
);
const set = (path: string, value: unknown): Scenario => withOverrides(scenario(), [{ path, value }]);
const refusal = (path: string, value: unknown, code: string): string =>
  expectIssue(() => set(path, value), code, code === 'missing_field' ? ['value'] : ['path']).issues[0]?.message ?? '';

describe('a path', () => {
  it('of up to 1,000 characters is read; one more is refused for its length', () => {
    const long = (length: number): string => `economy.${'x'.repeat(length - 'economy.'.length)}`;
    expect(refusal(long(1000), '1', 'unknown_path')).toContain('names nothing');
    expect(refusal(long(1001), '1', 'input_too_large')).toBe(
      'an override path has at most 1000 characters; this one has 1001',
    );
  });

  it('goes through optional objects, records and unions of a string and an object', () => {
    expect(set('economy.population', { default: '10' }).economy.population).toEqual({ default: '10' });
    expect(set('defence.shareOfGdp.2030', '4%').defence.shareOfGdp).toEqual({
      default: '0.02',
      '2026': '0.03',
      '2030': '0.04',
    });
    const capped = set('targets[cap].atMost', '20%').targets?.[1];
    expect(capped).toEqual({ id: 'cap', name: 'At most 10%', atMost: '0.2', from: 2025 });
  });

  it('names nothing when a key meets a list, a selector meets an object, or a record refuses the key', () => {
    expect(refusal('plans.total', '1', 'unknown_path')).toBe(
      '"plans.total" names nothing: there is no "plans.total" in a scenario',
    );
    expect(refusal('economy[0]', '1', 'unknown_path')).toBe(
      '"economy[0]" names nothing: there is no "economy[0]" in a scenario',
    );
    expect(refusal('defence.shareOfGdp.20300', '1%', 'unknown_path')).toBe(
      '"defence.shareOfGdp.20300" names nothing: there is no "defence.shareOfGdp.20300" in a scenario',
    );
    expect(refusal('economy.xyzzy', '1', 'unknown_path')).toBe(
      '"economy.xyzzy" names nothing: there is no "economy.xyzzy" in a scenario',
    );
    expect(refusal('economy.gpd.base', '1', 'unknown_path')).toBe(
      '"economy.gpd.base" names nothing: there is no "economy.gpd" in a scenario; did you mean "economy.gdp"?',
    );
  });
});

describe('removing (a value of undefined)', () => {
  it('an optional key, a key of a record, an element of a list: allowed', () => {
    expect('description' in set('description', undefined)).toBe(false);
    expect(set('defence.shareOfGdp.2026', undefined).defence.shareOfGdp).toEqual({ default: '0.02' });
    expect(set('targets[nato-wales-2pct]', undefined).targets).toEqual([
      { id: 'cap', name: 'At most 10%', atMost: '0.1', from: 2025 },
    ]);
  });

  it('a required key, at the top or inside an element: refused', () => {
    expect(refusal('currency', undefined, 'missing_field')).toContain('"currency" is required in a scenario');
    expect(refusal('plans[p].total', undefined, 'missing_field')).toContain(
      '"plans[p].total" is required in a scenario',
    );
  });
});

describe('a selector picks an element', () => {
  it('by id, by the value itself in a list of names, or by position', () => {
    expect(set('plans[p].total', '200').plans?.[0]?.total).toBe('200');
    expect(set('targets[nato-wales-2pct]', 'nato-hague-core-3.5pct').targets?.[0]).toBe('nato-hague-core-3.5pct');
    expect(set('targets[1].atMost', '0.3').targets?.[1]).toEqual(expect.objectContaining({ atMost: '0.3' }));
  });

  it('and refuses a position past the end or not a whole number, listing the ids there are', () => {
    for (const select of ['2', '1x', 'x1', '-1'])
      expect(expectIssue(() => set(`targets[${select}]`, 'x'), 'unknown_id', ['path']).issues[0]?.message).toBe(
        `targets has no element "${select}"; it has nato-wales-2pct, cap`,
      );
    const empty = withOverrides(scenario(), [{ path: 'targets', value: [] }]);
    expect(
      expectIssue(() => withOverrides(empty, [{ path: 'targets[x]', value: 'y' }]), 'unknown_id', ['path']).issues[0]
        ?.message,
    ).toBe('targets has no element "x"; it has none');
  });
});

describe('withOverrides, its patches and its record', () => {
  it('refuses an override that is not an object: text is not { path, value }', () => {
    const error = expectIssue(
      () => withOverrides(scenario(), ['defence.shareOfGdp.default=6%' as unknown as { path: string; value: unknown }]),
      'invalid_type',
      [],
    );
    expect(error.issues[0]?.message).toBe('an override is { path, value }, received "defence.shareOfGdp.default=6%"');
  });

  it('reports the value it refuses', () => {
    const error = expectIssue(() => set('defence.shareOfGdp.default', '150%'), 'out_of_range', [
      'defence',
      'shareOfGdp',
      'default',
    ]);
    expect(error.issues[0]?.received).toBe('"150%"');
  });

  it('merges a deep partial: lists of elements with ids by id (a new id added), other lists and values replaced', () => {
    const merged = withOverrides(scenario(), {
      plans: [
        { id: 'p', total: '200' },
        { id: 'q', total: '50', years: { from: 2025, to: 2025 }, items: [{ id: 'all', remainder: true }] },
      ],
      targets: ['nato-hague-core-3.5pct'],
      description: undefined,
    } as never);
    expect(merged.plans?.map((plan) => [plan.id, plan.total, plan.years.to])).toEqual([
      ['p', '200', 2026],
      ['q', '50', 2025],
    ]);
    expect(merged.targets).toEqual(['nato-hague-core-3.5pct']);
    // A key given as undefined in a deep partial leaves the value as it was.
    expect(merged.description).toBe('d');
    expect(merged.changes?.map((change) => change.path)).toEqual(['plans[p].total', 'plans[q]', 'targets']);
    expect(merged.changes?.[2]).toStrictEqual({
      path: 'targets',
      before: ['nato-wales-2pct', { id: 'cap', name: 'At most 10%', atMost: '0.1', from: 2025 }],
      after: ['nato-hague-core-3.5pct'],
      from: 'withOverrides',
    });
    expect(merged.changes?.[1]).toStrictEqual({
      path: 'plans[q]',
      after: { id: 'q', total: '50', years: { from: 2025, to: 2025 }, items: [{ id: 'all', remainder: true }] },
      from: 'withOverrides',
    });
  });

  it('refuses "__proto__" in a deep partial, by name', () => {
    const patch = JSON.parse('{"__proto__": {"name": "x"}}') as Record<string, unknown>;
    const error = expectIssue(() => withOverrides(scenario(), patch), 'unknown_key', ['__proto__']);
    expect(error.issues[0]?.message).toBe('a scenario has no key "__proto__"');
  });

  it('records nothing for a patch that changes nothing, and drops a record a function wrote itself', () => {
    const same = withOverrides(scenario(), { name: 'Paths' });
    expect(same.changes).toBeUndefined();
    const forged = withOverrides(scenario(), (s) => ({
      ...s,
      changes: [{ path: 'name', before: 'a', after: 'b', from: 'me' }],
    }));
    expect(forged.changes).toBeUndefined();
    const twice = withOverrides(scenario(), (s) => ({ ...s, description: 'e' }));
    expect(twice.changes).toStrictEqual([{ path: 'description', before: 'd', after: 'e', from: 'withOverrides' }]);
  });

  it('an override that adds a value records no value before; one that removes it, none after', () => {
    const added = set('defence.shareOfGdp.2030', '4%');
    expect(added.changes).toStrictEqual([{ path: 'defence.shareOfGdp.2030', after: '0.04', from: 'withOverrides' }]);
    const removed = set('description', undefined);
    expect(removed.changes).toStrictEqual([{ path: 'description', before: 'd', from: 'withOverrides' }]);
  });
});
