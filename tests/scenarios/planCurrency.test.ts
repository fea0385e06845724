// Issue 14, part 1: a plan in its own currency. "$1.2 billion over ten years, funded in euros": USD
// 1,200,000,000 over 2022–2031, $120m a year, converted at the ECB's annual averages of 2022–2025
// (1.0530, 1.0813, 1.0824, 1.1300, worked from ../shared/data/ecb-eurofxref-hist.csv by a second method,
// Python's decimal) and 1.13 after: €113,960,113.96, €110,977,527.05, €110,864,745.01, then
// €106,194,690.27 a year, €1,079,165,217.91 in all.
import { describe, expect, it } from 'vitest';
import { evaluate, metric, parseScenario } from '../../src/scenarios/index';
import { fixed, simulate } from '../../src/uncertainty/index';
import { expectIssue } from '../helpers/errors';

const plan = (patch: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'us',
  currency: 'USD',
  total: '1200000000',
  years: { from: 2022, to: 2031 },
  items: [
    { id: 'mines', share: '0.66' },
    { id: 'rest', remainder: true },
  ],
  ...patch,
});
const funded = (fx: unknown, planPatch: Record<string, unknown> = {}): unknown => ({
  name: 'A US plan funded in euros',
  currency: 'EUR',
  years: { from: 2022, to: 2031 },
  economy: { gdp: { base: { year: 2021, amount: '100000000000' }, nominalGrowth: { default: '0.03' } } },
  fx,
  defence: { shareOfGdp: { default: '2%' } },
  plans: [plan(planPatch)],
});
const ecb = { 'EUR/USD': { source: 'ecb', basis: 'annual-average', default: '1.13' } };

describe('a plan in dollars in a scenario in euros', () => {
  it('converts each year at its rate, rounded once, and adds up in both currencies', () => {
    const result = evaluate(parseScenario(funded(ecb)));
    const [us] = result.plans;
    expect(us?.schedule.rows.map((row) => row.total.amount.toString())).toEqual([
      '113960113.96',
      '110977527.05',
      '110864745.01',
      ...Array<string>(7).fill('106194690.27'),
    ]);
    expect(us?.total.amount.toString()).toBe('1079165217.91');
    expect(us?.total.currency).toBe('EUR');
    // In dollars as written: $120m a year, $1.2bn in all.
    expect(us?.ownCurrency?.total.amount.toString()).toBe('1200000000');
    expect(us?.ownCurrency?.schedule.rows.every((row) => row.total.amount.eq(120000000))).toBe(true);
    expect(metric(result, 'plans.us.total.USD').value.toString()).toBe('1200000000');
    expect(metric(result, 'plans.us.2022.USD').value.toString()).toBe('120000000');
    expect(metric(result, 'plans.us.total').value.toString()).toBe('1079165217.91');
    // Each year's items add up to it, in euros.
    for (const row of us?.schedule.rows ?? []) {
      const items = Object.values(row.items).reduce(
        (sum, cell) => sum.plus(cell.amount),
        row.total.amount.minus(row.total.amount),
      );
      expect(items.eq(row.total.amount)).toBe(true);
    }
  });

  it('marks the years taken from the data, the years assumed, and the conversion', () => {
    const result = evaluate(parseScenario(funded(ecb)));
    expect(result.sources.find((source) => source.publisher === 'European Central Bank')?.about).toBe(
      'fx.EUR/USD.2022, fx.EUR/USD.2023, fx.EUR/USD.2024, fx.EUR/USD.2025',
    );
    expect(result.assumptions.map((assumption) => assumption.about)).toEqual([
      'fx.EUR/USD.default',
      'plans[us].currency',
    ]);
    expect(result.assumptions[1]?.statement).toBe(
      "Plan us is written in USD (1200000000 USD); each year is converted to EUR at the scenario's rate for USD that year and rounded once, its items rounded so that they add up to it.",
    );
  });

  it('a rate quoted the other way round converts the same way: euros a dollar, multiplied', () => {
    // 1/1.25 euros a dollar: $120m is €96m a year.
    const result = evaluate(parseScenario(funded({ 'USD/EUR': { default: '0.8' } })));
    expect(result.plans[0]?.total.amount.toString()).toBe('960000000');
  });

  it('writes both in JSON, amounts as strings', () => {
    const json = JSON.parse(JSON.stringify(evaluate(parseScenario(funded({ 'EUR/USD': { default: '1.25' } }))))) as {
      plans: { total: { amount: string }; ownCurrency: { currency: string; total: { amount: string } } }[];
    };
    expect(json.plans[0]?.total.amount).toBe('960000000');
    expect(json.plans[0]?.ownCurrency.currency).toBe('USD');
    expect(json.plans[0]?.ownCurrency.total.amount).toBe('1200000000');
  });

  it('a simulation draws the plan as written and converts each trial at its rate', () => {
    // $1.3bn over ten years at 1.25 dollars a euro, then at 1.30: €1.04bn, then €1bn.
    const scenario = parseScenario(funded({ 'EUR/USD': { default: '1.25' } }));
    const drawn = simulate(scenario, {
      trials: 3,
      inputs: { 'plans[us].total': fixed('1300000000') },
      metrics: ['plans.us.total', 'plans.us.total.USD'],
    });
    expect(drawn.metrics[0]?.summary.mean.toString()).toBe('1040000000');
    expect(drawn.metrics[1]?.summary.mean.toString()).toBe('1300000000');
    const dearer = simulate(scenario, {
      trials: 3,
      inputs: { 'plans[us].total': fixed('1300000000'), 'fx.EUR/USD.default': fixed('1.3') },
      metrics: ['plans.us.2030'],
    });
    expect(dearer.metrics[0]?.summary.mean.toString()).toBe('100000000');
  });
});

describe('a plan in another currency that cannot be converted is refused at its place', () => {
  it('without a rate for its currency', () => {
    expectIssue(() => parseScenario(funded({ 'EUR/GBP': { default: '0.85' } })), 'missing_field', [
      'plans',
      0,
      'currency',
    ]);
  });

  it('in constant prices', () => {
    expectIssue(
      () =>
        parseScenario({
          ...(funded({ 'EUR/USD': { default: '1.25' } }) as object),
          economy: {
            gdp: { base: { year: 2021, amount: '1000' }, realGrowth: { default: '0' }, deflator: { default: '0.02' } },
          },
          plans: [plan({ priceBasis: { kind: 'constant', year: 2022 } })],
        }),
      'invalid_plan',
      ['plans', 0, 'priceBasis'],
    );
  });

  it('in a currency that does not exist', () => {
    expectIssue(() => parseScenario(funded(ecb, { currency: 'DOLLARS' })), 'unknown_currency', [
      'plans',
      0,
      'currency',
    ]);
  });
});
