// Run by monte-carlo.bench.ts in processes of their own, with plain Node against the built package (as
// users run it; tsx's loader alone adds about 35 MiB), so that each peak is the simulation's own: a million
// trials of the Lithuania scenario with the options given as JSON (the bench's inputs, every default
// metric), without keepSamples. Prints one JSON line: the peak resident set size, the time, the columns.
/* global console, performance, process -- plain Node */
import { getScenario } from 'budget-whatif/scenarios';
import { simulate } from 'budget-whatif/uncertainty';

const options = JSON.parse(process.argv[2] ?? '{}');
const started = performance.now();
const result = simulate(getScenario('lithuania-baseline'), options);
const seconds = (performance.now() - started) / 1000;
const columns = result.metrics.reduce((n, metric) => n + 1 + Object.keys(metric.byYear ?? {}).length, 0);
console.log(
  JSON.stringify({ peakRssMiB: process.resourceUsage().maxRSS / 1024, seconds, columns, trials: result.trials }),
);
