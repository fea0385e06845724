import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import type { Decimal } from '../../src/index';
import {
  evaluate,
  getScenario,
  listMetrics,
  metric,
  parseScenario,
  withOverrides,
  type Scenario,
} from '../../src/scenarios/index';
import {
  ci90,
  fixed,
  follow,
  normal,
  pert,
  simulate,
  triangular,
  uniform,
  type InputSpec,
  type SimulateOptions,
  type SimulationResult,
} from '../../src/uncertainty/index';
import { simulateWithin } from '../../src/uncertainty/simulate';
import { normalQuantile } from '../../src/uncertainty/normal';
import { catchError, expectIssue } from '../helpers/errors';
import { smallScenario } from '../helpers/scenarios';

const baseline = once(() => getScenario('lithuania-baseline'));
const MINES = 'plans[border-countermobility].items[anti-tank-mines].amount';
const TOTAL = 'plans[border-countermobility].total';

/** The kernel's raw value of every metric at one point: one trial with fixed inputs, its samples kept. */
function kernelAt(
  scenario: Scenario,
  inputs: Record<string, InputSpec>,
  metrics: readonly string[],
): Map<string, number> {
  const { samples } = simulate(scenario, { trials: 1, inputs, metrics, keepSamples: true });
  const values = new Map<string, number>();
  samples?.names.forEach((name, i) => values.set(name, samples.columns[i]?.[0] ?? NaN));
  return values;
}

/** Expect the kernel and evaluate() to agree on every metric at the point: relative 1e-9 (a cent near 0). */
function expectAgreement(scenario: Scenario, inputs: Record<string, InputSpec>, points: Record<string, string>): void {
  const exact = evaluate(
    withOverrides(
      scenario,
      Object.entries(points).map(([path, value]) => ({ path, value })),
    ),
  );
  const names = listMetrics(exact);
  const kernel = kernelAt(scenario, inputs, names);
  expect(names.length).toBeGreaterThan(20);
  for (const name of names) {
    const expected = metric(exact, name);
    const got = kernel.get(name) as number;
    const value = expected.value.toNumber();
    const slack = Math.max(1e-9 * Math.abs(value), /^[A-Z]{3}$/.test(expected.unit) ? 0.01 : 1e-12);
    expect(
      Math.abs(got - value),
      `${name}: kernel ${String(got)}, evaluate ${expected.value.toString()}`,
    ).toBeLessThanOrEqual(slack);
  }
}

describe('the kernel agrees with evaluate() at point inputs', () => {
  it('on the Lithuania baseline() at its own values', () => {
    expectAgreement(
      baseline(),
      { 'defence.shareOfGdp.default': fixed('0.055') },
      { 'defence.shareOfGdp.default': '0.055' },
    );
  });

  it('on the baseline() with every kind of input moved', () => {
    expectAgreement(
      baseline(),
      {
        'economy.gdp.realGrowth.default': fixed('0.012'),
        'economy.gdp.deflator.2026': fixed('0.041'),
        'fx.EUR/USD.default': fixed('1.05'),
        'defence.shareOfGdp.2029': fixed('0.0575'),
        'defence.amounts.2030': fixed('6000000000'),
        'economy.population.2030': fixed('2800000'),
        [MINES]: fixed('960000000'),
        [TOTAL]: follow(MINES, { plus: '300000000' }),
      },
      {
        'economy.gdp.realGrowth.default': '0.012',
        'economy.gdp.deflator.2026': '0.041',
        'fx.EUR/USD.default': '1.05',
        'defence.shareOfGdp.2029': '0.0575',
        'defence.amounts.2030': '6000000000',
        'economy.population.2030': '2800000',
        [MINES]: '960000000',
        [TOTAL]: '1260000000',
      },
    );
  });

  it('on defence amounts written in dollars: converted at each trial rate', () => {
    const scenario = withOverrides(baseline(), {
      defence: { amounts: { '2025': '2800000000', '2030': '7000000000' }, currency: 'USD' },
    });
    expectAgreement(
      scenario,
      { 'fx.EUR/USD.default': fixed('1.05'), 'defence.amounts.2030': fixed('8000000000') },
      { 'fx.EUR/USD.default': '1.05', 'defence.amounts.2030': '8000000000' },
    );
  });

  it('on a plan written in dollars: drawn as written, converted at each trial rate', () => {
    const document = JSON.parse(JSON.stringify(baseline())) as { plans: Record<string, unknown>[] };
    document.plans = document.plans.map((plan) => ({ ...plan, currency: 'USD' }));
    expectAgreement(
      parseScenario(document),
      { 'fx.EUR/USD.default': fixed('1.05'), [MINES]: fixed('960000000'), [TOTAL]: fixed('1260000000') },
      { 'fx.EUR/USD.default': '1.05', [MINES]: '960000000', [TOTAL]: '1260000000' },
    );
  });

  it('on a scenario with related spending, shares of a plan and a ceiling', () => {
    const scenario = withOverrides(smallScenario(), {
      defence: { related: { shareOfGdp: { default: '0.01' } } },
      targets: ['nato-wales-2pct', 'lithuania-2026-2030', 'nato-hague-total-5pct', 'nato-hague-related-1.5pct'],
    });
    expectAgreement(
      scenario,
      { 'economy.gdp.nominalGrowth.default': fixed('0.07'), 'defence.related.shareOfGdp.default': fixed('0.02') },
      { 'economy.gdp.nominalGrowth.default': '0.07', 'defence.related.shareOfGdp.default': '0.02' },
    );
  });
});

