// Read the World Bank's "Population, total" (SP.POP.TOTL, World Development Indicators) into
// data/raw/population.csv: every ally's mid-year population from 2014, the first year of NATO's tables, to
// the file's last. The input is the World Bank's series as one CSV of `Country Name,Country Code,Year,Value`
// (the layout of github.com/datasets/population's data/population.csv, which converts the World Bank's
// bulk file); each row names a source of data/raw/population-sources.csv (add the source first).
//
//   npm run data:population-import -- population.csv --source world-bank-wdi-2026-03
//       check: say how data/raw/population.csv differs from the file (exit 1 if it does)
//   ... --write
//       write: replace the raw file's rows with the file's, then run `npm run data:population`
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCsv } from './lib/csv';
import { writeOrCheck } from './lib/rawFile';
import { populationRows } from './lib/worldBankPopulation';

function stop(message: string): never {
  console.error(`import-world-bank-population: ${message}`);
  process.exit(2);
}

const HEADER = ['code', 'year', 'persons', 'source'];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { source: { type: 'string' }, write: { type: 'boolean' } },
});
const [file] = positionals;
const { source } = values;
if (file === undefined || source === undefined)
  stop('usage: import-world-bank-population <population.csv> --source <id of population-sources.csv> [--write]');

const root = path.resolve(import.meta.dirname, '..');
const rawFile = path.join(root, 'data', 'raw', 'population.csv');
const sourceIds = new Set(readCsv(path.join(root, 'data', 'raw', 'population-sources.csv')).map((row) => row[0]));
if (!sourceIds.has(source)) stop(`--source ${source} is not in data/raw/population-sources.csv: add it there first`);

let rows: string[][];
try {
  rows = populationRows(readCsv(file), source);
} catch (error) {
  stop(`${file}: ${error instanceof Error ? error.message : String(error)}`);
}

writeOrCheck(rawFile, [HEADER, ...rows], values.write === true, 'npm run data:population');
