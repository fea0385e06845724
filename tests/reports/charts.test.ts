// Each chart rendered to SVG with vega-lite and vega, as the CLI renders it, and read back: its title,
// axes, series and legend are there, and its marks carry the data.
import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import { renderSvg } from '../../src/cli/output';
import { fanChart, planChart, shareBandChart, spendingChart, stackCharts } from '../../src/reports/index';
import { evaluate, getScenario } from '../../src/scenarios/index';
import { simulate, uniform } from '../../src/uncertainty/index';
import { expectIssue } from '../helpers/errors';

const result = once(() => evaluate(getScenario('lithuania-baseline')));

/** Every piece of text in an SVG, unescaped. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '').replaceAll('&amp;', '&').replaceAll('&#x27;', "'").replaceAll('&quot;', '"'),
  );
}

describe('charts, rendered to SVG', () => {
  it('spending against the targets: bars by year, a line per target floor, a legend', async () => {
    const svg = await renderSvg(spendingChart(result()));
    const words = texts(svg);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(words).toContain('Defence spending against the targets (EUR billion)');
    expect(words).toContain('Year');
    expect(words).toContain('Defence spending (EUR billion)');
    expect(words).toContain('Target floor');
    expect(words).toContain('NATO 2% of GDP (Wales 2014)');
    for (const year of ['2025', '2030', '2035']) expect(words).toContain(year);
    // One bar per year of spending.
    expect((svg.match(/aria-roledescription="bar"/g) ?? []).length).toBe(11);
  });

  it('the share of GDP with the 5–6% band', async () => {
    const svg = await renderSvg(shareBandChart(result()));
    const words = texts(svg);
    expect(words).toContain('Defence spending, % of GDP, and the 5–6% band');
    expect(words).toContain('Share of GDP');
    expect(words.some((word) => /^\d\.\d%$/.test(word))).toBe(true); // axis labels as percentages
    expect(svg).toContain('aria-roledescription="area mark"');
    expect(svg).toContain('aria-roledescription="line mark"');
  });

  it('the border plan stacked by item', async () => {
    const svg = await renderSvg(planChart(result(), 'border-countermobility'));
    const words = texts(svg);
    expect(words).toContain(
      'Lithuania border counter-mobility plan (2025 announcement), by year and item (EUR million)',
    );
    expect(words).toContain('Anti-tank mines and their installation systems');
    expect(words).toContain('Other counter-mobility measures');
    expect((svg.match(/aria-roledescription="bar"/g) ?? []).length).toBe(20); // 10 years × 2 items
    expectIssue(() => planChart(result(), 'walls'), 'unknown_id', ['planId']);
  });

  it('the Monte Carlo fan: two bands and the median', async () => {
    const simulation = simulate(getScenario('lithuania-baseline'), {
      trials: 2000,
      inputs: { 'defence.shareOfGdp.default': uniform('5%', '6%') },
      metrics: ['defence'],
    });
    const svg = await renderSvg(fanChart(simulation));
    const words = texts(svg);
    expect(words).toContain('defence: median, 25th–75th and 5th–95th percentiles (EUR billion)');
    expect((svg.match(/aria-roledescription="area mark"/g) ?? []).length).toBe(2);
    expect(svg).toContain('aria-roledescription="line mark"');
    expectIssue(() => fanChart(simulation, 'gdp'), 'invalid_metric', ['metric']);
  });

  it('charts stacked into one SVG', async () => {
    const svg = await renderSvg(stackCharts([spendingChart(result()), planChart(result())]));
    const words = texts(svg);
    expect(words).toContain('Defence spending against the targets (EUR billion)');
    expect(words).toContain(
      'Lithuania border counter-mobility plan (2025 announcement), by year and item (EUR million)',
    );
  });
});
