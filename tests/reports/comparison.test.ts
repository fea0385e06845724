// Issue 16, part 1: a comparison of many scenarios as a report, CSV and a chart. Values by hand, as in
// tests/scenarios/compareMany.test.ts: defence 50, 55 and 60 a year out of GDP 1,000,000,000 × 10⁻⁶ …
import { describe, expect, it } from 'vitest';
import { decimal } from '../../src/index';
import { comparisonChart, comparisonReport, comparisonToCsv, renderMarkdown } from '../../src/reports/index';
import { compareMany, parseScenario, withOverrides } from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';

const at = (share: string, name = `At ${share}`): ReturnType<typeof parseScenario> =>
  parseScenario({
    name,
    currency: 'EUR',
    years: { from: 2026, to: 2027 },
    economy: { gdp: { series: { '2026': '1000000000', '2027': '1000000000' } } },
    defence: { shareOfGdp: { default: share } },
  });
const many = (): ReturnType<typeof compareMany> =>
  compareMany([at('5%'), withOverrides(at('6%'), [{ path: 'defence.shareOfGdp.2027', value: '7%' }])], {
    series: ['defence', 'share'],
  });

describe('comparisonReport', () => {
  it('a table per series: a column per scenario, then Δ from the first', () => {
    const report = comparisonReport(many());
    const [defence, share] = report.tables;
    expect(defence?.columns).toEqual(['Year', 'At 5%', 'At 6%', 'Δ At 6%']);
    expect(defence?.unit).toBe('EUR million');
    // 50m and 60m in 2026; 50m and 70m in 2027; 100m and 130m in all.
    expect(defence?.rows).toEqual([
      ['2026', { amount: decimal('50') }, { amount: decimal('60') }, { amount: decimal('10') }],
      ['2027', { amount: decimal('50') }, { amount: decimal('70') }, { amount: decimal('20') }],
      ['total', { amount: decimal('100') }, { amount: decimal('130') }, { amount: decimal('30') }],
    ]);
    expect(share?.unit).toBe('% of GDP; Δ in pp');
    expect(share?.rows[1]).toEqual([
      '2027',
      { percent: decimal('0.05') },
      { percent: decimal('0.07') },
      { points: decimal('0.02') },
    ]);
  });

  it('names the baseline and lists every override of every scenario', () => {
    const report = comparisonReport(many());
    expect(report.title).toBe('At 5% · At 6%');
    expect(report.intro[0]).toBe(
      '2 scenarios side by side; the first, At 5%, is the baseline. Δ is the exact difference (scenario − baseline), then rounded for display; for shares in percentage points (pp).',
    );
    expect(report.intro.join('\n')).toContain('defence.shareOfGdp.2027');
    expect(renderMarkdown(report)).toContain('| Year | At 5% | At 6% | Δ At 6% |');
  });

  it('labels other than the names are explained, every override listed under its scenario', () => {
    const report = comparisonReport(
      compareMany([at('5%'), withOverrides(at('6%'), [{ path: 'defence.shareOfGdp.2027', value: '7%' }])], {
        series: ['defence'],
        labels: ['five', 'six'],
      }),
    );
    expect(report.intro.slice(1)).toEqual([
      'five: At 5%',
      'six: At 6%',
      'six changed from its file (1 override): defence.shareOfGdp.2027: none → 0.07 (withOverrides).',
    ]);
    expect(report.tables[0]?.notes).toEqual([]);
  });

  it('flags and points are shown as they are, in their unit', () => {
    const target = { id: 'four', name: 'Four', atLeast: '4%', from: 2026 };
    const withTarget = (share: string): ReturnType<typeof parseScenario> =>
      parseScenario({ ...(JSON.parse(JSON.stringify(at(share))) as object), targets: [target] });
    const report = comparisonReport(
      compareMany([withTarget('3%'), withTarget('5%')], { series: ['targets.four.met', 'targets.four.gapPoints'] }),
    );
    const [met, points] = report.tables;
    expect(met?.unit).toBe('flag');
    expect(met?.places).toBe(2);
    // 3% misses the 4% floor (0), 5% meets it (1): a difference of 1.
    expect(met?.rows[0]).toEqual(['2026', '0', '1', '1']);
    expect(points?.unit).toBe('points');
    // The gap in percentage points: 1 short at 3%, none at 5%.
    expect(points?.rows[0]?.slice(1)).toEqual(['1', '0', '-1']);
  });

  it('marks a year a scenario lacks', () => {
    const short = parseScenario({
      name: 'Short',
      currency: 'EUR',
      years: { from: 2026, to: 2026 },
      economy: { gdp: { series: { '2026': '1000000000' } } },
      defence: { shareOfGdp: { default: '5%' } },
    });
    const [defence] = comparisonReport(compareMany([at('5%'), short], { series: ['defence'] })).tables;
    expect(defence?.rows[1]).toEqual(['2027', { amount: decimal('50') }, '–', '–']);
    expect(defence?.notes).toEqual(['– : the scenario has no figure for that year.']);
  });
});

