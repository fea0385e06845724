// A worker thread of `simulateOnThreads` (threads.ts): it prepares the same simulation as the main thread
// (the scenario and options are plain data), then, pass by pass, claims chunks of trials from the shared
// counter and writes their columns into the shared buffers at their trials, and summarises the columns it is
// given. Built as dist/simulation-worker.js.
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../scenarios/types';
import { layPasses, TrialCursor } from '../uncertainty/passes';
import { prepareSimulation } from '../uncertainty/simulate';
import type { SimulateOptions } from '../uncertainty/simulationTypes';
import { toPortable } from '../uncertainty/summary';
import { claimChunks, claimColumns, type FromWorker, type ToWorker } from './threads';

interface Setup {
  readonly scenario: Scenario;
  readonly options: SimulateOptions;
  readonly buffers: readonly SharedArrayBuffer[];
}

const { scenario, options, buffers } = workerData as Setup;
const prepared = prepareSimulation(scenario, options);
let next = 0;
// The same layout as the main thread's, on its shared buffers, taken in the order it made them.
const layout = layPasses(prepared.columns.length, prepared.inputs.length, prepared.plan, () => {
  const buffer = buffers[next++];
  if (buffer === undefined) throw new Error('the main thread shared fewer buffers than the layout needs');
  return new Float64Array(buffer);
});
const work = { ...prepared, seed: prepared.plan.seed };
// Chunks are claimed in increasing order within a pass: the generator moves forward between them.
const cursor = new TrialCursor(prepared.plan.seed, prepared.draw.uniformsPerTrial);
const port = parentPort;

port?.on('message', (message: ToWorker) => {
  const post = (answer: FromWorker): void => {
    port.postMessage(answer);
  };
  try {
    if (message.kind === 'summarise') {
      const counter = new Int32Array(message.counter);
      const summaries = claimColumns(layout, message.pass, prepared.columns, prepared.plan, counter).map(
        ([index, summary]) => [index, toPortable(summary)] as const,
      );
      post({ kind: 'summaries', summaries });
      return;
    }
    const refused = claimChunks(
      work,
      layout,
      message.pass,
      prepared.plan.trials,
      message.chunk,
      new Int32Array(message.counter),
      cursor,
      (count) => {
        post({ kind: 'progress', count });
      },
    );
    post({
      kind: 'done',
      tallies: message.pass === 0 ? prepared.kernel.tallies.map((tally) => tally.met) : [],
      refused,
    });
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
