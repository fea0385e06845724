// What compiling a scenario refuses and warns of, one row each (issue 11): the code, the path of the field
// at fault and a message that names the rule and the value; warnings that say which years and why. The
// expected words are the documented rules (docs/scenario-format.md), not the code's output.
import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal/core';
import { evaluate, parseScenario, type Scenario } from '../../src/scenarios/index';
import { targetOf } from '../../src/scenarios/compileTargets';
import { defineTarget } from '../../src/economy/targets';
import { makeMoney } from '../../src/money/core';
import { catchError, expectIssue } from '../helpers/errors';

function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    name: 'Rules',
    currency: 'EUR',
    years: { from: 2025, to: 2027 },
    economy: { gdp: { base: { year: 2024, amount: '1000' }, nominalGrowth: { default: '0' } } },
    defence: { shareOfGdp: { default: '0.05' } },
    ...overrides,
  };
}

type Gdp = Scenario['economy']['gdp'];
const withGdp = (gdp: Gdp): Scenario => scenario({ economy: { gdp } });

interface Case {
  readonly name: string;
  readonly scenario: Scenario;
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

describe('evaluate refuses', () => {
  const plan = (id: string): NonNullable<Scenario['plans']>[number] => ({
    id,
    total: '100',
    years: { from: 2025, to: 2026 },
    items: [{ id: 'all', remainder: true }],
  });
  const cases: readonly Case[] = [
    {
      name: 'GDP with no base, known years or series',
      scenario: withGdp({ nominalGrowth: { default: '0' } }),
      code: 'missing_field',
      path: ['economy', 'gdp'],
      message: 'GDP needs exactly one of base, known or series',
    },
    {
      name: 'GDP with a base and a series',
      scenario: withGdp({ base: { year: 2024, amount: '1' }, series: { 2025: '1' } }),
      code: 'missing_field',
      path: ['economy', 'gdp'],
      message: 'exactly one of base, known or series',
    },
    {
      name: 'a GDP series with nominal growth',
      scenario: withGdp({ series: { 2025: '1', 2026: '1', 2027: '1' }, nominalGrowth: { default: '0' } }),
      code: 'invalid_type',
      path: ['economy', 'gdp', 'nominalGrowth'],
      message: 'an explicit GDP series takes no growth rates',
    },
    {
      name: 'a GDP series with a deflator',
      scenario: withGdp({ series: { 2025: '1', 2026: '1', 2027: '1' }, deflator: { default: '0' } }),
      code: 'invalid_type',
      path: ['economy', 'gdp', 'realGrowth'],
      message: 'an explicit GDP series takes no growth rates',
    },
    {
      name: 'a GDP series with real growth',
      scenario: withGdp({ series: { 2025: '1', 2026: '1', 2027: '1' }, realGrowth: { default: '0' } }),
      code: 'invalid_type',
      path: ['economy', 'gdp', 'realGrowth'],
      message: 'takes no growth rates',
    },
    {
      name: 'nominal growth beside real growth',
      scenario: withGdp({
        base: { year: 2024, amount: '1' },
        nominalGrowth: { default: '0' },
        realGrowth: { default: '0' },
      }),
      code: 'invalid_type',
      path: ['economy', 'gdp', 'nominalGrowth'],
      message: 'give nominalGrowth, or realGrowth and deflator, not both',
    },
    {
      name: 'nominal growth beside a deflator',
      scenario: withGdp({
        base: { year: 2024, amount: '1' },
        nominalGrowth: { default: '0' },
        deflator: { default: '0' },
      }),
      code: 'invalid_type',
      path: ['economy', 'gdp', 'nominalGrowth'],
      message: 'not both',
    },
    {
      name: 'no growth at all',
      scenario: withGdp({ base: { year: 2024, amount: '1' } }),
      code: 'missing_field',
      path: ['economy', 'gdp', 'realGrowth'],
      message: 'GDP needs realGrowth and deflator, or nominalGrowth',
    },
    {
      name: 'real growth without a deflator',
      scenario: withGdp({ base: { year: 2024, amount: '1' }, realGrowth: { default: '0' } }),
      code: 'missing_field',
      path: ['economy', 'gdp', 'deflator'],
      message: 'GDP needs a deflator with realGrowth',
    },
    {
      name: 'a GDP series that stops short',
      scenario: withGdp({ series: { 2025: '1', 2026: '1' } }),
      code: 'missing_year',
      path: ['economy', 'gdp'],
      message: 'GDP does not cover 2027: the scenario runs 2025–2027',
    },
    {
      name: 'GDP of less than a cent',
      scenario: withGdp({ series: { 2025: '1', 2026: '0.004', 2027: '1' } }),
      code: 'out_of_range',
      path: ['economy', 'gdp'],
      message: 'GDP in 2026 is 0.004 EUR, which rounds to 0: GDP must be at least one minor unit',
    },
    {
      name: 'GDP grown beyond the largest amount',
      scenario: withGdp({ base: { year: 2024, amount: '1e20' }, nominalGrowth: { default: '1e10' } }),
      code: 'out_of_range',
      path: ['economy', 'gdp'],
      message: 'beyond the largest amount budget-whatif handles',
    },
    {
      name: 'years that run backwards',
      scenario: scenario({ years: { from: 2027, to: 2025 } }),
      code: 'invalid_year',
      path: ['years', 'to'],
      message: 'the years run backwards: from 2027 to 2025',
    },
    {
      name: 'two plans with one id',
      scenario: scenario({ plans: [plan('p'), plan('p')] }),
      code: 'invalid_plan',
      path: ['plans', 1, 'id'],
      message: 'two plans have the id "p"',
    },
    {
      name: 'a target listed twice',
      scenario: scenario({ targets: ['nato-wales-2pct', 'nato-wales-2pct'] }),
      code: 'invalid_plan',
      path: ['targets', 1],
      message: 'the target "nato-wales-2pct" is listed twice',
    },
    {
      // Issue 14: USD/EUR (the other way round) is now a USD view; a pair without EUR is none.
      name: 'a view rate between two other currencies',
      scenario: scenario({ fx: { 'USD/GBP': { default: '0.8' } } }),
      code: 'currency_mismatch',
      path: ['fx', 'USD/GBP'],
      message: "a rate for views names the scenario's currency on one side: EUR/… or …/EUR, received USD/GBP",
    },
    {
      name: 'a view rate missing a year',
      scenario: scenario({ fx: { 'EUR/USD': { 2025: '1.1' } } }),
      code: 'missing_year',
      path: ['fx', 'EUR/USD'],
      message: 'no EUR/USD rate for 2026 and no default',
    },
    {
      name: 'weights phasing without weights',
      scenario: scenario({
        plans: [{ ...plan('w'), items: [{ id: 'all', remainder: true, phasing: { kind: 'weights' } }] }],
      }),
      code: 'missing_field',
      path: ['plans', 0, 'weights'],
      message: 'weights phasing needs weights',
    },
    {
      name: 'front-loaded phasing without a ratio',
      scenario: scenario({
        plans: [{ ...plan('f'), items: [{ id: 'all', remainder: true, phasing: { kind: 'front-loaded' } }] }],
      }),
      code: 'missing_field',
      path: ['plans', 0, 'ratio'],
      message: 'front-loaded phasing needs a ratio',
    },
    {
      name: 'back-loaded phasing without a ratio',
      scenario: scenario({
        plans: [{ ...plan('b'), items: [{ id: 'all', remainder: true, phasing: { kind: 'back-loaded' } }] }],
      }),
      code: 'missing_field',
      path: ['plans', 0, 'ratio'],
      message: 'back-loaded phasing needs a ratio',
    },
    {
      name: 'amounts phasing without amounts',
      scenario: scenario({
        plans: [{ ...plan('a'), items: [{ id: 'all', remainder: true, phasing: { kind: 'amounts' } }] }],
      }),
      code: 'missing_field',
      path: ['plans', 0, 'amounts'],
      message: 'amounts phasing needs amounts',
    },
  ];
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const error = expectIssue(() => evaluate(parseScenario(c.scenario)), c.code, c.path);
    expect(error.message).toContain(c.message);
  });

