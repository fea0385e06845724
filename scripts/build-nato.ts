// Generate src/data/nato/shares.generated.ts, NATO's defence expenditure as a share of GDP for every ally
// and release, and src/data/nato/amounts.generated.ts, NATO's amounts (defence expenditure, GDP, the
// equipment share) for the releases whose tables the project holds, from the committed raw files:
// data/raw/nato-share-of-gdp.csv (one row per release, ally or aggregate, and year: the percentage as
// printed or transcribed, or empty where NATO published none or the project has not retrieved it),
// data/raw/nato-amounts.csv (one row per release, ally or aggregate, year and measure, with NATO's table
// and unit) and data/raw/nato-sources.csv (where each row comes from, with the words quoted).
//
//   npm run data:nato              regenerate
//   npm run data:nato -- --check   fail if the committed file differs from what the CSVs give (CI)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCsv } from './lib/csv';
import { writeGenerated } from './lib/generated';

/** Say what is wrong with the raw files, and where, and exit 1: a reader fixes a CSV, not a stack trace. */
function stop(message: string): never {
  console.error(`build-nato: ${message}`);
  process.exit(1);
}

const root = path.resolve(import.meta.dirname, '..');
const sharesInput = path.join(root, 'data', 'raw', 'nato-share-of-gdp.csv');
const sourcesInput = path.join(root, 'data', 'raw', 'nato-sources.csv');
const amountsInput = path.join(root, 'data', 'raw', 'nato-amounts.csv');
const output = path.join(root, 'src', 'data', 'nato', 'shares.generated.ts');
const amountsOutput = path.join(root, 'src', 'data', 'nato', 'amounts.generated.ts');

const KINDS = ['outturn', 'estimate', 'not-published', 'not-retrieved'] as const;
const KIND_LETTERS: Readonly<Record<string, string>> = {
  outturn: 'o',
  estimate: 'e',
  'not-published': 'n',
  'not-retrieved': 'r',
};
/** Allies by ISO 3166 code, and NATO's two aggregates. */
const CODES = new Set([
  ...'AL BE BG CA HR CZ DK EE FI FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES SE TR GB US'.split(' '),
  'NATO',
  'NATO-EUROPE-CANADA',
]);

/** What every row of the raw files must be: a release, an ally or aggregate, a year it covers, a kind. */
function checkRow(at: string, release: string, code: string, year: string, kind: string): void {
  if (!/^\d{4}-\d{2}$/.test(release)) stop(`${at}: release ${release} is not YYYY-MM`);
  if (!CODES.has(code)) stop(`${at}: ${code} is not an ally's code or NATO's aggregate`);
  if (!/^\d{4}$/.test(year) || Number(year) < 2014 || Number(year) > Number(release.slice(0, 4)))
    stop(`${at}: year ${year} is outside 2014 to the release's year`);
  if (!(KINDS as readonly string[]).includes(kind)) stop(`${at}: kind ${kind} is not ${KINDS.join(', ')}`);
}

/** The rows of a CSV as records by its header, every row checked to have every column. */
function records<TColumn extends string>(file: string, columns: readonly TColumn[]): Record<TColumn, string>[] {
  const [header, ...rows] = readCsv(file);
  if (header?.join(',') !== columns.join(',')) stop(`${file}: the header is not ${columns.join(',')}`);
  return rows.map((cells, i) => {
    if (cells.length !== columns.length) stop(`${file}:${String(i + 2)}: ${String(cells.length)} fields`);
    return Object.fromEntries(columns.map((name, k) => [name, cells[k] ?? ''])) as Record<TColumn, string>;
  });
}

const sources = records(sourcesInput, ['id', 'publisher', 'title', 'url', 'published', 'quoted', 'note']);
const sourceIds = new Set(sources.map((source) => source.id));
const shares = records(sharesInput, ['release', 'code', 'year', 'percent', 'kind', 'source']);
const seen = new Set<string>();
for (const [i, row] of shares.entries()) {
  const at = `${path.relative(root, sharesInput)}:${String(i + 2)}`;
  const { release, code, year, percent, kind, source } = row;
  checkRow(at, release, code, year, kind);
  const withValue = kind === 'outturn' || kind === 'estimate';
  if (withValue !== /^\d{1,2}\.\d{1,16}$/.test(percent))
    stop(`${at}: ${kind} needs ${withValue ? 'a percentage such as 2.05' : 'no value'}, found "${percent}"`);
  if ((kind === 'not-retrieved') !== (source === '') || (source !== '' && !sourceIds.has(source)))
    stop(`${at}: source "${source}" (every row but a not-retrieved one names a source of nato-sources.csv)`);
  const key = `${release}|${code}|${year}`;
  if (seen.has(key)) stop(`${at}: a second row for ${key}`);
  seen.add(key);
}

