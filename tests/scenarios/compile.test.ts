// compile() on documents the schema has not seen: every problem is reported at its full path, and every
// part is read. Scenarios reach compile through parseScenario, which checks them first; these tests pin
// the rules compile keeps for itself (issue 11: rules, not lines).
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/scenarios/compile';
import { evaluate, metric, parseScenario, withOverrides, type Scenario } from '../../src/scenarios/index';
import { catchError } from '../helpers/errors';

const base = {
  name: 'Compiled',
  currency: 'EUR',
  years: { from: 2025, to: 2026 },
  economy: { gdp: { series: { '2025': '1000', '2026': '1100' } } },
  defence: { shareOfGdp: { default: '0.02' } },
};
const unchecked = (patch: Record<string, unknown>): Scenario => ({ ...base, ...patch });

describe('compile reports each problem at its full path', () => {
  it('a defence amount, a related amount and a population that are not numbers', () => {
    const error = catchError(() =>
      compile(
        unchecked({
          defence: { amounts: { '2025': 'lots' }, related: { amounts: { '2026': 'some' } } },
          economy: { ...base.economy, population: { default: 'many' } },
        }),
      ),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['economy', 'population', 'default'],
      ['defence', 'amounts', '2025'],
      ['defence', 'related', 'amounts', '2026'],
    ]);
  });

  it('GDP, growth, rates and shares that are not numbers, each at its own key', () => {
    const paths = (patch: Record<string, unknown>): unknown =>
      catchError(() => compile(unchecked(patch))).issues.map((issue) => issue.path);
    expect(paths({ economy: { gdp: { series: { '2025': '1000', '2026': 'more' } } } })).toEqual([
      ['economy', 'gdp', 'series', '2026'],
    ]);
    expect(
      paths({
        economy: {
          gdp: { base: { year: 2024, amount: 'x' }, realGrowth: { default: '0' }, deflator: { default: '0' } },
        },
      }),
    ).toEqual([['economy', 'gdp', 'base', 'amount']]);
    expect(paths({ economy: { ...base.economy, population: { default: '3', '2026': 'x' } } })).toEqual([
      ['economy', 'population', '2026'],
    ]);
    expect(paths({ defence: { shareOfGdp: { default: '0.02', '2026': 'x' } } })).toEqual([
      ['defence', 'shareOfGdp', '2026'],
    ]);
    expect(paths({ fx: { 'EUR/USD': { default: 'x' } } })).toEqual([['fx', 'EUR/USD', 'default']]);
    expect(paths({ fx: { 'EUR/USD': { default: '1', '2026': 'x' } } })).toEqual([['fx', 'EUR/USD', '2026']]);
    expect(paths({ fx: { 'EUR/QQQ': { default: '1' } } })).toEqual([['fx', 'EUR/QQQ']]);
  });

  it('GDP known for some years, projected after the last: 1,000 in 2024 grown 10% a year', () => {
    const model = compile(
      unchecked({
        economy: { gdp: { known: { '2024': '1000' }, realGrowth: { default: '0.1' }, deflator: { default: '0' } } },
      }),
    );
    expect([model.gdp[2025]?.amount.toString(), model.gdp[2026]?.amount.toString()]).toEqual(['1100', '1210']);
  });

  it('years that run backwards by more than one year: one problem, not a crash', () => {
    const error = catchError(() => compile(unchecked({ years: { from: 2030, to: 2025 } })));
    expect(error.issues[0]).toEqual({
      code: 'invalid_year',
      path: ['years', 'to'],
      message: 'the years run backwards: from 2030 to 2025',
    });
  });
});

describe('compile reads what each part depends on', () => {
  it('a defence-related target beside related spending is compared with it, without a warning', () => {
    const withRelated = parseScenario({
      ...base,
      defence: { shareOfGdp: { default: '0.02' }, related: { shareOfGdp: { default: '0.01' } } },
      targets: [{ id: 'related-one', name: '1%', category: 'defence-related', atLeast: '0.01', from: 2025 }],
    });
    const result = evaluate(withRelated);
    expect(result.warnings.filter((warning) => warning.includes('related-one'))).toEqual([]);
    // 1% of 1,000 and of 1,100: met in both years.
    expect(result.targets[0]?.status).toBe('met');
    const without = evaluate(
      parseScenario({
        ...base,
        targets: [{ id: 'related-one', name: '1%', category: 'defence-related', atLeast: '0.01', from: 2025 }],
      }),
    );
    expect(without.warnings).toContain(
      'target related-one is about defence-related spending, which the scenario does not give: compared with zero',
    );
  });

  it('a constant-price plan beside nominal growth and a deflator: GDP refuses the pair; the plan is indexed with the deflator', () => {
    const error = catchError(() =>
      parseScenario({
        ...base,
        economy: {
          gdp: {
            base: { year: 2024, amount: '1000' },
            nominalGrowth: { default: '0.05' },
            deflator: { default: '0.02' },
          },
        },
        plans: [
          {
            id: 'p',
            total: '100',
            years: { from: 2025, to: 2026 },
            priceBasis: { kind: 'constant', year: 2025 },
            items: [{ id: 'a', remainder: true }],
          },
        ],
      }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([['economy', 'gdp', 'nominalGrowth']]);
  });
});

describe('compiled parts shared between variants', () => {
  it('the same rates over other years: the view covers the variant’s years', () => {
    const scenario = parseScenario({ ...base, fx: { 'EUR/USD': { default: '1.25' } } });
    const longer = withOverrides(scenario, [
      { path: 'years.to', value: 2028 },
      { path: 'economy.gdp.series.2027', value: '1200' },
      { path: 'economy.gdp.series.2028', value: '1300' },
    ]);
    expect(longer.fx).toBe(scenario.fx);
    const result = evaluate(longer);
    // 2% of 1,300 = 26 EUR; at 1.25 USD a euro, 32.5 USD.
    expect(metric(result, 'defence.2028.USD').value.toString()).toBe('32.5');
    expect(metric(evaluate(scenario), 'defence.2026.USD').value.toString()).toBe('27.5');
  });

  it('amounts inside the years are used without a word; only those outside are named', () => {
    const result = evaluate(
      parseScenario({ ...base, defence: { shareOfGdp: { default: '0.02' }, amounts: { '2025': '30', '2031': '50' } } }),
    );
    expect(result.warnings.filter((warning) => warning.includes('amounts'))).toEqual([
      "defence amounts for 2031 are outside the scenario's years and not used",
    ]);
  });

  it('two views, each at its own rates', () => {
    const result = evaluate(
      parseScenario({ ...base, fx: { 'EUR/USD': { default: '1.25' }, 'EUR/PLN': { default: '4.5' } } }),
    );
    // 2% of 1,000 is 20 EUR: 25 USD, 90 PLN.
    expect(metric(result, 'defence.2025.USD').value.toString()).toBe('25');
    expect(metric(result, 'defence.2025.PLN').value.toString()).toBe('90');
    expect(result.views['PLN']?.gdp[2026]?.amount.toString()).toBe('4950');
  });
});