describe('comparisonToCsv', () => {
  it('a line per series and year, exact values, the changes first', () => {
    const lines = comparisonToCsv(many()).split('\r\n');
    expect(lines[0]).toBe('# change,At 6%,defence.shareOfGdp.2027,,0.07,withOverrides');
    expect(lines[1]).toBe('series,unit,year,At 5%,At 6%,At 6% − At 5%');
    expect(lines[2]).toBe('defence,EUR,2026,50000000,60000000,10000000');
    expect(lines).toContain('defence.share,share,2027,0.05,0.07,0.02');
  });
});

describe('comparisonChart', () => {
  it('a line per scenario in its fixed colour, the title naming the series, the subtitle each scenario', () => {
    const chart = comparisonChart(many());
    expect(chart['title']).toEqual({
      text: 'defence (EUR billion), by scenario',
      subtitle: ['At 5%', 'At 6% (1 override)'],
    });
    const encoding = chart['encoding'] as { color: { scale: { domain: string[]; range: string[] } } };
    expect(encoding.color.scale).toEqual({ domain: ['At 5%', 'At 6%'], range: ['#4e79a7', '#f28e2b'] });
    expect((chart['data'] as { values: unknown[] }).values).toEqual([
      { year: 2026, scenario: 'At 5%', value: 0.05 },
      { year: 2026, scenario: 'At 6%', value: 0.06 },
      { year: 2027, scenario: 'At 5%', value: 0.05 },
      { year: 2027, scenario: 'At 6%', value: 0.07 },
    ]);
  });

  it('grouped bars for one year; shares in per cent', () => {
    const chart = comparisonChart(many(), { series: 'defence.share', year: 2027 });
    expect((chart['mark'] as { type: string }).type).toBe('bar');
    expect((chart['title'] as { text: string }).text).toBe('defence.share (%), 2027, by scenario');
    expect((chart['data'] as { values: unknown[] }).values).toEqual([
      { year: 2027, scenario: 'At 5%', value: 5 },
      { year: 2027, scenario: 'At 6%', value: 7 },
    ]);
  });

  it('flags and points are drawn as they are, not in billions', () => {
    const target = { id: 'four', name: 'Four', atLeast: '4%', from: 2026 };
    const withTarget = (share: string): ReturnType<typeof parseScenario> =>
      parseScenario({ ...(JSON.parse(JSON.stringify(at(share))) as object), targets: [target] });
    const flags = compareMany([withTarget('3%'), withTarget('5%')], { series: ['targets.four.met'] });
    const chart = comparisonChart(flags, { year: 2026 });
    expect((chart['title'] as { text: string }).text).toBe('targets.four.met (flag), 2026, by scenario');
    // 3% misses the 4% floor, 5% meets it.
    expect((chart['data'] as { values: unknown[] }).values).toEqual([
      { year: 2026, scenario: 'At 3%', value: 0 },
      { year: 2026, scenario: 'At 5%', value: 1 },
    ]);
  });

  it('refuses a series or a year the comparison lacks', () => {
    expectIssue(() => comparisonChart(many(), { series: 'gdp' }), 'invalid_metric', ['series']);
    expectIssue(() => comparisonChart(many(), { year: 2040 }), 'invalid_year', ['year']);
  });
});