  it('lists every problem it finds, not just the first', () => {
    const error = catchError(() =>
      evaluate(
        parseScenario(scenario({ years: { from: 2027, to: 2025 }, targets: ['nato-wales-2pct', 'nato-wales-2pct'] })),
      ),
    );
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_year', ['years', 'to']],
      ['invalid_plan', ['targets', 1]],
    ]);
  });
});

describe('evaluate warns', () => {
  const warnings = (s: Scenario): readonly string[] => evaluate(parseScenario(s)).warnings;

  it('of amounts outside the scenario’s years', () => {
    expect(warnings(scenario({ defence: { shareOfGdp: { default: '0.05' }, amounts: { 2030: '5' } } }))).toContain(
      "defence amounts for 2030 are outside the scenario's years and not used",
    );
  });

  it('of years with neither an amount nor a share, and uses the amounts it has', () => {
    const s = scenario({ defence: { amounts: { 2025: '50' } } });
    expect(warnings(s)).toContain('no defence spending for 2026, 2027 (no amount and no share of GDP)');
    expect(evaluate(parseScenario(s)).defence.byYear[2025]?.amount.toString()).toBe('50');
  });

  it('of related spending’s years, by the name of its category', () => {
    const s = scenario({ defence: { shareOfGdp: { default: '0.05' }, related: { shareOfGdp: { 2025: '0.01' } } } });
    expect(warnings(s)).toContain('no defence-related spending for 2026, 2027 (no amount and no share of GDP)');
  });

  it('of years without population', () => {
    const s = scenario({
      economy: {
        gdp: { base: { year: 2024, amount: '1000' }, nominalGrowth: { default: '0' } },
        population: { 2025: '10' },
      },
    });
    expect(warnings(s)).toContain('no population for 2026, 2027: no per-capita figures there');
    expect(evaluate(parseScenario(s)).defence.perCapita[2025]?.amount.toString()).toBe('5');
  });

  it('of a plan beyond the scenario’s years', () => {
    const s = scenario({
      plans: [{ id: 'long', total: '100', years: { from: 2025, to: 2029 }, items: [{ id: 'all', remainder: true }] }],
    });
    expect(warnings(s)).toContain(
      "plan long runs 2025–2029, beyond the scenario's 2025–2027: its shares of defence spending and GDP cover the common years only",
    );
  });

  it('of a related-spending target in a scenario without related spending', () => {
    expect(warnings(scenario({ targets: ['nato-hague-related-1.5pct'] }))).toContain(
      'target nato-hague-related-1.5pct is about defence-related spending, which the scenario does not give: compared with zero',
    );
  });

  it('of nothing in a scenario that gives everything', () => {
    expect(warnings(scenario({ targets: ['nato-wales-2pct'] }))).toEqual([]);
    const everyYear = scenario({
      economy: {
        gdp: { base: { year: 2024, amount: '1000' }, nominalGrowth: { default: '0' } },
        population: { default: '10', 2026: '11' },
      },
    });
    expect(warnings(everyYear)).toEqual([]);
    expect(evaluate(parseScenario(everyYear)).population).toEqual({
      2025: new D('10'),
      2026: new D('11'),
      2027: new D('10'),
    });
  });

  it('of a plan that starts before the scenario, and not of one over exactly its years', () => {
    const plan = (from: number, to: number): Scenario =>
      scenario({ plans: [{ id: 'p', total: '100', years: { from, to }, items: [{ id: 'all', remainder: true }] }] });
    expect(warnings(plan(2025, 2027))).toEqual([]);
    expect(warnings(plan(2026, 2026))).toEqual([]);
    expect(warnings(plan(2024, 2026))).toEqual([
      "plan p runs 2024–2026, beyond the scenario's 2025–2027: its shares of defence spending and GDP cover the common years only",
    ]);
  });
});

