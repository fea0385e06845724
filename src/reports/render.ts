import type { Decimal } from '../decimal/core';
import type { Report, ReportCell, ReportTable } from './types';

/**
 * How {@link renderText} and {@link renderMarkdown} format numbers.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { RenderOptions } from 'budget-whatif/reports';
 * const lithuanian: RenderOptions = { locale: 'lt-LT' };
 * ```
 */
export interface RenderOptions {
  /** A BCP 47 locale for digits, separators and percentages, such as `en` or `lt-LT`. Default: `en`. */
  readonly locale?: string;
}

/**
 * A report as aligned plain text, for a terminal: titles, tables with their numbers right-aligned and
 * formatted for the locale (`Intl.NumberFormat`, reading the decimals exactly), notes and lists.
 *
 * @param report - the report.
 * @param options - the locale; see {@link RenderOptions}.
 * @returns the text, ending in a newline.
 * @category Reports
 * @example
 * ```ts
 * import { decimal } from 'budget-whatif';
 * import { renderText } from 'budget-whatif/reports';
 * const text = renderText({
 *   title: 'Plan',
 *   intro: [],
 *   tables: [{ title: 'Items', unit: 'EUR million', places: 1, columns: ['Item', 'Amount'], rows: [['Mines', { amount: decimal('800') }]], notes: [] }],
 *   lists: [],
 * });
 * text.includes('800.0'); // => true
 * ```
 */
export function renderText(report: Report, options: RenderOptions = {}): string {
  const locale = options.locale ?? 'en';
  const out: string[] = [report.title, '='.repeat(Math.min(100, report.title.length)), ...report.intro, ''];
  for (const table of report.tables) {
    out.push(`${table.title} (${table.unit})`);
    const cells = [table.columns, ...table.rows.map((row) => row.map((cell) => show(cell, table, locale)))];
    const total = table.total?.map((cell) => show(cell, table, locale));
    const all = total === undefined ? cells : [...cells, total];
    const widths = table.columns.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
    const line = (row: readonly string[]): string =>
      row
        .map((text, c) => (c === 0 ? text.padEnd(widths[c] ?? 0) : text.padStart(widths[c] ?? 0)))
        .join('  ')
        .trimEnd();
    out.push(line(table.columns), widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of cells.slice(1)) out.push(line(row));
    if (total !== undefined) out.push(widths.map((w) => '-'.repeat(w)).join('  '), line(total));
    for (const note of table.notes) out.push(note);
    out.push('');
  }
  for (const list of report.lists) {
    out.push(list.title);
    list.items.forEach((item, i) => out.push(`${String(i + 1).padStart(3)}. ${item}`));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * A report as Markdown: headings, pipe tables (numbers right-aligned, `|` escaped), notes as paragraphs,
 * lists as numbered lists.
 *
 * @param report - the report.
 * @param options - the locale; see {@link RenderOptions}.
 * @returns the Markdown, ending in a newline.
 * @category Reports
 * @example
 * ```ts
 * import { evaluate, getScenario } from 'budget-whatif/scenarios';
 * import { renderMarkdown, scenarioReport } from 'budget-whatif/reports';
 * renderMarkdown(scenarioReport(evaluate(getScenario('lithuania-baseline')))).startsWith('# '); // => true
 * ```
 */
export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const locale = options.locale ?? 'en';
  const escape = (text: string): string => text.replaceAll('|', '\\|');
  const out: string[] = [`# ${report.title}`, '', ...report.intro.flatMap((line) => [line, '']).slice(0, -1), ''];
  for (const table of report.tables) {
    out.push(`## ${table.title}`, '', `_${table.unit}_`, '');
    const row = (cells: readonly string[]): string => `| ${cells.map(escape).join(' | ')} |`;
    out.push(row(table.columns), `| ${table.columns.map((_, c) => (c === 0 ? '---' : '---:')).join(' | ')} |`);
    for (const cells of table.rows) out.push(row(cells.map((cell) => show(cell, table, locale))));
    if (table.total !== undefined) out.push(row(table.total.map((cell) => bold(show(cell, table, locale)))));
    out.push('');
    for (const note of table.notes) out.push(note, '');
  }
  for (const list of report.lists) {
    out.push(`## ${list.title}`, '');
    list.items.forEach((item, i) => out.push(`${String(i + 1)}. ${item}`));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function bold(text: string): string {
  return text === '' ? text : `**${text}**`;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (found === undefined) {
    found = new Intl.NumberFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

/**
 * One cell of a report's table as {@link renderText} and {@link renderMarkdown} show it: an amount with the
 * table's decimal places, a share as a percentage with two decimals, a difference of shares as signed
 * percentage points, followed by its mark. For a page or a widget that lays a report out itself.
 *
 * @param cell - the cell.
 * @param table - its table (for the places).
 * @param options - the locale; see {@link RenderOptions}.
 * @returns the text.
 * @category Reports
 * @example
 * ```ts
 * import { decimal } from 'budget-whatif';
 * import { formatCell, type ReportTable } from 'budget-whatif/reports';
 * const table: ReportTable = { title: 'Items', unit: 'EUR million', places: 1, columns: [], rows: [], notes: [] };
 * formatCell({ amount: decimal('6513.386') }, table); // => '6,513.4'
 * formatCell({ percent: decimal('0.06') }, table); // => '6.00%'
 * formatCell({ points: decimal('-0.0004'), mark: '*' }, table); // => '-0.04 pp *'
 * ```
 */
export function formatCell(cell: ReportCell, table: Pick<ReportTable, 'places'>, options: RenderOptions = {}): string {
  return show(cell, table, options.locale ?? 'en');
}

/** A cell as text: amounts with the table's places, shares as percentages with two decimals, differences of shares as signed points. */
function show(cell: ReportCell, table: Pick<ReportTable, 'places'>, locale: string): string {
  if (typeof cell === 'string') return cell;
  const shown =
    'amount' in cell
      ? number(cell.amount, table.places, locale, 'decimal')
      : 'percent' in cell
        ? number(cell.percent, 2, locale, 'percent')
        : `${number(cell.points.times(100), 2, locale, 'decimal', 'exceptZero')} pp`;
  return cell.mark === undefined ? shown : `${shown} ${cell.mark}`;
}

function number(
  value: Decimal,
  places: number,
  locale: string,
  style: 'decimal' | 'percent',
  signDisplay: 'auto' | 'exceptZero' = 'auto',
): string {
  // Intl reads a decimal string exactly (Intl.NumberFormat v3): no digit goes through a float, and the
  // locale decides separators and the percent sign ("5.48%" in English, "5,48 %" in Lithuanian).
  return formatter(locale, {
    style,
    minimumFractionDigits: places,
    maximumFractionDigits: places,
    roundingMode: 'halfEven',
    signDisplay,
  }).format(value.toFixed() as Intl.StringNumericLiteral);
}
