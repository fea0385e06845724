// targetGap keeps a few things between calls (GDP's years, bounds in money, share × GDP) so that a
// sweep pays for them once. None of it may be seen: the same inputs give the same rows, and a series a
// caller changes between calls is read again.
import { describe, expect, it } from 'vitest';
import { defineTarget, money, targetGap, type Money } from '../../src/index';
import { evaluate, getScenario } from '../../src/scenarios/index';

const floor = defineTarget({ id: 'two', name: '2%', atLeast: '0.02', from: 2026 });

describe('targetGap memos', () => {
  it('reads a GDP series again after the caller adds a year to it', () => {
    const gdp: Record<number, Money> = { 2026: money('100', 'EUR') };
    const spending = { 2026: money('1', 'EUR'), 2027: money('3', 'EUR') };
    expect(() => targetGap(spending, gdp, floor)).toThrow(/GDP has no value for 2027/);
    gdp[2027] = money('100', 'EUR');
    // 2% of 100 is 2: 2026 is a euro short, 2027 a euro over.
    const rows = targetGap(spending, gdp, floor).rows;
    expect(rows.map((row) => [row.year, row.gap.amount.toString(), row.met])).toEqual([
      [2026, '1', false],
      [2027, '0', true],
    ]);
  });

  it('gives a bound for each rounding mode, not the first one asked for', () => {
    const gdp = { 2026: money('0.25', 'EUR') }; // 2% of €0.25 is half a cent
    const spending = { 2026: money('0', 'EUR') };
    const up = targetGap(spending, gdp, floor, { round: 'half-up' }).rows[0];
    const even = targetGap(spending, gdp, floor, { round: 'half-even' }).rows[0];
    const exact = targetGap(spending, gdp, floor).rows[0];
    expect([
      up?.atLeast?.amount.toString(),
      even?.atLeast?.amount.toString(),
      exact?.atLeast?.amount.toString(),
    ]).toEqual(['0.01', '0', '0.005']);
  });

  it('freezes a scenario GDP, which every evaluation of the scenario shares', () => {
    const result = evaluate(getScenario('lithuania-baseline'));
    expect(Object.isFrozen(result.gdp)).toBe(true);
    expect(evaluate(getScenario('lithuania-baseline')).gdp).toBe(result.gdp);
  });
});
