// How overrides find their place and what they leave (issue 11): selectors by id, by value and by
// position; removal of what may be removed; deep partials merged key by key and lists of ids by id.
import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import {
  getScenario,
  parseScenario,
  withOverrides,
  type Scenario,
  type ScenarioPatch,
} from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';

const baseline = once(() => getScenario('lithuania-baseline'));
const plan = once(() => baseline().plans?.[0]);
const totalOf = (s: Scenario): string | undefined => s.plans?.[0]?.total;

describe('withOverrides', () => {
  it('gives the scenario itself back for no overrides', () => {
    expect(withOverrides(baseline(), [])).toBe(baseline());
  });

  it('selects a list element by id, by position, or (for a list of ids) by value, spaces trimmed', () => {
    const byId = withOverrides(baseline(), [{ path: 'plans[border-countermobility].total', value: '900000000' }]);
    const byPosition = withOverrides(baseline(), [{ path: 'plans[0].total', value: '900000000' }]);
    const spaced = withOverrides(baseline(), [{ path: 'plans[ 0 ].total', value: '900000000' }]);
    expect([totalOf(byId), totalOf(byPosition), totalOf(spaced)]).toEqual(['900000000', '900000000', '900000000']);
    const item = withOverrides(baseline(), [{ path: 'plans[0].items[other-measures].name', value: 'Other' }]);
    expect(item.plans?.[0]?.items[1]?.name).toBe('Other');
    const target = withOverrides(baseline(), [{ path: 'targets[nato-wales-2pct]', value: undefined }]);
    expect(target.targets).toEqual(baseline().targets?.filter((t) => t !== 'nato-wales-2pct'));
  });

  it('refuses a position past the end, listing the ids there are, or none', () => {
    const past = expectIssue(() => withOverrides(baseline(), [{ path: 'plans[1].total', value: '1' }]), 'unknown_id', [
      'path',
    ]);
    expect(past.message).toContain('plans has no element "1"; it has border-countermobility');
    const empty = withOverrides(baseline(), [{ path: 'plans', value: [] }]);
    const none = expectIssue(() => withOverrides(empty, [{ path: 'plans[0].total', value: '1' }]), 'unknown_id', [
      'path',
    ]);
    expect(none.message).toContain('plans has no element "0"; it has none');
    const noPlans = withOverrides(baseline(), [{ path: 'plans', value: undefined }]);
    expect(
      expectIssue(() => withOverrides(noPlans, [{ path: 'plans[0].total', value: '1' }]), 'unknown_path', ['path'])
        .message,
    ).toContain('"plans[0]": there is no list there to select from');
  });

  it('removes an optional key, a year or a list element, and nothing else', () => {
    const noRelated = withOverrides(
      withOverrides(baseline(), [{ path: 'defence.related', value: { shareOfGdp: { default: '1%' } } }]),
      [{ path: 'defence.related', value: undefined }],
    );
    expect(Object.keys(noRelated.defence)).toEqual(Object.keys(baseline().defence));
    const year = Object.keys(baseline().defence.amounts ?? {})[0] as string;
    const noYear = withOverrides(baseline(), [{ path: `defence.amounts.${year}`, value: undefined }]);
    expect(Object.keys(noYear.defence.amounts ?? {})).toEqual(Object.keys(baseline().defence.amounts ?? {}).slice(1));
    const noItem = withOverrides(baseline(), [{ path: 'plans[0].items[anti-tank-mines]', value: undefined }]);
    expect(noItem.plans?.[0]?.items.map((i) => i.id)).toEqual(['other-measures']);
    expect(withOverrides(baseline(), [{ path: 'description', value: undefined }]).description).toBeUndefined();
  });

  it('refuses to remove what a scenario needs, at any depth', () => {
    for (const path of ['name', 'economy.gdp', 'plans[0].items', 'years.from'])
      expectIssue(() => withOverrides(baseline(), [{ path, value: undefined }]), 'missing_field', ['value']);
  });

  it('merges a deep partial key by key, and lists of ids by id', () => {
    const merged = withOverrides(baseline(), { defence: { shareOfGdp: { '2031': '6%' } } });
    expect(merged.defence.shareOfGdp?.['2031']).toBe('0.06');
    expect(merged.defence.shareOfGdp?.['default']).toBe(baseline().defence.shareOfGdp?.['default']);
    const byId = withOverrides(baseline(), { plans: [{ id: 'border-countermobility', total: '900000000' }] });
    expect([byId.plans?.length, totalOf(byId), byId.plans?.[0]?.items]).toEqual([1, '900000000', plan()?.items]);
    const added = { id: 'new', total: '10', years: { from: 2026, to: 2027 }, items: [{ id: 'all', remainder: true }] };
    const appended = withOverrides(baseline(), { plans: [added] });
    expect(appended.plans?.map((p) => p.id)).toEqual(['border-countermobility', 'new']);
    // A list of plain values is replaced, not merged.
    expect(withOverrides(baseline(), { targets: ['nato-wales-2pct'] }).targets).toEqual(['nato-wales-2pct']);
    expectIssue(
      () => withOverrides(baseline(), JSON.parse('{"__proto__": {"name": "x"}}') as ScenarioPatch),
      'unknown_key',
      ['__proto__'],
    );
  });

  it('checks a function’s result as a parsed scenario', () => {
    expect(withOverrides(baseline(), (s) => ({ ...s, name: 'Renamed' })).name).toBe('Renamed');
    expectIssue(() => withOverrides(baseline(), (s) => ({ ...s, name: 5 as unknown as string })), 'invalid_type', [
      'name',
    ]);
    expect(parseScenario(withOverrides(baseline(), (s) => s))).toEqual(baseline());
  });
});
