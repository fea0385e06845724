import { lastDayOf } from '../../data/history/select';
import { STAGES, type FigureHistory, type Stage, type VintageFilter } from '../../data/history/types';
import { lithuania } from '../../data/lithuania/dataset';
import { natoShareHistory } from '../../data/nato/natoShareHistory';
import { NATO_ALLIES } from '../../data/nato/natoShares';
import { toCsv } from '../../reports/csv';
import { vintagesReport, vintagesShown, type VintagesReportOptions } from '../../reports/vintagesReport';
import { isBudgetWhatIfError } from '../../errors/isBudgetWhatIfError';
import { checkLocale, OUTPUT, parse, text } from '../args';
import { UsageError, type CliIo } from '../io';
import { emit, formatOf, rendered } from '../output';

/** The histories the command reads, by `--figure`. */
const FIGURES: Readonly<Record<string, { readonly about: string; readonly history: (ally: string) => FigureHistory }>> =
  {
    defence: {
      about: "Lithuania's defence spending, 2014–2026: budgets by stage, ministers' and NATO's figures",
      history: () => lithuania.history.defenceSpending,
    },
    gdp: { about: "Lithuania's nominal GDP, every vintage", history: () => lithuania.history.gdp },
    'border-plan': {
      about: "Lithuania's border counter-mobility plan, its envelope as restated (key: total)",
      history: () => lithuania.history.borderPlan,
    },
    nato: { about: "NATO's share of GDP for one ally (--ally), every release", history: natoShareHistory },
  };

/** The help of the command. @internal */
export const VINTAGES_HELP = `Usage: budget-whatif vintages [options]

A figure as it was published over time: each value with its stage, its date, its basis
(what it counts) and its source, oldest first; then the revisions table, each value beside
the one before it on the same basis, and how far it moved.
Stages: ${STAGES.join(', ')}.

Options:
  --figure <f>      ${Object.entries(FIGURES)
    .map(([name, figure]) => `${name.padEnd(12)} ${figure.about}`)
    .join('\n                    ')}
                    (default: defence)
  --ally <code>     the ally for --figure nato, by ISO 3166 code (default LT)
  --year <y>        one year (or key, such as total); default: every one
  --stage <list>    only these stages, comma-separated, e.g. approved,amended
  --basis <text>    only values on this basis, e.g. "NATO's definition"
  --as-of <date>    only what was published by then: YYYY-MM-DD, YYYY-MM or YYYY
  --format <f>      table (default), markdown, csv (every value, exact, with its source)
                    or json (values and revisions, amounts as strings)
  --out <file>      write there instead of standard output
  --locale <l>      number format of table and markdown, e.g. lt-LT (default en)
  -h, --help        this help

Examples:
  budget-whatif vintages --year 2025
  budget-whatif vintages --year 2025 --stage approved,amended --format csv
  budget-whatif vintages --figure nato --ally PL --year 2024
  budget-whatif vintages --year 2025 --as-of 2025-06-30
`;