describe('a plan written in constant() prices', () => {
  const constant = once(() =>
    withOverrides(baseline(), [
      { path: 'plans[border-countermobility].priceBasis', value: { kind: 'constant', year: 2025 } },
    ]),
  );

  it('is indexed with the deflator in the kernel as in evaluate(), in every trial', () => {
    expectAgreement(
      constant(),
      { 'economy.gdp.deflator.default': fixed('0.04') },
      { 'economy.gdp.deflator.default': '0.04' },
    );
  });

  it('moves with the deflator when a simulation varies it', () => {
    // 2034 in 2025 prices is €110m; with the deflator at 2.5% a year from 2027 (2.8% in 2026), its current
    // price is 110m × 1.028 × 1.025^8; at a uniform 0–5% default, the mean lies near 110m × 1.028 × E[(1+π)^8].
    const result = simulate(constant(), {
      trials: 2000,
      seed: 11,
      inputs: { 'economy.gdp.deflator.default': uniform('0', '0.05') },
      metrics: ['plans.border-countermobility.2034'],
      keepSamples: true,
    });
    const column = result.samples?.names.indexOf('plans.border-countermobility.2034') ?? -1;
    const values = [...(result.samples?.columns[column] ?? [])];
    expect(values).toHaveLength(2000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(110e6 * 1.028 - 0.01);
    expect(Math.max(...values)).toBeLessThanOrEqual(110e6 * 1.028 * 1.05 ** 8 + 0.01);
    // E[(1 + π)^8] for π uniform on [0, 0.05] = (1.05^9 − 1) / (9 × 0.05) ≈ 1.2252.
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean / (110e6 * 1.028)).toBeCloseTo((1.05 ** 9 - 1) / (9 * 0.05), 2);
  });
});

