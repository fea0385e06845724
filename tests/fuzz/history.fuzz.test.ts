// Hostile input to the history readers (issue 15): any history, key, date and filter ends in a list, a
// value or nothing, or in one clean BudgetWhatIfError; never a TypeError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asOf, decimal, latest, lithuania, money, revisions, vintages, type FigureHistory } from '../../src/index';
import { vintagesReport } from '../../src/reports/index';
import { fuzz } from './harness';

const DATE_PIECES = ['2025', '-', '08', '28', '02', '30', '13', '00', '1', ' ', 'T', 'x', ''];
const date = fc.oneof(
  fc.constantFrom('2025', '2025-08', '2025-08-28', '2024-12-19'),
  fc.array(fc.constantFrom(...DATE_PIECES), { maxLength: 6 }).map((pieces) => pieces.join('')),
  fc.constantFrom(null, 20250828, new Date(Number.NaN)),
  fc.anything(),
  fc.date({ noInvalidDate: false }),
);
const key = fc.oneof(
  fc.constantFrom(2025, 1, 'total', '2025'),
  fc.integer({ min: 2010, max: 2030 }),
  fc.constantFrom('', 'toString', '__proto__'),
  fc.anything(),
);
const filter = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      stage: fc.oneof(
        fc.constantFrom('approved', 'amended', 'estimate', 'passed'),
        fc.array(fc.anything(), { maxLength: 3 }),
      ),
      basis: fc.oneof(fc.constantFrom("NATO's definition", 'state budget: defence appropriations'), fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);
const measure = fc.oneof(
  fc.record({ amount: fc.constantFrom(money('5', 'EUR'), money('7', 'USD'), money('0', 'EUR')) }),
  fc.record({ shareOfGdp: fc.constantFrom(decimal('0.04'), decimal('-1'), decimal('0')) }),
  fc.constantFrom(
    null,
    {},
    { amount: 5 },
    { amount: null },
    { amount: { amount: '5', currency: 'EUR' } },
    { shareOfGdp: '0.04' },
  ),
  fc.anything(),
);
/** Mostly well formed, so that two values of a key often pair up and reach the arithmetic. */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: bad, weight: 1 });
const value = fc.record({
  value: measure,
  source: mostly(fc.constant({ publisher: 'P', title: 'T' }), fc.anything()),
  stage: mostly(fc.constantFrom('approved', 'amended', 'outturn'), fc.constantFrom('passed', null)),
  date: mostly(fc.constantFrom('2025', '2025-08', '2025-08-28', '2024-12-19'), date),
  basis: mostly(fc.constant('b'), fc.anything()),
});
const history = fc.oneof(
  fc.constantFrom(lithuania.history.defenceSpending, lithuania.history.gdp, lithuania.history.borderPlan),
  fc.record({
    name: fc.string(),
    entries: fc.dictionary(fc.constantFrom('2025', 'total', '1'), fc.array(value, { maxLength: 4 })),
  }),
  fc.anything(),
);

describe('history readers under hostile input', () => {
  it('vintages, latest, asOf and revisions end in a value or a clean error', () => {
    fuzz(fc.tuple(history, key, date, filter), ([h, k, d, f]) => {
      const asHistory = h as FigureHistory;
      const asKey = k as number;
      const asFilter = f as undefined;
      expect(Array.isArray(vintages(asHistory, asKey, asFilter))).toBe(true);
      latest(asHistory, asKey, asFilter);
      asOf(asHistory, asKey, d as string, asFilter);
      for (const row of revisions(asHistory, asKey, asFilter)) expect(row.from).toBeDefined();
    });
  });

  it('the report ends in a report or a clean error', () => {
    fuzz(
      fc.tuple(history, key, date),
      ([h, k, d]) => {
        const report = vintagesReport(h as FigureHistory, { key: k as number, asOf: d as string });
        expect(Array.isArray(report.tables)).toBe(true);
      },
      500,
    );
  });
});
