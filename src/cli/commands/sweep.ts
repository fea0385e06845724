import { changesNote } from '../../reports/formatChange';
import { toCsv } from '../../reports/csv';
import { sweep } from '../../scenarios/index';
import { checkLocale, list, one, OUTPUT, parse, SET, text } from '../args';
import { UsageError, type CliIo } from '../io';
import { applySets, checkPlausibly, loadScenario, withFile } from '../load';
import { emit, formatOf, rendered } from '../output';
import { showValue } from '../values';

/** The help of the command. @internal */
export const SWEEP_HELP = `Usage: budget-whatif sweep <scenario> --vary <path=v1,v2,...> [options]

Evaluate a scenario once for each value of one input and read metrics from each: a data
table. Values are comma-separated as in a scenario file ("5%", "0.055", "1.05").

Options:
  --vary <path=values>  the input and its values, e.g. defence.shareOfGdp.default=5%,5.5%,6%
  --metric <m>          a metric to read (repeatable; default defence.total), e.g.
                        defence.2026-2030.usd or targets.nato-hague-core-3.5pct.met.2030
  --set <path=v>        override a value first (repeatable)
  --strict              refuse implausible values (a share of GDP above 15%, ...) instead
                        of warning about them on standard error: exit 2
  --format <f>          table (default), markdown, csv or json
  --out <file>          write there instead of standard output
  --locale <l>          number format, e.g. lt-LT (default en)
  -h, --help            this help

Example:
  budget-whatif sweep lithuania-baseline --vary defence.shareOfGdp.default=5%,5.25%,5.5%,5.75%,6% --metric defence.2026-2030
`;

/** `budget-whatif sweep`. @internal */
export async function sweepCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('sweep', args, {
    vary: { type: 'string' },
    metric: { type: 'string', multiple: true },
    ...SET,
    ...OUTPUT,
  });
  if (values['help'] === true) {
    io.stdout(SWEEP_HELP);
    return 0;
  }
  const source = one(positionals, 'scenario', 'sweep');
  const vary = text(values, 'vary');
  const at = vary?.indexOf('=') ?? -1;
  if (vary === undefined || at <= 0 || at === vary.length - 1)
    throw new UsageError('sweep needs --vary path=v1,v2,...\nSee: budget-whatif sweep --help');
  const path = vary.slice(0, at);
  const inputs = vary
    .slice(at + 1)
    .split(',')
    .map((value) => value.trim());
  const metrics = list(values, 'metric');
  const format = formatOf(text(values, 'format'));
  const locale = checkLocale(text(values, 'locale'));
  const loaded = await loadScenario(source, io);
  const scenario = applySets(loaded.scenario, list(values, 'set'));
  checkPlausibly(scenario, loaded.label, values['strict'] === true, io);
  const table = withFile(loaded.label, () =>
    sweep(scenario, { path, values: inputs, metrics: metrics.length === 0 ? ['defence.total'] : metrics }),
  );
  if (format === 'json') {
    await emit(`${JSON.stringify({ ...table, changes: scenario.changes ?? [] }, null, 2)}\n`, text(values, 'out'), io);
    return 0;
  }
  if (format === 'csv') {
    await emit(
      toCsv([
        [table.path, ...table.metrics],
        ...table.rows.map((row) => [
          String(row.value),
          ...table.metrics.map((m) => row.metrics[m]?.value.toFixed() ?? ''),
        ]),
      ]),
      text(values, 'out'),
      io,
    );
    return 0;
  }
  const report = {
    title: `${loaded.scenario.name}: ${path} swept`,
    intro: changesNote(scenario.changes ?? []),
    tables: [
      {
        title: 'Sweep',
        unit: 'each metric in its own unit',
        places: 2,
        columns: [path, ...table.metrics],
        rows: table.rows.map((row) => [
          String(row.value),
          ...table.metrics.map((m) => showValue(row.metrics[m]?.value, row.metrics[m]?.unit ?? '', locale)),
        ]),
        notes: [],
      },
    ],
    lists: [],
  };
  await emit(rendered(report, format, locale), text(values, 'out'), io);
  return 0;
}
