import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import { decimal } from '../../src/index';
import { reconcile, renderMarkdown, renderText, resultToCsv, scenarioReport, toCsv } from '../../src/reports/index';
import { evaluate, getScenario, withOverrides } from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';
import { smallScenario } from '../helpers/scenarios';

const result = once(() => evaluate(getScenario('lithuania-baseline')));

/** The numbers of a rendered column, read back from the text (English separators). */
function numbers(lines: readonly string[], column: number): number[] {
  return lines.map((line) => Number((line.trim().split(/\s{2,}/)[column] ?? '').replaceAll(',', '')));
}

describe('reconcile', () => {
  it('gives the missing unit to the largest remainder, and says so', () => {
    const r = reconcile(['33.333', '33.333', '33.334'], { places: 0 });
    expect(r.shown.map(String)).toEqual(['33', '33', '34']);
    expect(r.total.toString()).toBe('100');
    expect(r.adjusted).toEqual([2]);
  });

  it('leaves rows alone when their own rounding adds up', () => {
    const r = reconcile(['1.01', '2.01', '3.01'], { places: 1 });
    expect(r.shown.map(String)).toEqual(['1', '2', '3']);
    expect(r.adjusted).toEqual([]);
    // 1.04 + 2.03 + 3.02 = 6.09, shown 6.1: the row with the largest remainder takes the extra tenth.
    const up = reconcile(['1.04', '2.03', '3.02'], { places: 1 });
    expect(up.shown.map(String)).toEqual(['1.1', '2', '3']);
    expect(up.adjusted).toEqual([0]);
  });

  it('rounds to tens and millions with negative places', () => {
    expect(reconcile(['1500000', '2500000'], { places: -6 }).shown.map(String)).toEqual(['2000000', '2000000']);
  });

  it('refuses a total that is not the sum, and bad places', () => {
    expectIssue(() => reconcile(['1', '2'], { places: 0, total: '10' }), 'out_of_range', ['total']);
    expectIssue(() => reconcile(['1'], { places: 1.5 }), 'out_of_range', ['places']);
    expectIssue(() => reconcile(['one'], { places: 0 }), 'invalid_number', ['values', 0]);
  });
});

describe('scenarioReport and its renderings', () => {
  const text = once(() => renderText(scenarioReport(result())));
  const block = (title: string): string[] => {
    const lines = text().split('\n');
    const start = lines.findIndex((line) => line.startsWith(title));
    return lines.slice(start);
  };

  it('shows every year, and each column adds up to its shown total', () => {
    const lines = block('GDP and defence spending');
    const rows = lines.slice(3, 14);
    expect(rows.map((line) => line.slice(0, 4))).toEqual([
      '2025',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
      '2031',
      '2032',
      '2033',
      '2034',
      '2035',
    ]);
    const total = lines[15] ?? '';
    for (const column of [1, 2, 4]) {
      const sum = numbers(rows, column).reduce((a, b) => a + b, 0);
      expect(sum.toFixed(1)).toBe(numbers([total], column)[0]?.toFixed(1));
    }
    // The exact totals, €64,479,375,788.76 of defence, shown in millions.
    expect(total).toContain('64,479.4');
    expect(lines[4]).toContain('4,790.0'); // 2026: the voted €4.79 billion
  });

  it('shows the border plan by year and item, €80m and €30m a year, €1,100m in all', () => {
    const lines = block('Lithuania border counter-mobility plan');
    expect(lines[3]?.replace(/\s+/g, ' ')).toBe('2025 80.0 30.0 110.0 110.0 124.3');
    expect(lines.find((line) => line.startsWith('Total'))?.replace(/\s+/g, ' ')).toBe(
      'Total 800.0 300.0 1,100.0 1,243.0',
    );
    expect(text()).toContain('anti-tank-mines: Anti-tank mines and their installation systems.');
  });

  it('says which rows absorbed the rounding', () => {
    // USD amounts of 2028 sum to the total only if one of them is shown a unit away from its own rounding.
    expect(text()).toContain(
      'Rows shown one unit away from their own rounding, so that the columns add up: Defence (USD): 2028.',
    );
  });

  it('lists every source once', () => {
    const sources = block('Sources')
      .slice(1)
      .filter((line) => /^\s+\d+\. /.test(line));
    expect(new Set(sources.map((line) => line.replace(/^\s+\d+\. /, ''))).size).toBe(sources.length);
    expect(text()).toContain('AFP, "Lithuania to spend $1.2 bn to fortify Russia, Belarus border", 2025-05-05');
  });

  it('formats for a locale: Lithuanian separators and percent', () => {
    const lithuanian = renderText(scenarioReport(result()), { locale: 'lt-LT' });
    // Intl writes Lithuanian groups with a no-break space and decimals with a comma.
    expect(lithuanian).toMatch(/2026\s+87\s379,8\s+4\s790,0\s+5,48\s%/u);
  });

  it('renders Markdown tables, totals in bold', () => {
    const markdown = renderMarkdown(scenarioReport(result()));
    expect(markdown).toContain('| Year | GDP | Defence | Share of GDP | Defence (USD) |');
    expect(markdown).toContain('| --- | ---: | ---: | ---: | ---: |');
    expect(markdown).toContain('| **Total** | **1,211,529.0** | **64,479.4** | **5.32%** | **72,861.7** |');
  });

  it('shows amounts in billions when asked', () => {
    expect(renderText(scenarioReport(result(), { unit: 'billion', places: 2 }))).toContain('64.48');
    expectIssue(() => scenarioReport(result(), { places: 9 }), 'out_of_range', ['places']);
  });
});