/** `budget-whatif vintages`. @internal */
export async function vintagesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('vintages', args, {
    ...OUTPUT,
    figure: { type: 'string' },
    ally: { type: 'string' },
    year: { type: 'string' },
    stage: { type: 'string' },
    basis: { type: 'string' },
    'as-of': { type: 'string' },
  });
  if (values['help'] === true) {
    io.stdout(VINTAGES_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(
      `vintages takes no scenario, received ${positionals.join(' ')}\nSee: budget-whatif vintages --help`,
    );
  const format = formatOf(text(values, 'format'));
  const locale = checkLocale(text(values, 'locale'));
  const history = historyOf(text(values, 'figure'), text(values, 'ally'));
  const options = optionsOf(
    history,
    text(values, 'year'),
    text(values, 'stage'),
    text(values, 'basis'),
    text(values, 'as-of'),
  );
  const output =
    format === 'csv' || format === 'json'
      ? rowsOutput(history, options, format)
      : rendered(vintagesReport(history, options), format, locale);
  await emit(output, text(values, 'out'), io);
  return 0;
}

function historyOf(figure: string | undefined, ally: string | undefined): FigureHistory {
  const name = figure ?? 'defence';
  const known = Object.hasOwn(FIGURES, name) ? FIGURES[name] : undefined;
  if (known === undefined) throw new UsageError(`--figure is ${Object.keys(FIGURES).join(', ')}; received "${name}"`);
  if (ally !== undefined && name !== 'nato') throw new UsageError('--ally goes with --figure nato');
  const code = (ally ?? 'LT').trim().toUpperCase();
  if (!NATO_ALLIES.some((candidate) => candidate.code === code))
    throw new UsageError(`--ally is an ally's ISO 3166 code (LT, PL, US, ...), or NATO; received "${ally ?? ''}"`);
  return known.history(code);
}

/** The options, each checked against the history with a message that names the flag and the value. */
function optionsOf(
  history: FigureHistory,
  year: string | undefined,
  stage: string | undefined,
  basis: string | undefined,
  asOf: string | undefined,
): VintagesReportOptions {
  const keys = Object.keys(history.entries);
  if (year !== undefined && !keys.includes(year.trim()))
    throw new UsageError(`--year: this figure has ${keys.join(', ')}; received "${year}"`);
  const stages = stage?.split(',').map((one) => one.trim());
  const unknown = stages?.filter((one) => !STAGES.includes(one as Stage)) ?? [];
  if (stages !== undefined && (unknown.length > 0 || stages.length === 0))
    throw new UsageError(`--stage lists stages, comma-separated, of ${STAGES.join(', ')}; received "${stage ?? ''}"`);
  const bases = [...new Set(Object.values(history.entries).flatMap((list) => list.map((value) => value.basis)))];
  if (basis !== undefined && !bases.includes(basis))
    throw new UsageError(
      `--basis: this figure's bases are ${bases.map((one) => `"${one}"`).join(', ')}; received "${basis}"`,
    );
  if (asOf !== undefined) checkedDate(asOf);
  const filter: VintageFilter = {
    ...(stages === undefined ? {} : { stage: stages as Stage[] }),
    ...(basis === undefined ? {} : { basis }),
  };
  return {
    ...(year === undefined ? {} : { key: year.trim() }),
    ...(Object.keys(filter).length === 0 ? {} : { filter }),
    ...(asOf === undefined ? {} : { asOf }),
  };
}

function checkedDate(date: string): void {
  try {
    lastDayOf(date, ['as-of']);
  } catch (error) {
    if (!isBudgetWhatIfError(error)) throw error;
    throw new UsageError(`--as-of is a date written YYYY-MM-DD, YYYY-MM or YYYY; received "${date}"`);
  }
}

/** Every value shown (exact, with its source), and for json the revisions too. */
function rowsOutput(history: FigureHistory, options: VintagesReportOptions, format: 'csv' | 'json'): string {
  const { shown, changes } = vintagesShown(history, options);
  const rows = shown.flatMap(({ key, values }) => values.map((value) => ({ key, ...value })));
  if (format === 'json')
    return `${JSON.stringify({ name: history.name, values: rows, revisions: changes }, null, 2)}\n`;
  return toCsv([
    [
      'key',
      'date',
      'stage',
      'basis',
      'amount',
      'currency',
      'share_of_gdp',
      'status',
      'publisher',
      'title',
      'url',
      'quoted',
      'note',
    ],
    ...rows.map((row) => [
      row.key,
      row.date,
      row.stage,
      row.basis,
      row.value.amount?.amount.toFixed() ?? '',
      row.value.amount?.currency ?? '',
      row.value.shareOfGdp?.toFixed() ?? '',
      row.status ?? '',
      row.source.publisher,
      row.source.title,
      row.source.url ?? '',
      row.source.quoted ?? '',
      row.note ?? '',
    ]),
  ]);
}
