// Published beside modelled (issue 13). Figures worked by hand from the cited sources: the Seimas voted
// €4.79bn "or 5.38 % of GDP" for 2026 (Ministry of National Defence, 2025-12-11) and the 2025 base budget
// was €2.4bn, "2.95% of GDP" (via The Baltic Sentinel, 2025-01-07). The baseline's GDP is €82,524,119,040
// in 2025 and €87,379,780,... in 2026 (Eurostat 2024 grown by the Commission's forecast), so 2.4bn is
// 2.908% and 4.79bn is 5.482%; the ministry's 5.38% implies a GDP of 4.79bn ÷ 0.0538 = €89.03bn.
import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import { D } from '../../src/decimal/core';
import { renderMarkdown, renderText, scenarioReport } from '../../src/reports/index';
import { evaluate, getScenario, parseScenario, withOverrides, type Scenario } from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';

const baseline = once(() => evaluate(getScenario('lithuania-baseline')));
const source = { publisher: 'P', title: 'T' };

describe('the baseline shows the voted budgets’ own shares beside its modelled ones', () => {
  it('2025: 2.91% modelled, 2.95% published, within 0.05 points: no note', () => {
    const [in2025] = baseline().published;
    const gdp2025 = baseline().gdp[2025]?.amount;
    expect(gdp2025?.toString()).toBe('82524119040');
    expect(in2025?.metric).toBe('defence.share.2025');
    expect(in2025?.modelled.eq(new D('2400000000').div(gdp2025 ?? 1))).toBe(true);
    expect(in2025?.published.toString()).toBe('0.0295');
    // 0.029082 − 0.0295 = −0.000418: 0.04 points.
    expect(in2025?.difference.toFixed(6)).toBe('-0.000418');
    expect(in2025?.note).toBeUndefined();
    expect(in2025?.source.quoted).toContain('2.95% of GDP');
  });

  it('2026: 5.48% modelled, 5.38% published, 0.10 points apart: the GDP basis worked out', () => {
    const in2026 = baseline().published[1];
    expect(in2026?.modelled.toFixed(4)).toBe('0.0548');
    expect(in2026?.published.toString()).toBe('0.0538');
    expect(in2026?.difference.toFixed(4)).toBe('0.0010');
    expect(in2026?.source.quoted).toBe('EUR 4.79 billion or 5.38 % of GDP');
    // 4.79bn ÷ 0.0538 = 89.03bn; the scenario's 87.38bn is 1 − 87.38 ÷ 89.03 = 1.9% lower.
    expect(in2026?.note).toBe(
      "The published 5.38% puts the same spending over a GDP of EUR 89.0 billion (spending ÷ published share); the scenario's GDP for 2026 is EUR 87.4 billion, 1.9% lower. The usual cause: the publisher divided by its own GDP projection (another vintage or forecast), not by this scenario's GDP path.",
    );
  });

  it('the default report prints both, the difference in points, and why', () => {
    const text = renderText(scenarioReport(baseline()));
    const lines = text.split('\n');
    const row = (metric: string): string | undefined => lines.find((line) => line.startsWith(metric));
    // Then the GDP each divides by, in EUR million: the scenario's, and the budget's implied (2.4 bn ÷ 2.95%,
    // 4.79 bn ÷ 5.38%).
    expect(row('defence.share.2025')).toMatch(
      /^defence\.share\.2025 +2\.91% +2\.95% +-0\.04 pp +82,524\.1 +81,355\.9 +Ministry/,
    );
    expect(row('defence.share.2026')).toMatch(
      /^defence\.share\.2026 +5\.48% +5\.38% +\+0\.10 pp +87,379\.8 +89,033\.5 +Ministry/,
    );
    expect(text).toContain(
      'defence.share.2026: The published 5.38% puts the same spending over a GDP of EUR 89.0 billion',
    );
    // Lithuanian separates the percent sign with a no-break space.
    const markdown = renderMarkdown(scenarioReport(baseline()), { locale: 'lt-LT' }).replaceAll('\u00a0', ' ');
    expect(markdown).toContain('| defence.share.2026 | 5,48 % | 5,38 % | +0,10 pp |');
  });

  it('a variant that changes the year’s spending says the published figure is of other spending', () => {
    const more = evaluate(
      withOverrides(getScenario('lithuania-baseline'), [{ path: 'defence.amounts.2026', value: '5000000000' }]),
    );
    expect(more.published[1]?.note).toBe(
      'This variant changed the spending (defence.amounts.2026): the published figure is of the spending as the scenario was written, not of this variant.',
    );
    // 2025 keeps its voted amount: its comparison is unchanged.
    expect(more.published[0]?.note).toBeUndefined();
    // A share from 2027 on does not touch 2025 or 2026, whose amounts are voted.
    const six = evaluate(
      withOverrides(getScenario('lithuania-baseline'), [{ path: 'defence.shareOfGdp.default', value: '6%' }]),
    );
    expect(six.published[1]?.note?.startsWith('The published 5.38% puts the same spending')).toBe(true);
  });
});

