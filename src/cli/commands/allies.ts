import {
  DEFAULT_NATO_RELEASE,
  isAlly,
  NATO_ALLIES,
  NATO_RELEASES,
  natoSharesIn,
  type NatoShare,
} from '../../data/nato/natoShares';
import { natoAmounts, type NatoAmounts } from '../../data/nato/natoAmounts';
import { allyPopulation } from '../../data/population/allyPopulation';
import { natoDenominator } from '../../data/nato/natoDenominator';
import { natoFiscalYear } from '../../data/nato/natoFiscalYear';
import { alliesChart } from '../../reports/alliesChart';
import { alliesReport, alliesYears, type AlliesReportOptions } from '../../reports/alliesReport';
import { toCsv } from '../../reports/csv';
import { checkLocale, OUTPUT, parse, text } from '../args';
import { UsageError, type CliIo } from '../io';
import { emit, formatOf, rendered, writeChart } from '../output';

/** The help of the command. @internal */
export const ALLIES_HELP = `Usage: budget-whatif allies [options]

NATO's defence expenditure as a share of GDP, ally by ally, from NATO's "Defence
Expenditure of NATO Countries" releases. For one year: the allies ranked, each with its
distance to the 2% (Wales), 3.5% and 5% (The Hague) lines, NATO's own averages, and how
earlier releases estimated the same year; with --release 2024-06, NATO's amounts too
(defence expenditure in dollars at NATO's rates, GDP, the equipment share). For several
years: allies by year. An ally without a number is listed with the reason (NATO published
none, or the figure is not yet retrieved), never shown as zero.

Options:
  --year <y>        a year (default: the release's last), or a range such as 2014-2025
  --codes <list>    allies by ISO 3166 code, comma-separated (default: all), e.g.
                    LT,LV,EE,PL,FI,DE,US
  --release <r>     ${NATO_RELEASES.map((release) => release.id).join(', ')} (default: the latest)
  --format <f>      table (default), markdown, csv (every row, its status and source,
                    NATO's amounts in millions where the dataset has them, and what the
                    share divides by) or json
  --out <file>      write there instead of standard output
  --chart <file>    also write a chart: .svg or .json (Vega-Lite): ranked bars for a
                    year, lines over years
  --locale <l>      number format of table and markdown, e.g. lt-LT (default en)
  -h, --help        this help

Examples:
  budget-whatif allies --year 2025
  budget-whatif allies --year 2014-2024 --codes LT,LV,EE,PL --chart baltic.svg
  budget-whatif allies --year 2024 --release 2024-06 --codes LT,PL,DE,US
`;

/** `budget-whatif allies`. @internal */
export async function alliesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('allies', args, {
    ...OUTPUT,
    year: { type: 'string' },
    codes: { type: 'string' },
    release: { type: 'string' },
    chart: { type: 'string' },
  });
  if (values['help'] === true) {
    io.stdout(ALLIES_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(
      `allies takes no scenario, received ${positionals.join(' ')}\nSee: budget-whatif allies --help`,
    );
  const format = formatOf(text(values, 'format'));
  const locale = checkLocale(text(values, 'locale'));
  const options = optionsOf(text(values, 'year'), text(values, 'codes'), text(values, 'release'));
  const output =
    format === 'csv' || format === 'json'
      ? rowsOutput(rowsOf(options), format)
      : rendered(alliesReport(options), format, locale);
  await emit(output, text(values, 'out'), io);
  const chart = text(values, 'chart');
  if (chart !== undefined) await writeChart(alliesChart(options), chart, io);
  return 0;
}

/** The options, each checked with a message that names the flag and the value. */
function optionsOf(
  year: string | undefined,
  codes: string | undefined,
  release: string | undefined,
): AlliesReportOptions {
  const known = NATO_RELEASES.find((candidate) => candidate.id === (release ?? DEFAULT_NATO_RELEASE));
  if (known === undefined)
    throw new UsageError(
      `--release is ${NATO_RELEASES.map((candidate) => candidate.id).join(', ')}; received "${release ?? ''}"`,
    );
  const years = year === undefined ? undefined : yearsOf(year, known.years);
  const list = codes?.split(',').map((code) => code.trim().toUpperCase());
  if (list?.includes('') === true)
    throw new UsageError(
      `--codes lists allies by ISO 3166 code, comma-separated (LT,LV,EE,PL); "${codes ?? ''}" has an empty code`,
    );
  const unknown = list?.filter((code) => !NATO_ALLIES.some((ally) => ally.code === code)) ?? [];
  if (unknown.length > 0)
    throw new UsageError(
      `--codes lists allies by ISO 3166 code (LT,LV,EE,PL,FI,DE,US, or NATO for NATO's total); "${codes ?? ''}" has no ally ${unknown.join(', ')}`,
    );
  return {
    release: known.id,
    ...(years === undefined ? {} : { year: years.from === years.to ? years.from : years }),
    ...(list === undefined ? {} : { codes: list }),
  };
}

/** `2025` or `2014-2025`, within the release's years. */
function yearsOf(text: string, covered: { readonly from: number; readonly to: number }): { from: number; to: number } {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim());
  const from = Number(match?.[1]);
  const to = match?.[2] === undefined ? from : Number(match[2]);
  if (match === null || from < covered.from || to > covered.to || to < from)
    throw new UsageError(
      `--year is a year or a range from ${String(covered.from)} to ${String(covered.to)} (this release's years), such as 2025 or 2014-2025; received "${text}"`,
    );
  return { from, to };
}

