// Goal seeking's rules (issue 11): a straight line is found by one secant step; a target met over a range
// that reaches a bound gives the range's edge (a gap that stays zero once closed), a target met at a bound
// alone that bound; the default tolerance is half a minor unit for amounts and 1e-12 for anything else; the
// search stops at maxIterations with the closer end of its bracket. Figures worked by hand.
import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import Decimal from 'decimal.js';
import { evaluate, getScenario, goalSeek, metric, parseScenario, type Scenario } from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';

// GDP €1,000 in 2025 and 2026: defence.2025 is share × 1,000; GDP 2027 grows at the nominal rate.
const flat = once<Scenario>(() =>
  parseScenario({
    name: 'Flat',
    currency: 'EUR',
    years: { from: 2025, to: 2027 },
    economy: { gdp: { base: { year: 2024, amount: '1000' }, nominalGrowth: { default: '0' } } },
    defence: { shareOfGdp: { default: '5%' } },
  }),
);
const share = { vary: 'defence.shareOfGdp.default', metric: 'defence.2025' };

describe('goalSeek', () => {
  it('finds a straight line in one secant step after reading both ends', () => {
    const found = goalSeek(flat(), { ...share, target: '55' });
    expect([found.value.toString(), found.exact, found.method, found.iterations]).toEqual(['0.055', true, 'secant', 3]);
  });

  it('where an end meets the target, gives the edge of the range that does, and the range', () => {
    // Spending is share × €1,000 rounded half-even to the cent: €0.00 up to a share of 0.000005 (€0.005),
    // €1,000.00 from 0.999995 (€999.995 rounds up). Each range's edge, not its bound, to 1e-12.
    const low = goalSeek(flat(), { ...share, target: '0' });
    expect([low.exact, low.achieved.value.toString(), low.nearest, low.method]).toEqual([
      true,
      '0',
      undefined,
      'bisection',
    ]);
    // Halving to 1e-15 of the bounds' width, and the value found is on the range.
    expect(low.value.lte('0.000005')).toBe(true);
    expect(low.value.minus('0.000005').abs().lte('1e-15')).toBe(true);
    expect(low.plateau?.from.toString()).toBe('0');
    const high = goalSeek(flat(), { ...share, target: '1000', bounds: ['0.5', '1'] });
    expect(high.value.minus('0.999995').abs().lte('1e-12')).toBe(true);
    expect([high.exact, high.plateau?.to.toString()]).toEqual([true, '1']);
  });

  it('where an end alone meets the target, returns that end after one look beside it', () => {
    // The share of GDP is the share set, unrounded: 0 only at 0 (an amount would read €0.00 a little beyond).
    const found = goalSeek(flat(), { ...share, metric: 'defence.share.2025', target: '0' });
    expect([found.value.toString(), found.plateau, found.iterations, found.method]).toEqual([
      '0',
      undefined,
      3,
      'secant',
    ]);
  });

  it('gives the low bound and the whole range where the metric is the target at both', () => {
    // 2025's GDP does not move with the defence share: €1,000 at every share.
    const found = goalSeek(flat(), { ...share, metric: 'gdp.2025', target: '1000' });
    expect([found.value.toString(), found.plateau?.from.toString(), found.plateau?.to.toString()]).toEqual([
      '0',
      '0',
      '1',
    ]);
    expect([found.iterations, found.method, found.exact]).toEqual([2, 'secant', true]);
  });

  it('converges on a curve: 1,000 × (1 + g)³ = 1,331 at g = 10%', () => {
    const found = goalSeek(flat(), {
      vary: 'economy.gdp.nominalGrowth.default',
      metric: 'gdp.2027',
      target: '1331',
      bounds: ['0', '0.5'],
    });
    expect(found.withinTolerance).toBe(true);
    expect(found.achieved.value.minus(1331).abs().lte('0.005')).toBe(true);
    expect(found.value.minus('0.1').abs().lt('1e-5')).toBe(true);
    expect(found.iterations).toBeLessThan(60);
  });

  it('stops at maxIterations with the closer end of its bracket, saying it is not within tolerance', () => {
    const found = goalSeek(flat(), {
      vary: 'economy.gdp.nominalGrowth.default',
      metric: 'gdp.2027',
      target: '1331',
      bounds: ['0', '0.5'],
      maxIterations: 3,
    });
    expect(found.iterations).toBe(3);
    expect(found.withinTolerance).toBe(false);
    // The ends give 1,000 and 3,375; one secant step from them lands at g = 331/2375 × 0.5 ≈ 0.0697, below.
    expect(found.nearest?.below.achieved.value.lt(1331)).toBe(true);
    expect(found.nearest?.above.achieved.value.gt(1331)).toBe(true);
    const below = found.nearest?.below.achieved.value.minus(1331).abs();
    const above = found.nearest?.above.achieved.value.minus(1331).abs();
    expect(found.achieved.value.minus(1331).abs().toString()).toBe(Decimal.min(below ?? 0, above ?? 0).toString());
  });

  it('takes half a cent as close enough for amounts, 1e-12 for shares, or the tolerance given', () => {
    // A share metric: the plan's share of GDP is 30 / GDP, a curve in the growth rate.
    const curve = { vary: 'economy.gdp.nominalGrowth.default', bounds: ['0', '1'] as const, maxIterations: 200 };
    const amount = goalSeek(flat(), { ...curve, metric: 'gdp.2027', target: '2000' });
    expect(amount.achieved.value.minus(2000).abs().lte('0.005')).toBe(true);
    const loose = goalSeek(flat(), { ...curve, metric: 'gdp.2027', target: '2000', tolerance: '5' });
    expect(loose.withinTolerance).toBe(true);
    expect(loose.iterations).toBeLessThanOrEqual(amount.iterations);
    // A share: €30 of a GDP of 1,000 × (1 + g)³ is 2% at (1 + g)³ = 1.5; found to 1e-12, not to half a cent.
    const fixed = parseScenario({ ...flat(), defence: { shareOfGdp: { default: '5%' }, amounts: { '2027': '30' } } });
    const ratio = goalSeek(fixed, { ...curve, metric: 'defence.share.2027', target: '0.02' });
    expect(ratio.withinTolerance).toBe(true);
    expect(ratio.achieved.value.minus('0.02').abs().lte('1e-12')).toBe(true);
    expect(ratio.achieved.unit).toBe('share');
  });
});

