// What the population importers share: their command line (a source's file, `--source` naming a row of a
// data/raw sources file, `--write`), and what they do with the rows they read: write them as a raw file
// under data/raw/, or say how the committed raw file differs from them (the check a reader runs against a
// source's file).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { csvLine, readCsv } from './csv';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * Run an importer: read its command line (`<file> --source <id> [--write]`, the id a row of
 * data/raw/`sources`), turn the file into rows with `read` (which throws, saying what is wrong), then write
 * or check data/raw/`raw` with `header` first. Every failure says what, under the script's name, and exits 2.
 */
export function runImporter(options: {
  readonly script: string;
  readonly input: string;
  readonly raw: string;
  readonly sources: string;
  readonly header: readonly string[];
  readonly read: (file: string, source: string) => string[][];
}): void {
  const stop = (message: string): never => {
    console.error(`${options.script}: ${message}`);
    process.exit(2);
  };
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { source: { type: 'string' }, write: { type: 'boolean' } },
  });
  const [file] = positionals;
  const { source } = values;
  if (file === undefined || source === undefined)
    return stop(`usage: ${options.script} <${options.input}> --source <id of ${options.sources}> [--write]`);
  const sourceIds = new Set(readCsv(path.join(root, 'data', 'raw', options.sources)).map((row) => row[0]));
  if (!sourceIds.has(source)) stop(`--source ${source} is not in data/raw/${options.sources}: add it there first`);
  let rows: string[][] = [];
  try {
    rows = options.read(file, source);
  } catch (error) {
    stop(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  writeOrCheck(
    path.join(root, 'data', 'raw', options.raw),
    [options.header, ...rows],
    values.write === true,
    'npm run data:population',
  );
}

/**
 * With `write`, replace `file` with `rows` (a header first) and name the generator to run next; without,
 * list up to 20 rows each side lacks and exit 1 if there are any, 0 if the file holds exactly these rows.
 */
function writeOrCheck(file: string, rows: readonly (readonly string[])[], write: boolean, next: string): void {
  const name = path.relative(root, file);
  const wanted = rows.map(csvLine);
  if (write) {
    writeFileSync(file, `${wanted.join('\n')}\n`);
    console.log(`wrote ${String(rows.length - 1)} rows to ${name}: now run ${next}`);
    return;
  }
  const committed = readCsv(file).map(csvLine);
  const [has, asked] = [new Set(committed), new Set(wanted)];
  const lacking = wanted.filter((line) => !has.has(line));
  const extra = committed.filter((line) => !asked.has(line));
  for (const line of lacking.slice(0, 20)) console.log(`the file has, ${name} lacks: ${line}`);
  for (const line of extra.slice(0, 20)) console.log(`${name} has, the file lacks: ${line}`);
  const same = lacking.length === 0 && extra.length === 0;
  console.log(
    same
      ? `${name} holds the file's ${String(rows.length - 1)} rows and no others.`
      : `${name} differs from the file in ${String(lacking.length + extra.length)} rows (--write replaces them).`,
  );
  process.exit(same ? 0 : 1);
}
