// The page's edits and links for any input: a path meets its anchors and never leaves them; an overrun
// keeps a plan's items adding up to its total, each to the cent; a link gives back its state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overrunPlan, sharePath } from '../../page/src/edits';
import { fromHash, toHash } from '../../page/src/link';
import { decimal } from '../../src/index';
import { evaluate, getScenario, withOverrides, type PlanSpec } from '../../src/scenarios/index';

const baseline = getScenario('lithuania-baseline');
const percent = fc.integer({ min: 0, max: 10_000 }).map((hundredths) => (hundredths / 100).toFixed(2));

describe('the page’s edits, for any input', () => {
  it('a path of shares starts and ends at its anchors, each year between them, held after the last', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2025, max: 2034 }),
        fc.integer({ min: 1, max: 10 }),
        percent,
        percent,
        (from, span, a, b) => {
          const to = from + span;
          const edits = sharePath(baseline, { year: from, percent: a }, { year: to, percent: b });
          const value = (year: number): string | undefined =>
            edits.find((edit) => edit.path === `defence.shareOfGdp.${String(year)}`)?.value as string | undefined;
          expect(
            decimal(value(from) ?? 'NaN')
              .times(100)
              .equals(decimal(a)),
          ).toBe(true);
          for (const edit of edits) {
            const share = decimal(edit.value as string).times(100);
            expect(share.gte(decimal(a).lessThan(b) ? a : b) && share.lte(decimal(a).lessThan(b) ? b : a)).toBe(true);
            expect(decimal(edit.value as string).decimalPlaces()).toBeLessThanOrEqual(20);
          }
          if (to <= 2035)
            expect(
              decimal(value(to) ?? 'NaN')
                .times(100)
                .equals(decimal(b)),
            ).toBe(true);
          expect(edits.length).toBe(2035 - from + 1);
        },
      ),
    );
  });

  it('an overrun keeps the plan adding up: total and mines × (1 + rate) to the cent, the rest the remainder', () => {
    const plan = baseline.plans?.[0] as PlanSpec;
    fc.assert(
      fc.property(
        fc.integer({ min: -9_000, max: 100_000 }).map((tenths) => (tenths / 100).toString()),
        (rate) => {
          const edits = overrunPlan(plan, rate);
          const factor = decimal(1).plus(decimal(rate).dividedBy(100));
          expect(edits[0]?.value).toBe(decimal('1100000000').times(factor).toDecimalPlaces(2, 6).toFixed());
          const schedule = evaluate(withOverrides(baseline, edits)).plans[0]?.schedule;
          const items = schedule?.items.reduce((sum, item) => sum.plus(item.amount.amount), decimal(0));
          expect(items?.equals(schedule?.total.amount ?? decimal(-1))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a link gives back the overrides it holds, in order, whatever their paths and values', async () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(undefined),
      fc.dictionary(fc.string({ minLength: 1 }), fc.string()),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ path: fc.string({ minLength: 1 }).filter((path) => !path.includes('=')), value }), {
          maxLength: 8,
        }),
        fc.option(fc.string({ maxLength: 400 }), { nil: undefined }),
        async (edits, text) => {
          const state = text === undefined ? { scenario: 'lithuania-baseline', edits } : { text, edits };
          expect(await fromHash(await toHash(state))).toEqual(state);
        },
      ),
    );
  });
});
