// One GDP basis per comparison (issue 15, item 3): a scenario names the vintage of its GDP figures; the
// result and the report say which GDP each share divides by, the scenario's and the one a published share
// implies; a change to the GDP figures replaces the vintage named. Figures by hand: the small scenario's
// GDP is €100bn in 2024 grown 10% a year (€110bn in 2025, €121bn in 2026).
import { describe, expect, it } from 'vitest';
import { renderText, scenarioReport } from '../../src/reports/index';
import {
  evaluate,
  getScenario,
  parseScenario,
  scenarioFor,
  withOverrides,
  type Scenario,
} from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';
import { smallScenario } from '../helpers/scenarios';

const source = { publisher: 'P', title: 'T' };
/** The small scenario with a named vintage and a published 2026 share of 5%, over a GDP the publisher names. */
function named(gdp: Scenario['economy']['gdp'] = smallScenario().economy.gdp): Scenario {
  const small = smallScenario();
  return parseScenario({
    ...small,
    economy: { ...small.economy, gdp: { ...gdp, vintage: 'Test office, 2025 vintage' } },
    published: [
      { metric: 'defence.share.2026', value: '5%', source, gdp: 'the ministry’s own projection' },
      { metric: 'gdp.2025', value: '110000000000', source },
    ],
  });
}

describe('a scenario’s GDP vintage', () => {
  it('is in the result and stated as an assumption about the GDP figures', () => {
    const result = evaluate(named());
    expect(result.gdpVintage).toBe('Test office, 2025 vintage');
    expect(result.assumptions).toContainEqual({
      about: 'economy.gdp.base, economy.gdp.known, economy.gdp.series',
      statement: 'The GDP figures are from Test office, 2025 vintage.',
      reason:
        'Every share of GDP in this result divides by this GDP; a published share may divide by another vintage or forecast.',
    });
  });

  it('is absent, and no assumption stated, when the scenario names none', () => {
    const result = evaluate(smallScenario());
    expect('gdpVintage' in result).toBe(false);
    expect(result.assumptions.some((a) => a.statement.startsWith('The GDP figures are from'))).toBe(false);
  });

  it('is replaced whole by a change to one known year: the years after it grow from the figure set', () => {
    // Known 2023 and 2024, then grown 10% a year: 2024 set to €90bn makes 2025 €99bn, not €110bn.
    const known = named({
      known: { '2023': '95000000000', '2024': '100000000000' },
      nominalGrowth: { default: '0.1' },
    });
    const changed = evaluate(withOverrides(known, [{ path: 'economy.gdp.known.2024', value: '90000000000' }]));
    expect(changed.gdp[2025]?.amount.toString()).toBe('99000000000');
    expect(changed.replaced.map((r) => r.assumption.statement)).toEqual([
      'The GDP figures are from Test office, 2025 vintage.',
    ]);
    expect(changed.partlyReplaced).toEqual([]);
    expect('gdpVintage' in changed).toBe(false);
  });

  it('is replaced by a change to the GDP figures, and listed as replaced; a change of growth keeps it', () => {
    const changed = evaluate(withOverrides(named(), [{ path: 'economy.gdp.base.amount', value: '90000000000' }]));
    expect('gdpVintage' in changed).toBe(false);
    expect(changed.replaced.map((r) => r.assumption.statement)).toContain(
      'The GDP figures are from Test office, 2025 vintage.',
    );
    expect(changed.published[0]?.gdp?.modelledBasis).toBe(
      "the scenario's GDP as changed (economy.gdp.base.amount), no longer Test office, 2025 vintage",
    );
    // Without a vintage named, a change says only what changed.
    const unnamed = parseScenario({
      ...smallScenario(),
      published: [{ metric: 'defence.share.2026', value: '5%', source }],
    });
    const changedUnnamed = evaluate(
      withOverrides(unnamed, [{ path: 'economy.gdp.base.amount', value: '90000000000' }]),
    );
    expect(changedUnnamed.published[0]?.gdp?.modelledBasis).toBe(
      "the scenario's GDP as changed (economy.gdp.base.amount)",
    );
    const slower = evaluate(withOverrides(named(), [{ path: 'economy.gdp.nominalGrowth.default', value: '0.05' }]));
    expect(slower.gdpVintage).toBe('Test office, 2025 vintage');
  });

  it('names the built-in scenarios’ GDP (Eurostat) and a starter scenario’s (OECD for Poland)', () => {
    expect(evaluate(getScenario('lithuania-baseline')).gdpVintage).toBe('Eurostat, 2025 vintage');
    expect(evaluate(scenarioFor('PL', { share: '5%' })).gdpVintage).toBe('OECD, published 2025');
    expect(
      'gdpVintage' in evaluate(scenarioFor('PL', { share: '5%', gdp: { year: 2023, amount: '3400900000000' } })),
    ).toBe(false);
  });

  it('is a name: empty is refused at its path', () => {
    const small = smallScenario();
    const empty = expectIssue(
      () => parseScenario({ ...small, economy: { gdp: { ...small.economy.gdp, vintage: '' } } }),
      'out_of_range',
      ['economy', 'gdp', 'vintage'],
    );
    expect(empty.issues[0]?.message).toBe('a GDP vintage is a name such as "Eurostat, 2025 vintage"');
    expectIssue(
      () => parseScenario({ ...small, published: [{ metric: 'defence.share.2026', value: '5%', source, gdp: '' }] }),
      'out_of_range',
      ['published', 0, 'gdp'],
    );
  });
});

