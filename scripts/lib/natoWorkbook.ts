// NATO's "Defence Expenditure of NATO Countries" workbook (the tables in Excel format) as the rows of the
// project's raw files: Table 3's shares for data/raw/nato-share-of-gdp.csv, and Tables 1, 2, 5 and 8a for
// data/raw/nato-amounts.csv. Each value is the one the file stores, to 15 significant digits (Excel's
// precision: the file holds binary doubles, 16250.362999999999 for 16250.363). Read by
// scripts/import-nato-workbook.ts; pure, so that tests can feed it a workbook of their own.
import { D } from '../../src/decimal/core';
import { unzip } from './unzip';

/** A worksheet as NATO lays it out: its cells by row and column (both from 1), text resolved. */
type Grid = ReadonlyMap<number, ReadonlyMap<number, string>>;

/** One row of data/raw/nato-share-of-gdp.csv. */
export interface ShareRow {
  readonly code: string;
  readonly year: number;
  readonly percent: string;
  readonly kind: 'outturn' | 'estimate' | 'not-published';
}

/** One row of data/raw/nato-amounts.csv (release and source are the caller's). */
export interface AmountRow {
  readonly code: string;
  readonly year: number;
  readonly table: string;
  readonly measure: string;
  readonly unit: string;
  readonly value: string;
  readonly kind: 'outturn' | 'estimate' | 'not-published';
}

/** The allies and NATO's aggregates by the names NATO's tables give them. */
export const NATO_NAMES: Readonly<Record<string, string>> = {
  Albania: 'AL',
  Belgium: 'BE',
  Bulgaria: 'BG',
  Canada: 'CA',
  Croatia: 'HR',
  Czechia: 'CZ',
  Denmark: 'DK',
  Estonia: 'EE',
  Finland: 'FI',
  France: 'FR',
  Germany: 'DE',
  Greece: 'GR',
  Hungary: 'HU',
  Iceland: 'IS',
  Italy: 'IT',
  Latvia: 'LV',
  Lithuania: 'LT',
  Luxembourg: 'LU',
  Montenegro: 'ME',
  Netherlands: 'NL',
  'North Macedonia': 'MK',
  Norway: 'NO',
  Poland: 'PL',
  Portugal: 'PT',
  Romania: 'RO',
  'Slovak Republic': 'SK',
  Slovenia: 'SI',
  Spain: 'ES',
  Sweden: 'SE',
  Türkiye: 'TR',
  'United Kingdom': 'GB',
  'United States': 'US',
  'NATO Europe and Canada': 'NATO-EUROPE-CANADA',
  'NATO Total': 'NATO',
};

/** NATO's words for national currencies (Table 1's labels), as ISO 4217 codes; "Kroner" is two. */
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  Leks: 'ALL',
  Euros: 'EUR',
  Leva: 'BGN',
  'Canadian dollars': 'CAD',
  Koruny: 'CZK',
  Forint: 'HUF',
  Denars: 'MKD',
  Zlotys: 'PLN',
  'New Lei': 'RON',
  Kronor: 'SEK',
  Liras: 'TRY',
  Pounds: 'GBP',
  'US dollars': 'USD',
};
const KRONER: Readonly<Record<string, string>> = { DK: 'DKK', NO: 'NOK' };

/** Which block of which table holds each measure: the table, the heading that opens the block. */
const BLOCKS: readonly { readonly table: string; readonly heading: RegExp; readonly measure: string }[] = [
  { table: '1', heading: /^Current prices$/, measure: 'expenditure' },
  { table: '2', heading: /^Current prices and exchange rates$/, measure: 'expenditure-usd' },
  { table: '2', heading: /^Constant (\d{4}) prices and exchange rates$/, measure: 'real-expenditure-usd' },
  { table: '3', heading: /^Share of real GDP/, measure: 'share' },
  { table: '5', heading: /^Current prices and exchange rates$/, measure: 'gdp-usd' },
  { table: '5', heading: /^Constant (\d{4}) prices and exchange rates$/, measure: 'real-gdp-usd' },
  { table: '8a', heading: /^Equipment/, measure: 'equipment-share' },
];

/** A value as the raw files write it: 15 significant digits, half to even, no trailing zeros. */
export function significant(stored: string): string {
  const value = new D(stored);
  if (!value.isFinite()) throw new Error(`not a number: "${stored}"`);
  return value.toSignificantDigits(15, D.ROUND_HALF_EVEN).toFixed();
}

