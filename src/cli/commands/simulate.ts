import { D, type Decimal } from '../../decimal/core';
import { fanChart } from '../../reports/charts';
import { evaluate } from '../../scenarios/index';
import { toCsv } from '../../reports/csv';
import type { Report, ReportCell, ReportTable } from '../../reports/types';
import { ci90 } from '../../uncertainty/distributions';
import { simulate, type InputSpec, type SimulateOptions, type SimulationResult } from '../../uncertainty/simulate';
import type { Summary } from '../../uncertainty/summary';
import { MAX_TRIALS } from '../../uncertainty/options';
import { changesNote } from '../../reports/formatChange';
import { checkLocale, list, one, OUTPUT, parse, SET, text, whole } from '../args';
import { UsageError, type CliIo } from '../io';
import { applySets, checkPlausibly, FileError, loadScenario, readText, withFile } from '../load';
import { autoThreads, simulateOnThreads } from '../../node/threads';
import { emit, formatOf, rendered, writeChart, writeText } from '../output';
import { parse as parseYaml } from 'yaml';

/** The help of the command. @internal */
export const SIMULATE_HELP = `Usage: budget-whatif simulate <scenario> --inputs <file> [options]

Run a scenario many times with uncertain inputs (Monte Carlo) and print each metric's
distribution (mean, sd, percentiles, exact to the cent) and the probability of meeting
each target in each year. The same seed gives the same result, byte for byte.

The inputs file (JSON or YAML) maps scenario paths to distributions, and may add
correlations, metrics, percentiles and the assumptions behind them:
  { "inputs": { "economy.gdp.realGrowth.default": { "kind": "normal", "mean": "3%", "sd": "1%" },
                "fx.EUR/USD.default": { "kind": "ci90", "low": "1.04", "high": "1.21" } },
    "metrics": ["defence", "defence.2026-2030.usd"] }
Kinds: fixed, uniform, normal, lognormal, triangular, pert, discrete, ci90, follow.
scenarios/lithuania-baseline.inputs.json is a worked, annotated example.

Options:
  --inputs <file>   the inputs file (required)
  --trials <n>      trials (default 10000)
  --seed <s>        seed, a whole number (default 1)
  --threads <n>     run the trials on n threads, or auto (the cores Node may use); the
                    result is the same, byte for byte (default: auto from 200,000 trials, else 1)
  --metric <m>      a metric or series to report (repeatable; overrides the file's)
  --set <path=v>    override a value of the scenario first (repeatable)
  --strict          refuse implausible values (a share of GDP above 15%, ...) instead of
                    warning about them on standard error: exit 2
  --samples <file>  also write every trial's inputs and metrics as CSV
  --chart <file>    the fan chart of the first series metric: .svg or .json (Vega-Lite)
  --format <f>      table (default), markdown, csv (one row per statistic) or json
  --out <file>      write there instead of standard output
  --locale <l>      number format, e.g. lt-LT (default en)
  -h, --help        this help

Example:
  budget-whatif simulate lithuania-baseline --inputs scenarios/lithuania-baseline.inputs.json --trials 100000 --seed 2026
`;

/** `budget-whatif simulate`. @internal */
export async function simulateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('simulate', args, {
    inputs: { type: 'string' },
    trials: { type: 'string' },
    seed: { type: 'string' },
    threads: { type: 'string' },
    metric: { type: 'string', multiple: true },
    ...SET,
    samples: { type: 'string' },
    chart: { type: 'string' },
    ...OUTPUT,
  });
  if (values['help'] === true) {
    io.stdout(SIMULATE_HELP);
    return 0;
  }
  const source = one(positionals, 'scenario', 'simulate');
  const inputsFile = text(values, 'inputs');
  if (inputsFile === undefined)
    throw new UsageError(
      'simulate needs --inputs <file>: the distributions of the uncertain inputs (scenarios/lithuania-baseline.inputs.json is an example)\nSee: budget-whatif simulate --help',
    );
  const format = formatOf(text(values, 'format'));
  const locale = checkLocale(text(values, 'locale'));
  const trials = whole(values, 'trials', 10_000, { min: 1, max: MAX_TRIALS });
  const seed = whole(values, 'seed', 1, { min: 0, max: Number.MAX_SAFE_INTEGER, maxText: '2^53 − 1' });
  const threads = threadsOf(text(values, 'threads'), trials);
  const loaded = await loadScenario(source, io);
  const scenario = applySets(loaded.scenario, list(values, 'set'));
  checkPlausibly(scenario, loaded.label, values['strict'] === true, io);
  const file = await readInputs(inputsFile, io);
  const metrics = list(values, 'metric');
  const samplesFile = text(values, 'samples');
  const started = io.now();
  let drawn = false;
  const options: SimulateOptions = {
    trials,
    seed,
    inputs: file.inputs,
    ...(file.correlations === undefined ? {} : { correlations: file.correlations }),
    ...(metrics.length > 0 ? { metrics } : file.metrics === undefined ? {} : { metrics: file.metrics }),
    ...(file.percentiles === undefined ? {} : { percentiles: file.percentiles }),
    ...(samplesFile === undefined ? {} : { keepSamples: true }),
    ...(io.stderrIsTty
      ? {
          onProgress: (done: number, total: number) => {
            // Only for simulations that take more than a second, only on a terminal, never on stdout.
            if (io.now() - started < 1000 && done < total) return;
            if (!drawn && done >= total) return;
            drawn = true;
            const width = 30;
            const filled = Math.round((done / total) * width);
            io.stderr(
              `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(Math.floor((done / total) * 100)).padStart(3)}% `,
            );
            if (done >= total) io.stderr('\r\u001b[2K');
          },
        }
      : {}),
  };
  let result: SimulationResult;
  try {
    result = threads > 1 ? await simulateOnThreads(scenario, options, threads) : simulate(scenario, options);
  } catch (error) {
    throw new FileError(inputsFile, error);
  }
  if (samplesFile !== undefined && result.samples !== undefined)
    await writeText(samplesFile, result.samples.toCsv(), io, '--samples');
  const chart = text(values, 'chart');
  if (chart !== undefined) {
    if (!result.metrics.some((metric) => metric.byYear !== undefined))
      throw new UsageError('--chart draws a series metric by year: add one, e.g. --metric defence');
    // The target floors as the scenario itself gives them: what the trials are judged against.
    await writeChart(fanChart(result, undefined, { targets: evaluate(scenario).targets }), chart, io);
  }
  const out = text(values, 'out');
  // The samples go to --samples, not into the JSON of the statistics.
  if (format === 'json')
    await emit(
      `${JSON.stringify(result, (key, value: unknown) => (key === 'samples' ? undefined : value), 2)}\n`,
      out,
      io,
    );
  else if (format === 'csv') await emit(statisticsCsv(result), out, io);
  else {
    const report = simulationReport(result, loaded.label, inputsFile, file.assumptions);
    await emit(rendered(report, format, locale), out, io);
  }
  return 0;
}