describe('a published share beside a modelled one', () => {
  it('gives the GDP each divides by: the scenario’s, and spending ÷ the published share', () => {
    const [share, amount] = evaluate(named()).published;
    // 2026: GDP €121bn; spending 5% of it, €6.05bn; the published 5% implies €6.05bn ÷ 0.05 = €121bn.
    expect(share?.gdp?.modelled.toString()).toBe('121000000000');
    expect(share?.gdp?.implied.toString()).toBe('121000000000');
    expect(share?.gdp?.modelledBasis).toBe("Test office, 2025 vintage, projected by the scenario's rates");
    expect(share?.gdp?.publishedBasis).toBe('the ministry’s own projection');
    // An amount has no GDP basis.
    expect(amount?.gdp).toBeUndefined();
  });

  it('says when neither GDP is named, and that a series is taken as is', () => {
    const small = smallScenario();
    const unnamed = evaluate(
      parseScenario({ ...small, published: [{ metric: 'defence.share.2026', value: '0.04', source }] }),
    ).published[0];
    expect(unnamed?.gdp?.modelledBasis).toBe("the scenario's own GDP (no vintage named)");
    expect(unnamed?.gdp?.publishedBasis).toBe('not named in the scenario');
    // 5% of €121bn = €6.05bn; at a published 4%, it implies €151.25bn.
    expect(unnamed?.gdp?.implied.toString()).toBe('151250000000');
    const series = evaluate(named({ series: { 2025: '110000000000', 2026: '121000000000', 2027: '133100000000' } }))
      .published[0];
    expect(series?.gdp?.modelledBasis).toBe('Test office, 2025 vintage');
  });

  it('gives no GDP for a published share of zero (it implies none)', () => {
    const small = smallScenario();
    const zero = evaluate(
      parseScenario({ ...small, published: [{ metric: 'defence.share.2026', value: '0', source }] }),
    );
    expect(zero.published[0]?.gdp).toBeUndefined();
  });

  it('prints both GDPs in the report, and says which each is', () => {
    const text = renderText(scenarioReport(evaluate(named())));
    // In EUR million: 121,000.0 beside 121,000.0.
    expect(text).toMatch(/^defence\.share\.2026 +5\.00% +5\.00% +0\.00 pp +121,000\.0 +121,000\.0 +P$/m);
    expect(text).toContain(
      "GDP: the modelled shares divide by Test office, 2025 vintage, projected by the scenario's rates;",
    );
    expect(text).toContain('defence.share.2026: the published share divides by the ministry’s own projection.');
  });
});
