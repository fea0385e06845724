import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import { toMinorUnits } from '../../src/index';
import { evaluate, getScenario, parseScenario } from '../../src/scenarios/index';
import { expectReconciled } from '../helpers/plans';
import { smallScenario } from '../helpers/scenarios';
import { definePlan, money } from '../../src/index';

const amounts = (
  series: Readonly<Record<number, { amount: { toFixed(n: number): string } }>>,
): Record<string, string> =>
  Object.fromEntries(Object.entries(series).map(([year, value]) => [year, value.amount.toFixed(2)]));

describe('evaluate on a scenario worked out by hand', () => {
  // GDP €100bn in 2024, +10% a year: 110bn, 121bn, 133.1bn. Defence: €4bn in 2025, then 5% of GDP.
  const result = once(() => evaluate(parseScenario(smallScenario())));

  it('grows GDP and sets spending from amounts and shares', () => {
    expect(amounts(result().gdp)).toEqual({
      2025: '110000000000.00',
      2026: '121000000000.00',
      2027: '133100000000.00',
    });
    expect(amounts(result().defence.byYear)).toEqual({
      2025: '4000000000.00',
      2026: '6050000000.00',
      2027: '6655000000.00',
    });
    expect(result().defence.basis).toEqual({ 2025: 'amount', 2026: 'share', 2027: 'share' });
    expect(result().defence.total.amount.toFixed(2)).toBe('16705000000.00');
    expect(result().totals.gdp.amount.toFixed(2)).toBe('364100000000.00');
    // 4/110 = 0.036363…
    expect(result().defence.shareOfGdp[2025]?.toDecimalPlaces(6).toString()).toBe('0.036364');
    expect(result().defence.shareOfGdp[2026]?.toString()).toBe('0.05');
  });

  it('converts at the scenario rate, rounding each year and summing the rounded years', () => {
    const usd = result().views['USD'];
    expect(amounts(usd?.defence.byYear ?? {})).toEqual({
      2025: '5000000000.00',
      2026: '7562500000.00',
      2027: '8318750000.00',
    });
    expect(usd?.defence.total.amount.toFixed(2)).toBe('20881250000.00');
    expect(usd?.rates[2026]?.toString()).toBe('1.25');
  });

  it('schedules each plan, adding up both ways', () => {
    const [plan] = result().plans;
    expect(plan?.schedule.rows.map((row) => row.total.amount.toString())).toEqual(['100', '100', '100']);
    const checked = definePlan({
      id: 'plan',
      name: 'plan',
      total: money('300', 'EUR'),
      years: { from: 2025, to: 2027 },
      items: [
        { id: 'a', amount: '100' },
        { id: 'b', remainder: true },
      ],
    });
    if (plan !== undefined) expectReconciled(checked, plan.schedule);
    expect(plan?.schedule.rows[2]?.cumulative.amount.toString()).toBe('300');
  });

  it('gives the gap to each target, with spending of exactly 5% meeting the 5–6% band', () => {
    const band = result().targets.find((target) => target.id === 'lithuania-2026-2030');
    expect(band?.rows.map((row) => [row.year, row.met])).toEqual([
      [2026, true],
      [2027, true],
    ]);
    expect(band?.metWhereDue).toBe(true);
    const wales = result().targets.find((target) => target.id === 'nato-wales-2pct');
    expect(wales?.rows.every((row) => row.met && row.due)).toBe(true);
  });

  it('lists the sources of its targets and warns of nothing here', () => {
    expect(result().sources.length).toBeGreaterThanOrEqual(2);
    expect(result().warnings).toEqual([]);
  });
});

describe('evaluate on the Lithuania baseline', () => {
  const result = once(() => evaluate(getScenario('lithuania-baseline')));

  it('uses the voted budgets for 2025 and 2026 and 5.5% of GDP after', () => {
    expect(result().defence.byYear[2025]?.amount.toString()).toBe('2400000000');
    expect(result().defence.byYear[2026]?.amount.toString()).toBe('4790000000');
    // GDP 2027: 77.94bn × 1.024·1.034 × 1.03·1.028 × 1.03·1.025 = 92,251,264,184.20 (rounded), and 5.5% of it:
    // both checked with Python's decimal module.
    expect(result().gdp[2027]?.amount.toFixed(2)).toBe('92251264184.20');
    expect(result().defence.byYear[2027]?.amount.toFixed(2)).toBe('5073819530.13');
  });

  it('has every plan schedule reconcile', () => {
    for (const plan of result().plans) {
      const cents = plan.schedule.rows.reduce((sum, row) => sum + toMinorUnits(row.total), 0n);
      expect(cents).toBe(toMinorUnits(plan.total));
    }
  });

  it('meets the 5–6% band in 2026–2030', () => {
    expect(result().targets.find((target) => target.id === 'lithuania-2026-2030')?.metWhereDue).toBe(true);
  });

  it('warns that no defence-related spending is given for the 1.5% target', () => {
    expect(result().warnings.some((warning) => warning.includes('nato-hague-related-1.5pct'))).toBe(true);
  });

  it('states its assumptions with reasons and lists its sources', () => {
    expect(result().assumptions.length).toBeGreaterThanOrEqual(6);
    expect(result().assumptions.every((assumption) => assumption.reason.length > 20)).toBe(true);
    expect(result().sources.map((source) => source.publisher)).toContain('Eurostat');
  });

  it('gives byte-identical JSON for the same input', () => {
    const again = evaluate(parseScenario(JSON.parse(JSON.stringify(getScenario('lithuania-baseline')))));
    expect(JSON.stringify(again)).toBe(JSON.stringify(result()));
  });

  it('writes amounts as decimal strings in JSON', () => {
    const json = JSON.parse(JSON.stringify(result())) as { defence: { total: unknown } };
    expect(json.defence.total).toEqual({ amount: result().defence.total.amount.toString(), currency: 'EUR' });
  });
});
