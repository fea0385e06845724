import { describe, expect, it } from 'vitest';
import {
  annualAverage,
  convertSeries,
  defineTarget,
  exchangeRate,
  gdpPath,
  getTarget,
  lithuania,
  mapSeries,
  money,
  pathTo,
  perCapita,
  requiredShare,
  spendingAtShare,
  spendingBand,
  targetGap,
  yearSeries,
  type Money,
} from '../../src/index';
import { ecb } from '../../src/entries/ecb';
import { expectIssue } from '../helpers/errors';

const eur = (amount: string): Money => money(amount, 'EUR');
const base = { year: 2024, amount: eur('77940000000') };

describe('gdpPath', () => {
  it('grows 77.94bn by 3% real and 2% deflator to €81,883,764,000.00 in 2025; 5% of it is €4,094,188,200.00', () => {
    const gdp = gdpPath({ base, realGrowth: { default: '0.03' }, deflator: { default: '0.02' }, to: 2025 });
    // 77.94e9 × 1.03 × 1.02, by hand: 77.94 × 1.0506 = 81.883764.
    expect(gdp[2025]?.amount.toFixed(2)).toBe('81883764000.00');
    expect(spendingAtShare(gdp, '0.05')[2025]?.amount.toFixed(2)).toBe('4094188200.00');
  });

  it('takes per-year overrides and a default', () => {
    const gdp = gdpPath({ base, realGrowth: { default: '0', 2025: '0.1' }, deflator: { default: '0' }, to: 2026 });
    expect(mapSeries(gdp, (g) => g.amount.toString())).toEqual({
      2024: '77940000000',
      2025: '85734000000',
      2026: '85734000000',
    });
  });

  it('grows by nominal growth', () => {
    const gdp = gdpPath({ base, nominalGrowth: { default: '0.0506' }, to: 2025 });
    expect(gdp[2025]?.amount.toString()).toBe('81883764000');
  });

  it('projects from the last known year', () => {
    const gdp = gdpPath({
      known: { 2024: base.amount, 2025: eur('81000000000') },
      nominalGrowth: { default: '0.1' },
      to: 2026,
    });
    expect(mapSeries(gdp, (g) => g.amount.toString())).toEqual({
      2024: '77940000000',
      2025: '81000000000',
      2026: '89100000000',
    });
    expect(gdpPath({ known: { 2024: base.amount }, nominalGrowth: {}, to: 2024 })).toEqual({ 2024: base.amount });
  });

  it('takes an explicit series as is', () => {
    const series = { 2026: eur('89000000000') };
    expect(gdpPath({ series })).toBe(series);
  });

  it('rejects negative GDP, growth of −100% or less, a missing rate, no known years', () => {
    expectIssue(
      () => gdpPath({ base: { year: 2024, amount: eur('-1') }, nominalGrowth: { default: '0' }, to: 2025 }),
      'out_of_range',
      ['base', 'amount'],
    );
    expectIssue(
      () => gdpPath({ base, realGrowth: { default: '-1' }, deflator: { default: '0' }, to: 2025 }),
      'out_of_range',
      ['realGrowth', 'default'],
    );
    expectIssue(
      () => gdpPath({ base, realGrowth: { default: '0', 2026: '-1.2' }, deflator: { default: '0' }, to: 2026 }),
      'out_of_range',
      ['realGrowth', 2026],
    );
    expectIssue(
      () => gdpPath({ base, realGrowth: { 2025: '0' }, deflator: { default: '0' }, to: 2026 }),
      'missing_year',
      ['realGrowth'],
    );
    expectIssue(() => gdpPath({ known: {}, nominalGrowth: { default: '0' }, to: 2026 }), 'missing_year', ['known']);
    expectIssue(() => gdpPath({ series: { 2026: eur('0') } }), 'out_of_range', ['series', 2026]);
  });
});