describe('published figures in any scenario', () => {
  const flat = (published: unknown): Scenario =>
    parseScenario({
      name: 'Flat',
      currency: 'EUR',
      years: { from: 2025, to: 2025 },
      economy: { gdp: { series: { '2025': '1000' } } },
      defence: { shareOfGdp: { default: '2%' } },
      published,
    });

  it('an amount: within half a percent without a note; beyond, the basis or vintage; a figure’s own note first', () => {
    const within = evaluate(flat([{ metric: 'gdp.2025', value: '1005', source }])).published[0];
    expect(within).toEqual(
      expect.objectContaining({
        unit: 'EUR',
        modelled: new D('1000'),
        published: new D('1005'),
        difference: new D('-5'),
      }),
    );
    expect(within?.note).toBeUndefined();
    // Half a percent of 1,005 is 5.025: 5 is within it; 6 is beyond half a percent of 1,006 (5.03).
    const beyond = evaluate(flat([{ metric: 'gdp.2025', value: '1006', source }])).published[0];
    expect(beyond?.note).toContain('it may count on another basis or come from another vintage');
    const own = evaluate(flat([{ metric: 'gdp.2025', value: '1100', source, note: 'A later vintage.' }])).published[0];
    expect(own?.note).toBe('A later vintage.');
  });

  it('a share written as a percentage, at the 0.05-point edge', () => {
    // 2% modelled: 2.05% published is 0.05 points away (within); 2.051% is beyond.
    expect(
      evaluate(flat([{ metric: 'defence.share.2025', value: '2.05%', source }])).published[0]?.note,
    ).toBeUndefined();
    const beyond = evaluate(flat([{ metric: 'defence.share.2025', value: '2.051%', source }])).published[0];
    // 20 ÷ 0.02051 = 975.1: the scenario's 1,000 is 2.6% higher.
    expect(beyond?.note).toContain(
      "GDP of EUR 0.0 billion (spending ÷ published share); the scenario's GDP for 2025 is EUR 0.0 billion, 2.6% higher",
    );
  });

  it('a metric that names nothing is refused with its place in the file', () => {
    expectIssue(() => evaluate(flat([{ metric: 'defence.shares.2025', value: '2%', source }])), 'invalid_metric', [
      'published',
      0,
      'metric',
    ]);
    expectIssue(() => flat([{ metric: 'gdp.2025', value: 'lots', source }]), 'invalid_number', [
      'published',
      0,
      'value',
    ]);
  });

  it('are kept in JSON, amounts as strings', () => {
    const json = JSON.parse(JSON.stringify(evaluate(flat([{ metric: 'gdp.2025', value: '990', source }])))) as {
      published: unknown[];
    };
    expect(json.published).toEqual([
      {
        metric: 'gdp.2025',
        unit: 'EUR',
        modelled: '1000',
        published: '990',
        difference: '10',
        source,
        note: 'The published figure differs by more than the tolerance: it may count on another basis or come from another vintage of the data.',
      },
    ]);
  });
});

describe('published figures of related spending, and of a year the share sets', () => {
  const related = (changes: { path: string; value: unknown }[], published: unknown): ReturnType<typeof evaluate> =>
    evaluate(
      withOverrides(
        parseScenario({
          name: 'Related',
          currency: 'EUR',
          years: { from: 2025, to: 2025 },
          economy: { gdp: { series: { '2025': '1000' } } },
          defence: { shareOfGdp: { default: '2%' }, related: { shareOfGdp: { default: '1%' } } },
          published,
        }),
        changes,
      ),
    );

  it('a related share: the GDP basis worked out from related spending', () => {
    // 10 of related spending at a published 0.8% implies a GDP of 1,250; the scenario's 1,000 is 20% lower.
    const [row] = related([], [{ metric: 'related.share.2025', value: '0.8%', source }]).published;
    expect(row?.note).toContain(
      "puts the same spending over a GDP of EUR 0.0 billion (spending ÷ published share); the scenario's GDP for 2025 is EUR 0.0 billion, 20.0% lower",
    );
  });

  it('a change to the share that sets the year (no amount there) makes it other spending; a published zero has no basis to work out', () => {
    const changed = related(
      [{ path: 'defence.related.shareOfGdp.default', value: '2%' }],
      [
        { metric: 'related.share.2025', value: '1%', source },
        { metric: 'defence.share.2025', value: '2%', source },
      ],
    ).published;
    expect(changed[0]?.note).toBe(
      'This variant changed the spending (defence.related.shareOfGdp.default): the published figure is of the spending as the scenario was written, not of this variant.',
    );
    // The change is to related spending: defence's own comparison is untouched and within tolerance.
    expect(changed[1]?.note).toBeUndefined();
    const zero = related([], [{ metric: 'defence.share.2025', value: '0', source }]).published[0];
    expect(zero?.note).toBe(
      'The published figure differs by more than the tolerance: it may count on another basis or come from another vintage of the data.',
    );
  });
});
