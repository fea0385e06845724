// Plans written in constant prices are compared with GDP in current prices (issue 20, case 1). Expected
// values by hand: €100m a year in 2025 prices, the deflator 10% a year, real growth zero.
import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import { resultToCsv, renderText, scenarioReport } from '../../src/reports/index';
import { evaluate, metric, parseScenario, type Scenario } from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';

function constantPlan(overrides: Partial<Scenario> = {}, year = 2025): Scenario {
  return {
    name: 'Constant prices',
    currency: 'EUR',
    years: { from: 2025, to: 2030 },
    economy: {
      gdp: { base: { year: 2024, amount: '100000000000' }, realGrowth: { default: '0' }, deflator: { default: '0.1' } },
    },
    fx: { 'EUR/USD': { default: '1.1' } },
    defence: { shareOfGdp: { default: '0.05' } },
    plans: [
      {
        id: 'p',
        total: '600000000',
        years: { from: 2025, to: 2030 },
        items: [{ id: 'all', remainder: true }],
        priceBasis: { kind: 'constant', year },
      },
    ],
    ...overrides,
  };
}

describe('a plan in constant prices', () => {
  const result = once(() => evaluate(parseScenario(constantPlan())));

  it('is indexed to current prices with the scenario deflator: 2030 is €100m × 1.1^5', () => {
    expect(metric(result(), 'plans.p.2025').value.toFixed(2)).toBe('100000000.00');
    expect(metric(result(), 'plans.p.2030').value.toFixed(2)).toBe('161051000.00');
    // 100m × (1 + 1.1 + 1.21 + 1.331 + 1.4641 + 1.61051) = 771.561m.
    expect(metric(result(), 'plans.p.total').value.toFixed(2)).toBe('771561000.00');
    expect(result().plans[0]?.total.amount.toFixed(2)).toBe('771561000.00');
  });

  it('is compared with GDP and defence spending in the same prices', () => {
    // 100m × 1.1^5 against GDP 100bn × 1.1^6: 1/1100; against 5% of it: 1/55.
    expect(metric(result(), 'plans.p.shareOfGdp.2030').value.toDecimalPlaces(12).toString()).toBe(
      (1 / 1100).toFixed(12),
    );
    expect(metric(result(), 'plans.p.shareOfDefence.2030').value.toDecimalPlaces(12).toString()).toBe(
      (1 / 55).toFixed(12),
    );
    // The USD view converts current prices: 161,051,000 × 1.1.
    expect(result().views['USD']?.plans['p']?.byYear[2030]?.amount.toFixed(2)).toBe('177156100.00');
  });

  it('keeps the plan as written, with the index, and says so', () => {
    const written = result().plans[0]?.constantPrices;
    expect(result().plans[0]?.prices).toBe('current');
    expect(written?.year).toBe(2025);
    expect(written?.total.amount.toFixed(2)).toBe('600000000.00');
    expect(written?.schedule.rows.map((row) => row.total.amount.toString())).toEqual(Array(6).fill('100000000'));
    expect(written?.priceIndex[2030]?.toString()).toBe('1.61051');
    expect(result().assumptions.some((a) => a.statement.includes('constant 2025 prices'))).toBe(true);
  });

  it('reports both, saying which prices each column is in', () => {
    const text = renderText(scenarioReport(result()));
    expect(text).toContain('p: by year and item, in current prices (EUR million)');
    expect(text).toContain('Total (2025 prices)');
    expect(text).toMatch(/Written in constant 2025 prices; every column is in current prices/);
    expect(text).toContain('Plan p (current prices)');
    const header = resultToCsv(result()).split('\r\n')[0];
    expect(header).toContain('plans.p,plans.p.prices2025');
  });

  it('indexes backwards from a later price year: 2025 is €100m ÷ 1.21', () => {
    const later = evaluate(parseScenario(constantPlan({}, 2027)));
    // 100,000,000 / 1.21 = 82,644,628.0991… → 82,644,628.10.
    expect(metric(later, 'plans.p.2025').value.toFixed(2)).toBe('82644628.10');
    expect(metric(later, 'plans.p.2027').value.toFixed(2)).toBe('100000000.00');
  });

  it('is an error when the scenario has no deflator to index it with', () => {
    const nominal = constantPlan({
      economy: { gdp: { base: { year: 2024, amount: '100000000000' }, nominalGrowth: { default: '0.1' } } },
    });
    expectIssue(() => evaluate(parseScenario(nominal)), 'missing_field', ['plans', 0, 'priceBasis']);
    const gaps = constantPlan({
      economy: {
        gdp: {
          base: { year: 2024, amount: '100000000000' },
          realGrowth: { default: '0' },
          deflator: { '2025': '0.1', '2026': '0.1', '2027': '0.1', '2028': '0.1', '2029': '0.1', '2030': '0.1' },
        },
      },
    });
    expect(metric(evaluate(parseScenario(gaps)), 'plans.p.2030').value.toFixed(2)).toBe('161051000.00');
    // A price year the deflator does not reach back to: no rate for 2024 → 2025, and no default.
    expectIssue(() => evaluate(parseScenario({ ...gaps, plans: constantPlan({}, 2023).plans })), 'missing_year', [
      'plans',
      0,
      'priceBasis',
      'year',
    ]);
  });

  it('a plan in nominal prices is as written', () => {
    const nominal = evaluate(
      parseScenario(constantPlan({ plans: [{ ...constantPlan().plans![0]!, priceBasis: { kind: 'nominal' } }] })),
    );
    expect(metric(nominal, 'plans.p.2030').value.toFixed(2)).toBe('100000000.00');
    expect(nominal.plans[0]?.constantPrices).toBeUndefined();
  });
});