describe('shares of GDP', () => {
  const gdp = { 2026: eur('89000000000'), 2027: eur('92000000000') };

  it('spending at a share: constant, or per year with a default', () => {
    expect(mapSeries(spendingAtShare(gdp, '0.055'), (m) => m.amount.toString())).toEqual({
      2026: '4895000000',
      2027: '5060000000',
    });
    expect(mapSeries(spendingAtShare(gdp, { default: '0.05', 2027: '0.06' }), (m) => m.amount.toString())).toEqual({
      2026: '4450000000',
      2027: '5520000000',
    });
  });

  it('a band of shares: low, mid, high', () => {
    const band = spendingBand(gdp, { low: '0.05', high: '0.06' });
    expect([band.low[2026], band.mid[2026], band.high[2026]].map((m) => m?.amount.toString())).toEqual([
      '4450000000',
      '4895000000',
      '5340000000',
    ]);
  });

  it('rejects a share above 1 or below 0, and a band upside down', () => {
    expectIssue(() => spendingAtShare(gdp, '5.5'), 'out_of_range', ['share']);
    expectIssue(() => spendingAtShare(gdp, { default: '0.05', 2027: '-0.01' }), 'out_of_range', ['share', 2027]);
    expectIssue(() => spendingAtShare(gdp, { 2026: '0.05' }), 'missing_year', ['share']);
    expectIssue(() => spendingBand(gdp, { low: '0.06', high: '0.05' }), 'out_of_range', ['band', 'high']);
  });

  it('requiredShare(€4.79 billion, the GDP implied by the 2026 budget) gives back 5.38%', () => {
    const implied = lithuania.gdp.versions['budget-implied'].values[2026]?.value ?? eur('1');
    expect(requiredShare(eur('4790000000'), implied).toDecimalPlaces(10).toString()).toBe('0.0538');
    // The share of GDP needed in 2030 for €6 billion, on a GDP of €108.24 billion: 5.543%.
    expect(requiredShare(eur('6000000000'), eur('108240000000')).toDecimalPlaces(5).toString()).toBe('0.05543');
  });

  it('requiredShare works year by year, and refuses GDP of zero or a missing year', () => {
    expect(mapSeries(requiredShare({ 2026: eur('4450000000') }, gdp), (s) => s.toString())).toEqual({ 2026: '0.05' });
    expectIssue(() => requiredShare(eur('1'), eur('0')), 'out_of_range', ['gdp']);
    expectIssue(() => requiredShare({ 2030: eur('1') }, gdp), 'missing_year', ['gdp', 2030]);
    expectIssue(() => requiredShare(eur('1'), money('1', 'USD')), 'currency_mismatch', ['gdp']);
  });
});

describe('per capita and other currencies', () => {
  it('per capita: €4.79 billion over 2,890,219 people is €1,657.31', () => {
    // 4,790,000,000 / 2,890,219 = 1657.3124… (by hand, long division to 4 places).
    expect(perCapita({ 2026: eur('4790000000') }, { 2026: 2890219 })[2026]?.amount.toFixed(2)).toBe('1657.31');
    expectIssue(() => perCapita({ 2026: eur('1') }, {}), 'missing_year', ['population', 2026]);
    expectIssue(() => perCapita({ 2026: eur('1') }, { 2026: 0 }), 'out_of_range', ['population', 2026]);
  });

  it('in US dollars at a scenario rate, or at the ECB annual averages', () => {
    expect(
      convertSeries({ 2026: eur('4790000000') }, exchangeRate('EUR', 'USD', '1.13'))[2026]?.amount.toString(),
    ).toBe('5412700000');
    const averages = yearSeries({ from: 2024, to: 2025 }, (year) => annualAverage(ecb, 'EUR', 'USD', year));
    const usd = convertSeries({ 2024: eur('2300000000'), 2025: eur('2400000000') }, averages, { round: true });
    // 2.3bn × 1.0824 and 2.4bn × 1.1300 (facts.md §4).
    expect(mapSeries(usd, (m) => m.amount.toString())).toEqual({ 2024: '2489520000', 2025: '2712000000' });
    expectIssue(() => convertSeries({ 2026: eur('1') }, averages), 'missing_year', ['rates', 2026]);
    expectIssue(
      () => convertSeries({ 2026: money('1', 'USD') }, exchangeRate('EUR', 'USD', '1.1')),
      'currency_mismatch',
      ['rates', 'base'],
    );
  });
});