/** The workbook's worksheets, by the number of the table each holds (`1`, `8a`), from its title cell. */
export function tablesOf(bytes: Uint8Array): ReadonlyMap<string, Grid> {
  const files = unzip(bytes);
  const strings = [...(files.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>(.*?)<\/si>/gs)].map((match) =>
    textOf(match[1] ?? ''),
  );
  const targets = new Map(
    [
      ...(files.get('xl/_rels/workbook.xml.rels') ?? '').matchAll(
        /<Relationship [^>]*?Id="(\w+)"[^>]*?Target="([^"]+)"/g,
      ),
    ].map((match) => [match[1] ?? '', (match[2] ?? '').replace(/^\/?(xl\/)?/, 'xl/')]),
  );
  const tables = new Map<string, Grid>();
  for (const sheet of (files.get('xl/workbook.xml') ?? '').matchAll(/<sheet [^>]*?r:id="(\w+)"/g)) {
    const grid = gridOf(files.get(targets.get(sheet[1] ?? '') ?? '') ?? '', strings);
    const title = [...grid.values()].flatMap((row) => [...row.values()]).find((text) => /^Table \w+ ?:/.test(text));
    const number = title === undefined ? undefined : /^Table (\w+) ?:/.exec(title)?.[1];
    if (number !== undefined) tables.set(number, grid);
  }
  return tables;
}

/** The text of a string item, its runs joined, with XML's five escapes undone. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<t(?: [^>]*)?>(.*?)<\/t>/gs)]
    .map((match) => match[1] ?? '')
    .join('')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

/** A worksheet's cells: shared strings resolved, numbers as the file stores them. */
function gridOf(xml: string, strings: readonly string[]): Grid {
  const grid = new Map<number, Map<number, string>>();
  for (const cell of xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
    const [, letters = '', row = '', attributes = '', inner = ''] = cell;
    const stored = /<v>(.*?)<\/v>/s.exec(inner)?.[1];
    const type = / t="(\w+)"/.exec(attributes)?.[1];
    const text = type === 's' ? strings[Number(stored)] : type === 'inlineStr' ? textOf(inner) : stored;
    if (text === undefined || text === '') continue;
    const column = Array.from(letters).reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
    const cells = grid.get(Number(row)) ?? new Map<number, string>();
    cells.set(column, text.trim());
    grid.set(Number(row), cells);
  }
  return grid;
}

/** A block's rows: the label (name and currency word) and the values by year, with each year's kind. */
interface Block {
  readonly heading: RegExpExecArray;
  readonly rows: ReadonlyMap<string, { readonly currency?: string; readonly values: ReadonlyMap<number, string> }>;
  readonly years: ReadonlyMap<number, 'outturn' | 'estimate'>;
}

/**
 * The block of a table under a heading: the year header (the row of years nearest the heading, below it
 * as in NATO's 2025 and 2026 tables or above it as in 2024's), then one row per ally or aggregate, each
 * labelled in the leftmost cell before the years, until a row that names none.
 */
function blockOf(grid: Grid, heading: RegExp): Block | undefined {
  const rows = [...grid.keys()].sort((a, b) => a - b);
  const start = rows.find((row) => [...(grid.get(row)?.values() ?? [])].some((text) => heading.test(text)));
  if (start === undefined) return undefined;
  const match = heading.exec([...(grid.get(start)?.values() ?? [])].find((text) => heading.test(text)) ?? '');
  const isHeader = (row: number): boolean => yearsIn(grid.get(row)).size >= 5;
  const header =
    rows.filter((row) => row > start && row <= start + 3).find(isHeader) ??
    rows
      .filter((row) => row < start)
      .reverse()
      .find(isHeader);
  const columns = yearsIn(header === undefined ? undefined : grid.get(header));
  const firstYear = Math.min(...columns.keys());
  const found = new Map<string, { currency?: string; values: Map<number, string> }>();
  for (const row of rows.filter((candidate) => candidate > start && candidate !== header)) {
    const cells = grid.get(row) ?? new Map<number, string>();
    const leftmost = [...cells].filter(([column]) => column < firstYear).sort(([a], [b]) => a - b)[0]?.[1] ?? '';
    const label = /^(.*?)\*?\s*(?:\((.*)\))?$/.exec(leftmost);
    const code = NATO_NAMES[(label?.[1] ?? '').replace(/\*$/, '').trim()];
    if (code === undefined) {
      if (found.size > 0) break;
      continue;
    }
    const values = new Map<number, string>();
    for (const [column, { year }] of columns) values.set(year, cells.get(column) ?? '');
    found.set(code, { ...(label?.[2] === undefined ? {} : { currency: label[2] }), values });
  }
  const years = new Map([...columns.values()].map(({ year, kind }) => [year, kind]));
  return match === null ? undefined : { heading: match, rows: found, years };
}

/** NATO's marks for a figure it does not give (`..` not available, `-` nil), and an empty cell. */
const NO_FIGURE = new Set(['', '..', '-', '–', 'n/a']);

