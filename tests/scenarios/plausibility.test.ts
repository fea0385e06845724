// Plausibility (issue 13): values a scenario may hold but an analyst most likely did not mean are warnings
// with the path, the value and the range; errors under strict. The ranges are those documented in
// PLAUSIBLE_RANGES and docs/guide.md; the ECB references were worked from data/raw/ecb-eurofxref-hist.csv
// with Python's decimal module (USD 2020: 1.1422 over 257 days; USD 2024: 1.0824; PLN 2024: 4.3058).
import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import { annualAverage } from '../../src/index';
import { ecb } from '../../src/entries/ecb';
import { ANNUAL_AVERAGES } from '../../src/data/ecb/annualAverages.generated';
import { evaluate, getScenario, parseScenario, withOverrides, type Scenario } from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';
import { cli } from '../helpers/cli';

const baseline = once(() => getScenario('lithuania-baseline'));
const at = (path: string, value: unknown): Scenario => withOverrides(baseline(), [{ path, value }]);
const flagged = (scenario: Scenario): string[] => evaluate(scenario).plausibility.map((w) => w.path);

/** GDP of 1,000 a year, 2024–2026; one plan over 2025–2026. */
const flat = (changes: Record<string, unknown> = {}): Scenario =>
  parseScenario({
    name: 'Flat',
    currency: 'EUR',
    years: { from: 2025, to: 2026 },
    economy: { gdp: { base: { year: 2024, amount: '1000' }, nominalGrowth: { default: '0' } } },
    defence: { shareOfGdp: { default: '2%' } },
    plans: [{ id: 'p', total: '1000', years: { from: 2025, to: 2026 }, items: [{ id: 'all', remainder: true }] }],
    ...changes,
  });

describe('a share of GDP of 55% (5.5% typed as 55)', () => {
  it('warns with the path, the value and the range, in the result and its warnings', () => {
    const result = evaluate(at('defence.shareOfGdp.default', '55%'));
    expect(result.plausibility).toEqual([
      {
        path: 'defence.shareOfGdp.default',
        value: '0.55',
        range: '0%–15%',
        message:
          'defence.shareOfGdp.default: 55% is outside the plausible range of defence spending, 0%–15%: a percentage typed as a fraction, or a typo?',
      },
    ]);
    expect(result.warnings[0]).toBe(result.plausibility[0]?.message);
    // The figures are still worked out: 2027 at 55% of GDP.
    expect(result.defence.shareOfGdp[2027]?.toString()).toBe('0.55');
  });

  it('is an implausible error, with its path, under strict', () => {
    const error = expectIssue(
      () => evaluate(at('defence.shareOfGdp.default', '55%'), { strict: true }),
      'implausible',
      ['defence', 'shareOfGdp', 'default'],
    );
    expect(error.message).toContain('55% is outside the plausible range of defence spending, 0%–15%');
    expect(evaluate(baseline(), { strict: true }).plausibility).toEqual([]);
    expectIssue(() => evaluate(baseline(), { strict: 'yes' as unknown as boolean }), 'invalid_type', ['strict']);
  });

  it('on the command line: a warning on standard error and exit 0; with --strict, exit 2', async () => {
    const warned = await cli(['run', 'lithuania-baseline', '--set', 'defence.shareOfGdp.default=55%']);
    expect(warned.code).toBe(0);
    // The share does not reach 2025 and 2026, whose voted amounts win over it: said too (issue 14).
    expect(warned.stderr).toBe(
      'lithuania-baseline: warning: defence.shareOfGdp.default: 55% is outside the plausible range of defence spending, 0%–15%: a percentage typed as a fraction, or a typo?\n' +
        'lithuania-baseline: warning: defence.shareOfGdp.default = 0.55 (--set) does not reach 2025, 2026: defence.amounts.2025 stays 2400000000, defence.amounts.2026 stays 4790000000 (an amount wins over a share)\n',
    );
    expect(warned.stdout).toContain('defence.shareOfGdp.default: 55% is outside the plausible range');
    const csv = (await cli(['run', 'lithuania-baseline', '--set', 'defence.shareOfGdp.default=55%', '--format', 'csv']))
      .stdout;
    expect(csv.split('\r\n')[1]).toBe('# implausible,defence.shareOfGdp.default,0.55,0%–15%');
    const strict = await cli(['run', 'lithuania-baseline', '--set', 'defence.shareOfGdp.default=55%', '--strict']);
    expect(strict.code).toBe(2);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toContain('lithuania-baseline: defence.shareOfGdp.default: 55% is outside');
    for (const command of [
      ['sweep', 'lithuania-baseline', '--vary', 'defence.shareOfGdp.2030', '--values', '5%'],
      [
        'goal-seek',
        'lithuania-baseline',
        '--vary',
        'defence.shareOfGdp.2030',
        '--metric',
        'defence.share.2030',
        '--target',
        '0.05',
      ],
      ['compare', 'lithuania-baseline'],
    ])
      expect((await cli([...command, '--set', 'defence.shareOfGdp.default=55%', '--strict'])).code).toBe(2);
  });

  it('a share above 100% stays an error without strict: a hard rule', () => {
    expectIssue(() => at('defence.shareOfGdp.default', '150%'), 'out_of_range', ['defence', 'shareOfGdp', 'default']);
  });
});

