// Run by monte-carlo.bench.ts in a process of its own, so that its peak memory is its own: 1,000,000
// trials of the Lithuania scenario with the bench's inputs and every default metric (GDP, defence and
// the border plan by year and in total, in EUR and USD: 57 columns of a million values), without
// keepSamples. Prints one JSON line: the peak resident set size and the time.
import { getScenario } from 'budget-whatif/scenarios';
import { simulate } from 'budget-whatif/uncertainty';
import { monteCarloOptions } from './monte-carlo.bench';

// Every default metric: the bench's inputs, without its three metrics.
const options = { trials: 1_000_000, seed: monteCarloOptions.seed ?? 1, inputs: monteCarloOptions.inputs };
const started = performance.now();
const result = simulate(getScenario('lithuania-baseline'), options);
const seconds = (performance.now() - started) / 1000;
const columns = result.metrics.reduce((n, metric) => n + 1 + Object.keys(metric.byYear ?? {}).length, 0);
console.log(
  JSON.stringify({ peakRssMiB: process.resourceUsage().maxRSS / 1024, seconds, columns, trials: result.trials }),
);