interface InputsFile {
  readonly inputs: Readonly<Record<string, InputSpec>>;
  readonly correlations?: SimulateOptions['correlations'];
  readonly metrics?: readonly string[];
  readonly percentiles?: readonly number[];
  readonly assumptions: readonly string[];
}

/** Read an inputs file: JSON or YAML; `{ inputs, ... }` or just the map of inputs; `ci90` expanded. */
async function readInputs(path: string, io: CliIo): Promise<InputsFile> {
  const content = await readText(path, io, `${path}: no such inputs file`);
  let document: unknown;
  try {
    document = /\.ya?ml$/i.test(path) ? parseYaml(content) : JSON.parse(content);
  } catch (error) {
    throw new UsageError(
      `${path}: not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    throw new UsageError(`${path}: expected an object of inputs, or { "inputs": { ... } }`);
  const record = document as Record<string, unknown>;
  const wrapped = typeof record['inputs'] === 'object' && record['inputs'] !== null;
  const inputs = (wrapped ? record['inputs'] : record) as Record<string, unknown>;
  const expanded = withFile(path, () =>
    Object.fromEntries(
      Object.entries(inputs).map(([key, spec]) => {
        const s = spec as Record<string, unknown> | null;
        if (s?.['kind'] !== 'ci90') return [key, spec as InputSpec];
        const shape = s['shape'] as 'normal' | 'lognormal' | undefined;
        const truncate = s['truncate'] as { min?: string; max?: string } | undefined;
        return [
          key,
          ci90(s['low'] as string, s['high'] as string, {
            ...(shape === undefined ? {} : { shape }),
            ...(truncate === undefined ? {} : { truncate }),
          }),
        ];
      }),
    ),
  );
  const assumptions = Array.isArray(record['assumptions'])
    ? (record['assumptions'] as unknown[]).map((item) => {
        if (typeof item === 'string') return item;
        const { statement, reason } = item as { statement?: unknown; reason?: unknown };
        return [statement, reason].filter((part): part is string => typeof part === 'string').join(' ');
      })
    : [];
  if (!wrapped) return { inputs: expanded, assumptions };
  return {
    inputs: expanded,
    ...(record['correlations'] === undefined
      ? {}
      : { correlations: record['correlations'] as SimulateOptions['correlations'] & object }),
    ...(Array.isArray(record['metrics']) ? { metrics: record['metrics'] as string[] } : {}),
    ...(Array.isArray(record['percentiles']) ? { percentiles: record['percentiles'] as number[] } : {}),
    assumptions,
  };
}

const MILLION = new D(1e6);

/** A simulation as a report: one table per series metric, one for single metrics, one of target odds. */
function simulationReport(
  result: SimulationResult,
  label: string,
  inputsFile: string,
  assumptions: readonly string[],
): Report {
  const names = result.percentiles.map((p) => `p${String(p)}`);
  const amount = (value: Decimal | undefined, unit: string): ReportCell => {
    if (value === undefined) return '—';
    if (unit === 'share' || unit === 'flag') return { percent: value };
    return /^[A-Z]{3}$/.test(unit)
      ? { amount: value.div(MILLION).toDecimalPlaces(1, D.ROUND_HALF_EVEN) }
      : value.toFixed(4);
  };
  const cells = (summary: Summary, unit: string): ReportCell[] => [
    amount(summary.mean, unit),
    amount(summary.sd, unit),
    ...names.map((name) => amount(summary.percentiles[name], unit)),
  ];
  const columns = ['Mean', 'SD', ...names];
  const tables: ReportTable[] = [];
  for (const metric of result.metrics.filter((m) => m.byYear !== undefined)) {
    tables.push({
      title: metric.name,
      unit: /^[A-Z]{3}$/.test(metric.unit) ? `${metric.unit} million` : metric.unit,
      places: 1,
      columns: ['Year', ...columns],
      rows: Object.entries(metric.byYear ?? {}).map(([year, summary]) => [year, ...cells(summary, metric.unit)]),
      total: ['Total', ...cells(metric.summary, metric.unit)],
      notes: ['Percentiles of the years do not add up to those of the total, nor should they; means do.'],
    });
  }
  const singles = result.metrics.filter((m) => m.byYear === undefined);
  if (singles.length > 0)
    tables.push({
      title: 'Metrics',
      unit: 'amounts in millions of their currency; shares in %',
      places: 1,
      columns: ['Metric', ...columns],
      rows: singles.map((metric) => [`${metric.name} (${metric.unit})`, ...cells(metric.summary, metric.unit)]),
      notes: [],
    });
  const years = [...new Set(result.targets.flatMap((t) => t.rows.map((r) => r.year)))].sort((a, b) => a - b);
  if (years.length > 0)
    tables.push({
      title: 'Probability of meeting each target',
      unit: '% of trials',
      places: 1,
      columns: ['Year', ...result.targets.map((t) => t.id)],
      rows: years.map((year) => [
        String(year),
        ...result.targets.map((t): ReportCell => {
          const row = t.rows.find((r) => r.year === year);
          return row === undefined ? '' : { percent: row.probability };
        }),
      ]),
      notes: result.targets.map((t) => `${t.id}: ${t.name}.`),
    });
  return {
    title: `${result.scenario}: ${String(result.trials)} trials`,
    intro: [
      `Scenario ${label}, inputs ${inputsFile}; seed ${String(result.seed)}, ${result.generator}.`,
      `Inputs: ${result.inputs.map((input) => `${input.path} ~ ${describe(input.spec)}`).join('; ')}.`,
      ...changesNote(result.changes.filter((change) => change.from !== 'simulate inputs')),
    ],
    tables,
    lists: [
      ...(assumptions.length > 0 ? [{ title: 'Assumptions', items: [...assumptions] }] : []),
      ...(result.warnings.length > 0 ? [{ title: 'Warnings', items: [...result.warnings] }] : []),
    ],
  };
}

function describe(spec: InputSpec): string {
  switch (spec.kind) {
    case 'fixed':
      return `fixed ${String(spec.value)}`;
    case 'uniform':
      return `uniform ${String(spec.min)}–${String(spec.max)}`;
    case 'normal':
      return spec.fit ?? `normal (mean ${String(spec.mean)}, sd ${String(spec.sd)})`;
    case 'lognormal':
      return spec.fit ?? `lognormal (mu ${String(spec.mu)}, sigma ${String(spec.sigma)})`;
    case 'triangular':
    case 'pert':
      return `${spec.kind} ${String(spec.min)}, ${String(spec.mode)}, ${String(spec.max)}`;
    case 'discrete':
      return `discrete ${spec.values.join(', ')}`;
    case 'follow':
      return `${String(spec.times)} × ${spec.path} + ${String(spec.plus)}`;
  }
}

/** One CSV row per metric, year and statistic: exact decimal strings. */
function statisticsCsv(result: SimulationResult): string {
  const names = result.percentiles.map((p) => `p${String(p)}`);
  const row = (metric: string, year: string, unit: string, s: Summary): string[] => [
    metric,
    year,
    unit,
    s.mean.toFixed(),
    s.sd.toFixed(),
    s.min.toFixed(),
    ...names.map((n) => s.percentiles[n]?.toFixed() ?? ''),
    s.max.toFixed(),
  ];
  return toCsv([
    ['metric', 'year', 'unit', 'mean', 'sd', 'min', ...names, 'max'],
    ...result.metrics.flatMap((m) => [
      ...Object.entries(m.byYear ?? {}).map(([year, s]) => row(m.name, year, m.unit, s)),
      row(m.name, m.byYear === undefined ? '' : 'total', m.unit, m.summary),
    ]),
  ]);
}

/** From this many trials, `--threads` defaults to `auto`: below it, starting a worker (about 0.2 s) costs more than it saves. @internal */
export const THREADS_FROM = 200_000;

/** The threads `--threads` asks for: a whole number from 1 to 256, or `auto`; its default by the trials. */
function threadsOf(given: string | undefined, trials: number): number {
  if (given === undefined) return trials >= THREADS_FROM ? autoThreads() : 1;
  if (given === 'auto') return autoThreads();
  const threads = Number(given);
  if (!/^\d+$/.test(given) || threads < 1 || threads > 256)
    throw new UsageError(`--threads is a whole number from 1 to 256, or auto, received "${given}"`);
  return threads;
}
