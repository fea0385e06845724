// Issue 16: every chart, rendered to SVG as the CLI renders it, looked at in a real browser (headless
// Chromium, driven by playwright-core): its title and subtitle are shown, every legend entry is there in
// its colour, and every line lies inside the plot area.
//
// Needs Chromium (Debian: apt-get install chromium; or CHROMIUM_PATH). Without it the suite is skipped
// and says so; .ci/run installs it and sets REQUIRE_CHROMIUM=1, which turns a skip into a failure.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/cli/output';
import { browserSuiteRuns, CHROMIUM, CHROMIUM_HOW } from '../helpers/chromium';
import {
  comparisonChart,
  fanChart,
  planChart,
  shareBandChart,
  spendingChart,
  type ChartSpec,
} from '../../src/reports/index';
import { compareMany, evaluate, getScenario } from '../../src/scenarios/index';
import { simulate, uniform } from '../../src/uncertainty/index';

const runs = browserSuiteRuns('the charts in a real browser');

/** What the browser shows of a chart. */
interface Seen {
  readonly texts: string[];
  /** Each legend label with its symbol's colour, as the browser computes it. */
  readonly legend: { label: string; colour: string }[];
  /** Lines drawn outside the plot area (by more than a pixel). */
  readonly outside: number;
  readonly lines: number;
}

/**
 * What the browser shows, read in the page (plain JavaScript: the tests' types have no DOM): the texts,
 * each legend label with its symbol's computed colour, and the lines outside the plot area (the root
 * group's background, one chart's width × height).
 */
const READ = String.raw`(() => {
        const rgb = (colour) => colour.replace(/\s/g, '');
        const texts = [...document.querySelectorAll('text')].map((t) => t.textContent ?? '');
        const legend = [...document.querySelectorAll('.role-legend-entry')].flatMap((entry) => {
          const labels = [...entry.querySelectorAll('.role-legend-label text')];
          const symbols = [...entry.querySelectorAll('.role-legend-symbol path')];
          return labels.map((label, i) => {
            const symbol = symbols[i] ;
            const style = symbol === undefined ? undefined : getComputedStyle(symbol);
            const fill = style?.fill ?? 'none';
            return { label: label.textContent ?? '', colour: rgb(fill === 'none' ? (style?.stroke ?? '') : fill) };
          });
        });
        // The plot area: the root group's background (one chart, not a stack).
        const frame = document.querySelector('.role-frame > path.background, .root > g > path.background');
        const area = (frame ?? document.querySelector('svg'))?.getBoundingClientRect();
        const paths = [...document.querySelectorAll('.mark-line.role-mark path')];
        const outside = paths.filter((path) => {
          const box = path.getBoundingClientRect();
          return (
            area === undefined ||
            box.left < area.left - 1 ||
            box.right > area.right + 1 ||
            box.top < area.top - 1 ||
            box.bottom > area.bottom + 1
          );
        }).length;
        return { texts, legend, outside, lines: paths.length };
})()`;

describe.runIf(runs)(`charts in a real browser (${CHROMIUM_HOW})`, () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    expect(CHROMIUM, `REQUIRE_CHROMIUM=1 but Chromium is missing: ${CHROMIUM_HOW}`).toBeDefined();
    browser = await chromium.launch({ executablePath: CHROMIUM ?? 'chromium', args: ['--no-sandbox'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Render a chart and read what the browser shows. */
  async function look(spec: ChartSpec): Promise<Seen> {
    const page = await (browser as Browser).newPage();
    try {
      await page.setContent(`<!doctype html><html><body style="margin:0">${await renderSvg(spec)}</body></html>`);
      return await page.evaluate<Seen>(READ);
    } finally {
      await page.close();
    }
  }

  const result = (): ReturnType<typeof evaluate> => evaluate(getScenario('lithuania-baseline'));
  const WALES = { label: 'NATO 2% of GDP (Wales 2014)', colour: 'rgb(27,158,119)' }; // #1b9e77

  it('spending against the targets: titled, every target in its colour, lines in the plot', async () => {
    const seen = await look(spendingChart(result()));
    expect(seen.texts).toContain('Defence spending against the targets (EUR billion)');
    expect(seen.texts).toContain('Lithuania baseline: 5.5% of GDP on average, 2026–2030');
    expect(seen.legend).toContainEqual(WALES);
    expect(seen.lines).toBeGreaterThan(0);
    expect(seen.outside).toBe(0);
  });

  it('the share of GDP and its band: the same target in the same colour, lines in the plot', async () => {
    const seen = await look(shareBandChart(result()));
    expect(seen.texts).toContain('Defence spending, % of GDP, and the 5–6% band');
    expect(seen.legend).toContainEqual(WALES);
    expect(seen.outside).toBe(0);
  });

  it('the plan by item, and the fan with the target floors', async () => {
    const plan = await look(planChart(result()));
    expect(plan.texts.some((text) => text.startsWith('Lithuania border counter-mobility plan'))).toBe(true);
    const simulation = simulate(getScenario('lithuania-baseline'), {
      trials: 200,
      inputs: { 'defence.shareOfGdp.default': uniform('5%', '6%') },
      metrics: ['defence'],
    });
    const fan = await look(fanChart(simulation, 'defence', { targets: result().targets }));
    expect(fan.texts).toContain('Lithuania baseline: 5.5% of GDP on average, 2026–2030, with 1 uncertain input');
    expect(fan.legend).toContainEqual(WALES);
    expect(fan.outside).toBe(0);
  });

  it('a comparison: each scenario named and in its fixed colour, as lines and as bars', async () => {
    const many = compareMany([getScenario('lithuania-5pct'), getScenario('lithuania-6pct')], {
      series: ['share'],
      labels: ['five', 'six'],
    });
    for (const chart of [comparisonChart(many), comparisonChart(many, { year: 2030 })]) {
      const seen = await look(chart);
      expect(seen.legend).toEqual([
        { label: 'five', colour: 'rgb(78,121,167)' }, // #4e79a7
        { label: 'six', colour: 'rgb(242,142,43)' }, // #f28e2b
      ]);
      expect(seen.outside).toBe(0);
    }
  });
});
