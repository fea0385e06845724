// A checked plan written back as a scenario file's plan reads back (as a scenario reads its plans) as the
// same plan (issue 11): every phasing kind, every item basis, items' own years and phasing, constant prices.
import { describe, expect, it } from 'vitest';
import { definePlan, type PlanInput } from '../../src/index';
import { planSpec } from '../../src/scenarios/builtins';
import { planOf } from '../../src/scenarios/compilePlans';

const plans: readonly PlanInput[] = [
  {
    id: 'even',
    total: '100',
    currency: 'EUR',
    years: { from: 2025, to: 2026 },
    items: [{ id: 'all', remainder: true }],
  },
  {
    id: 'mixed',
    name: 'Mixed',
    total: '1000',
    currency: 'EUR',
    years: { from: 2025, to: 2027 },
    phasing: { kind: 'weights', weights: ['1.5', '2', '0'] },
    priceBasis: { kind: 'constant', year: 2025 },
    items: [
      { id: 'share', name: 'A share', share: '25%' },
      { id: 'fixed', amount: '100', years: { from: 2026, to: 2027 }, phasing: { kind: 'front-loaded', ratio: '2' } },
      { id: 'curve', amount: '300', phasing: { kind: 's-curve', steepness: 3 } },
      { id: 'back', amount: '100', phasing: { kind: 'back-loaded', ratio: '1.5' } },
      { id: 'rest', remainder: true },
    ],
  },
  {
    id: 'explicit',
    total: '90',
    currency: 'EUR',
    years: { from: 2025, to: 2026 },
    phasing: { kind: 'amounts', amounts: { 2025: '60', 2026: '30' } },
    items: [{ id: 'all', remainder: true }],
  },
  {
    id: 'item-explicit',
    total: '90',
    currency: 'EUR',
    years: { from: 2025, to: 2026 },
    items: [
      { id: 'a', amount: '50', phasing: { kind: 'amounts', amounts: { 2025: '50', 2026: '0' } } },
      { id: 'b', remainder: true, phasing: { kind: 'even' } },
    ],
  },
];

describe('planSpec', () => {
  it.each(plans.map((input) => [input.id, input] as const))(
    'writes %s back so that it reads as the same plan',
    (_, input) => {
      const plan = definePlan(input);
      const spec = planSpec(plan);
      expect(planOf(spec, 'EUR')).toEqual(plan);
      // Written as a file writes it: amounts as decimal strings, a nominal plan with no price basis.
      expect(typeof spec.total).toBe('string');
      expect('priceBasis' in spec).toBe(input.priceBasis !== undefined);
    },
  );

  it('writes each basis as the one key a file uses for it', () => {
    const items = planSpec(definePlan(plans[1] as PlanInput)).items;
    expect(
      items.map((item) => Object.keys(item).filter((key) => ['amount', 'share', 'remainder'].includes(key))),
    ).toEqual([['share'], ['amount'], ['amount'], ['amount'], ['remainder']]);
    expect(items[0]?.share).toBe('0.25');
    expect(items[1]?.years).toEqual({ from: 2026, to: 2027 });
    expect('years' in (items[2] ?? {})).toBe(false);
    expect('phasing' in (items[4] ?? {})).toBe(false);
  });
});
