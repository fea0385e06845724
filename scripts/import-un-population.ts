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
import { runImporter } from './lib/rawFile';
import { projectionRows } from './lib/unPopulation';

/** The package's tab-separated table, line by line. */
function tableOf(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
}

runImporter({
  script: 'import-un-population',
  input: 'popprojMed.txt',
  raw: 'population-projection.csv',
  sources: 'population-sources.csv',
  header: ['code', 'date', 'persons', 'source'],
  read: (file, source) => projectionRows(tableOf(file), source),
});