/** Whether a cell is a figure, no figure, or something this reader does not know (an error naming it). */
function figureOf(text: string, where: string): string | undefined {
  if (NO_FIGURE.has(text)) return undefined;
  if (!/^-?\d+(\.\d+)?(E[-+]?\d+)?$/i.test(text))
    throw new Error(`${where}: "${text}" is neither a number nor NATO's ".."`);
  return text;
}

/** The columns of a row that hold a year (`2014`, `2023e`), with the year and whether NATO marks it estimated. */
function yearsIn(
  cells: ReadonlyMap<number, string> | undefined,
): ReadonlyMap<number, { readonly year: number; readonly kind: 'outturn' | 'estimate' }> {
  const years = new Map<number, { year: number; kind: 'outturn' | 'estimate' }>();
  for (const [column, text] of cells ?? []) {
    const match = /^(\d{4})(e?)$/.exec(text);
    if (match !== null) years.set(column, { year: Number(match[1]), kind: match[2] === 'e' ? 'estimate' : 'outturn' });
  }
  return years;
}

/** Table 3's shares of GDP, every ally and aggregate it lists, year by year. */
export function shareRows(tables: ReadonlyMap<string, Grid>): ShareRow[] {
  const block = blockFor(tables, '3', /^Share of real GDP/);
  return [...block.rows].flatMap(([code, row]) =>
    [...row.values].map(([year, text]): ShareRow => {
      const stored = figureOf(text, `Table 3, ${code} ${String(year)}`);
      if (stored === undefined) return { code, year, percent: '', kind: 'not-published' };
      const percent = significant(stored);
      // A whole share (NATO's 2, where an ally met the guideline on the GDP data of the time) keeps its 15
      // digits, so that it does not read as a figure rounded to a whole percent.
      return {
        code,
        year,
        percent: percent.includes('.') ? percent : new D(stored).toPrecision(15),
        kind: kindOf(block, year),
      };
    }),
  );
}

/**
 * Tables 1, 2, 5 and 8a, measure by measure, for every ally and aggregate of `codes`: a value for each year
 * the table gives, and `not-published` rows for an ally a table leaves out (Iceland's defence figures).
 * NATO's aggregates have no national currency (Table 1) and no equipment share (Table 8a): no rows.
 */
export function amountRows(tables: ReadonlyMap<string, Grid>, codes: readonly string[]): AmountRow[] {
  const out: AmountRow[] = [];
  const blocks = BLOCKS.filter((spec) => spec.measure !== 'share').map((spec) => ({
    spec,
    block: blockFor(tables, spec.table, spec.heading),
  }));
  for (const code of codes)
    for (const { spec, block } of blocks) {
      const row = block.rows.get(code);
      if (row === undefined) {
        if (!code.startsWith('NATO')) out.push(...unpublished(code, spec, block));
        continue;
      }
      const unit = unitOf(code, spec.measure, block, row.currency);
      for (const [year, text] of row.values) {
        const stored = figureOf(text, `Table ${spec.table}, ${code} ${String(year)}`);
        const base = { code, year, table: spec.table, measure: spec.measure };
        out.push(
          stored === undefined
            ? { ...base, unit: '', value: '', kind: 'not-published' }
            : { ...base, unit, value: significant(stored), kind: kindOf(block, year) },
        );
      }
    }
  return out;
}

function unpublished(code: string, spec: (typeof BLOCKS)[number], block: Block): AmountRow[] {
  return [...block.years.keys()].map((year) => ({
    code,
    year,
    table: spec.table,
    measure: spec.measure,
    unit: '',
    value: '',
    kind: 'not-published' as const,
  }));
}

function unitOf(code: string, measure: string, block: Block, currency: string | undefined): string {
  if (measure === 'equipment-share') return 'percent';
  if (measure === 'expenditure') {
    const iso = currency === 'Kroner' ? KRONER[code] : CURRENCY_WORDS[currency ?? ''];
    if (iso === undefined) throw new Error(`Table 1: no currency for ${code} ("${currency ?? ''}")`);
    return `${iso} million`;
  }
  const prices = block.heading[1];
  return prices === undefined ? 'USD million' : `USD million (${prices} prices)`;
}

function blockFor(tables: ReadonlyMap<string, Grid>, table: string, heading: RegExp): Block {
  const grid = tables.get(table);
  const block = grid === undefined ? undefined : blockOf(grid, heading);
  if (block === undefined || block.rows.size === 0)
    throw new Error(`the workbook has no Table ${table} block under ${String(heading)}`);
  return block;
}

function kindOf(block: Block, year: number): 'outturn' | 'estimate' {
  return block.years.get(year) ?? 'outturn';
}