/** Every row the report shows (allies and NATO's averages), for csv and json: exact, with status and source. */
function rowsOf(options: AlliesReportOptions): NatoShare[] {
  const { release, years } = alliesYears(options);
  const codes =
    options.codes === undefined ? undefined : [...new Set([...options.codes, 'NATO', 'NATO-EUROPE-CANADA'])];
  const rows: NatoShare[] = [];
  for (let year = years.from; year <= years.to; year++)
    rows.push(...natoSharesIn(year, { release, ...(codes === undefined ? {} : { codes }) }));
  return rows;
}

/**
 * The rows as csv or json: each share exact, with its status and source, NATO's amounts where the
 * dataset holds the release's tables (as NATO prints them, in millions; empty elsewhere), and the ally's
 * mid-year population (the World Bank's, 2014–2024; empty for NATO's totals and later years), and what
 * the share divides by (GDP; Luxembourg's from 2023, its GNI as reported: `natoDenominator`), and the
 * period NATO's year stands for (the year; Canada's and the UK's fiscal year as year-months,
 * `2024-04/2025-03`: `natoFiscalYear`).
 */
function rowsOutput(rows: readonly NatoShare[], format: 'csv' | 'json'): string {
  const amountsOf = (row: NatoShare): NatoAmounts | undefined => {
    const amounts = natoAmounts(row.code, row.year, { release: row.release });
    return amounts?.status === 'not-retrieved' ? undefined : amounts;
  };
  const populationOf = (row: NatoShare): string | undefined =>
    isAlly(row.code) ? allyPopulation(row.code)[row.year]?.value.toString() : undefined;
  // What the share divides by: GDP, but for Luxembourg from 2023 (natoDenominator); none without a share.
  const shareOf = (row: NatoShare): string | undefined =>
    row.share === undefined ? undefined : (natoDenominator(row.code, row.year)?.denominator ?? 'GDP');
  // The months NATO's year stands for: a fiscal year where the ally's runs April to March (natoFiscalYear).
  const periodOf = (row: NatoShare): string => natoFiscalYear(row.code, row.year)?.interval ?? String(row.year);
  if (format === 'json')
    return `${JSON.stringify(
      rows.map((row) => {
        const amounts = amountsOf(row);
        const population = populationOf(row);
        const of = shareOf(row);
        return {
          ...row,
          ...(of === undefined ? {} : { shareOf: of }),
          period: periodOf(row),
          ...(amounts === undefined ? {} : { amounts }),
          ...(population === undefined ? {} : { population }),
        };
      }),
      null,
      2,
    )}\n`;
  return toCsv([
    [
      'release',
      'code',
      'ally',
      'year',
      'share',
      'percent',
      'status',
      'source',
      'currency',
      'expenditure_million',
      'expenditure_usd_million',
      'gdp_usd_million',
      'equipment_percent',
      'population',
      'share_of',
      'period',
    ],
    ...rows.map((row) => {
      const amounts = amountsOf(row);
      return [
        row.release,
        row.code,
        row.name,
        String(row.year),
        row.share?.toFixed() ?? '',
        row.printed ?? '',
        row.status,
        row.source === undefined ? '' : `${row.source.publisher}, ${row.source.title}`,
        amounts?.expenditure?.currency ?? '',
        amounts?.printed.expenditure ?? '',
        amounts?.printed['expenditure-usd'] ?? '',
        amounts?.printed['gdp-usd'] ?? '',
        amounts?.printed['equipment-share'] ?? '',
        populationOf(row) ?? '',
        shareOf(row) ?? '',
        periodOf(row),
      ];
    }),
  ]);
}