describe('CSV', () => {
  it('quotes what RFC 4180 asks to quote, with CRLF lines', () => {
    expect(
      toCsv([
        ['a', 'b,c'],
        ['say "hi"', 'line\nbreak'],
      ]),
    ).toBe('a,"b,c"\r\n"say ""hi""","line\nbreak"\r\n');
  });

  it('writes every amount of a result() exactly, by year', () => {
    const lines = resultToCsv(result()).split('\r\n');
    expect(lines[0]).toBe(
      'year,gdp,defence,defence.share,plans.border-countermobility,gdp.usd,defence.usd,plans.border-countermobility.usd',
    );
    // 2026: GDP from the path, the voted €4.79 billion, its share, a tenth of the plan, and ×1.13.
    expect(lines[2]?.split(',').slice(0, 3)).toEqual(['2026', result().gdp[2026]?.amount.toFixed(), '4790000000']);
    expect(lines[2]?.split(',')[6]).toBe(decimal('4790000000').times('1.13').toFixed());
    expect(lines).toHaveLength(13); // a header, 11 years, and the final CRLF
  });
});

describe('the report header', () => {
  it('gives the range of yearly rates, lowest to highest, not the first and the last', () => {
    const scenario = withOverrides(smallScenario(), {
      years: { from: 2025, to: 2028 },
      fx: { 'EUR/USD': { '2025': '1.10', '2026': '1.25', '2027': '1.05', '2028': '1.10' } },
    });
    const text = renderText(scenarioReport(evaluate(scenario)));
    expect(text).toContain('EUR/USD 1.05–1.25 by year');
    expect(renderText(scenarioReport(result()))).toContain('EUR/USD 1.13.');
  });
});

describe('a target’s own words reach the result and the report', () => {
  it('its wording and how it is read (note), built in or custom', () => {
    const result = evaluate(
      withOverrides(getScenario('lithuania-baseline'), {
        targets: [
          'nato-wales-2pct',
          { id: 'own', name: 'Our floor', atLeast: '4%', from: 2026, wording: '“at least 4%”', note: 'Our reading.' },
        ],
      }),
    );
    const [wales, own] = result.targets;
    expect(wales?.note).toBe(
      'A pledge to "move towards" 2% "within a decade" of 2014, so due from 2024 here (our reading).',
    );
    expect(wales?.wording).toBeDefined();
    expect(own).toMatchObject({ wording: '“at least 4%”', note: 'Our reading.' });
    const notes = scenarioReport(result).tables.find((table) => table.title.startsWith('Gap to each target'))?.notes;
    expect(notes).toContain('own: Our floor. Our reading.');
    expect(notes).toContain(
      'nato-wales-2pct: NATO 2% of GDP (Wales 2014). A pledge to "move towards" 2% "within a decade" of 2014, so due from 2024 here (our reading).',
    );
  });
});

describe('the rates in a report’s intro', () => {
  const intro = (fx: Record<string, { default: string }>): string =>
    scenarioReport(evaluate(withOverrides(getScenario('lithuania-baseline'), [{ path: 'fx', value: fx }]))).intro[0] ??
    '';

  it('prints a rate as written, and one written the other way round rounded, with the short rate it inverts', () => {
    expect(intro({ 'EUR/USD': { default: '1.13' } })).toContain('EUR/USD 1.13.');
    // 1 ÷ 1.13 = 0.884955752212389…: eight significant digits, marked as rounded.
    expect(intro({ 'USD/EUR': { default: '1.13' } })).toContain('EUR/USD ≈ 0.88495575 (1/1.13).');
    // 1.0824 ÷ 4.3058 = 0.2513818570… has no short inverse (3.97801…): the rate rounded to 8 digits alone.
    expect(intro({ 'USD/EUR': { default: '4.3058/1.0824' } })).toContain('EUR/USD ≈ 0.25138186.');
  });
});

describe('the title of a changed scenario', () => {
  it('says the figures are of the scenario as changed, so that "at 6%" is not claimed of 5%', () => {
    const six = getScenario('lithuania-6pct');
    expect(scenarioReport(evaluate(six)).title).toBe(six.name);
    const five = withOverrides(six, [{ path: 'defence.shareOfGdp.default', value: '5%' }]);
    expect(scenarioReport(evaluate(five)).title).toBe(`${six.name}, with 1 override`);
    const two = withOverrides(five, [{ path: 'economy.gdp.deflator.default', value: '3%' }]);
    expect(scenarioReport(evaluate(two)).title).toBe(`${six.name}, with 2 overrides`);
  });
});

describe('scenarioReport: an assumption replaced in part', () => {
  it('is followed by each change that set one of its figures, and no other assumption is', () => {
    const report = scenarioReport(
      evaluate(
        withOverrides(getScenario('lithuania-baseline'), [
          { path: 'economy.population.2030', value: '2700000' },
          { path: 'economy.population.2031', value: '2690000' },
        ]),
      ),
    );
    const items = report.lists.find((list) => list.title === 'Assumptions')?.items ?? [];
    const excepted = items.filter((item) => item.includes('Except where'));
    expect(excepted).toHaveLength(1);
    expect(excepted[0]).toMatch(/^The population is the count of 1 January in 2025/);
    // Before: 2026's 2,886,000 × (2.0 / 2.81)^(4/48) = 2,805,368.8 and ^(5/48) = 2,785,565.5, to the person.
    expect(excepted[0]).toMatch(
      / Except where the changes above set a figure: economy\.population\.2030: 2805369 → 2700000 \(withOverrides\); economy\.population\.2031: 2785566 → 2690000 \(withOverrides\)\.$/,
    );
    expect(report.lists.some((list) => list.title === 'Assumptions replaced by the changes above')).toBe(false);
  });
});