describe('goalSeek, further rules', () => {
  it('half a cent is close enough for an amount it cannot hit exactly: 50.005 is 0.005 from both neighbours', () => {
    const found = goalSeek(flat(), { ...share, target: '50.005' });
    // defence.2025 = share × 1,000, rounded to the cent: 50.00 or 50.01, never 50.005.
    expect(found.exact).toBe(false);
    expect(found.withinTolerance).toBe(true);
    expect(found.achieved.value.minus('50.005').abs().toString()).toBe('0.005');
  });

  it('finds a target’s gap closing at the target’s share: the 3.5% core target met from 3.5% of GDP', () => {
    // The gap is rounded to the cent, so it reads €0.00 from half a cent below 3.5% of 2035's GDP.
    const found = goalSeek(getScenario('lithuania-baseline'), {
      vary: 'defence.shareOfGdp.default',
      metric: 'targets.nato-hague-core-3.5pct.gap.2035',
      target: '0',
    });
    // By hand: the gap, rounded half-even to the cent, is €0.00 while (0.035 − share) × GDP ≤ €0.005, so
    // the edge is 0.035 − 0.005 / GDP of 2035.
    const gdp2035 = metric(evaluate(found.scenario), 'gdp.2035').value;
    const edge = new Decimal('0.035').minus(new Decimal('0.005').div(gdp2035.toString()));
    expect(found.value.gte(edge.toString())).toBe(true);
    expect(found.value.minus(edge.toString()).abs().lte('1e-15')).toBe(true);
    expect([found.plateau?.to.toString(), found.exact, found.method]).toEqual(['1', true, 'bisection']);
  });

  it('stops halving at maxIterations with a value on the range, never past its edge', () => {
    const found = goalSeek(getScenario('lithuania-baseline'), {
      vary: 'defence.shareOfGdp.default',
      metric: 'targets.nato-hague-core-3.5pct.gap.2035',
      target: '0',
      maxIterations: 10,
    });
    expect(found.iterations).toBe(10);
    expect([found.exact, found.achieved.value.toString()]).toEqual([true, '0']);
    // Two ends, a probe and seven halvings from 1: the range's edge is within 1 / 2^7 above 3.5%.
    expect(
      found.value.gte('0.0349') && found.value.lte(new Decimal('0.035').plus(new Decimal(1).div(128)).toString()),
    ).toBe(true);
  });

  it('says when the target lies outside what the bounds reach, with both ends', () => {
    const error = expectIssue(() => goalSeek(flat(), { ...share, target: '2000' }), 'no_solution', ['target']);
    expect(error.issues[0]?.message).toBe(
      'no value of defence.shareOfGdp.default from 0 to 1 brings defence.2025 to 2000: it is 0 at one end and 1000 at the other',
    );
  });

  it('names the option at fault: the target, the tolerance, each bound', () => {
    expectIssue(() => goalSeek(flat(), { ...share, target: 'lots' }), 'invalid_number', ['target']);
    expectIssue(() => goalSeek(flat(), { ...share, target: '5', tolerance: 'x' }), 'invalid_number', ['tolerance']);
    expectIssue(() => goalSeek(flat(), { ...share, target: '5', bounds: ['x', '1'] }), 'invalid_number', ['bounds', 0]);
    expectIssue(() => goalSeek(flat(), { ...share, target: '5', bounds: ['0', 'y'] }), 'invalid_number', ['bounds', 1]);
  });

  it('halves when a secant stalls: a steep curve, 1,000 × (1 + g)³ up to g = 10, is solved in under 100 evaluations', () => {
    // Regula falsi alone stalls at the far end of a convex curve and crawls; halving keeps it honest.
    const found = goalSeek(flat(), {
      vary: 'economy.gdp.nominalGrowth.default',
      metric: 'gdp.2027',
      target: '1331',
      bounds: ['0', '10'],
    });
    expect(found.withinTolerance).toBe(true);
    expect(found.method).toBe('bisection');
    expect(found.iterations).toBeLessThan(100);
    expect(found.value.minus('0.1').abs().lt('1e-5')).toBe(true);
  });
});