describe('simulate', () => {
  const options: SimulateOptions = {
    trials: 2000,
    seed: 5,
    inputs: {
      'economy.gdp.realGrowth.default': normal('3%', '1%'),
      'fx.EUR/USD.default': ci90(1.0, 1.3),
      'defence.shareOfGdp.default': uniform('5%', '6%'),
      [MINES]: pert('720000000', '800000000', '1200000000'),
      [TOTAL]: follow(MINES, { plus: '300000000' }),
    },
    metrics: ['defence', 'defence.usd', 'defence.2026-2030.usd', 'plans.border-countermobility.total.usd'],
  };

  it('gives the same JSON, byte for byte, for the same seed, and another for another seed', () => {
    const first = JSON.stringify(simulate(baseline(), options));
    expect(JSON.stringify(simulate(baseline(), options))).toBe(first);
    expect(JSON.stringify(simulate(baseline(), { ...options, seed: 6 }))).not.toBe(first);
  });

  it('draws the same trials however many follow, and in however many passes', () => {
    const short = simulate(baseline(), { ...options, trials: 1000, keepSamples: true }).samples;
    const long = simulate(baseline(), { ...options, trials: 2500, keepSamples: true }).samples;
    short?.columns.forEach((column, c) => {
      expect(Array.from(column)).toEqual(Array.from(long?.columns[c]?.subarray(0, 1000) ?? []));
    });
    // One column per pass instead of all at once: the same statistics.
    expect(JSON.stringify(simulateWithin(baseline(), options, 8 * 2000))).toBe(
      JSON.stringify(simulate(baseline(), options)),
    );
    // The same through the option: 0.05 MiB holds 3 columns of 2,000 trials (52,428 bytes ÷ 16,000).
    expect(JSON.stringify(simulate(baseline(), { ...options, columnMiB: 0.05 }))).toBe(
      JSON.stringify(simulate(baseline(), options)),
    );
  });

  it('refuses a column bound that is not a positive number of mebibytes, naming it', () => {
    for (const columnMiB of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1024 * 1024 + 1, '64' as unknown as number]) {
      expect(() => simulate(baseline(), { ...options, columnMiB })).toThrow(
        expect.objectContaining({
          code: 'out_of_range',
          issues: [expect.objectContaining({ path: ['columnMiB'] })],
          message: expect.stringContaining(
            'columnMiB is a number of mebibytes above 0 and at most 1,048,576, received',
          ) as string,
        }),
      );
    }
    expect(simulate(baseline(), { ...options, trials: 10, columnMiB: 1024 * 1024 }).trials).toBe(10);
  });

  it('reports a series per year and in total, amounts as decimal strings to the cent', () => {
    const result = simulate(baseline(), options);
    const [defence, usd, range] = result.metrics;
    expect(Object.keys(defence?.byYear ?? {})).toEqual([
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
    expect(defence?.unit).toBe('EUR');
    expect(usd?.unit).toBe('USD');
    // 2025 and 2026 are fixed amounts: every trial gives them.
    expect(defence?.byYear?.[2026]?.percentiles['p5']?.toString()).toBe('4790000000');
    expect(defence?.byYear?.[2026]?.sd.toString()).toBe('0');
    expect(range?.byYear).toBeUndefined();
    const json = JSON.parse(JSON.stringify(result)) as { metrics: { summary: { mean: unknown } }[] };
    expect(typeof json.metrics[0]?.summary.mean).toBe('string');
    expect(result.metrics[0]?.summary.mean.decimalPlaces()).toBeLessThanOrEqual(2);
    expect(result.generator).toBe('xoshiro128** 1.1, seeded by SplitMix64');
    expect(result.seed).toBe(5);
  });

  it('orders its statistics: min ≤ p5 ≤ … ≤ p95 ≤ max, the mean within', () => {
    for (const distribution of simulate(baseline(), options).metrics) {
      const { min, max, mean, percentiles } = distribution.summary;
      const ordered: Decimal[] = [
        min,
        ...['p5', 'p25', 'p50', 'p75', 'p95'].map((p) => percentiles[p] as Decimal),
        max,
      ];
      for (let i = 1; i < ordered.length; i++)
        expect((ordered[i] as Decimal).gte(ordered[i - 1] as Decimal)).toBe(true);
      expect(mean.gte(min) && mean.lte(max)).toBe(true);
    }
  });

  it('reports the odds of every target by year', () => {
    const result = simulate(baseline(), {
      trials: 40_000,
      inputs: { 'defence.shareOfGdp.default': uniform('4%', '6%') },
      metrics: ['defence.2030'],
    });
    const odds = (id: string, year: number): number =>
      result.targets
        .find((t) => t.id === id)
        ?.rows.find((r) => r.year === year)
        ?.probability.toNumber() ?? NaN;
    // P(share ≥ 5%) for a share uniform on 4–6% is ½; the binomial standard error is √(¼/n).
    expect(Math.abs(odds('lithuania-2026-2030', 2028) - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / 40_000));
    expect(odds('nato-wales-2pct', 2030)).toBe(1);
    expect(odds('nato-hague-core-3.5pct', 2025)).toBe(0);
    const row = result.targets[0]?.rows[0];
    expect(row?.metCount).toBe(40_000);
  });

  it('uses every default metric when none are named', () => {
    const result = simulate(baseline(), { trials: 10, inputs: { 'defence.shareOfGdp.default': uniform('5%', '6%') } });
    expect(result.metrics.map((m) => m.name)).toEqual([
      'gdp',
      'defence',
      'plans.border-countermobility',
      'defence.usd',
      'plans.border-countermobility.usd',
    ]);
    expect(result.percentiles).toEqual([5, 25, 50, 75, 95]);
  });

  it('reports its progress block by block, over every pass', () => {
    const calls: [number, number][] = [];
    simulateWithin(
      baseline(),
      { ...options, trials: 3000, onProgress: (done, total) => calls.push([done, total]) },
      8 * 3000 * 12,
    );
    // 26 columns (defence and defence.usd, 12 each, and two single metrics), at most 12 a pass: 3 passes
    // (of 9, 9 and 8 columns) of 3 blocks each (1,024 + 1,024 + 952 trials).
    expect(calls.at(-1)).toEqual([9000, 9000]);
    expect(calls[0]).toEqual([1024, 9000]);
    expect(calls.every(([done], i) => i === 0 || done > (calls[i - 1]?.[0] ?? 0))).toBe(true);
  });

  it('warns of an input that changes nothing, and still draws it', () => {
    // 2026 is given as an amount, so its share of GDP is never read.
    const result = simulate(baseline(), {
      trials: 5,
      inputs: { 'defence.shareOfGdp.2026': uniform('5%', '6%') },
      metrics: ['defence.2026'],
      keepSamples: true,
    });
    expect(result.warnings).toEqual([
      'defence.shareOfGdp.2026 changes nothing in this scenario (no year reads it): it is drawn but has no effect',
    ]);
    expect(result.metrics[0]?.summary.sd.toString()).toBe('0');
    expect(result.samples?.columns[0]?.every((u) => u >= 0.05 && u <= 0.06)).toBe(true);
  });

  it('warns of a default drawn that some years do not read (issue 14): their own values stay', () => {
    const result = simulate(baseline(), {
      trials: 5,
      inputs: {
        'economy.gdp.realGrowth.default': uniform('2%', '4%'),
        'defence.shareOfGdp.default': uniform('5%', '6%'),
      },
      metrics: ['defence.2030'],
    });
    // The baseline writes growth for 2025 (2.4%) and 2026 (3%), and votes the budgets of both years.
    expect(result.warnings).toEqual([
      'economy.gdp.realGrowth.default is drawn but does not reach 2025, 2026: economy.gdp.realGrowth.2025 stays 0.024, economy.gdp.realGrowth.2026 stays 0.03',
      'defence.shareOfGdp.default is drawn but does not reach 2025, 2026: defence.amounts.2025 stays 2400000000, defence.amounts.2026 stays 4790000000 (an amount wins over a share)',
    ]);
  });

  it('reads an item of a plan, and a plan by index, as a series', () => {
    const result = simulate(baseline(), {
      trials: 50,
      inputs: { 'plans[0].items[anti-tank-mines].amount': uniform('700000000', '800000000') },
      metrics: ['plans.border-countermobility.items.other-measures'],
    });
    expect(result.inputs[0]?.path).toBe('plans[border-countermobility].items[anti-tank-mines].amount');
    const items = result.metrics[0];
    expect(Object.keys(items?.byYear ?? {})).toHaveLength(10);
    // The other measures are the rest of €1.1bn: €300–400 million in all, a tenth of it a year.
    expect(items?.summary.min.gte(300_000_000) && items.summary.max.lte(400_000_000)).toBe(true);
    expect(items?.byYear?.[2025]?.max.lte(40_000_000)).toBe(true);
  });

  it('exports its samples as CSV and JSON when asked', () => {
    const result = simulate(baseline(), {
      trials: 3,
      inputs: { 'defence.shareOfGdp.default': uniform('5%', '6%') },
      metrics: ['defence.2030', 'defence.share.2030'],
      keepSamples: true,
    });
    const csv = result.samples?.toCsv() ?? '';
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('defence.shareOfGdp.default,defence.2030,defence.share.2030');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^0\.05\d+,\d+\.\d{2},0\.05\d+$/);
    const json = JSON.parse(JSON.stringify(result)) as { samples: { rows: unknown[][] } };
    expect(json.samples.rows).toHaveLength(3);
    expect(typeof json.samples.rows[0]?.[1]).toBe('string');
    expect(simulate(baseline(), { trials: 3, inputs: {}, metrics: ['defence.2030'] }).samples).toBeUndefined();
  });
});

