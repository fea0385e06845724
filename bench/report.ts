// Shared by the benches: run a tinybench Bench and print its medians in one table, and ratios.
import os from 'node:os';
import type { Bench } from 'tinybench';

export interface Measured {
  readonly name: string;
  /** Median time per operation, in microseconds. */
  readonly medianMicros: number;
  /** Mean time per operation, in microseconds. */
  readonly meanMicros: number;
  /** Relative margin of error of the mean, in percent. */
  readonly rme: number;
  readonly samples: number;
}

/** Run a bench and return its tasks' medians. */
export async function measure(bench: Bench): Promise<Measured[]> {
  await bench.run();
  return bench.tasks.map((task) => {
    const result = task.result;
    if (!('latency' in result)) throw new Error(`bench task ${task.name} did not complete: ${result.state}`);
    return {
      name: task.name,
      medianMicros: result.latency.p50 * 1000,
      meanMicros: result.latency.mean * 1000,
      rme: result.latency.rme,
      samples: result.latency.samplesCount,
    };
  });
}

/** Print measurements as a Markdown table (pasted into docs/performance.md). */
export function printTable(title: string, rows: readonly Measured[]): void {
  console.log(`\n### ${title}\n`);
  console.log('| task | median | mean | ± | samples |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${micros(row.medianMicros)} | ${micros(row.meanMicros)} | ${row.rme.toFixed(1)}% | ${String(row.samples)} |`,
    );
  }
}

/** Print how many times slower `a` is than `b` (by medians). */
export function printRatio(label: string, a: Measured, b: Measured): void {
  console.log(
    `- ${label}: ${(a.medianMicros / b.medianMicros).toFixed(2)}× (${micros(a.medianMicros)} vs ${micros(b.medianMicros)})`,
  );
}

export function find(rows: readonly Measured[], name: string): Measured {
  const row = rows.find((r) => r.name === name);
  if (row === undefined) throw new Error(`no bench task named ${name}`);
  return row;
}

function micros(value: number): string {
  if (value >= 1000) return `${(value / 1000).toFixed(2)} ms`;
  return `${value.toFixed(value < 10 ? 2 : 1)} µs`;
}

/** The machine, for the record next to the numbers. */
export function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'} × ${String(cpus.length)}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}`;
}
