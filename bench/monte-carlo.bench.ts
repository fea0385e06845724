// Monte Carlo (issue 7): 100,000 trials of the Lithuania ten-year scenario with uncertain real growth
// (normal), deflator (normal), EUR/USD (lognormal), the share of GDP (uniform 5–6%) and the cost of the
// mines (PERT), side by side with (a) a hand-written Float64Array loop of the same model and (b) Squiggle
// 0.10 on the same model. Targets: simulate within 1.5× of (a), at least 3× faster than (b).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run as squiggle } from '@quri/squiggle-lang';
import { Bench } from 'tinybench';
import { simulateInParallel } from 'budget-whatif/node';
import { evaluate, getScenario } from 'budget-whatif/scenarios';
import { ci90, follow, normal, pert, simulate, uniform, type SimulateOptions } from 'budget-whatif/uncertainty';
import { find, measure, printRatio, printTable } from './report';

const TRIALS = 100_000;
const MINES = 'plans[border-countermobility].items[anti-tank-mines].amount';
const METRICS = ['defence.2026-2030', 'defence.2026-2030.usd', 'plans.border-countermobility.total.usd'];

/** The bench's simulation: the five uncertain inputs, the plan's total following the mines. */
export const monteCarloOptions: SimulateOptions = {
  trials: TRIALS,
  seed: 2026,
  inputs: {
    'economy.gdp.realGrowth.default': normal('3%', '1%'),
    'economy.gdp.deflator.default': normal('2.5%', '0.5%'),
    'fx.EUR/USD.default': ci90('1.0', '1.3'),
    'defence.shareOfGdp.default': uniform('5%', '6%'),
    [MINES]: pert('720000000', '800000000', '1200000000'),
    // Other measures stay at €300 million: a dearer mine raises the plan's total.
    'plans[border-countermobility].total': follow(MINES, { plus: '300000000' }),
  },
  metrics: METRICS,
};

export async function benchMonteCarlo(): Promise<void> {
  const baseline = getScenario('lithuania-baseline');
  const hand = handWrittenLoop(baseline);
  const bench = new Bench({ time: 4000, warmupTime: 1000, iterations: 8 });
  bench
    .add('simulate: 100,000 trials, 5 inputs, 3 metrics, 5 targets', () => simulate(baseline, monteCarloOptions))
    .add('hand-written Float64Array loop, same model and outputs', () => hand(TRIALS))
    .add('Squiggle 0.10, same model, sampleCount 100,000', async () => {
      const output = await squiggle(SQUIGGLE_MODEL, {
        environment: { sampleCount: TRIALS, xyPointLength: 1000, seed: 'budget-whatif' },
      });
      if (!output.result.ok) throw new Error(output.result.value.toString());
    });
  const rows = await measure(bench);
  printTable('Monte Carlo', rows);
  const ours = find(rows, 'simulate: 100,000 trials, 5 inputs, 3 metrics, 5 targets');
  printRatio(
    'simulate / hand-written loop (target ≤ 1.5)',
    ours,
    find(rows, 'hand-written Float64Array loop, same model and outputs'),
  );
  printRatio('simulate / Squiggle (target ≤ 0.33)', ours, find(rows, 'Squiggle 0.10, same model, sampleCount 100,000'));

  benchMemory();
  await benchThreadsInProcess();
  benchThreads();
}

/**
 * Threads in one process: `simulate` and `simulateInParallel` on 2 threads, a million trials with every
 * default column, three runs each, alternating (the first of each after a warm-up of the same code); the
 * results must be identical. What the library's function costs, without the CLI's start and report.
 */
