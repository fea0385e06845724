import { changesNote } from '../../reports/formatChange';
import { toCsv } from '../../reports/csv';
import type { Report } from '../../reports/types';
import { compare } from '../../scenarios/index';
import { checkLocale, list, OUTPUT, parse, SET, text } from '../args';
import { UsageError, type CliIo } from '../io';
import { applySets, checkPlausibly, loadScenario, withFile } from '../load';
import { emit, formatOf, rendered } from '../output';
import { showValue } from '../values';

/** The help of the command. @internal */
export const COMPARE_HELP = `Usage: budget-whatif compare <base> <variant> [options]

Every metric of two scenarios side by side with its exact difference (variant − base);
by default only the metrics that changed. Each scenario is a built-in name, a file or -.

Options:
  --all             every metric, changed or not
  --set <path=v>    override a value in the variant (repeatable); with it, <variant>
                    may be left out to compare <base> with itself changed
  --strict          refuse implausible values (a share of GDP above 15%, ...) instead of
                    warning about them on standard error: exit 2
  --format <f>      table (default), markdown, csv or json
  --out <file>      write there instead of standard output
  --locale <l>      number format, e.g. lt-LT (default en)
  -h, --help        this help

Examples:
  budget-whatif compare lithuania-5pct lithuania-6pct
  budget-whatif compare lithuania-baseline --set fx.EUR/USD.default=1.05
`;

/** `budget-whatif compare`. @internal */
export async function compareCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('compare', args, {
    all: { type: 'boolean' },
    ...SET,
    ...OUTPUT,
  });
  if (values['help'] === true) {
    io.stdout(COMPARE_HELP);
    return 0;
  }
  const sets = list(values, 'set');
  if (positionals.length === 0 || positionals.length > 2 || (positionals.length === 1 && sets.length === 0))
    throw new UsageError('compare needs <base> and <variant> (or <base> and --set)\nSee: budget-whatif compare --help');
  const format = formatOf(text(values, 'format'));
  const locale = checkLocale(text(values, 'locale'));
  const base = await loadScenario(positionals[0] as string, io);
  const variantSource = positionals[1] === undefined ? base : await loadScenario(positionals[1], io);
  const variant = applySets(variantSource.scenario, sets);
  const strict = values['strict'] === true;
  checkPlausibly(base.scenario, base.label, strict, io);
  checkPlausibly(variant, variantSource.label, strict, io);
  const comparison = withFile(variantSource.label, () => compare(base.scenario, variant));
  const rows = values['all'] === true ? comparison.rows : comparison.changed;
  if (format === 'json') {
    await emit(
      `${JSON.stringify(
        { ...comparison, rows, changes: { base: base.scenario.changes ?? [], variant: variant.changes ?? [] } },
        null,
        2,
      )}\n`,
      text(values, 'out'),
      io,
    );
    return 0;
  }
  if (format === 'csv') {
    await emit(
      toCsv([
        ['metric', 'unit', 'base', 'variant', 'delta'],
        ...rows.map((row) => [
          row.metric,
          row.unit,
          row.base?.toFixed() ?? '',
          row.variant?.toFixed() ?? '',
          row.delta.toFixed(),
        ]),
      ]),
      text(values, 'out'),
      io,
    );
    return 0;
  }
  const report: Report = {
    title: `${comparison.variant} against ${comparison.base}`,
    intro: [
      `${String(comparison.changed.length)} of ${String(comparison.rows.length)} metrics changed; deltas are exact (variant − base), those of shares in percentage points (pp).`,
      ...changesNote(base.scenario.changes ?? [], 'The base changed from its file'),
      ...changesNote(variant.changes ?? [], 'The variant changed from its file'),
    ],
    tables: [
      {
        title: values['all'] === true ? 'Every metric' : 'The metrics that changed',
        unit: 'each in its own unit',
        places: 2,
        columns: ['Metric', 'Base', 'Variant', 'Delta'],
        rows: rows.map((row) => [
          row.metric,
          showValue(row.base, row.unit, locale),
          showValue(row.variant, row.unit, locale),
          showValue(
            row.delta,
            row.unit === 'flag' ? 'number' : row.unit === 'share' ? 'share-delta' : row.unit,
            locale,
          ),
        ]),
        notes: rows.length === 0 ? ['Nothing changed: every delta is exactly zero.'] : [],
      },
    ],
    lists: [],
  };
  await emit(rendered(report, format, locale), text(values, 'out'), io);
  return 0;
}
