// Simulations on several threads: each pass's trials cut into chunks of whole blocks, which this thread
// and its workers (simulationWorker.ts) claim one at a time from a shared counter, every thread writing its
// trials' values into columns in shared memory; then the pass's columns summarised by every thread, a
// share each. A chunk starts the generator where a run of every trial would be at its first trial
// (Random.skip), so the result is byte for byte the result on one thread, for any number of threads. Node
// only (`budget-whatif/node`, and the CLI): the library's `simulate` stays synchronous and portable
// (browsers, the page's Web Worker).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { BudgetWhatIfError, type BudgetWhatIfIssue } from '../errors/BudgetWhatIfError';
import { fail, show } from '../errors/fail';
import { isBudgetWhatIfError } from '../errors/isBudgetWhatIfError';
import type { Scenario } from '../scenarios/types';
import { BLOCK } from '../uncertainty/options';
import {
  layPasses,
  runPasses,
  runRange,
  summariseColumn,
  TrialCursor,
  type PassLayout,
  type RangeWork,
} from '../uncertainty/passes';
import { prepareSimulation, simulationResult } from '../uncertainty/simulate';
import type { SimulateOptions, SimulationResult } from '../uncertainty/simulationTypes';
import { fromPortable, type PortableSummary, type Summary } from '../uncertainty/summary';

/** Trials a thread claims at a time: 64 blocks. @internal */
export const CHUNK = 64 * BLOCK;

/** A refusal as it crosses between threads: the library's issues, or another error's message. @internal */
export type Refusal = { readonly issues: readonly BudgetWhatIfIssue[] } | { readonly message: string };

/** What the main thread asks of a worker: run a pass's chunks from the shared counter, or summarise columns. @internal */
export type ToWorker =
  | { readonly kind: 'run'; readonly pass: number; readonly chunk: number; readonly counter: SharedArrayBuffer }
  | { readonly kind: 'summarise'; readonly pass: number; readonly counter: SharedArrayBuffer };