describe('targets', () => {
  const gdp = { 2026: eur('100000000000'), 2030: eur('100000000000'), 2035: eur('100000000000') };

  it('exactly at the floor counts as met', () => {
    const [row] = targetGap({ 2035: eur('3500000000') }, gdp, getTarget('nato-hague-core-3.5pct')).rows;
    expect([row?.met, row?.gap.amount.toString(), row?.due]).toEqual([true, '0', true]);
  });

  it('a cent below the floor is a gap of a cent', () => {
    const [row] = targetGap({ 2035: eur('3499999999.99') }, gdp, getTarget('nato-hague-core-3.5pct')).rows;
    expect([row?.met, row?.gap.amount.toString()]).toEqual([false, '0.01']);
  });

  it('gives the gap in money and in percentage points', () => {
    const [row] = targetGap({ 2035: eur('3000000000') }, gdp, getTarget('nato-hague-core-3.5pct')).rows;
    expect([row?.atLeast?.amount.toString(), row?.atLeastShare?.toString(), row?.actualShare.toString()]).toEqual([
      '3500000000',
      '0.035',
      '0.03',
    ]);
    expect([row?.gap.amount.toString(), row?.gapPoints.toString()]).toEqual(['500000000', '0.5']);
  });

  it('"account for up to 1.5%" limits what counts; spending above it is allowed and never a gap', () => {
    // The Hague: "Allies will account for up to 1.5% of GDP annually" for related spending. At GDP €100bn,
    // €1.6bn of it: €1.5bn counts, €0.1bn lies beyond and does not count; nothing is asked to be cut.
    const related = getTarget('nato-hague-related-1.5pct');
    const [above] = targetGap({ 2035: eur('1600000000') }, gdp, related).rows;
    expect([
      above?.status,
      above?.met,
      above?.gap.amount.toString(),
      above?.gapPoints.toString(),
      above?.actual.amount.toString(),
      above?.beyondCap.amount.toString(),
      above?.countsUpTo?.amount.toString(),
    ]).toEqual(['counting-limit', true, '0', '0', '1500000000', '100000000', '1500000000']);
    const [at] = targetGap({ 2035: eur('1500000000') }, gdp, related).rows;
    expect([at?.actual.amount.toString(), at?.beyondCap.amount.toString()]).toEqual(['1500000000', '0']);
  });

  it('the 5–6% band: both edges met, outside on either side not', () => {
    const band = getTarget('lithuania-2026-2030');
    const met = (amount: string): boolean | undefined => targetGap({ 2026: eur(amount) }, gdp, band).rows[0]?.met;
    expect([met('5000000000'), met('6000000000'), met('4999999999.99'), met('6000000000.01')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    // 2035 is outside 2026–2030: no row.
    expect(targetGap({ 2035: eur('1') }, gdp, band).rows).toEqual([]);
  });

  it('a target not yet due is shown with due: false', () => {
    const [row] = targetGap({ 2030: eur('5500000000') }, gdp, getTarget('nato-hague-core-3.5pct')).rows;
    expect([row?.due, row?.met]).toEqual([false, true]);
  });

  it('custom targets: amounts, and a linear path to a deadline', () => {
    const amount = defineTarget({
      id: 'six-bn',
      name: '€6bn in 2030',
      atLeast: eur('6000000000'),
      from: 2030,
      until: 2030,
    });
    const [row] = targetGap({ 2030: eur('5500000000') }, gdp, amount).rows;
    expect([row?.gap.amount.toString(), row?.atLeastShare?.toString()]).toEqual(['500000000', '0.06']);
    const path = defineTarget({
      id: 'four',
      name: '4% by 2030',
      atLeast: '0.04',
      by: 2030,
      start: { year: 2026, value: '0.03' },
    });
    expect(targetGap({ 2026: eur('3000000000') }, gdp, path).rows[0]?.atLeastShare?.toString()).toBe('0.03');
    const mid = targetGap({ 2028: eur('1') }, { 2028: eur('100') }, path).rows[0];
    expect(mid?.atLeastShare?.toString()).toBe('0.035');
  });

  it('pathTo draws a straight line to the deadline', () => {
    const path = pathTo(getTarget('nato-hague-core-3.5pct'), { year: 2025, share: '0.025' });
    expect(Object.keys(path)).toHaveLength(11);
    expect([path[2025]?.toString(), path[2030]?.toString(), path[2035]?.toString()]).toEqual([
      '0.025',
      '0.03',
      '0.035',
    ]);
    expectIssue(() => pathTo(getTarget('lithuania-2026-2030'), { year: 2025, share: '0.04' }), 'invalid_year', [
      'target',
      'by',
    ]);
    expectIssue(() => pathTo(getTarget('nato-hague-core-3.5pct'), { year: 2035, share: '0.04' }), 'invalid_year', [
      'start',
      'year',
    ]);
  });

  it('rejects bad targets and unknown ids', () => {
    expectIssue(() => defineTarget({ id: 'x', name: 'no years', atLeast: '0.02' }), 'invalid_year', ['from']);
    expectIssue(() => defineTarget({ id: 'x', name: 'too high', atLeast: '1.2', from: 2026 }), 'out_of_range', [
      'atLeast',
    ]);
    expectIssue(
      () => defineTarget({ id: 'x', name: 'upside down', atLeast: '0.06', atMost: '0.05', from: 2026 }),
      'out_of_range',
      ['atMost'],
    );
    expectIssue(() => defineTarget({ id: 'x', name: 'no bound', from: 2026 }), 'out_of_range', ['atLeast']);
    expectIssue(
      () => defineTarget({ id: 'x', name: 'mixed', atLeast: '0.02', atMost: eur('1'), from: 2026 }),
      'invalid_type',
      ['atMost'],
    );
    expectIssue(
      () => defineTarget({ id: 'x', name: 'backwards', atLeast: '0.02', from: 2030, until: 2026 }),
      'invalid_year',
      ['until'],
    );
    expectIssue(() => getTarget('nato-3pct'), 'unknown_id', ['id']);
    expect(() => getTarget('nato-3pct')).toThrow(/the built-in targets are nato-wales-2pct/);
  });
});

describe('targetGap with rounding', () => {
  it('spending of exactly 5% of GDP, rounded to the cent, meets a 5% floor rounded the same way', () => {
    // 5% of €100.01 is €5.0005: reported spending rounds half-even to €5.00, below the exact floor.
    const gdp = { 2026: money('100.01', 'EUR') };
    const spending = { 2026: money('5.00', 'EUR') };
    const band = getTarget('lithuania-2026-2030');
    expect(targetGap(spending, gdp, band).rows[0]?.met).toBe(false);
    expect(targetGap(spending, gdp, band, { round: 'half-even' }).rows[0]?.met).toBe(true);
  });

  it('a floor in money on its path to the deadline is rounded to the cent when asked, as a share’s is', () => {
    // From €0 in 2024 to €1 by 2027: a third of the way in 2025, €0.333… (€0.33 to the cent).
    const path = defineTarget({
      id: 'p',
      name: 'A euro by 2027',
      atLeast: money('1', 'EUR'),
      by: 2027,
      start: { year: 2024, value: money('0', 'EUR') },
    });
    const gdp = { 2025: money('100', 'EUR') };
    const spending = { 2025: money('0.34', 'EUR') };
    const rounded = targetGap(spending, gdp, path, { round: 'half-even' }).rows[0];
    expect(rounded?.atLeast?.amount.toString()).toBe('0.33');
    expect(rounded?.met).toBe(true);
    // Unrounded when not asked: the exact third.
    expect(targetGap(spending, gdp, path).rows[0]?.atLeast?.amount.toFixed(5)).toBe('0.33333');
    // A whole bound is the same object, rounded or not.
    const whole = defineTarget({ id: 'w', name: 'A euro', atLeast: money('1', 'EUR'), from: 2025 });
    expect(targetGap(spending, gdp, whole, { round: 'half-even' }).rows[0]?.atLeast).toBe(whole.atLeast);
  });
});
