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
import { readCsv } from './lib/csv';
import { runImporter } from './lib/rawFile';
import { populationRows } from './lib/worldBankPopulation';

runImporter({
  script: 'import-world-bank-population',
  input: 'population.csv',
  raw: 'population.csv',
  sources: 'population-sources.csv',
  header: ['code', 'year', 'persons', 'source'],
  read: (file, source) => populationRows(readCsv(file), source),
});