/** What a worker answers: chunks done, its pass done (tallies so far, refusals by chunk), or summaries. @internal */
export type FromWorker =
  | { readonly kind: 'progress'; readonly count: number }
  | {
      readonly kind: 'done';
      readonly tallies: readonly number[];
      readonly refused: readonly (readonly [number, Refusal])[];
    }
  | { readonly kind: 'summaries'; readonly summaries: readonly (readonly [number, PortableSummary])[] }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The options of {@link simulateInParallel}: those of {@link budget-whatif/uncertainty!simulate}, and the threads.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import type { ParallelSimulateOptions } from 'budget-whatif/node';
 * import { uniform } from 'budget-whatif/uncertainty';
 * const options: ParallelSimulateOptions = { trials: 1_000_000, inputs: { 'defence.shareOfGdp.default': uniform('5%', '6%') }, threads: 'auto' };
 * ```
 */
export interface ParallelSimulateOptions extends SimulateOptions {
  /** The threads to run the trials on, this one included: a whole number from 1 to 256, or `'auto'` (the cores Node may use). Default: `'auto'`. */
  readonly threads?: number | 'auto';
}

/**
 * {@link budget-whatif/uncertainty!simulate} on several threads (this one and worker threads), in Node: the
 * trials, and the percentiles, shared out in chunks. The result is the one `simulate` gives, byte for byte,
 * whatever the number of threads (each chunk takes the random stream from where a run of every trial
 * would be at its first trial); the same refusals, the earliest trial's. Worth it from a few hundred
 * thousand trials: a worker takes about 0.2 s to start. A million trials with every default column: 3.4 s
 * on one thread, 2.1 s on two (docs/performance.md).
 *
 * @param scenario - the scenario.
 * @param options - as for `simulate`, and `threads`; see {@link ParallelSimulateOptions}.
 * @returns a promise of the simulation's result.
 * @throws {@link budget-whatif!BudgetWhatIfError} (the promise rejects) as `simulate` does, and `out_of_range` for threads
 *   that are not a whole number from 1 to 256 or `'auto'`.
 * @category Uncertainty
 * @example
 * ```ts
 * import { simulateInParallel } from 'budget-whatif/node';
 * import { getScenario } from 'budget-whatif/scenarios';
 * import { simulate, uniform } from 'budget-whatif/uncertainty';
 * const options = { trials: 5000, seed: 7, inputs: { 'defence.shareOfGdp.default': uniform('5%', '6%') } };
 * const result = await simulateInParallel(getScenario('lithuania-baseline'), { ...options, threads: 2 });
 * JSON.stringify(result) === JSON.stringify(simulate(getScenario('lithuania-baseline'), options)); // => true
 * ```
 */
export async function simulateInParallel(
  scenario: Scenario,
  options: ParallelSimulateOptions,
): Promise<SimulationResult> {
  const given: unknown = options;
  const asked: unknown = typeof given === 'object' && given !== null ? options.threads : undefined;
  const threads = asked === undefined || asked === 'auto' ? autoThreads() : asked;
  if (typeof threads !== 'number' || !Number.isInteger(threads) || threads < 1 || threads > 256)
    fail(
      'out_of_range',
      `threads is a whole number from 1 to 256, or "auto", received ${show(threads)}`,
      ['threads'],
      threads,
    );
  const simulateOptions: SimulateOptions = { ...options };
  delete (simulateOptions as { threads?: unknown }).threads;
  return simulateOnThreads(scenario, simulateOptions, threads);
}

/** The number of threads `'auto'` means: the cores Node may use. @internal */
export function autoThreads(): number {
  return availableParallelism();
}

/** Split trials into `parts` ranges of whole blocks (the last takes the rest), none empty. @internal */
export function splitTrials(trials: number, parts: number): { from: number; to: number }[] {
  const blocks = Math.ceil(trials / BLOCK);
  const count = Math.max(1, Math.min(parts, blocks));
  return Array.from({ length: count }, (_, i) => ({
    from: Math.min(trials, Math.floor((blocks * i) / count) * BLOCK),
    to: Math.min(trials, Math.floor((blocks * (i + 1)) / count) * BLOCK),
  }));
}

/**
 * Run a pass's chunks as they are claimed from the shared counter (`Atomics.add`): on the main thread and
 * in every worker alike. Returns each refused chunk's refusal; `done` hears of each chunk. @internal
 */
export function claimChunks(
  work: RangeWork,
  layout: PassLayout,
  pass: number,
  trials: number,
  chunk: number,
  counter: Int32Array,
  cursor: TrialCursor,
  done: (count: number) => void,
): [number, Refusal][] {
  const shape = layout.passes[pass];
  if (shape === undefined) throw new Error(`no pass ${String(pass)}`);
  const chunks = splitTrials(trials, Math.ceil(trials / chunk));
  const refused: [number, Refusal][] = [];
  for (let k = Atomics.add(counter, 0, 1); k < chunks.length; k = Atomics.add(counter, 0, 1)) {
    const range = chunks[k] ?? { from: 0, to: 0 };
    try {
      runRange(work, layout, shape, range, () => undefined, cursor);
    } catch (error) {
      refused.push([k, isBudgetWhatIfError(error) ? { issues: error.issues } : { message: String(error) }]);
    }
    done(range.to - range.from);
  }
  return refused;
}

/**
 * A worker thread running the worker's script: the built one beside dist/cli.js, or, from the sources
 * (the tests), the TypeScript through tsx's loader, registered in the worker before it is imported.
 */
function startWorker(workerData: unknown): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./simulation-worker.js', here), { workerData });
  const source = new URL('./simulationWorker.ts', here).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * `simulate` on `threads` threads (this one and `threads − 1` workers): the same result, byte for byte, as
 * on one; the same refusals, the earliest trial's first. `chunk`: trials claimed at a time (tests use a
 * small one).
 *
 * @internal
 */
export async function simulateOnThreads(
  scenario: Scenario,
  options: SimulateOptions,
  threads: number,
  chunk = CHUNK,
): Promise<SimulationResult> {
  const prepared = prepareSimulation(scenario, options);
  const { plan, columns, inputs } = prepared;
  const helpers = Math.min(threads, Math.ceil(plan.trials / chunk)) - 1;
  if (helpers < 1)
    return simulationResult(scenario, prepared, runPasses(prepared.kernel, prepared.draw, inputs, columns, plan));
  const shared: SharedArrayBuffer[] = [];
  const layout = layPasses(columns.length, inputs.length, plan, (length) => {
    const buffer = new SharedArrayBuffer(8 * length);
    shared.push(buffer);
    return new Float64Array(buffer);
  });
  // A function cannot cross to a thread; progress is reported here.
  const portable: SimulateOptions = { ...options };
  delete (portable as { onProgress?: unknown }).onProgress;
  const workers = Array.from({ length: helpers }, () => startWorker({ scenario, options: portable, buffers: shared }));
  const into = { summaries: new Array<Summary>(columns.length), kept: [] as Float64Array[] };
  let done = 0;
  const progress = (count: number): void => {
    done += count;
    plan.onProgress?.(done, layout.passes.length * plan.trials);
  };
  const cursor = new TrialCursor(plan.seed, prepared.draw.uniformsPerTrial);
  const work = { ...prepared, seed: plan.seed };
  try {
    for (const [p, pass] of layout.passes.entries()) {
      const counter = new SharedArrayBuffer(4);
      const answers = workers.map((worker) => ask(worker, { kind: 'run', pass: p, chunk, counter }, progress));
      const refused = claimChunks(work, layout, p, plan.trials, chunk, new Int32Array(counter), cursor, progress);
      const finished = (await Promise.all(answers)) as Extract<FromWorker, { kind: 'done' }>[];
      // The earliest trial's refusal, as on one thread: the refusal of the first chunk refused.
      const all = [...refused, ...finished.flatMap((answer) => answer.refused)].sort(([a], [b]) => a - b);
      const first = all[0]?.[1];
      if (first !== undefined) throw 'issues' in first ? new BudgetWhatIfError(first.issues) : new Error(first.message);
      if (p === 0) addTallies(prepared.kernel.tallies, finished);
      await summariseOnThreads(p, pass);
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return simulationResult(scenario, prepared, {
    summaries: into.summaries,
    kept: into.kept,
    inputColumns: layout.inputColumns.map((column) => Float64Array.from(column)),
  });

  /**
   * The pass's columns summarised by every thread at once (percentiles select in place, a column at a
   * time; a million trials' column takes about 25 ms), each claiming the next column from a shared counter:
   * a thread slower to start (a worker's code not yet compiled) takes fewer.
   */
  async function summariseOnThreads(
    p: number,
    pass: { readonly first: number; readonly count: number },
  ): Promise<void> {
    if (plan.keep) into.kept = layout.buffers.slice(0, pass.count).map((column) => Float64Array.from(column));
    const counter = new SharedArrayBuffer(4);
    const asked = workers.map((worker) => ask(worker, { kind: 'summarise', pass: p, counter }, progress));
    for (const [index, summary] of claimColumns(layout, p, columns, plan, new Int32Array(counter)))
      into.summaries[index] = summary;
    for (const answer of (await Promise.all(asked)) as Extract<FromWorker, { kind: 'summaries' }>[])
      for (const [index, summary] of answer.summaries) into.summaries[index] = fromPortable(summary);
  }
}

/**
 * Summarise a pass's columns as they are claimed from the shared counter: on the main thread and in every
 * worker alike. Returns each summary with its column's index. @internal
 */
export function claimColumns(
  layout: PassLayout,
  p: number,
  columns: Parameters<typeof summariseColumn>[2],
  plan: Parameters<typeof summariseColumn>[3],
  counter: Int32Array,
): [number, Summary][] {
  const pass = layout.passes[p];
  if (pass === undefined) throw new Error(`no pass ${String(p)}`);
  const summaries: [number, Summary][] = [];
  for (let c = Atomics.add(counter, 0, 1); c < pass.count; c = Atomics.add(counter, 0, 1))
    summaries.push([pass.first + c, summariseColumn(layout, pass, columns, plan, pass.first + c)]);
  return summaries;
}

/** Ask a worker for something; resolves with its answer, rejects if it failed. */
function ask(worker: Worker, request: ToWorker, progress: (count: number) => void): Promise<FromWorker> {
  return new Promise((resolve, reject) => {
    const listen = (answer: FromWorker): void => {
      if (answer.kind === 'progress') {
        progress(answer.count);
        return;
      }
      worker.off('message', listen);
      worker.off('error', reject);
      if (answer.kind === 'failed') reject(new Error(answer.message));
      else resolve(answer);
    };
    worker.on('message', listen);
    worker.once('error', reject);
    worker.postMessage(request);
  });
}

/** Add the workers' counts of trials meeting each target to this thread's. */
function addTallies(
  tallies: readonly { met: number }[],
  answers: readonly Extract<FromWorker, { kind: 'done' }>[],
): void {
  for (const answer of answers)
    answer.tallies.forEach((met, i) => {
      const tally = tallies[i];
      if (tally !== undefined) tally.met += met;
    });
}
