// Issue 14, part 1: defence amounts in their own currency. "$3 billion in 2024, $3.3 billion in 2025" in a
// scenario in euros, at the ECB's annual averages for 2024 and 2025 (1.0824 and 1.1300, worked from
// ../shared/data/ecb-eurofxref-hist.csv in tests/scenarios/planCurrency.test.ts): 3,000,000,000 ÷ 1.0824 =
// 2,771,618,625.2771… and 3,300,000,000 ÷ 1.13 = 2,920,353,982.3008… (Python's decimal, 50 digits), each
// rounded once to the cent.
import { describe, expect, it } from 'vitest';
import { evaluate, metric, parseScenario } from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';

const scenario = (fx: unknown, defence: Record<string, unknown> = {}): unknown => ({
  name: 'Defence budgets in dollars, a scenario in euros',
  currency: 'EUR',
  years: { from: 2023, to: 2026 },
  economy: { gdp: { base: { year: 2022, amount: '100000000000' }, nominalGrowth: { default: '0.03' } } },
  fx,
  defence: {
    shareOfGdp: { default: '2%' },
    amounts: { '2024': '3000000000', '2025': '3300000000' },
    currency: 'USD',
    ...defence,
  },
});
const ecb = { 'EUR/USD': { source: 'ecb', basis: 'annual-average', default: '1.13' } };

describe('defence amounts in dollars in a scenario in euros', () => {
  it('converts each year at its rate, rounded once; the shares stay shares of GDP', () => {
    const result = evaluate(parseScenario(scenario(ecb)));
    expect(result.defence.byYear[2024]?.amount.toString()).toBe('2771618625.28');
    expect(result.defence.byYear[2025]?.amount.toString()).toBe('2920353982.3');
    expect(result.defence.byYear[2025]?.currency).toBe('EUR');
    // 2% of 100bn × 1.03 and × 1.03⁴: shares, untouched by the rate.
    expect(result.defence.byYear[2023]?.amount.toString()).toBe('2060000000');
    expect(result.defence.byYear[2026]?.amount.toString()).toBe('2251017620');
    expect(result.defence.basis[2024]).toBe('amount');
  });

  it('keeps the amounts as written, and shows them so in the dollar view', () => {
    const result = evaluate(parseScenario(scenario(ecb)));
    expect(result.defence.ownCurrency?.currency).toBe('USD');
    expect(result.defence.ownCurrency?.byYear[2024]?.amount.toString()).toBe('3000000000');
    expect(result.defence.ownCurrency?.total.amount.toString()).toBe('6300000000');
    expect(Object.keys(result.defence.ownCurrency?.byYear ?? {})).toEqual(['2024', '2025']);
    expect(metric(result, 'defence.2024.USD').value.toString()).toBe('3000000000');
    expect(metric(result, 'defence.2025.USD').value.toString()).toBe('3300000000');
    // A year given as a share is converted into the view: 2,060,000,000 × 1.0813 (2023's average).
    expect(metric(result, 'defence.2023.USD').value.toString()).toBe('2227478000');
  });

  it('states the conversion among the assumptions, and only when an amount is converted', () => {
    const result = evaluate(parseScenario(scenario(ecb)));
    expect(result.assumptions.map((assumption) => assumption.about)).toContain('defence.currency');
    expect(result.assumptions.find((assumption) => assumption.about === 'defence.currency')).toEqual({
      about: 'defence.currency',
      statement:
        "The amounts of defence.amounts are written in USD; each year is converted to EUR at the scenario's rate for USD that year and rounded once.",
      reason:
        "GDP, plans and targets are in EUR; spending compared with them must be too. The amounts in USD are kept as written (the result's ownCurrency, and the USD view).",
    });
    const shares = evaluate(parseScenario(scenario(ecb, { amounts: {} })));
    expect(shares.assumptions.map((assumption) => assumption.about)).not.toContain('defence.currency');
    expect(shares.defence.ownCurrency).toBeUndefined();
  });

  it('a rate quoted the other way round, as a fraction, gives the same numbers', () => {
    const written = evaluate(parseScenario(scenario({ 'EUR/USD': { default: '1.25' } })));
    const reverse = evaluate(parseScenario(scenario({ 'USD/EUR': { default: '1/1.25' } })));
    // $3bn at 1.25 dollars a euro: €2.4bn.
    expect(written.defence.byYear[2024]?.amount.toString()).toBe('2400000000');
    expect(JSON.stringify(reverse.defence)).toBe(JSON.stringify(written.defence));
  });

  it('defence-related amounts carry their own currency', () => {
    const result = evaluate(
      parseScenario(
        scenario(
          { 'EUR/USD': { default: '1.25' } },
          { currency: 'EUR', related: { amounts: { '2026': '500000000' }, currency: 'USD' } },
        ),
      ),
    );
    expect(result.defence.byYear[2024]?.amount.toString()).toBe('3000000000');
    expect(result.related?.byYear[2026]?.amount.toString()).toBe('400000000');
    expect(result.related?.ownCurrency?.total.amount.toString()).toBe('500000000');
    expect(result.assumptions.map((assumption) => assumption.about)).toContain('defence.related.currency');
  });

  it('writes both in JSON, amounts as strings', () => {
    const json = JSON.parse(JSON.stringify(evaluate(parseScenario(scenario({ 'EUR/USD': { default: '1.25' } }))))) as {
      defence: {
        byYear: Record<string, { amount: string }>;
        ownCurrency: { byYear: Record<string, { amount: string }> };
      };
    };
    expect(json.defence.byYear['2025']?.amount).toBe('2640000000');
    expect(json.defence.ownCurrency.byYear['2025']?.amount).toBe('3300000000');
  });
});

