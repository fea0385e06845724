// targetGap keeps a few things between calls (GDP's years, bounds in money, share × GDP) so that a
// sweep pays for them once. None of it may be seen: the same inputs give the same rows, and a series a
// caller changes between calls is read again.
import { describe, expect, it } from 'vitest';
import { decimal, defineTarget, money, targetGap, type Money } from '../../src/index';
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

describe('what a target asks, kept per target and GDP', () => {
  const frozenGdp = Object.freeze({ 2026: money('200', 'EUR'), 2027: money('300', 'EUR') });
  const frozenFloor = Object.freeze(defineTarget({ id: 'three', name: '3%', atLeast: '0.03', from: 2026 }));
  const gaps = (rows: readonly { readonly gap: Money }[]) => rows.map((row) => row.gap.amount.toString());

  it('compares new spending with the bounds kept from an earlier call', () => {
    // 3% of 200 is 6, of 300 is 9: by hand.
    const first = targetGap({ 2026: money('5', 'EUR'), 2027: money('9', 'EUR') }, frozenGdp, frozenFloor).rows;
    const second = targetGap({ 2026: money('2', 'EUR'), 2027: money('10', 'EUR') }, frozenGdp, frozenFloor).rows;
    expect(gaps(first)).toEqual(['1', '0']);
    expect(gaps(second)).toEqual(['4', '0']);
    expect(second.map((row) => row.atLeast?.amount.toString())).toEqual(['6', '9']);
  });

  it('reads a target that is not frozen again when the caller changes it', () => {
    const target = defineTarget({ id: 'changing', name: '3%', atLeast: '0.03', from: 2026 });
    const spending = { 2026: money('5', 'EUR') };
    expect(gaps(targetGap(spending, frozenGdp, target).rows)).toEqual(['1']);
    (target as { atLeast: unknown }).atLeast = decimal('0.04'); // 4% of 200 is 8
    expect(gaps(targetGap(spending, frozenGdp, target).rows)).toEqual(['3']);
  });

  it('reads a GDP that is not frozen again when the caller changes it', () => {
    const gdp: Record<number, Money> = { 2026: money('200', 'EUR') };
    const spending = { 2026: money('5', 'EUR') };
    expect(gaps(targetGap(spending, gdp, frozenFloor).rows)).toEqual(['1']);
    gdp[2026] = money('100', 'EUR'); // 3% of 100 is 3: met
    expect(gaps(targetGap(spending, gdp, frozenFloor).rows)).toEqual(['0']);
  });

  it('refuses a GDP that is not positive on every call, not only the first', () => {
    const gdp = Object.freeze({ 2026: money('0', 'EUR') });
    const spending = { 2026: money('5', 'EUR') };
    expect(() => targetGap(spending, gdp, frozenFloor)).toThrow(/GDP must be positive/);
    expect(() => targetGap(spending, gdp, frozenFloor)).toThrow(/GDP must be positive/);
  });

  it('works out no bound for a year without spending (an amount in another currency fails only where compared)', () => {
    const inDollars = Object.freeze(defineTarget({ id: 'usd', name: '$5', atLeast: money('5', 'USD'), from: 2026 }));
    // 2026 has no spending: undetermined, and the dollar bound is never converted or refused there.
    const gap = targetGap({}, Object.freeze({ 2026: money('200', 'EUR') }), inDollars);
    expect(gap.undetermined).toEqual([2026]);
    expect(() => targetGap({ 2026: money('5', 'EUR') }, frozenGdp, inDollars)).toThrow(/not in GDP's currency/);
  });

  it('keeps a bound for each rounding mode of a frozen target and GDP', () => {
    const gdp = Object.freeze({ 2026: money('0.25', 'EUR') }); // 2% of €0.25 is half a cent
    const two = Object.freeze(defineTarget({ id: 'two-frozen', name: '2%', atLeast: '0.02', from: 2026 }));
    const bound = (round?: 'half-up' | 'half-even') =>
      targetGap(
        { 2026: money('0', 'EUR') },
        gdp,
        two,
        round === undefined ? {} : { round },
      ).rows[0]?.atLeast?.amount.toString();
    expect([bound('half-up'), bound('half-even'), bound()]).toEqual(['0.01', '0', '0.005']);
  });
});

describe('spending series with a year GDP lacks', () => {
  it('refuses a frozen series with a year GDP lacks on every call, not only the first', () => {
    const gdp = Object.freeze({ 2026: money('100', 'EUR') });
    const spending = Object.freeze({ 2026: money('1', 'EUR'), 2027: money('3', 'EUR') });
    const floor2 = Object.freeze(defineTarget({ id: 'two-covered', name: '2%', atLeast: '0.02', from: 2026 }));
    expect(() => targetGap(spending, gdp, floor2)).toThrow(/GDP has no value for 2027/);
    expect(() => targetGap(spending, gdp, floor2)).toThrow(/GDP has no value for 2027/);
  });

  it('gives a gap in points from shares of one place or none (10% of GDP, nothing spent: 10 points)', () => {
    const ten = defineTarget({ id: 'ten', name: '10%', atLeast: '0.1', from: 2026 });
    const [row] = targetGap({ 2026: money('0', 'EUR') }, { 2026: money('100', 'EUR') }, ten).rows;
    expect(row?.gapPoints.toString()).toBe('10');
    const [half] = targetGap({ 2026: money('5', 'EUR') }, { 2026: money('100', 'EUR') }, ten).rows;
    expect(half?.gapPoints.toString()).toBe('5'); // 10% − 5%, by hand
  });
});
