// Totals over years without a figure (issue 20, case 2): GDP €100bn a year 2025–2028, defence 4% of GDP
// in 2025–2026 only. By hand: €4bn a year, €8bn over the two years, 4% of the €200bn GDP of those years.
import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import { renderMarkdown, scenarioReport } from '../../src/reports/index';
import { evaluate, listMetrics, metric, parseScenario } from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';

const result = once(() =>
  evaluate(
    parseScenario({
      name: 'Two years of four',
      currency: 'EUR',
      years: { from: 2025, to: 2028 },
      economy: {
        gdp: {
          series: { '2025': '100000000000', '2026': '100000000000', '2027': '100000000000', '2028': '100000000000' },
        },
      },
      defence: { shareOfGdp: { '2025': '4%', '2026': '4%' } },
    }),
  ),
);

describe('a total over years with no figure', () => {
  it('says which years the total covers', () => {
    expect(result().defence.total.amount.toString()).toBe('8000000000');
    expect(result().defence.missingYears).toEqual([2027, 2028]);
  });

  it('is refused as a metric, as a range with missing years is, naming the years it covers', () => {
    expectIssue(() => metric(result(), 'defence.total'), 'invalid_metric', ['metric']);
    expectIssue(() => metric(result(), 'defence.2025-2028'), 'invalid_metric', ['metric']);
    let message = '';
    try {
      metric(result(), 'defence.total');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('no figure for 2027, 2028');
    expect(message).toContain('defence.2025-2026');
    expect(metric(result(), 'defence.2025-2026').value.toString()).toBe('8000000000');
    expect(listMetrics(result())).not.toContain('defence.total');
    expect(listMetrics(result())).toContain('gdp.total');
  });

  it('is labelled partial in the report, with its share of GDP over the same years: 4.00%', () => {
    const markdown = renderMarkdown(scenarioReport(result(), { unit: 'one' }));
    const total = markdown.split('\n').find((line) => line.startsWith('| **Total**'));
    // GDP over four years, defence over two (partial), 8bn ÷ 200bn = 4.00%.
    expect(total).toBe('| **Total** | **400,000,000,000.00** | **8,000,000,000.00 partial** | **4.00% partial** |');
    expect(markdown).toContain('Defence spending has no figure for 2027, 2028');
    expect(markdown).toContain('Defence (partial: 2025–2026 only)');
  });

  it('a series that covers every year has no missing years, and its total is a metric', () => {
    const full = evaluate(
      parseScenario({
        name: 'Four of four',
        currency: 'EUR',
        years: { from: 2025, to: 2026 },
        economy: { gdp: { series: { '2025': '100', '2026': '300' } } },
        defence: { shareOfGdp: { default: '4%' } },
      }),
    );
    expect(full.defence.missingYears).toEqual([]);
    expect(metric(full, 'defence.total').value.toString()).toBe('16');
  });
});

describe('the refusal of a partial total says, word for word', () => {
  const messageOf = (name: string, scenario: Parameters<typeof parseScenario>[0]): string =>
    expectIssue(() => metric(evaluate(parseScenario(scenario)), name), 'invalid_metric', ['metric']).message;
  const fourYears = {
    name: 'Gaps',
    currency: 'EUR',
    years: { from: 2025, to: 2028 },
    economy: { gdp: { series: { '2025': '100', '2026': '100', '2027': '100', '2028': '100' } } },
  } as const;

  it('which years are missing, "them" for several, and the one run of years that has figures', () => {
    expect(
      messageOf('defence.total', { ...fourYears, defence: { shareOfGdp: { '2025': '4%', '2026': '4%' } } }),
    ).toContain(
      'defence spending has no figure for 2027, 2028: a total over 2025–2028 would leave them out (partial); ask for the years it covers, defence.2025-2026',
    );
  });

  it('"it" for one year, related spending by its own name, and each run of years, a single year as itself', () => {
    const related = { shareOfGdp: { '2025': '1%', '2027': '1%', '2028': '1%' } };
    expect(messageOf('related.total', { ...fourYears, defence: { shareOfGdp: { default: '4%' }, related } })).toContain(
      'defence-related spending has no figure for 2026: a total over 2025–2028 would leave it out (partial); ask for the years it covers, related.2025 + related.2027-2028',
    );
  });

  it('a range that reaches a year without a figure names that year', () => {
    const defence = { shareOfGdp: { '2025': '4%', '2026': '4%' } };
    expect(messageOf('defence.2026-2027', { ...fourYears, defence })).toContain('no value for 2027');
    expect(messageOf('defence.2028', { ...fourYears, defence })).toContain('no value for 2028');
  });
});
