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

/** How a simulation's columns are split into passes: the columns of each, and the buffers they fill. @internal */
export interface PassLayout {
  /** Each pass's first column and its number of columns. */
  readonly passes: readonly { readonly first: number; readonly count: number }[];
  /** The columns' buffers, one set for every pass (a pass uses the first `count`). */
  readonly buffers: readonly Float64Array[];
  /** Every input's draws, with `keep`. */
  readonly inputColumns: readonly Float64Array[];
}

/**
 * Split the columns into as few passes as the bound allows, the columns shared evenly between them (three
 * passes of 20, 19 and 19 rather than 25, 25 and 8: the same time, less memory), with one set of buffers
 * for every pass: a pass's new arrays would otherwise sit beside the last pass's until the collector runs,
 * doubling the peak (518–592 MiB in 5 of 26 runs of a million trials). `allocate` makes a buffer of so
 * many values (shared memory, for threads). @internal
 */
export function layPasses(
  columns: number,
  inputs: number,
  plan: Pick<PassPlan, 'trials' | 'keep' | 'columnBytes'>,
  allocate: (length: number) => Float64Array = (length) => new Float64Array(length),
): PassLayout {
  const { trials, keep } = plan;
  const most = keep ? columns : Math.max(1, Math.floor(plan.columnBytes / (8 * trials)));
  const count = Math.max(1, Math.ceil(columns / most));
  const perPass = Math.max(1, Math.ceil(columns / count));
  const passes = Array.from({ length: count }, (_, p) => ({
    first: p * perPass,
    count: Math.max(0, Math.min(perPass, columns - p * perPass)),
  }));
  return {
    passes,
    buffers: Array.from({ length: Math.min(perPass, columns) }, () => allocate(trials)),
    inputColumns: keep ? Array.from({ length: inputs }, () => allocate(trials)) : [],
  };
}

/** What a range of trials needs: the kernel, its drawing, its inputs and the columns read. @internal */
export interface RangeWork {
  readonly kernel: Kernel;
  readonly draw: Drawing;
  readonly inputs: readonly Input[];
  readonly columns: readonly Column[];
  readonly seed: number;
}

/**
 * Where a thread's generator stands: the trial it has reached. Ranges taken in increasing order move it
 * forward by the trials between them; an earlier one starts a new generator from the seed. @internal
 */
export class TrialCursor {
  private random: Random | undefined;
  private at = 0;

  constructor(
    private readonly seed: number,
    private readonly uniformsPerTrial: number,
  ) {}

  /** The generator at trial `trial`'s first draw. */
  moveTo(trial: number): Random {
    if (this.random === undefined || trial < this.at) {
      this.random = new Random(this.seed);
      this.at = 0;
    }
    this.random.skip((trial - this.at) * this.uniformsPerTrial);
    this.at = trial;
    return this.random;
  }

  /** The generator has drawn up to trial `trial`. */
  reached(trial: number): void {
    this.at = trial;
  }
}

/**
 * Run trials `from` to `to` (excluded) of a pass: the generator started at the seed and moved past the
 * earlier trials' draws, so that a range gives the very values a run of every trial gives there; each
 * block's columns read into the pass's buffers at their trials, and the inputs' draws in the first pass.
 * `done` hears of each block. @internal
 */
export function runRange(
  work: RangeWork,
  layout: PassLayout,
  pass: { readonly first: number; readonly count: number },
  range: { readonly from: number; readonly to: number },
  done: (count: number) => void,
  cursor: TrialCursor = new TrialCursor(work.seed, work.draw.uniformsPerTrial),
): void {
  const columns = work.columns.slice(pass.first, pass.first + pass.count);
  const stored = layout.buffers.slice(0, columns.length);
  const firstPass = pass.first === 0;
  runTrials(work.kernel, work.draw, cursor, range, firstPass, (offset, count) => {
    columns.forEach((column, c) => {
      readColumn(column, (stored[c] as Float64Array).subarray(offset, offset + count), count, offset);
    });
    if (firstPass)
      work.inputs.forEach((input, i) => layout.inputColumns[i]?.set(input.slot.row.subarray(0, count), offset));
    done(count);
  });
}

/** Summarise a pass's columns, keeping copies with `keep`. @internal */
export function summarisePass(
  layout: PassLayout,
  pass: { readonly first: number; readonly count: number },
  columns: readonly Column[],
  plan: Pick<PassPlan, 'percentiles' | 'keep'>,
  into: { summaries: Summary[]; kept: Float64Array[] },
): void {
  if (plan.keep) into.kept = layout.buffers.slice(0, pass.count).map((column) => Float64Array.from(column));
  for (let c = pass.first; c < pass.first + pass.count; c++)
    into.summaries[c] = summariseColumn(layout, pass, columns, plan, c);
}

/** Summarise column `index` of a pass from its buffer (which it reorders). @internal */
export function summariseColumn(
  layout: PassLayout,
  pass: { readonly first: number },
  columns: readonly Column[],
  plan: Pick<PassPlan, 'percentiles'>,
  index: number,
): Summary {
  const column = columns[index] as Column;
  return summarise(layout.buffers[index - pass.first] as Float64Array, plan.percentiles, placesOf(column.unit));
}

/** Run the trials over every column, pass by pass, on this thread, and summarise each column. @internal */
export function runPasses(
  kernel: Kernel,
  draw: Drawing,
  inputs: readonly Input[],
  columns: readonly Column[],
  plan: PassPlan,
): PassResults {
  const { trials } = plan;
  const layout = layPasses(columns.length, inputs.length, plan);
  const work: RangeWork = { kernel, draw, inputs, columns, seed: plan.seed };
  const into = { summaries: new Array<Summary>(columns.length), kept: [] as Float64Array[] };
  layout.passes.forEach((pass, p) => {
    let done = p * trials;
    runRange(work, layout, pass, { from: 0, to: trials }, (count) => {
      done += count;
      plan.onProgress?.(done, layout.passes.length * trials);
    });
    summarisePass(layout, pass, columns, plan, into);
  });
  return { summaries: into.summaries, kept: into.kept, inputColumns: layout.inputColumns };
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

/** Run trials from `range.from` to `range.to`, block by block, from the cursor's generator moved to the first; `collect` reads each block's results. */
function runTrials(
  kernel: Kernel,
  drawing: Drawing,
  cursor: TrialCursor,
  range: { readonly from: number; readonly to: number },
  tally: boolean,
  collect: (offset: number, count: number) => void,
): void {
  const random = cursor.moveTo(range.from);
  for (let offset = range.from; offset < range.to; offset += BLOCK) {
    const count = Math.min(BLOCK, range.to - offset);
    drawing.draw(random, count);
    cursor.reached(offset + count);
    drawing.check(count, offset);
    kernel.run(count, tally);
    const fault = kernel.fault;
    if (fault !== undefined)
      fail('invalid_plan', `trial ${String(offset + fault.trial + 1)}: ${fault.message}`, fault.path);
    collect(offset, count);
  }
}
