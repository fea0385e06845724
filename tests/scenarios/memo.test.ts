// The compile caches' contract (issue 11): a frozen part is compiled once per key and an unfrozen one
// every time (it may have changed); sources are collected again when the plans or targets differ.
import { describe, expect, it } from 'vitest';
import { definePlan, defineTarget, type Source } from '../../src/index';
import { memo, rangeOf, type PartCache } from '../../src/scenarios/compileMemo';
import { sourcesOf } from '../../src/scenarios/compileSources';
import { evaluate, parseScenario, withOverrides, type Scenario } from '../../src/scenarios/index';

const source = (title: string): Source => ({
  publisher: 'P',
  title,
  url: 'https://example.org',
  published: '2025-01-01',
  quoted: 'q',
});

describe('memo', () => {
  it('compiles a frozen part once per key', () => {
    const cache: PartCache<number> = new WeakMap();
    const part = Object.freeze({});
    let calls = 0;
    const compute = (): number => ++calls;
    expect([memo(cache, part, 'a', compute), memo(cache, part, 'a', compute)]).toEqual([1, 1]);
    expect(memo(cache, part, 'b', compute)).toBe(2);
    expect(memo(cache, part, 'b', compute)).toBe(2);
  });

  it('compiles an unfrozen part every time', () => {
    const cache: PartCache<number> = new WeakMap();
    const part = {};
    let calls = 0;
    const compute = (): number => ++calls;
    expect([memo(cache, part, 'a', compute), memo(cache, part, 'a', compute)]).toEqual([1, 2]);
  });

  it('gives the years from one to another, both included', () => {
    expect([rangeOf(2025, 2027), rangeOf(2025, 2025)]).toEqual([[2025, 2026, 2027], [2025]]);
  });
});

describe('sourcesOf', () => {
  const plan = (title: string) =>
    definePlan({
      id: 'p',
      total: '1',
      currency: 'EUR',
      years: { from: 2025, to: 2025 },
      items: [{ id: 'a', remainder: true }],
      sources: [source(title)],
    });
  const target = defineTarget({ id: 't', name: 't', atLeast: '0.02', from: 2025, sources: [source('target')] });

  it('lists each source once, the scenario’s first, then the plans’ and the targets’', () => {
    const own = Object.freeze([source('own'), source('plan A')]);
    expect(sourcesOf(own, [plan('plan A')], [target]).map((s) => s.title)).toEqual(['own', 'plan A', 'target']);
  });

  it('keeps the list while the plans and targets are the same ones, and collects again when they differ', () => {
    const own = Object.freeze([source('own')]);
    const plans = [plan('A')];
    const first = sourcesOf(own, plans, [target]);
    expect(sourcesOf(own, plans, [target])).toBe(first);
    expect(sourcesOf(own, [plan('B')], [target]).map((s) => s.title)).toEqual(['own', 'B', 'target']);
    expect(sourcesOf(own, plans, []).map((s) => s.title)).toEqual(['own', 'A']);
    expect(sourcesOf(own, [...plans, plan('C')], [target]).map((s) => s.title)).toEqual(['own', 'A', 'C', 'target']);
  });

  it('collects again for sources that could have changed', () => {
    const own = [source('own')];
    const first = sourcesOf(own, [], []);
    own.push(source('added'));
    expect(sourcesOf(own, [], []).map((s) => s.title)).toEqual(['own', 'added']);
    expect(first.map((s) => s.title)).toEqual(['own']);
  });
});

describe('a part shared by two scenarios is compiled for each one’s currency, rounding and years', () => {
  // GDP 100.03 in 2024 grown by 50%: 150.045 in 2025, half-even 150.04, half-up 150.05 (by hand).
  const odd = (): Scenario =>
    parseScenario({
      name: 'Half a cent',
      currency: 'EUR',
      years: { from: 2025, to: 2026 },
      economy: { gdp: { base: { year: 2024, amount: '100.03' }, nominalGrowth: { default: '0.5' } } },
      defence: { shareOfGdp: { default: '2%' } },
    });

  it('half-even without a mode; half-up when a variant asks, though it shares the economy part', () => {
    const even = odd();
    expect(evaluate(even).gdp[2025]?.amount.toString()).toBe('150.04');
    const up = withOverrides(even, [{ path: 'rounding', value: { mode: 'half-up' } }]);
    expect(up.economy).toBe(even.economy);
    expect(evaluate(up).gdp[2025]?.amount.toString()).toBe('150.05');
  });

  it('the years each asks for', () => {
    const longer = withOverrides(odd(), [{ path: 'years.to', value: 2027 }]);
    expect(Object.keys(evaluate(odd()).gdp)).toEqual(['2025', '2026']);
    expect(Object.keys(evaluate(longer).gdp)).toEqual(['2025', '2026', '2027']);
  });
});
