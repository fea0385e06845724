// Read the UN's World Population Prospects 2024 projection (medium variant) into
// data/raw/population-projection.csv: every ally's population on 1 January 2025 to 2051. The input is
// data-raw/popprojMed.txt of the UN's R package wpp2024 (github.com/PPgp/wpp2024), whose year Y is the
// population at 31 December Y, written here as the UN dates it, 1 January Y + 1; each row names a source
// of data/raw/population-sources.csv (add the source first).
//
//   npm run data:population-import-un -- popprojMed.txt --source un-wpp-2024
//       check: say how data/raw/population-projection.csv differs from the file (exit 1 if it does)
//   ... --write
//       write: replace the raw file's rows with the file's, then run `npm run data:population`
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCsv } from './lib/csv';
import { writeOrCheck } from './lib/rawFile';
import { projectionRows } from './lib/unPopulation';

function stop(message: string): never {
  console.error(`import-un-population: ${message}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { source: { type: 'string' }, write: { type: 'boolean' } },
});
const [file] = positionals;
const { source } = values;
if (file === undefined || source === undefined)
  stop('usage: import-un-population <popprojMed.txt> --source <id of population-sources.csv> [--write]');

const root = path.resolve(import.meta.dirname, '..');
const rawFile = path.join(root, 'data', 'raw', 'population-projection.csv');
const sourceIds = new Set(readCsv(path.join(root, 'data', 'raw', 'population-sources.csv')).map((row) => row[0]));
if (!sourceIds.has(source)) stop(`--source ${source} is not in data/raw/population-sources.csv: add it there first`);

let rows: string[][];
try {
  const table = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
  rows = projectionRows(table, source);
} catch (error) {
  stop(`${file}: ${error instanceof Error ? error.message : String(error)}`);
}

writeOrCheck(
  rawFile,
  [['code', 'date', 'persons', 'source'], ...rows],
  values.write === true,
  'npm run data:population',
);
