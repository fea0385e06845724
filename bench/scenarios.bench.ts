// Scenarios: evaluate(lithuania-baseline) warm, and a sweep of 10,000 evaluations. Targets (issue 6):
// evaluate median ≤ 100 µs; 10,000 evaluations of a sweep ≤ 1 s.
import { Bench } from 'tinybench';
import { evaluate, getScenario, sweep } from 'budget-whatif/scenarios';
import { find, measure, printTable } from './report';

export async function benchScenarios(): Promise<void> {
  const baseline = getScenario('lithuania-baseline');
  // 10,000 shares from 4.0000% to 6.9997%, each a distinct scenario to evaluate.
  const shares = Array.from({ length: 10_000 }, (_, i) => `${(4 + (i * 3) / 10_000).toFixed(4)}%`);

  const bench = new Bench({ time: 2000, warmupTime: 500 });
  bench.add('evaluate(lithuania-baseline), warm', () => evaluate(baseline));
  const rows = await measure(bench);

  const sweepBench = new Bench({ time: 5000, warmupTime: 1000, iterations: 3 });
  sweepBench
    .add('sweep: 10,000 shares of GDP → defence.2026-2030', () =>
      sweep(baseline, { path: 'defence.shareOfGdp.default', values: shares, metrics: ['defence.2026-2030'] }),
    )
    .add('sweep: 10,000 shares of GDP → defence.2026-2030.usd and a target gap', () =>
      sweep(baseline, {
        path: 'defence.shareOfGdp.default',
        values: shares,
        metrics: ['defence.2026-2030.usd', 'targets.nato-hague-core-3.5pct.gap.2030'],
      }),
    );
  rows.push(...(await measure(sweepBench)));
  printTable('Scenarios', rows);
  const evaluateMedian = find(rows, 'evaluate(lithuania-baseline), warm').medianMicros;
  const sweepMedian = find(rows, 'sweep: 10,000 shares of GDP → defence.2026-2030').medianMicros;
  console.log(`- evaluate median: ${evaluateMedian.toFixed(1)} µs (target ≤ 100 µs)`);
  console.log(`- 10,000-evaluation sweep: ${(sweepMedian / 1e6).toFixed(2)} s (target ≤ 1 s)`);
}