describe('statistics match theory within their sampling error', () => {
  const n = 200_000;

  it('the percentiles of a lognormal input reproduce its quantiles', () => {
    // defence.2030.usd = defence.2030 (fixed) × EUR/USD, so its percentiles are the rate's, scaled.
    const scenario = withOverrides(baseline(), [{ path: 'defence.amounts.2030', value: '1000000000' }]);
    const { mu, sigma } = ci90(1.0, 1.3) as { mu: number; sigma: number };
    const result = simulate(scenario, {
      trials: n,
      seed: 9,
      inputs: { 'fx.EUR/USD.default': ci90(1.0, 1.3) },
      metrics: ['defence.2030.usd'],
      percentiles: [5, 25, 50, 75, 95],
    });
    for (const p of [0.05, 0.25, 0.5, 0.75, 0.95]) {
      const z = normalQuantile(p);
      const quantile = Math.exp(mu + sigma * z);
      // The standard error of a sample quantile: √(p(1 − p)/n) ÷ the density there.
      const density = Math.exp(-(z * z) / 2) / Math.sqrt(2 * Math.PI) / (quantile * sigma);
      const tolerance = 4 * (Math.sqrt((p * (1 - p)) / n) / density) * 1e9;
      const got = result.metrics[0]?.summary.percentiles[`p${String(p * 100)}`]?.toNumber() ?? NaN;
      expect(Math.abs(got - quantile * 1e9)).toBeLessThan(tolerance);
    }
  });

  it('correlated inputs have the correlation asked for', () => {
    const rho = 0.6;
    const result = simulate(baseline(), {
      trials: n,
      seed: 4,
      inputs: {
        'economy.gdp.realGrowth.default': normal('3%', '1%'),
        'economy.gdp.deflator.default': normal('2.5%', '0.5%'),
      },
      correlations: {
        inputs: ['economy.gdp.realGrowth.default', 'economy.gdp.deflator.default'],
        matrix: [
          [1, rho],
          [rho, 1],
        ],
      },
      metrics: ['gdp.2030'],
      keepSamples: true,
    });
    const [x, y] = result.samples?.columns ?? [];
    const mean = (v: Float64Array): number => v.reduce((s, a) => s + a, 0) / v.length;
    const mx = mean(x as Float64Array);
    const my = mean(y as Float64Array);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < n; i++) {
      const dx = (x?.[i] as number) - mx;
      const dy = (y?.[i] as number) - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    // The standard error of Pearson's r near ρ is about (1 − ρ²)/√n.
    expect(Math.abs(sxy / Math.sqrt(sxx * syy) - rho)).toBeLessThan((4 * (1 - rho * rho)) / Math.sqrt(n));
  });

  it('a rank correlation of uniform inputs is the Spearman correlation drawn; the normals’ is a little more', () => {
    const trials = 40_000;
    const spearman = (measure: 'normal' | 'rank' | undefined): number => {
      const result = simulate(baseline(), {
        trials,
        seed: 9,
        inputs: {
          'economy.gdp.realGrowth.default': uniform('0%', '4%'),
          'economy.gdp.deflator.default': uniform('1%', '3%'),
        },
        correlations: {
          inputs: ['economy.gdp.realGrowth.default', 'economy.gdp.deflator.default'],
          matrix: [
            [1, 0.6],
            [0.6, 1],
          ],
          ...(measure === undefined ? {} : { measure }),
        },
        metrics: ['gdp.2030'],
        keepSamples: true,
      });
      const [x, y] = result.samples?.columns ?? [];
      // Spearman's ρ = Pearson's r of the ranks; with no ties, 1 − 6·Σd²/(n(n² − 1)).
      const ranks = (v: Float64Array): Float64Array => {
        const order = Array.from(v.keys()).sort((a, b) => (v[a] as number) - (v[b] as number));
        const rank = new Float64Array(v.length);
        order.forEach((index, r) => (rank[index] = r));
        return rank;
      };
      const rx = ranks(x as Float64Array);
      const ry = ranks(y as Float64Array);
      let d2 = 0;
      for (let i = 0; i < trials; i++) d2 += ((rx[i] as number) - (ry[i] as number)) ** 2;
      return 1 - (6 * d2) / (trials * (trials * trials - 1));
    };
    // The standard error of Spearman's ρ near 0.6 is under (1 − ρ²)/√n ≈ 0.0032 here.
    expect(Math.abs(spearman('rank') - 0.6)).toBeLessThan(0.013);
    // As the normals' correlation, 0.6 gives (6/π)·asin(0.3) = 0.5817 between the uniforms.
    const normal = spearman(undefined);
    expect(Math.abs(normal - (6 / Math.PI) * Math.asin(0.3))).toBeLessThan(0.013);
    expect(spearman('normal')).toBe(normal);
    expectIssue(
      () =>
        simulate(baseline(), {
          trials: 10,
          inputs: {
            'economy.gdp.realGrowth.default': uniform('0%', '4%'),
            'economy.gdp.deflator.default': uniform('1%', '3%'),
          },
          correlations: {
            inputs: ['economy.gdp.realGrowth.default', 'economy.gdp.deflator.default'],
            matrix: [
              [1, 0.6],
              [0.6, 1],
            ],
            measure: 'kendall' as 'rank',
          },
        }),
      'out_of_range',
      ['correlations', 'measure'],
    );
  });

  it('the median of a metric linear in its input is the metric at the input’s median', () => {
    const trials = 100_001;
    const result = simulate(baseline(), {
      trials,
      seed: 12,
      inputs: { 'defence.shareOfGdp.default': triangular('4.5%', '5.5%', '6.5%') },
      metrics: ['defence.2026-2030'],
    });
    const atMedian = metric(
      evaluate(withOverrides(baseline(), [{ path: 'defence.shareOfGdp.default', value: '0.055' }])),
      'defence.2026-2030',
    ).value.toNumber();
    // d(metric)/d(share) = GDP 2027–2030; the median share's standard error is √(¼/n) ÷ its density (1/0.01 at the mode).
    const gdp = evaluate(baseline()).gdp;
    const slope = [2027, 2028, 2029, 2030].reduce((s, year) => s + (gdp[year]?.amount.toNumber() ?? 0), 0);
    const tolerance = 4 * slope * Math.sqrt(0.25 / trials) * 0.01;
    const median = result.metrics[0]?.summary.percentiles['p50']?.toNumber() ?? NaN;
    expect(Math.abs(median - atMedian)).toBeLessThan(tolerance);
  });
});