describe('goalSeek reads shares and rates as a scenario file does: a fraction or a percentage', () => {
  it('takes the bounds of a share as percentages: 5% to 6% is 0.05 to 0.06, and the result says so', () => {
    const asPercent = goalSeek(flat(), { ...share, target: '55', bounds: ['5%', '6%'] });
    const asFraction = goalSeek(flat(), { ...share, target: '55', bounds: ['0.05', '0.06'] });
    // By hand: 5.5% of €1,000 is €55, halfway between the bounds, so one secant step from the ends.
    expect([asPercent.value.toString(), asPercent.iterations, asPercent.exact]).toEqual(['0.055', 3, true]);
    expect(asPercent.bounds.map(String)).toEqual(['0.05', '0.06']);
    expect(JSON.stringify(asPercent)).toBe(JSON.stringify(asFraction));
  });

  it('takes the bounds of a rate as percentages, negative ones too', () => {
    // 1,000 × (1 + g)³ = 1,331 at g = 10%, found between −50% and 100% as between −0.5 and 1.
    const curve = { vary: 'economy.gdp.nominalGrowth.default', metric: 'gdp.2027', target: '1331' };
    const found = goalSeek(flat(), { ...curve, bounds: ['-50%', '100%'] });
    expect(found.bounds.map(String)).toEqual(['-0.5', '1']);
    expect(JSON.stringify(found)).toBe(JSON.stringify(goalSeek(flat(), { ...curve, bounds: ['-0.5', '1'] })));
    expect(found.value.minus('0.1').abs().lt('1e-5')).toBe(true);
  });

  it('gives the default bounds of a share, 0 and 1, and the target as read', () => {
    const found = goalSeek(flat(), { ...share, target: '55' });
    expect([found.bounds.map(String), found.target.toString()]).toEqual([['0', '1'], '55']);
  });

  it('takes a target in percent for a metric that is a share of GDP', () => {
    const found = goalSeek(flat(), { ...share, metric: 'defence.share.2025', target: '5.5%' });
    expect([found.value.toString(), found.target.toString(), found.exact]).toEqual(['0.055', '0.055', true]);
    // Space around the sign, as a scenario file allows it.
    const spaced = goalSeek(flat(), { ...share, metric: 'defence.share.2025', target: ' 5.5 % ' });
    expect(spaced.value.toString()).toBe('0.055');
  });

  it('still takes plain numbers and Decimals for the target and bounds', () => {
    const found = goalSeek(flat(), { ...share, target: 55, bounds: [0, new Decimal('0.1')] });
    expect([found.value.toString(), found.target.toString(), found.bounds.map(String)]).toEqual([
      '0.055',
      '55',
      ['0', '0.1'],
    ]);
  });

  it('refuses a percentage where it would be a unit slip: a target in euros, the bounds of an amount', () => {
    const euros = expectIssue(() => goalSeek(flat(), { ...share, target: '5%' }), 'invalid_number', ['target']);
    expect(euros.issues[0]?.message).toBe(
      'a percentage is a target for a share of GDP; defence.2025 is in EUR, received "5%"',
    );
    const amount = { vary: 'defence.amounts.2025', metric: 'defence.2025', target: '55' };
    const bound = expectIssue(() => goalSeek(flat(), { ...amount, bounds: ['0', '5%'] }), 'invalid_number', [
      'bounds',
      1,
    ]);
    expect(bound.issues[0]?.message).toBe(
      'a percentage bounds a share or a rate; defence.amounts.2025 is neither, received "5%"',
    );
    // The same amounts as plain numbers are fine: €55 between €0 and €100.
    expect(goalSeek(flat(), { ...amount, bounds: ['0', '100'] }).value.toString()).toBe('55');
  });

  it('refuses a percentage that is not one, by the option', () => {
    expectIssue(() => goalSeek(flat(), { ...share, target: '%' }), 'invalid_number', ['target']);
    expectIssue(() => goalSeek(flat(), { ...share, target: '5.5%x' }), 'invalid_number', ['target']);
    expectIssue(() => goalSeek(flat(), { ...share, target: '55', bounds: ['five%', '6%'] }), 'invalid_number', [
      'bounds',
      0,
    ]);
  });
});
