// Each chart rendered to SVG with vega-lite and vega, as the CLI renders it, and read back: its title,
// axes, series and legend are there, and its marks carry the data.
import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import { renderSvg } from '../../src/cli/output';
import {
  comparisonChart,
  fanChart,
  planChart,
  shareBandChart,
  spendingChart,
  stackCharts,
} from '../../src/reports/index';
import { compareMany, evaluate, getScenario, parseScenario } from '../../src/scenarios/index';
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

describe('charts that can be told apart and read alike (issue 16)', () => {
  /** Each colour scale of a spec (layers and stacked charts included), name → colour. */
  function colourScales(spec: unknown): Map<string, string>[] {
    const found: Map<string, string>[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (typeof node === 'object' && node !== null) {
        const color = (node as { color?: { scale?: { domain?: unknown; range?: unknown } } }).color;
        const { domain, range } = color?.scale ?? {};
        if (Array.isArray(domain) && Array.isArray(range))
          found.push(new Map(domain.map((name, i) => [String(name), String(range[i])])));
        Object.values(node).forEach(visit);
      }
    };
    visit(spec);
    return found;
  }

  it('a target has one colour in every chart of a run, and the same in the next', async () => {
    const simulation = simulate(getScenario('lithuania-baseline'), {
      trials: 200,
      inputs: { 'defence.shareOfGdp.default': uniform('5%', '6%') },
      metrics: ['defence'],
    });
    const charts = [
      spendingChart(result()),
      shareBandChart(result()),
      fanChart(simulation, 'defence', { targets: result().targets }),
    ];
    // The built-in targets' fixed colours (docs/cli.md).
    const expected: Record<string, string> = {
      'NATO 2% of GDP (Wales 2014)': '#1b9e77',
      'NATO core defence, at least 3.5% of GDP by 2035 (The Hague 2025)': '#7570b3',
    };
    for (const chart of charts) {
      const targets = colourScales(chart).find((scale) => scale.has('NATO 2% of GDP (Wales 2014)'));
      expect(targets, JSON.stringify(chart['title'])).toBeDefined();
      for (const [name, colour] of Object.entries(expected)) expect(targets?.get(name)).toBe(colour);
      const svg = await renderSvg(chart);
      expect(svg).toContain('#1b9e77');
      expect(texts(svg)).toContain('NATO 2% of GDP (Wales 2014)');
    }
  });

  it('a custom target keeps its colour from run to run, chosen by its id', () => {
    const scale = (id: string): string | undefined => {
      const custom = withCustomTarget(id);
      return colourScales(spendingChart(custom))
        .find((s) => s.has('Own floor'))
        ?.get('Own floor');
    };
    expect(scale('own')).toBe(scale('own'));
    expect(scale('own')).toMatch(/^#[0-9a-f]{6}$/);
    expect(['#1b9e77', '#7570b3', '#a6761d', '#e7298a', '#66a61e']).not.toContain(scale('own'));
  });

  it('the fan draws the target floors of its category, named in its legend', async () => {
    const simulation = simulate(getScenario('lithuania-baseline'), {
      trials: 200,
      inputs: { 'defence.shareOfGdp.default': uniform('5%', '6%') },
      metrics: ['defence'],
    });
    const svg = await renderSvg(fanChart(simulation, 'defence', { targets: result().targets }));
    const words = texts(svg);
    expect(words).toContain('Target floor');
    expect(words).toContain('NATO 2% of GDP (Wales 2014)');
    // The total target counts related spending too: not a floor of defence alone.
    expect(words).not.toContain('NATO 5% of GDP on defence and related spending by 2035 (The Hague 2025)');
    expect(texts(await renderSvg(fanChart(simulation, 'defence')))).not.toContain('Target floor');
  });

  it('a comparison: its title names the series, the legend each scenario, in the fixed colours', async () => {
    const many = compareMany([getScenario('lithuania-5pct'), getScenario('lithuania-6pct')], {
      series: ['defence', 'share'],
      labels: ['five', 'six'],
    });
    for (const chart of [comparisonChart(many), comparisonChart(many, { series: 'defence.share', year: 2030 })]) {
      const svg = await renderSvg(chart);
      const words = texts(svg);
      expect(words.some((word) => word.endsWith('by scenario'))).toBe(true);
      expect(words).toContain('five');
      expect(words).toContain('six');
      expect(svg).toContain('#4e79a7');
      expect(svg).toContain('#f28e2b');
    }
  });
});

/** The baseline with one custom target, its id as given. */
function withCustomTarget(id: string): ReturnType<typeof evaluate> {
  const document = JSON.parse(JSON.stringify(getScenario('lithuania-baseline'))) as { targets: unknown[] };
  document.targets = [{ id, name: 'Own floor', atLeast: '4%', from: 2026 }];
  return evaluate(parseScenario(document));
}
