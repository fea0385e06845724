// Running the trials: block by block from a fresh generator, in as many passes over the same seeded trials
// as the memory bound needs (percentiles need every value of a column), each column summarised to exact
// decimals when its pass ends.
import { fail } from '../errors/fail';
import type { Drawing } from './drawing';
import { firstOutside } from './drawing';
import type { Input } from './inputs';
import type { Kernel } from './kernel';
import type { Column } from './metricPlan';
import { BLOCK } from './options';
import { Random } from './random';
import { placesOf, summarise, type Summary } from './summary';

/** How the trials run, and what they keep. @internal */
export interface PassPlan {
  readonly trials: number;
  readonly seed: number;
  readonly percentiles: readonly number[];
  /** Keep every column and every input's draws (samples). */
  readonly keep: boolean;
  /** The most bytes of columns held at once, without `keep`. */
  readonly columnBytes: number;
  readonly onProgress: ((done: number, total: number) => void) | undefined;
}

/** Each column's summary, and the kept columns and inputs when asked for. @internal */
export interface PassResults {
  readonly summaries: readonly Summary[];
  readonly kept: readonly Float64Array[];
  readonly inputColumns: readonly Float64Array[];
}

/** Run the trials over every column, pass by pass, and summarise each column. @internal */
export function runPasses(
  kernel: Kernel,
  draw: Drawing,
  inputs: readonly Input[],
  columns: readonly Column[],
  plan: PassPlan,
): PassResults {
  const { trials, keep } = plan;
  const summaries = new Array<Summary>(columns.length);
  // As few passes as the bound allows, the columns shared evenly between them (three passes of 20, 19 and 19
  // rather than 25, 25 and 8): the same time, less memory.
  const most = keep ? columns.length : Math.max(1, Math.floor(plan.columnBytes / (8 * trials)));
  const passes = Math.max(1, Math.ceil(columns.length / most));
  const perPass = Math.max(1, Math.ceil(columns.length / passes));
  const inputColumns = keep ? inputs.map(() => new Float64Array(trials)) : [];
  let kept: Float64Array[] = [];
  // One set of buffers for every pass: a pass's new arrays would otherwise sit beside the last pass's
  // until the collector runs, doubling the peak (518–592 MiB in 5 of 26 runs of a million trials).
  const buffers = Array.from({ length: Math.min(perPass, columns.length) }, () => new Float64Array(trials));
  for (let first = 0; first < Math.max(1, columns.length); first += perPass) {
    const pass = columns.slice(first, first + perPass);
    const stored = buffers.slice(0, pass.length);
    const before = (first / perPass) * trials;
    runTrials(kernel, draw, plan.seed, trials, first === 0, (offset, count) => {
      plan.onProgress?.(before + offset + count, passes * trials);
      pass.forEach((column, c) => {
        readColumn(column, (stored[c] as Float64Array).subarray(offset, offset + count), count, offset);
      });
      if (first === 0) inputs.forEach((input, i) => inputColumns[i]?.set(input.slot.row.subarray(0, count), offset));
    });
    if (keep) kept = stored.map((column) => Float64Array.from(column));
    pass.forEach((column, c) => {
      summaries[first + c] = summarise(stored[c] as Float64Array, plan.percentiles, placesOf(column.unit));
    });
    if (columns.length === 0) break;
  }
  return { summaries, kept, inputColumns };
}

/** Read a column's block, refusing a value that is not a finite number (inputs that overflow the model). */
function readColumn(column: Column, block: Float64Array, count: number, offset: number): void {
  column.read(block, count);
  const bad = firstOutside(block, count, -Number.MAX_VALUE, false, Number.MAX_VALUE);
  if (bad >= 0)
    fail(
      'out_of_range',
      `trial ${String(offset + bad + 1)} gives ${column.name} = ${String(block[bad])}: the inputs it drew overflow the model; truncate the distributions (truncate: { min, max })`,
      ['metrics'],
      column.name,
    );
}

/** Run every trial, block by block, from a fresh generator; `collect` reads each block's results. */
function runTrials(
  kernel: Kernel,
  drawing: Drawing,
  seed: number,
  trials: number,
  tally: boolean,
  collect: (offset: number, count: number) => void,
): void {
  const random = new Random(seed);
  for (let offset = 0; offset < trials; offset += BLOCK) {
    const count = Math.min(BLOCK, trials - offset);
    drawing.draw(random, count);
    drawing.check(count, offset);
    kernel.run(count, tally);
    const fault = kernel.fault;
    if (fault !== undefined)
      fail('invalid_plan', `trial ${String(offset + fault.trial + 1)}: ${fault.message}`, fault.path);
    collect(offset, count);
  }
}