describe('defence amounts that cannot be converted are refused at their place', () => {
  it('without a rate for their currency', () => {
    const error = expectIssue(() => parseScenario(scenario({ 'EUR/GBP': { default: '0.85' } })), 'missing_field', [
      'defence',
      'currency',
    ]);
    expect(error.issues[0]?.message).toBe(
      'defence.amounts are in USD: the scenario needs a rate for it, an fx pair EUR/USD or USD/EUR',
    );
  });

  it('in a currency that does not exist, or not written as a code', () => {
    expectIssue(() => parseScenario(scenario(ecb, { currency: 'DOLLARS' })), 'unknown_currency', [
      'defence',
      'currency',
    ]);
    expectIssue(() => parseScenario(scenario(ecb, { currency: 840 })), 'invalid_type', ['defence', 'currency']);
    expectIssue(
      () => parseScenario(scenario(ecb, { related: { amounts: { '2026': '1' }, currency: 'usd' } })),
      'unknown_currency',
      ['defence', 'related', 'currency'],
    );
  });
});

describe('an amount converted beyond the largest amount is refused, as a view is', () => {
  // $900 billion billion at 10⁻²⁰ dollars a euro would be 9 × 10⁴⁰ euros: past the limit of 10²¹.
  const tiny = { 'EUR/USD': { default: '1e-20' } };
  const base = {
    name: 'A tiny rate',
    currency: 'EUR',
    years: { from: 2026, to: 2026 },
    economy: { gdp: { series: { '2026': '1000' } } },
    fx: tiny,
  };
  const message =
    '900000000000000000000 USD in 2026 at 0.00000000000000000001 is beyond the largest amount budget-whatif handles (1e21 EUR)';

  it.each([
    ['defence amounts', { defence: { amounts: { '2026': '9e20' }, currency: 'USD' } }],
    [
      'a plan',
      {
        defence: { shareOfGdp: { default: '5%' } },
        plans: [
          {
            id: 'p',
            currency: 'USD',
            total: '9e20',
            years: { from: 2026, to: 2026 },
            items: [{ id: 'a', remainder: true }],
          },
        ],
      },
    ],
    [
      'a target',
      {
        defence: { shareOfGdp: { default: '5%' } },
        targets: [{ id: 't', name: 't', atLeast: { amount: '9e20', currency: 'USD' }, from: 2026 }],
      },
    ],
  ])('%s, at the rate', (_, part) => {
    const error = expectIssue(() => parseScenario({ ...base, ...part }), 'out_of_range', ['fx', 'EUR/USD']);
    expect(error.issues[0]?.message).toBe(message);
  });
});