const quote = (text: string): string => JSON.stringify(text);
const sourceLines = sources.map((source) => {
  const fields = (['publisher', 'title', 'url', 'published', 'quoted', 'note'] as const)
    .filter((name) => source[name] !== '')
    .map((name) => `${name}: ${quote(source[name])}`);
  return `  ${quote(source.id)}: { ${fields.join(', ')} },`;
});
const rowLines = shares.map(
  (row) =>
    `  [${quote(row.release)}, ${quote(row.code)}, ${row.year}, ${quote(row.percent)}, ${quote(row.kind)}, ${quote(row.source)}],`,
);
const digest = createHash('sha256').update(readFileSync(sharesInput)).update(readFileSync(sourcesInput)).digest('hex');
const generated = `// Generated by scripts/build-nato.ts from data/raw/nato-share-of-gdp.csv and data/raw/nato-sources.csv
// (sha256 ${digest}). Do not edit: run \`npm run data:nato\`.
import type { Source } from '../../sources/Source';

/** Where the rows come from, by id. @internal */
export const NATO_SOURCES: Readonly<Record<string, Source>> = {
${sourceLines.join('\n')}
};

/** [release, code, year, percent as printed ('' for none), kind, source id ('' where not retrieved)]. @internal */
export const NATO_SHARE_ROWS: readonly (readonly [string, string, number, string, string, string])[] = [
${rowLines.join('\n')}
];
`;

/** Each measure of NATO's tables the dataset holds: its table and its unit (a currency's for `expenditure`). */
const MEASURES: Readonly<Record<string, { readonly table: string; readonly unit: RegExp }>> = {
  expenditure: { table: '1', unit: /^[A-Z]{3} million$/ },
  'expenditure-usd': { table: '2', unit: /^USD million$/ },
  'real-expenditure-usd': { table: '2', unit: /^USD million \(20\d\d prices\)$/ },
  'gdp-usd': { table: '5', unit: /^USD million$/ },
  'real-gdp-usd': { table: '5', unit: /^USD million \(20\d\d prices\)$/ },
  'equipment-share': { table: '8a', unit: /^percent$/ },
};
const amounts = records(amountsInput, [
  'release',
  'code',
  'year',
  'table',
  'measure',
  'unit',
  'value',
  'kind',
  'source',
]);
/** One measure of one ally in one release, year by year: the rows of the raw file, grouped. */
interface AmountSeries {
  readonly release: string;
  readonly code: string;
  readonly measure: string;
  unit: string;
  readonly from: number;
  readonly values: string[];
  readonly kinds: string[];
  readonly source: string;
}
const series = new Map<string, AmountSeries>();
for (const [i, row] of amounts.entries()) {
  const at = `${path.relative(root, amountsInput)}:${String(i + 2)}`;
  const { release, code, year, table, measure, unit, value, kind, source } = row;
  checkRow(at, release, code, year, kind);
  const spec = MEASURES[measure];
  if (spec === undefined) stop(`${at}: measure ${measure} is not ${Object.keys(MEASURES).join(', ')}`);
  if (table !== spec.table) stop(`${at}: ${measure} is in NATO's table ${spec.table}, not ${table}`);
  const withValue = kind === 'outturn' || kind === 'estimate';
  if (withValue !== /^\d{1,9}(\.\d{1,15})?$/.test(value) || withValue !== spec.unit.test(unit))
    stop(
      `${at}: ${kind} needs ${withValue ? 'a number and its unit' : 'no value and no unit'}, found "${value}" "${unit}"`,
    );
  if (source === '' || !sourceIds.has(source)) stop(`${at}: source "${source}" is not in nato-sources.csv`);
  const key = `${release}|${code}|${measure}`;
  const group = series.get(key) ?? { release, code, measure, unit, from: Number(year), values: [], kinds: [], source };
  if (Number(year) !== group.from + group.values.length) stop(`${at}: ${key} skips or repeats a year (${year})`);
  if (source !== group.source) stop(`${at}: ${key} has two sources`);
  if (unit !== '' && group.unit !== '' && unit !== group.unit) stop(`${at}: ${key} changes unit (${unit})`);
  if (group.unit === '') group.unit = unit;
  group.values.push(value);
  group.kinds.push(kind);
  series.set(key, group);
}
const seriesLines = [...series.values()].map(
  (one) =>
    `  [${[one.release, one.code, one.measure, one.unit].map(quote).join(', ')}, ${String(one.from)}, ${quote(one.values.join(' '))}, ${quote(one.kinds.map((kind) => KIND_LETTERS[kind]).join(''))}, ${quote(one.source)}],`,
);
const amountsDigest = createHash('sha256').update(readFileSync(amountsInput)).digest('hex');
const amountsGenerated = `// Generated by scripts/build-nato.ts from data/raw/nato-amounts.csv (sha256 ${amountsDigest}).
// Do not edit: run \`npm run data:nato\`.

/**
 * [release, code, measure, unit ('' where NATO published none), first year, the values by year separated by
 * spaces ('' for none), each year's kind (o outturn, e estimate, n not published, r not retrieved), source
 * id]. @internal
 */
export const NATO_AMOUNT_SERIES: readonly (readonly [string, string, string, string, number, string, string, string])[] = [
${seriesLines.join('\n')}
];
`;

console.log(
  `${String(shares.length)} share rows, ${String(amounts.length)} amount rows, ${String(sources.length)} sources`,
);
writeGenerated(
  new Map([
    [path.relative(root, output), generated],
    [path.relative(root, amountsOutput), amountsGenerated],
  ]),
  'npm run data:nato',
);
