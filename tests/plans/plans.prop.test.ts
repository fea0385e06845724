import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  definePlan,
  delay,
  fromMinorUnits,
  overrun,
  schedule,
  stretch,
  toMinorUnits,
  type PhasingInput,
  type Plan,
  type PlanInput,
} from '../../src/index';
import { expectReconciled } from '../helpers/plans';

const profiles: fc.Arbitrary<PhasingInput> = fc.oneof(
  fc.constant<PhasingInput>({ kind: 'even' }),
  fc.integer({ min: 1, max: 20 }).map((ratio): PhasingInput => ({ kind: 'front-loaded', ratio })),
  fc.integer({ min: 1, max: 20 }).map((ratio): PhasingInput => ({ kind: 'back-loaded', ratio })),
  fc.integer({ min: 1, max: 6 }).map((steepness): PhasingInput => ({ kind: 's-curve', steepness })),
);

/** Random plans: a total up to €10^13, 1–12 years, 1–6 items (amounts, shares and a remainder), random profiles and spans. */
const plans: fc.Arbitrary<Plan> = fc
  .record({
    cents: fc.bigInt({ min: 0n, max: 10n ** 15n }),
    from: fc.integer({ min: 2000, max: 2050 }),
    length: fc.integer({ min: 1, max: 12 }),
    phasing: profiles,
    items: fc.array(
      fc.record({
        kind: fc.constantFrom('amount', 'share'),
        part: fc.integer({ min: 0, max: 1000 }),
        phasing: fc.option(profiles, { nil: undefined }),
        span: fc.option(fc.tuple(fc.nat(11), fc.nat(11)), { nil: undefined }),
      }),
      { maxLength: 5 },
    ),
  })
  .map(({ cents, from, length, phasing, items }) => {
    const total = fromMinorUnits(cents, 'EUR');
    const count = items.length + 1;
    const to = from + length - 1;
    const input: PlanInput = {
      id: 'plan',
      name: 'A random plan',
      total,
      years: { from, to },
      phasing,
      items: [
        ...items.map((item, i) => {
          // Each item takes at most 1/count of the total, so that the remainder is never negative.
          const amount = ((cents / BigInt(count)) * BigInt(item.part)) / 1000n;
          const share = (item.part / 1000 / count).toFixed(6);
          const span =
            item.span === undefined
              ? {}
              : {
                  years: {
                    from: from + (Math.min(...item.span) % length),
                    to: from + (Math.max(...item.span) % length),
                  },
                };
          const ordered =
            'years' in span && span.years.from > span.years.to
              ? { years: { from: span.years.to, to: span.years.from } }
              : span;
          return {
            id: `item-${String(i)}`,
            ...(item.kind === 'amount' ? { amount: fromMinorUnits(amount, 'EUR').amount } : { share }),
            ...(item.phasing === undefined ? {} : { phasing: item.phasing }),
            ...ordered,
          };
        }),
        { id: 'rest', remainder: true },
      ],
    };
    return definePlan(input);
  });

describe('schedule (properties)', () => {
  it('every row, every column and the grand total are exact, for random plans', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        expectReconciled(plan, schedule(plan));
      }),
      { numRuns: 300 },
    );
  });

  it('every cell and every year total is its exact value rounded down or up', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const table = schedule(plan);
        const exact = exactCells(plan); // a second method: the profiles' formulas on bigint fractions
        table.rows.forEach((row, y) => {
          let rowNum = 0n;
          let rowDen = 1n;
          plan.items.forEach((item, i) => {
            const { num, den } = (exact[y] as Fraction[])[i] as Fraction;
            const cents = toMinorUnits(row.items[item.id] ?? row.total);
            // floor(q) ≤ cents ≤ ceil(q), i.e. (cents − 1)·den < num < (cents + 1)·den.
            expect((cents - 1n) * den < num && num < (cents + 1n) * den, `${String(row.year)} ${item.id}`).toBe(true);
            rowNum = rowNum * den + num * rowDen;
            rowDen *= den;
          });
          const cents = toMinorUnits(row.total);
          expect((cents - 1n) * rowDen < rowNum && rowNum < (cents + 1n) * rowDen, `${String(row.year)} total`).toBe(
            true,
          );
        });
      }),
      { numRuns: 300 },
    );
  });
});

interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/** Exact cell values in cents, from the profiles' definitions, written independently of src/plans. */
function exactCells(plan: Plan): Fraction[][] {
  const years: number[] = [];
  for (let year = plan.years.from; year <= plan.years.to; year++) years.push(year);
  const columns = plan.items.map((item) => {
    const span = item.years ?? plan.years;
    const profile = item.phasing ?? plan.phasing;
    const n = span.to - span.from + 1;
    // Cumulative share by the end of the k-th year of the span, as a fraction, k = 0 … n.
    const cumulativeShare = (k: number): Fraction => {
      switch (profile.kind) {
        case 'even':
          return { num: BigInt(k), den: BigInt(n) };
        case 'front-loaded':
        case 'back-loaded': {
          const r = BigInt(profile.ratio.toFixed(0));
          const weight = (j: number): bigint => (n === 1 ? 1n : r * BigInt(n - 1) - (r - 1n) * BigInt(j));
          const weights = Array.from({ length: n }, (_, j) => weight(j));
          if (profile.kind === 'back-loaded') weights.reverse();
          const sum = weights.reduce((a, b) => a + b, 0n);
          return { num: weights.slice(0, k).reduce((a, b) => a + b, 0n), den: sum };
        }
        case 's-curve': {
          const p = BigInt(profile.steepness.toFixed(0));
          if (k === 0) return { num: 0n, den: 1n };
          const up = BigInt(k) ** p;
          return { num: up, den: up + BigInt(n - k) ** p };
        }
        default:
          throw new Error(`profile ${profile.kind} is not generated here`);
      }
    };
    const amount = toMinorUnits(item.amount);
    return years.map((year): Fraction => {
      if (year < span.from || year > span.to) return { num: 0n, den: 1n };
      const k = year - span.from;
      const hi = cumulativeShare(k + 1);
      const lo = cumulativeShare(k);
      // amount · (hi − lo)
      return { num: amount * (hi.num * lo.den - lo.num * hi.den), den: hi.den * lo.den };
    });
  });
  return years.map((_, y) => columns.map((column) => column[y] as Fraction));
}

describe('plan what-ifs (properties)', () => {
  it('delay by n then by −n returns the original plan', () => {
    fc.assert(
      fc.property(plans, fc.integer({ min: -20, max: 20 }), (plan, years) => {
        expect(delay(delay(plan, years), -years)).toEqual(plan);
      }),
      { numRuns: 200 },
    );
  });

  it('stretch and delay preserve the total and its reconciliation', () => {
    fc.assert(
      fc.property(plans, fc.integer({ min: 0, max: 10 }), fc.integer({ min: -10, max: 10 }), (plan, extra, years) => {
        const changed = delay(stretch(plan, plan.years.to + extra), years);
        expect(changed.total).toEqual(plan.total);
        expect(changed.items.map((item) => item.amount)).toEqual(plan.items.map((item) => item.amount));
        const table = schedule(changed);
        expectReconciled(changed, table);
      }),
      { numRuns: 200 },
    );
  });

  it('an overrun of 0 changes nothing; any other overrun grows the total by the item’s growth', () => {
    fc.assert(
      fc.property(plans, fc.integer({ min: -99, max: 200 }), (plan, percent) => {
        const item = plan.items[0];
        if (item === undefined) return;
        expect(overrun(plan, item.id, '0')).toEqual(plan);
        const changed = overrun(plan, item.id, (percent / 100).toFixed(2));
        const growth = toMinorUnits(changed.items[0]?.amount ?? item.amount) - toMinorUnits(item.amount);
        expect(toMinorUnits(changed.total) - toMinorUnits(plan.total)).toBe(growth);
        expectReconciled(changed, schedule(changed));
      }),
      { numRuns: 200 },
    );
  });
});
