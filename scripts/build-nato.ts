// Generate src/data/nato/shares.generated.ts, NATO's defence expenditure as a share of GDP for every ally
// and release, from the committed raw files: data/raw/nato-share-of-gdp.csv (one row per release, ally or
// aggregate, and year: the percentage as printed or transcribed, or empty where NATO published none or the
// project has not retrieved it) and data/raw/nato-sources.csv (where each row comes from, with the words
// quoted).
//
//   npm run data:nato              regenerate
//   npm run data:nato -- --check   fail if the committed file differs from what the CSVs give (CI)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeGenerated } from './lib/generated';

/** Say what is wrong with the raw files, and where, and exit 1: a reader fixes a CSV, not a stack trace. */
function stop(message: string): never {
  console.error(`build-nato: ${message}`);
  process.exit(1);
}

const root = path.resolve(import.meta.dirname, '..');
const sharesInput = path.join(root, 'data', 'raw', 'nato-share-of-gdp.csv');
const sourcesInput = path.join(root, 'data', 'raw', 'nato-sources.csv');
const output = path.join(root, 'src', 'data', 'nato', 'shares.generated.ts');

const KINDS = ['outturn', 'estimate', 'not-published', 'not-retrieved'] as const;
/** Allies by ISO 3166 code, and NATO's two aggregates. */
const CODES = new Set([
  ...'AL BE BG CA HR CZ DK EE FI FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES SE TR GB US'.split(' '),
  'NATO',
  'NATO-EUROPE-CANADA',
]);

/** RFC 4180 CSV: fields separated by commas, quoted with double quotes where they hold one. */
function readCsv(file: string): string[][] {
  const text = readFileSync(file, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
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
  if (!/^\d{4}-\d{2}$/.test(release)) stop(`${at}: release ${release} is not YYYY-MM`);
  if (!CODES.has(code)) stop(`${at}: ${code} is not an ally's code or NATO's aggregate`);
  if (!/^\d{4}$/.test(year) || Number(year) < 2014 || Number(year) > Number(release.slice(0, 4)))
    stop(`${at}: year ${year} is outside 2014 to the release's year`);
  if (!(KINDS as readonly string[]).includes(kind)) stop(`${at}: kind ${kind} is not ${KINDS.join(', ')}`);
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

console.log(`${String(shares.length)} rows, ${String(sources.length)} sources`);
writeGenerated(new Map([[path.relative(root, output), generated]]), 'npm run data:nato');
