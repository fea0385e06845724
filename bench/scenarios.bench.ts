// Scenarios: evaluate(lithuania-baseline) warm, and a sweep of 10,000 evaluations, each beside its reference
// in the same run: the same model written by hand on exact BigInt (bench/reference/bigintModel.ts), checked
// equal to evaluate() figure by figure before any timing. Targets: issue 6, evaluate median ≤ 100 µs and
// 10,000 evaluations of a sweep ≤ 1 s; issue 18, evaluate ≤ 2× the reference, the sweep ≤ 2× 10,000
// reference evaluations, a sweep reading dollars ≤ 1.2× the one in euros.
import { Bench } from 'tinybench';
import { evaluate, getScenario, sweep, withOverrides } from 'budget-whatif/scenarios';
import { checkReference, rational, readEveryFigure, referenceInput, referenceModel } from './reference/bigintModel';
import { find, measure, printRatio, printTable } from './report';

export async function benchScenarios(): Promise<void> {
  const baseline = getScenario('lithuania-baseline');
  // 10,000 shares from 4.0000% to 6.9997%, each a distinct scenario to evaluate.
  const shares = Array.from({ length: 10_000 }, (_, i) => `${(4 + (i * 3) / 10_000).toFixed(4)}%`);

  // The reference must give evaluate()'s figures, to the cent, for the baseline and points of the sweep.
  const input = referenceInput(baseline);
  for (const share of [undefined, shares[0], shares[4321], shares[9999]]) {
    const scenario =
      share === undefined ? baseline : withOverrides(baseline, [{ path: 'defence.shareOfGdp.default', value: share }]);
    const point = referenceInput(scenario);
    const differences = checkReference(evaluate(scenario), referenceModel(point), point.years);
    if (differences.length > 0) throw new Error(`the reference differs from evaluate():\n${differences.join('\n')}`);
  }
  const figures = referenceModel(input).figures;
  const referenceShares = shares.map((share) => rational(String(Number(share.slice(0, -1)) / 100)));

  // Both sides read every figure they produce: the reference returns them; evaluate's are read from its result.
  const read = readEveryFigure(evaluate(baseline), input.years);
  const bench = new Bench({ time: 2000, warmupTime: 500 });
  bench
    .add('evaluate(lithuania-baseline), warm, every figure read', () =>
      readEveryFigure(evaluate(baseline), input.years),
    )
    .add(`reference: the same model on exact BigInt (${String(figures)} figures)`, () => referenceModel(input));
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
    )
    .add('sweep: 10,000 shares of GDP → defence.2026-2030.usd', () =>
      sweep(baseline, { path: 'defence.shareOfGdp.default', values: shares, metrics: ['defence.2026-2030.usd'] }),
    )
    .add('reference: 10,000 evaluations on exact BigInt, one a share', () => {
      for (const share of referenceShares) referenceModel({ ...input, share });
    });
  rows.push(...(await measure(sweepBench)));
  printTable('Scenarios', rows);
  const evaluateMedian = find(rows, 'evaluate(lithuania-baseline), warm, every figure read').medianMicros;
  const sweepMedian = find(rows, 'sweep: 10,000 shares of GDP → defence.2026-2030').medianMicros;
  console.log(`- evaluate median: ${evaluateMedian.toFixed(1)} µs (target ≤ 100 µs)`);
  console.log(`- 10,000-evaluation sweep: ${(sweepMedian / 1e6).toFixed(2)} s (target ≤ 1 s)`);
  const reference = find(rows, `reference: the same model on exact BigInt (${String(figures)} figures)`);
  printRatio(
    'evaluate / the BigInt reference (target ≤ 2)',
    find(rows, 'evaluate(lithuania-baseline), warm, every figure read'),
    reference,
  );
  console.log(
    `- the reference: ${((reference.medianMicros * 1000) / figures).toFixed(0)} ns a figure; evaluate's result read: ${String(read)} figures`,
  );
  printRatio(
    'sweep / 10,000 reference evaluations (target ≤ 2)',
    find(rows, 'sweep: 10,000 shares of GDP → defence.2026-2030'),
    find(rows, 'reference: 10,000 evaluations on exact BigInt, one a share'),
  );
  printRatio(
    'sweep in dollars / in euros (target ≤ 1.2)',
    find(rows, 'sweep: 10,000 shares of GDP → defence.2026-2030.usd'),
    find(rows, 'sweep: 10,000 shares of GDP → defence.2026-2030'),
  );
}