export async function benchThreadsInProcess(runs = 3): Promise<void> {
  const baseline = getScenario('lithuania-baseline');
  const options: SimulateOptions = { inputs: monteCarloOptions.inputs, trials: 1_000_000, seed: 2026 };
  simulate(baseline, { ...options, trials: 20_000 });
  const one: number[] = [];
  const two: number[] = [];
  let same = true;
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    const a = JSON.stringify(simulate(baseline, options));
    one.push(performance.now() - started);
    started = performance.now();
    const b = JSON.stringify(await simulateInParallel(baseline, { ...options, threads: 2 }));
    two.push(performance.now() - started);
    same &&= a === b;
  }
  const ratios = one.map((t, i) => (two[i] as number) / t);
  const median = (values: number[]): number => [...values].sort((x, y) => x - y)[values.length >> 1] ?? Number.NaN;
  console.log(
    `- 1,000,000 trials, every default column, in one process: simulate ${(median(one) / 1000).toFixed(2)} s, simulateInParallel on 2 threads ${(median(two) / 1000).toFixed(2)} s: ${(median(two) / median(one)).toFixed(2)}× (runs ${ratios.map((r) => r.toFixed(2)).join(', ')}; target ≤ 0.6×); results ${same ? 'identical' : 'DIFFERENT'}`,
  );
}

/**
 * Threads: `budget-whatif simulate` (the built CLI, as users run it) on a million trials with every default
 * column, on 1 thread and on 2, three runs each, alternating; the outputs must be identical. The ratio is
 * given end to end and without the fixed cost of a run (Node's start, loading, the report), measured as a
 * run of one block.
 */