describe('evaluate reports the problems of a scenario, and only those', () => {
  const issuesOf = (s: Scenario): unknown[] =>
    catchError(() => evaluate(parseScenario(s))).issues.map((issue) => [issue.code, issue.path]);
  const plan = { id: 'p', total: '100', years: { from: 2025, to: 2027 }, items: [{ id: 'all', remainder: true }] };

  it('an unknown currency, and nothing that follows from it in the plans or targets', () => {
    expect(issuesOf(scenario({ currency: 'EURO', plans: [plan], targets: ['nato-wales-2pct'] }))).toEqual([
      ['unknown_currency', ['currency']],
    ]);
  });

  it('an unknown rounding mode, and nothing that follows from it', () => {
    const s = scenario({ plans: [plan], rounding: { mode: 'nearest' as 'half-up' } });
    // The schema knows the modes: its invalid_type comes first, and compiling adds nothing.
    expect(issuesOf(s)).toEqual([['invalid_type', ['rounding', 'mode']]]);
  });
});

describe('evaluate states what it assumes of a plan in constant prices', () => {
  it('in words, with the plan, its year and total, and why', () => {
    const s = scenario({
      economy: {
        gdp: { base: { year: 2024, amount: '1000' }, realGrowth: { default: '0' }, deflator: { default: '0.1' } },
      },
      plans: [
        {
          ...{ id: 'p', total: '100', years: { from: 2025, to: 2026 }, items: [{ id: 'all', remainder: true }] },
          priceBasis: { kind: 'constant', year: 2025 },
        },
      ],
    });
    expect(evaluate(parseScenario(s)).assumptions).toEqual([
      {
        about: 'plans[p].priceBasis',
        statement:
          "Plan p is written in constant 2025 prices (100 EUR); it is brought to current prices with the scenario's GDP deflator, each year × P(year) ÷ P(2025).",
        reason:
          'GDP, defence spending and exchange rates are in current prices; a plan compared with them must be too.',
      },
    ]);
  });
});

