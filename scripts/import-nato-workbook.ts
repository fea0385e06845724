// Read NATO's workbook of a release ("Defence Expenditure of NATO Countries", the tables in Excel format,
// downloaded from nato.int) into the raw files: Table 3's shares into data/raw/nato-share-of-gdp.csv and
// Tables 1, 2, 5 and 8a into data/raw/nato-amounts.csv, each row naming the release and a source of
// data/raw/nato-sources.csv (add the source first). The workbook itself is not committed: the raw files
// are the record, and this script is how to check them against NATO's file or write them from a new one.
// A release not yet in the dataset also needs its id in `NatoReleaseId` and `NATO_RELEASES`
// (src/data/nato/natoShares.ts), with its title, years and date of publication.
//
//   npm run data:nato-workbook -- 240617-def-exp-2024-TABLES-en.xlsx --release 2024-06 --source nato-2024-workbook
//       check: say how the raw files differ from the workbook (exit 1 if they do)
//   ... --write
//       write: replace the release's rows with the workbook's, then run `npm run data:nato`
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { csvLine, readCsv } from './lib/csv';
import { amountRows, NATO_NAMES, shareRows, tablesOf } from './lib/natoWorkbook';

function stop(message: string): never {
  console.error(`import-nato-workbook: ${message}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { release: { type: 'string' }, source: { type: 'string' }, write: { type: 'boolean' } },
});
const [file] = positionals;
const { release, source } = values;
if (file === undefined || release === undefined || source === undefined)
  stop('usage: import-nato-workbook <workbook.xlsx> --release YYYY-MM --source <id of nato-sources.csv> [--write]');
if (!/^\d{4}-\d{2}$/.test(release)) stop(`--release is YYYY-MM, received "${release}"`);

const root = path.resolve(import.meta.dirname, '..');
const raw = (name: string): string => path.join(root, 'data', 'raw', name);
const sourceIds = new Set(readCsv(raw('nato-sources.csv')).map((row) => row[0]));
if (!sourceIds.has(source)) stop(`--source ${source} is not in data/raw/nato-sources.csv: add it there first`);

/** The workbook's rows for the raw files, or what is wrong with it, without a stack trace. */
function readWorkbook(bytes: Uint8Array, release: string, source: string): { shares: string[][]; amounts: string[][] } {
  const tables = tablesOf(bytes);
  return {
    shares: shareRows(tables).map((row) => [release, row.code, String(row.year), row.percent, row.kind, source]),
    amounts: amountRows(tables, Object.values(NATO_NAMES)).map((row) => [
      release,
      row.code,
      String(row.year),
      row.table,
      row.measure,
      row.unit,
      row.value,
      row.kind,
      source,
    ]),
  };
}

let read: { shares: string[][]; amounts: string[][] };
try {
  read = readWorkbook(readFileSync(file), release, source);
} catch (error) {
  stop(`${file}: ${error instanceof Error ? error.message : String(error)}`);
}
const { shares, amounts } = read;

/**
 * A raw file with the release's rows replaced by the workbook's: for shares, each row in its place (rows
 * the workbook has no key for, such as Iceland's, kept); for amounts, the release's block as a whole.
 * New rows go after the release's last one. Says how many lines changed.
 */
function merged(file: string, fresh: readonly string[][], keyOf: (row: readonly string[]) => string, all: boolean) {
  const [header = [], ...rows] = readCsv(raw(file));
  const byKey = new Map(fresh.map((row) => [keyOf(row), row]));
  const ours = rows.filter((row) => row[0] === release && (all || byKey.has(keyOf(row))));
  const last = rows.findLastIndex((row) => row[0] === release);
  const result: (readonly string[])[] = [];
  const placed = new Set<string>();
  rows.forEach((row, i) => {
    if (!ours.includes(row)) result.push(row);
    else if (!all) {
      result.push(byKey.get(keyOf(row)) as readonly string[]);
      placed.add(keyOf(row));
    } else if (row === ours[0]) {
      result.push(...fresh);
      for (const one of fresh) placed.add(keyOf(one));
    }
    if (i === last) result.push(...fresh.filter((one) => !placed.has(keyOf(one))));
  });
  if (last < 0) result.push(...fresh);
  const before = new Set(ours.map((row) => csvLine(row)));
  const after = new Set(fresh.map((row) => csvLine(row)));
  const changed =
    [...after].filter((line) => !before.has(line)).length + [...before].filter((line) => !after.has(line)).length;
  return { text: `${[header, ...result].map((row) => csvLine(row)).join('\n')}\n`, changed, rows: fresh.length };
}

const key = (row: readonly string[]): string => `${row[0] ?? ''}|${row[1] ?? ''}|${row[2] ?? ''}`;
const sharesFile = merged('nato-share-of-gdp.csv', shares, key, false);
const amountsFile = merged('nato-amounts.csv', amounts, (row) => `${key(row)}|${row[4] ?? ''}`, true);
console.log(
  `${file}: ${String(sharesFile.rows)} shares (Table 3), ${String(amountsFile.rows)} amounts (Tables 1, 2, 5, 8a) for release ${release}`,
);
if (values.write === true) {
  writeFileSync(raw('nato-share-of-gdp.csv'), sharesFile.text);
  writeFileSync(raw('nato-amounts.csv'), amountsFile.text);
  console.log('wrote data/raw/nato-share-of-gdp.csv and data/raw/nato-amounts.csv: now run npm run data:nato');
} else if (sharesFile.changed + amountsFile.changed > 0) {
  console.error(
    `the raw files differ from the workbook: ${String(sharesFile.changed)} share lines, ${String(amountsFile.changed)} amount lines (--write replaces them)`,
  );
  process.exit(1);
} else console.log('the raw files hold the workbook’s values, every one');