export function benchThreads(runs = 3): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'budget-whatif-threads-'));
  const inputs = path.join(dir, 'inputs.json');
  writeFileSync(inputs, JSON.stringify({ inputs: monteCarloOptions.inputs }));
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  const time = (trials: number, threads: number): { seconds: number; output: string } => {
    const started = performance.now();
    const output = execFileSync(
      process.execPath,
      [
        cli,
        'simulate',
        'lithuania-baseline',
        '--inputs',
        inputs,
        '--trials',
        String(trials),
        '--seed',
        '2026',
        '--threads',
        String(threads),
        '--format',
        'json',
      ],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    return { seconds: (performance.now() - started) / 1000, output };
  };
  try {
    const median = (values: number[]): number => values.sort((a, b) => a - b)[values.length >> 1] ?? Number.NaN;
    const fixed = median(Array.from({ length: runs }, () => time(1024, 1).seconds));
    const one: number[] = [];
    const two: number[] = [];
    let same = true;
    for (let i = 0; i < runs; i++) {
      const a = time(1_000_000, 1);
      const b = time(1_000_000, 2);
      same &&= a.output === b.output;
      one.push(a.seconds);
      two.push(b.seconds);
    }
    const [t1, t2] = [median(one), median(two)];
    console.log(
      `- 1,000,000 trials, every default column, budget-whatif simulate: 1 thread ${t1.toFixed(2)} s, 2 threads ${t2.toFixed(2)} s: ${(t2 / t1).toFixed(2)}× end to end, ${((t2 - fixed) / (t1 - fixed)).toFixed(2)}× without a run's fixed ${fixed.toFixed(2)} s (target ≤ 0.6×); outputs ${same ? 'identical' : 'DIFFERENT'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Memory: a million trials with every default column, ten times, each in a fresh process (plain Node,
 * the built package); the maximum peak is what the target bounds, since one run in five used to peak far
 * above the others.
 */
export function benchMemory(runs = 10): void {
  const script = fileURLToPath(new URL('./monte-carlo-memory.mjs', import.meta.url));
  const options = JSON.stringify({ trials: 1_000_000, seed: monteCarloOptions.seed, inputs: monteCarloOptions.inputs });
  const reports = Array.from(
    { length: runs },
    () =>
      JSON.parse(execFileSync(process.execPath, [script, options], { encoding: 'utf8' })) as {
        peakRssMiB: number;
        seconds: number;
        columns: number;
      },
  );
  const peaks = reports.map((report) => report.peakRssMiB).sort((a, b) => a - b);
  const seconds = reports.map((report) => report.seconds).sort((a, b) => a - b);
  console.log(
    `- 1,000,000 trials, every default metric (${String(reports[0]?.columns)} columns), ${String(runs)} fresh processes: peak RSS max ${(peaks.at(-1) ?? 0).toFixed(0)} MiB, median ${(peaks[runs >> 1] ?? 0).toFixed(0)} MiB, min ${(peaks[0] ?? 0).toFixed(0)} MiB (target: max ≤ 300 MiB); ${(seconds[runs >> 1] ?? 0).toFixed(1)} s median`,
  );
}

/**
 * The same model as a hand-written loop, as an analyst fluent in JavaScript might write it: xoshiro128**
 * inline, Box–Muller normals, Marsaglia–Tsang gammas for the PERT's beta, one pass over the trials into
 * Float64Arrays, then sorted percentiles and the same target counts. The model's fixed numbers are read
 * from the scenario and its evaluation beforehand, outside the timing.
 */
function handWrittenLoop(baseline: ReturnType<typeof getScenario>): (trials: number) => unknown {
  const base = evaluate(baseline);
  const gdp2026 = Number(base.gdp[2026]?.amount.toString());
  const years = Array.from({ length: 11 }, (_, k) => 2025 + k); // 2025–2035
  // Every (target, year) as flat arrays: the year's index, the floor and ceiling as shares of GDP, and
  // whether it is about defence-related spending (none in this scenario: never met).
  const rows = base.targets.flatMap((target) =>
    target.rows.map((row) => ({
      y: row.year - 2025,
      floor: row.atLeastShare === undefined ? -Infinity : Number(row.atLeastShare.toString()),
      ceiling: row.atMostShare === undefined ? Infinity : Number(row.atMostShare.toString()),
      related: target.category === 'defence-related',
    })),
  );
  const rowYear = Int32Array.from(rows.map((row) => row.y));
  const rowFloor = Float64Array.from(rows.map((row) => row.floor));
  const rowCeiling = Float64Array.from(rows.map((row) => row.ceiling));
  const rowRelated = Uint8Array.from(rows.map((row) => (row.related ? 1 : 0)));
  const gdp2025 = Number(base.gdp[2025]?.amount.toString());
  const fx = {
    mu: (Math.log(1.0) + Math.log(1.3)) / 2,
    sigma: (Math.log(1.3) - Math.log(1.0)) / (2 * 1.6448536269514722),
  };
  const alpha = 1 + (4 * (800e6 - 720e6)) / 480e6;
  const beta = 1 + (4 * (1200e6 - 800e6)) / 480e6;

  return (trials) => {
    let s0 = 0x9e3779b9 | 0;
    let s1 = 0x243f6a88 | 0;
    let s2 = 0xb7e15162 | 0;
    let s3 = 0x85a308d3 | 0;
    const next = (): number => {
      const times5 = Math.imul(s1, 5);
      const result = Math.imul((times5 << 7) | (times5 >>> 25), 9) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      return (result + 0.5) / 4294967296;
    };
    let spare = NaN;
    const gaussian = (): number => {
      if (spare === spare) {
        const z = spare;
        spare = NaN;
        return z;
      }
      const r = Math.sqrt(-2 * Math.log(next()));
      const theta = 2 * Math.PI * next();
      spare = r * Math.sin(theta);
      return r * Math.cos(theta);
    };
    const gamma = (shape: number): number => {
      // Marsaglia and Tsang (2000), for shape ≥ 1.
      const d = shape - 1 / 3;
      const c = 1 / Math.sqrt(9 * d);
      for (;;) {
        let x: number;
        let v: number;
        do {
          x = gaussian();
          v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const u = next();
        if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
      }
    };
    const eur = new Float64Array(trials);
    const usd = new Float64Array(trials);
    const plan = new Float64Array(trials);
    const met = new Float64Array(rows.length);
    const gdp = new Float64Array(years.length);
    const defence = new Float64Array(years.length);
    for (let t = 0; t < trials; t++) {
      const growth = 0.03 + 0.01 * gaussian();
      const deflator = 0.025 + 0.005 * gaussian();
      const rate = Math.exp(fx.mu + fx.sigma * gaussian());
      const share = 0.05 + 0.01 * next();
      const a = gamma(alpha);
      const mines = 720e6 + 480e6 * (a / (a + gamma(beta)));
      gdp[0] = gdp2025;
      gdp[1] = gdp2026;
      for (let y = 2; y < years.length; y++) gdp[y] = (gdp[y - 1] as number) * (1 + growth) * (1 + deflator);
      let sum = 0;
      defence[0] = 2.4e9;
      defence[1] = 4.79e9;
      for (let y = 2; y < years.length; y++) defence[y] = share * (gdp[y] as number);
      for (let y = 1; y <= 5; y++) sum += defence[y] as number;
      eur[t] = sum;
      usd[t] = sum * rate;
      plan[t] = (mines + 300e6) * rate;
      for (let r = 0; r < rowYear.length; r++) {
        const y = rowYear[r] as number;
        const spent = rowRelated[r] === 1 ? 0 : (defence[y] as number);
        const g = gdp[y] as number;
        if (spent >= (rowFloor[r] as number) * g - 0.005 && spent <= (rowCeiling[r] as number) * g + 0.005)
          met[r] = (met[r] as number) + 1;
      }
    }
    return [eur, usd, plan].map((values) => {
      let sum = 0;
      for (const x of values) sum += x;
      const mean = sum / values.length;
      let squares = 0;
      for (const x of values) squares += (x - mean) ** 2;
      values.sort();
      const at = (p: number): number => {
        const h = (values.length - 1) * p;
        const lo = Math.floor(h);
        return (
          (values[lo] as number) +
          (h - lo) * ((values[Math.min(lo + 1, values.length - 1)] as number) - (values[lo] as number))
        );
      };
      return {
        mean,
        sd: Math.sqrt(squares / (values.length - 1)),
        min: values[0],
        max: values.at(-1),
        p: [0.05, 0.25, 0.5, 0.75, 0.95].map(at),
        met,
      };
    });
  };
}

/** The same model in Squiggle: GDP year by year, defence at the share from 2027, the plan in dollars. */
const SQUIGGLE_MODEL = `
growth = normal(0.03, 0.01)
deflator = normal(0.025, 0.005)
eurUsd = lognormal({p5: 1.0, p95: 1.3})
share = uniform(0.05, 0.06)
mines = 720M + 480M * beta(${String(1 + (4 * 80) / 480)}, ${String(1 + (4 * 400) / 480)})
f = (1 + growth) * (1 + deflator)
gdp2026 = 77.94B * 1.024 * 1.034 * 1.03 * 1.028
gdp2027 = gdp2026 * f
gdp2028 = gdp2027 * f
gdp2029 = gdp2028 * f
gdp2030 = gdp2029 * f
defence = 4.79B + share * (gdp2027 + gdp2028 + gdp2029 + gdp2030)
defenceUsd = defence * eurUsd
planUsd = (mines + 300M) * eurUsd
{
  eur: [mean(defence), stdev(defence), quantile(defence, 0.05), quantile(defence, 0.25), quantile(defence, 0.5), quantile(defence, 0.75), quantile(defence, 0.95)],
  usd: [mean(defenceUsd), stdev(defenceUsd), quantile(defenceUsd, 0.05), quantile(defenceUsd, 0.25), quantile(defenceUsd, 0.5), quantile(defenceUsd, 0.75), quantile(defenceUsd, 0.95)],
  plan: [mean(planUsd), stdev(planUsd), quantile(planUsd, 0.05), quantile(planUsd, 0.25), quantile(planUsd, 0.5), quantile(planUsd, 0.75), quantile(planUsd, 0.95)],
}
`;