describe('the ranges, at their edges', () => {
  it.each([
    ['defence.shareOfGdp.2030', '15%', '15.01%'],
    ['economy.gdp.realGrowth.default', '-15%', '-15.1%'],
    ['economy.gdp.realGrowth.2030', '20%', '20.1%'],
    ['economy.gdp.deflator.default', '-10%', '-10.1%'],
    ['economy.gdp.deflator.2030', '30%', '30.1%'],
  ])('%s: %s is plausible, %s is not', (path, inside, outside) => {
    expect(flagged(at(path, inside))).toEqual([]);
    expect(flagged(at(path, outside))).toEqual([path]);
  });

  it('nominal growth −20%..+40%, related spending as defence spending', () => {
    const nominal = (value: string): Scenario =>
      flat({
        economy: { gdp: { base: { year: 2024, amount: '1000' }, nominalGrowth: { default: value } } },
        plans: [],
      });
    expect(flagged(nominal('-0.2'))).toEqual([]);
    expect(flagged(nominal('0.4'))).toEqual([]);
    expect(flagged(nominal('0.41'))).toEqual(['economy.gdp.nominalGrowth.default']);
    expect(flagged(nominal('-0.21'))).toEqual(['economy.gdp.nominalGrowth.default']);
    const related = flat({ defence: { shareOfGdp: { default: '2%' }, related: { shareOfGdp: { '2026': '16%' } } } });
    expect(flagged(related)).toEqual(['defence.related.shareOfGdp.2026']);
  });

  it('an amount above 15% of its year’s GDP, and a plan larger than a year’s GDP', () => {
    // 150 of a GDP of 1,000 is 15%: plausible; 151 is not.
    expect(flagged(flat({ defence: { amounts: { '2025': '150' } } }))).toEqual([]);
    expect(flagged(flat({ defence: { amounts: { '2025': '151' } } }))).toEqual(['defence.amounts.2025']);
    // The plan of 1,000 equals a year's GDP: plausible; 1,000.01 is not.
    expect(flagged(flat())).toEqual([]);
    const larger = withOverrides(flat(), [{ path: 'plans[p].total', value: '1000.01' }]);
    expect(evaluate(larger).plausibility).toEqual([
      expect.objectContaining({
        path: 'plans[p].total',
        value: '1000.01',
        range: "at most a year's GDP (1000 EUR in 2025)",
      }),
    ]);
  });
});

