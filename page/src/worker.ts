// The page's Web Worker: runs a simulation and posts its progress, then the fan chart's specification and
// the odds of each target (plain data: a result's Decimals do not cross to the page).
import { zodConfig } from './csp';
import { evaluate } from 'budget-whatif/scenarios';
import { fanChart } from 'budget-whatif/reports';
import { simulate } from 'budget-whatif/uncertainty';
import type { SimulationMessage, SimulationRequest } from './simulation';

/** The worker's side of messaging (the DOM's types describe the page, not a worker). */
interface WorkerScope {
  onmessage: ((event: { readonly data: SimulationRequest }) => void) | null;
  postMessage(message: SimulationMessage): void;
}

const scope = globalThis as unknown as WorkerScope;
if (zodConfig.jitless !== true) throw new Error('zod must run without eval (page/src/csp.ts)');

scope.onmessage = ({ data }) => {
  const started = performance.now();
  try {
    let posted = 0;
    const result = simulate(data.scenario, {
      trials: data.trials,
      seed: data.seed,
      inputs: data.inputs,
      onProgress: (done, total) => {
        // At most about a hundred messages a run.
        if (done - posted >= total / 100 || done === total) {
          posted = done;
          scope.postMessage({ kind: 'progress', done, total });
        }
      },
    });
    const fan = fanChart(result, 'defence', { targets: evaluate(data.scenario).targets });
    scope.postMessage({
      kind: 'done',
      trials: result.trials,
      milliseconds: performance.now() - started,
      fan,
      odds: result.targets.map((target) => ({
        id: target.id,
        name: target.name,
        rows: target.rows.map((row) => ({ year: row.year, due: row.due, probability: row.probability.toFixed() })),
      })),
      warnings: result.warnings.map(String),
    });
  } catch (error) {
    scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