describe('a plan’s result says in which prices it is', () => {
  it('current prices, with the plan as written in constant prices beside it', () => {
    const [plan] = evaluate(parseScenario(constantPlan())).plans;
    expect(plan?.prices).toBe('current');
    // As written: €600m in 2025 prices, €100m a year.
    expect(plan?.constantPrices?.year).toBe(2025);
    expect(plan?.constantPrices?.total.amount.toString()).toBe('600000000');
    expect(plan?.constantPrices?.schedule.rows.map((row) => row.total.amount.toString())).toEqual([
      '100000000',
      '100000000',
      '100000000',
      '100000000',
      '100000000',
      '100000000',
    ]);
  });

  it('a nominal plan has no constant-price view', () => {
    const nominal = constantPlan();
    const [spec] = nominal.plans ?? [];
    const [plan] = evaluate(
      parseScenario({ ...nominal, plans: [{ ...spec, priceBasis: { kind: 'nominal' } } as never] }),
    ).plans;
    expect(plan?.prices).toBe('current');
    expect(plan !== undefined && 'constantPrices' in plan).toBe(false);
  });
});

describe('a plan in constant prices needs a deflator for every year it is indexed over', () => {
  const noDefault = (deflator: Record<string, string>): Scenario =>
    constantPlan({
      // The plan runs a year past the scenario: GDP needs rates to 2026, the plan to 2027.
      years: { from: 2025, to: 2026 },
      economy: { gdp: { base: { year: 2024, amount: '100000000000' }, realGrowth: { default: '0' }, deflator } },
      plans: [
        {
          id: 'p',
          total: '300',
          years: { from: 2025, to: 2027 },
          items: [{ id: 'all', remainder: true }],
          priceBasis: { kind: 'constant', year: 2025 },
        },
      ],
    });

  it('refuses a GDP path without one, and a deflator that lacks the plan’s last year, naming it', () => {
    const series = constantPlan({
      economy: { gdp: { series: { '2025': '1', '2026': '1', '2027': '1', '2028': '1', '2029': '1', '2030': '1' } } },
    });
    const none = expectIssue(() => evaluate(parseScenario(series)), 'missing_field', ['plans', 0, 'priceBasis']);
    expect(none.issues[0]?.message).toBe(
      'plan p is in constant 2025 prices, and the scenario has no GDP deflator to bring it to current prices: give economy.gdp.realGrowth and deflator (not nominalGrowth or a GDP series)',
    );
    // 2025 is the base (no rate needed); 2026 and 2027 each need one.
    const last = expectIssue(
      () => evaluate(parseScenario(noDefault({ '2025': '0.1', '2026': '0.1' }))),
      'missing_year',
      ['plans', 0, 'priceBasis', 'year'],
    );
    expect(last.issues[0]?.message).toBe(
      "plan p is in constant 2025 prices, and the scenario's GDP deflator has no rate for 2027 (nor a default) to index it",
    );
  });

  it('keeps the plan’s own sources and assumptions in the result', () => {
    const source = { publisher: 'P', title: 'The plan' };
    const assumption = { about: 'years', statement: 'It runs three years.', reason: 'As announced.' };
    const [spec] = constantPlan().plans ?? [];
    const result = evaluate(
      parseScenario(constantPlan({ plans: [{ ...spec, sources: [source], assumptions: [assumption] } as never] })),
    );
    expect(result.sources).toContainEqual(source);
    expect(result.assumptions).toContainEqual(assumption);
  });
});