describe('exchange rates, against the ECB’s annual average for their year', () => {
  it('the default against the last complete year (2025: 1.1300): 50% either side', () => {
    // 1 − 0.57 ÷ 1.13 = 0.4956; 1 − 0.56 ÷ 1.13 = 0.5044.
    expect(flagged(at('fx.EUR/USD.default', '0.57'))).toEqual([]);
    expect(flagged(at('fx.EUR/USD.default', '0.56'))).toEqual(['fx.EUR/USD.default']);
    expect(flagged(at('fx.EUR/USD.default', '1.69'))).toEqual([]);
    expect(flagged(at('fx.EUR/USD.default', '1.7'))).toEqual(['fx.EUR/USD.default']);
    // The range catches unit slips, not every pair written the other way round: 1 ÷ 1.13 = 0.885 is within it.
    expect(flagged(at('fx.EUR/USD.default', '0.885'))).toEqual([]);
  });

  it('a year against its own year: 2020 averaged 1.1422', () => {
    const in2020 = (value: string): Scenario =>
      flat({
        years: { from: 2020, to: 2021 },
        economy: { gdp: { series: { '2020': '1000', '2021': '1000' } } },
        plans: [],
        fx: { 'EUR/USD': { '2020': value, default: '1.1' } },
      });
    // 1.71 ÷ 1.1422 − 1 = 0.4971; 1.72 ÷ 1.1422 − 1 = 0.5059.
    expect(flagged(in2020('1.71'))).toEqual([]);
    expect(evaluate(in2020('1.72')).plausibility).toEqual([
      expect.objectContaining({ path: 'fx.EUR/USD.2020', value: '1.72', range: '0.5711–1.7133' }),
    ]);
  });

  it('crossed through the euro (USD/PLN 2024: 4.3058 ÷ 1.0824 = 3.978); a pair the table lacks is not checked', () => {
    const pln = (pair: string, value: string): Scenario =>
      flat({
        currency: pair.slice(0, 3),
        years: { from: 2024, to: 2024 },
        economy: { gdp: { series: { '2024': '1000' } } },
        plans: [],
        fx: { [pair]: { default: '1', '2024': value } },
      });
    // 5.9 ÷ 3.978 − 1 = 0.483; 6.0 ÷ 3.978 − 1 = 0.508. The default, 1, is far from 2025's 3.75: flagged too.
    expect(flagged(pln('USD/PLN', '5.9'))).toEqual(['fx.USD/PLN.default']);
    expect(flagged(pln('USD/PLN', '6'))).toEqual(['fx.USD/PLN.2024', 'fx.USD/PLN.default']);
    expect(flagged(pln('USD/AUD', '100'))).toEqual([]);
  });

  it('the embedded annual averages are annualAverage’s, for every currency and complete year', () => {
    let checked = 0;
    for (const [code, years] of Object.entries(ANNUAL_AVERAGES))
      for (const [year, rate] of Object.entries(years)) {
        const decimals = rate.length - rate.indexOf('.') - 1;
        expect(annualAverage(ecb, 'EUR', code as 'USD', Number(year)).rate.toFixed(decimals), `${code} ${year}`).toBe(
          rate,
        );
        checked++;
      }
    // Ten currencies, 2014–2025.
    expect(checked).toBe(120);
  });
});