describe('simulate refuses bad input with the path of the problem', () => {
  const share = { 'defence.shareOfGdp.default': uniform('5%', '6%') };
  const run = (options: Partial<SimulateOptions>): SimulationResult =>
    simulate(baseline(), { trials: 100, inputs: share, metrics: ['defence.2030'], ...options });

  it.each([
    ['zero trials', { trials: 0 }, 'out_of_range', ['trials']],
    ['fractional trials', { trials: 1.5 }, 'out_of_range', ['trials']],
    ['a bad seed', { seed: -3 }, 'out_of_range', ['seed']],
    [
      'a negative standard deviation',
      { inputs: { 'economy.gdp.realGrowth.default': { kind: 'normal', mean: 0.03, sd: -0.01 } as InputSpec } },
      'out_of_range',
      ['inputs', 'economy.gdp.realGrowth.default', 'sd'],
    ],
    [
      'low above high',
      { inputs: { 'defence.shareOfGdp.default': { kind: 'uniform', min: 0.06, max: 0.05 } as InputSpec } },
      'out_of_range',
      ['inputs', 'defence.shareOfGdp.default', 'max'],
    ],
    [
      'an unknown distribution',
      { inputs: { 'defence.shareOfGdp.default': { kind: 'gaussian' } as unknown as InputSpec } },
      'invalid_type',
      ['inputs', 'defence.shareOfGdp.default', 'kind'],
    ],
    [
      'a path that names nothing',
      { inputs: { 'economy.gdp.realGrowht.default': normal(0.03, 0.01) } },
      'unknown_path',
      ['inputs', 'economy.gdp.realGrowht.default'],
    ],
    [
      'a plan that does not exist',
      { inputs: { 'plans[walls].total': fixed(1) } },
      'unknown_id',
      ['inputs', 'plans[walls].total'],
    ],
    [
      'a number the kernel cannot vary',
      { inputs: { 'plans[border-countermobility].years.from': fixed(2027) } },
      'unknown_path',
      ['inputs', 'plans[border-countermobility].years.from'],
    ],
    ['a follow of nothing', { inputs: { [TOTAL]: follow(MINES) } }, 'unknown_path', ['inputs', TOTAL, 'path']],
    ['an unknown metric', { metrics: ['defence.totl'] }, 'invalid_metric', ['metrics', 0, 'metric']],
    ['a percentile above 100', { percentiles: [50, 101] }, 'out_of_range', ['percentiles', 1]],
    [
      'a correlation matrix that is not positive semi-definite',
      {
        inputs: {
          'economy.gdp.realGrowth.default': normal(0.03, 0.01),
          'economy.gdp.deflator.default': normal(0.025, 0.005),
          'defence.shareOfGdp.default': uniform(0.05, 0.06),
        },
        correlations: {
          inputs: ['economy.gdp.realGrowth.default', 'economy.gdp.deflator.default', 'defence.shareOfGdp.default'],
          matrix: [
            [1, 0.9, -0.9],
            [0.9, 1, 0.9],
            [-0.9, 0.9, 1],
          ],
        },
      },
      'out_of_range',
      ['correlations', 'matrix'],
    ],
    [
      'a correlation of an input that is not one',
      { correlations: { inputs: ['fx.EUR/USD.default'], matrix: [[1]] } },
      'unknown_path',
      ['correlations', 'inputs', 0],
    ],
  ] as const)('%s', (_, options, code, path) => {
    expectIssue(() => run(options), code, path);
  });

  it('a trial that leaves the range of its field, naming the trial, the input and the value', () => {
    const error = expectIssue(
      () => run({ trials: 10_000, inputs: { 'defence.shareOfGdp.default': normal('5%', '2%') } }),
      'out_of_range',
      ['inputs', 'defence.shareOfGdp.default'],
    );
    expect(error.message).toMatch(
      /trial \d+ drew -0\.\d+ for defence\.shareOfGdp\.default, where a share of GDP is from 0 to 1 \("0\.055" or "5\.5%"\): truncate/,
    );
    // Truncated, the same input runs.
    expect(() =>
      run({ trials: 10_000, inputs: { 'defence.shareOfGdp.default': normal('5%', '2%', { truncate: { min: 0 } }) } }),
    ).not.toThrow();
  });

  it('a trial whose plan items exceed the plan’s total', () => {
    // Without the total following them, mines above €1.1bn (1 trial in 306, by SciPy) leave the rest negative.
    const error = catchError(() =>
      run({ trials: 20_000, inputs: { [MINES]: pert('720000000', '800000000', '1200000000') } }),
    );
    expect(error.code).toBe('invalid_plan');
    expect(error.issues[0]?.path).toEqual(['plans', 'border-countermobility', 'items']);
    expect(error.message).toMatch(
      /trial \d+: the items of plan border-countermobility add up to \d+\.\d\d, more than its total of 1100000000\.00/,
    );
  });

  it('a median that the scenario itself refuses', () => {
    const error = expectIssue(
      () => run({ inputs: { 'defence.shareOfGdp.default': uniform(1.2, 1.4) } }),
      'out_of_range',
      ['inputs', 'defence.shareOfGdp.default'],
    );
    expect(error.message).toContain('a share of GDP is from 0 to 1');
  });
});
