import { placesOf } from './summary';

/**
 * Samples as `JSON.stringify` writes them: every value a string (amounts to the minor unit).
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import type { SamplesJson } from 'budget-whatif/uncertainty';
 * const json: SamplesJson = { names: ['defence.2030'], units: ['EUR'], rows: [['6712345678.90']] };
 * ```
 */
export interface SamplesJson {
  /** The column names. */
  readonly names: readonly string[];
  /** The unit of each column. */
  readonly units: readonly string[];
  /** One row per trial. */
  readonly rows: readonly (readonly string[])[];
}

/**
 * Every trial's inputs and metric values, kept when a simulation asks for them (`keepSamples: true`):
 * one column per input path and per metric (a series gives one column per year and its total). The
 * values are the kernel's binary floats; {@link SimulationSamples.toCsv} and `JSON.stringify` write
 * amounts rounded to the minor unit and other numbers in their shortest exact form, as strings in JSON.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import { getScenario } from 'budget-whatif/scenarios';
 * import { simulate, uniform } from 'budget-whatif/uncertainty';
 * const { samples } = simulate(getScenario('lithuania-baseline'), {
 *   trials: 3,
 *   inputs: { 'defence.shareOfGdp.default': uniform('5%', '6%') },
 *   metrics: ['defence.2030'],
 *   keepSamples: true,
 * });
 * samples?.names; // => ['defence.shareOfGdp.default', 'defence.2030']
 * samples?.toCsv().split('\n').length; // => 5 (a header, three trials, and the final newline)
 * ```
 */
export class SimulationSamples {
  /** The column names: the input paths, then the metrics. */
  readonly names: readonly string[];
  /** The unit of each column: a currency code, `share`, `points`, `flag`, or `input`. */
  readonly units: readonly string[];
  /** The values, one array per column, one entry per trial. */
  readonly columns: readonly Float64Array[];

  /** @internal */
  constructor(names: readonly string[], units: readonly string[], columns: readonly Float64Array[]) {
    this.names = names;
    this.units = units;
    this.columns = columns;
  }

  /** The number of trials. */
  get trials(): number {
    return this.columns[0]?.length ?? 0;
  }

  /**
   * The samples as CSV (RFC 4180): a header of column names, then one line per trial.
   *
   * @returns the CSV text, lines ending in CRLF as RFC 4180 asks.
   */
  toCsv(): string {
    const lines = [this.names.map(csvField).join(',')];
    const formats = this.units.map(formatterOf);
    for (let t = 0; t < this.trials; t++)
      lines.push(this.columns.map((column, c) => (formats[c] as (x: number) => string)(column[t] as number)).join(','));
    return `${lines.join('\r\n')}\r\n`;
  }

  /**
   * What `JSON.stringify` writes: the names, the units and one row of strings per trial.
   *
   * @returns a plain object.
   */
  toJSON(): SamplesJson {
    const formats = this.units.map(formatterOf);
    const rows: string[][] = [];
    for (let t = 0; t < this.trials; t++)
      rows.push(this.columns.map((column, c) => (formats[c] as (x: number) => string)(column[t] as number)));
    return { names: this.names, units: this.units, rows };
  }
}

function formatterOf(unit: string): (x: number) => string {
  if (!/^[A-Z]{3}$/.test(unit)) return (x) => String(x);
  const places = placesOf(unit);
  return (x) => x.toFixed(places);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