describe('each kind of implausible value, word for word, and its path under strict', () => {
  const strictIssue = (scenario: Scenario): { path: readonly (string | number)[]; message: string } => {
    const issue = expectIssue(() => evaluate(scenario, { strict: true }), 'implausible', expect.anything() as never)
      .issues[0];
    return { path: issue?.path ?? [], message: issue?.message ?? '' };
  };

  it('a plan larger than every year’s GDP of its years, the last year included', () => {
    // GDP 1,000 growing 10%: 1,100 in 2025, 1,210 in 2026. A plan of 1,200 is below 2026's GDP: plausible.
    const growing = (total: string): Scenario =>
      parseScenario({
        name: 'Growing',
        currency: 'EUR',
        years: { from: 2025, to: 2026 },
        economy: { gdp: { base: { year: 2024, amount: '1000' }, nominalGrowth: { default: '0.1' } } },
        defence: { shareOfGdp: { default: '2%' } },
        plans: [{ id: 'p', total, years: { from: 2025, to: 2026 }, items: [{ id: 'all', remainder: true }] }],
      });
    expect(flagged(growing('1200'))).toEqual([]);
    expect(strictIssue(growing('1210.01'))).toEqual({
      path: ['plans', 0, 'total'],
      message:
        "1210.01 is more than a whole year's GDP (1210 EUR in 2026, the largest of the plan's years): a unit typed wrong? (refused under strict)",
    });
    expect(evaluate(growing('1210.01')).plausibility[0]?.message).toBe(
      "plans[p].total: 1210.01 is more than a whole year's GDP (1210 EUR in 2026, the largest of the plan's years): a unit typed wrong?",
    );
  });

  it('an amount, of defence or related spending, as a share of its year’s GDP', () => {
    const amounts = flat({ defence: { amounts: { '2025': '200' }, related: { amounts: { '2026': '300' } } } });
    expect(evaluate(amounts).plausibility.map((w) => [w.path, w.range, w.message])).toEqual([
      [
        'defence.amounts.2025',
        'at most 15% of GDP',
        "defence.amounts.2025: 200 is 20% of 2025's GDP, above the plausible 15% for defence spending: a unit typed wrong?",
      ],
      [
        'defence.related.amounts.2026',
        'at most 15% of GDP',
        "defence.related.amounts.2026: 300 is 30% of 2026's GDP, above the plausible 15% for defence-related spending: a unit typed wrong?",
      ],
    ]);
    expect(strictIssue(amounts).path).toEqual(['defence', 'amounts', '2025']);
  });

  it('a rate, by year and by default, with its path under strict', () => {
    const rate = withOverrides(baseline(), [{ path: 'fx.EUR/USD.default', value: '0.5' }]);
    expect(strictIssue(rate)).toEqual({
      path: ['fx', 'EUR/USD', 'default'],
      message:
        "0.5 is more than 50% from the ECB's 2025 average of 1.13 (plausible: 0.565–1.695): the pair written the other way round? (refused under strict)",
    });
    // A year after the table's last complete one is checked against that year's average: 2030 against 2025's.
    const later = withOverrides(baseline(), [{ path: 'fx.EUR/USD.2030', value: '1.7' }]);
    expect(evaluate(later).plausibility[0]?.message).toContain("more than 50% from the ECB's 2025 average");
  });

  it('growth, the deflator and nominal growth, by name', () => {
    expect(evaluate(at('economy.gdp.realGrowth.default', '25%')).plausibility[0]?.message).toBe(
      'economy.gdp.realGrowth.default: 25% is outside the plausible range of real growth, -15%–20%: a percentage typed as a fraction, or a typo?',
    );
    expect(evaluate(at('economy.gdp.deflator.default', '35%')).plausibility[0]?.message).toContain(
      'outside the plausible range of the GDP deflator, -10%–30%',
    );
    expect(strictIssue(at('economy.gdp.deflator.default', '35%')).path).toEqual([
      'economy',
      'gdp',
      'deflator',
      'default',
    ]);
    const nominal = flat({
      economy: { gdp: { base: { year: 2024, amount: '1000' }, nominalGrowth: { default: '0.5' } } },
      plans: [],
    });
    expect(evaluate(nominal).plausibility[0]?.message).toContain(
      'outside the plausible range of nominal growth, -20%–40%',
    );
    const related = flat({ defence: { shareOfGdp: { default: '2%' }, related: { shareOfGdp: { default: '20%' } } } });
    expect(evaluate(related).plausibility[0]?.message).toContain(
      'outside the plausible range of defence-related spending',
    );
  });
});