describe('views cover the plans’ years too', () => {
  const beyond = {
    plans: [{ id: 'long', total: '90', years: { from: 2025, to: 2028 }, items: [{ id: 'all', remainder: true }] }],
  };

  it('so a rate by year must cover a plan that runs past the scenario', () => {
    const error = expectIssue(
      () =>
        evaluate(parseScenario(scenario({ ...beyond, fx: { 'EUR/USD': { 2025: '1.1', 2026: '1.1', 2027: '1.1' } } }))),
      'missing_year',
      ['fx', 'EUR/USD'],
    );
    expect(error.message).toContain('no EUR/USD rate for 2028 and no default');
  });

  it('and a default rate converts every year of the plan, in order', () => {
    const result = evaluate(parseScenario(scenario({ ...beyond, fx: { 'EUR/USD': { default: '2' } } })));
    const plan = result.views['USD']?.plans['long'];
    expect(Object.keys(plan?.byYear ?? {})).toEqual(['2025', '2026', '2027', '2028']);
    // 90 over four years: 22.50 each, × 2.
    expect(plan?.byYear[2028]?.amount.toString()).toBe('45');
    expect(plan?.total.amount.toString()).toBe('180');
  });
});

describe('a custom target in a scenario keeps every rule it is given', () => {
  const source = { publisher: 'P', title: 'A custom target' };
  const result = (target: Record<string, unknown>): ReturnType<typeof evaluate> =>
    evaluate(parseScenario(scenario({ targets: [{ id: 't', name: 'T', ...target }] })));

  it('from, until and by: rows from its first to its last year, due from its deadline', () => {
    const [t] = result({ atLeast: '0.02', from: 2025, until: 2026, by: 2026, sources: [source] }).targets;
    expect(t?.rows.map((row) => [row.year, row.due])).toEqual([
      [2025, false],
      [2026, true],
    ]);
    expect(result({ atLeast: '0.02', from: 2025, until: 2026, sources: [source] }).sources).toContainEqual(source);
  });

  it('a start: the level climbs in a straight line from it to the deadline', () => {
    // 3% in 2025 to 6% by 2027: 4.5% in 2026, of a GDP of 1,000: 45.
    const [t] = result({ atLeast: '0.06', from: 2025, by: 2027, start: { year: 2025, value: '0.03' } }).targets;
    expect(t?.rows.map((row) => row.atLeast?.amount.toString())).toEqual(['30', '45', '60']);
  });

  it('a ceiling and a floor in money, in the scenario’s currency', () => {
    const [t] = result({ atLeast: { amount: '40' }, atMost: { amount: '60' }, from: 2025 }).targets;
    expect(t?.rows[0]?.atLeast?.amount.toString()).toBe('40');
    expect(t?.rows[0]?.atMost?.amount.toString()).toBe('60');
    expect(t?.rows[0]?.atMost?.currency).toBe('EUR');
  });

  it('every field of its spec, as defineTarget reads the same target written by hand', () => {
    const spec = {
      id: 'five',
      name: 'Five',
      category: 'defence-and-related' as const,
      atLeast: '0.05',
      atMost: '0.07',
      counts: [{ category: 'defence' as const }, { category: 'defence-related' as const, upTo: '0.015' }],
      from: 2025,
      until: 2035,
      by: 2030,
      start: { year: 2025, value: '0.03' },
      wording: 'five per cent',
      note: 'a note',
      sources: [source],
    };
    expect(targetOf(spec, 'EUR')).toStrictEqual(defineTarget(spec));
    const inMoney = {
      id: 'm',
      name: 'M',
      atLeast: { amount: '40' },
      start: { year: 2024, value: { amount: '10' } },
      by: 2026,
    };
    expect(targetOf(inMoney, 'PLN')).toStrictEqual(
      defineTarget({
        id: 'm',
        name: 'M',
        by: 2026,
        atLeast: makeMoney(D('40'), 'PLN'),
        start: { year: 2024, value: makeMoney(D('10'), 'PLN') },
      }),
    );
    const limit = { id: 'l', name: 'L', category: 'defence-related' as const, countsUpTo: { amount: '5' }, from: 2025 };
    const limited = targetOf(limit, 'EUR');
    expect(limited.rule).toBe('counting-limit');
    expect(limited.countsUpTo).toStrictEqual(makeMoney(D('5'), 'EUR'));
    // Nothing it was not given: no years, words or bounds appear from nowhere.
    expect(Object.keys(targetOf({ id: 'x', name: 'X', atMost: '0.1', from: 2025 }, 'EUR')).sort()).toEqual([
      'atMost',
      'category',
      'counts',
      'from',
      'id',
      'measure',
      'name',
      'rule',
      'sources',
    ]);
  });
});
