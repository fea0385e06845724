// What an importer does with the rows it read: write them as a raw file under data/raw/, or say how the
// committed raw file differs from them (the check a reader runs against a source's file).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { csvLine, readCsv } from './csv';

/**
 * With `write`, replace `file` with `rows` (a header first) and name the generator to run next; without,
 * list up to 20 rows each side lacks and exit 1 if there are any, 0 if the file holds exactly these rows.
 */
export function writeOrCheck(file: string, rows: readonly (readonly string[])[], write: boolean, next: string): void {
  const name = path.relative(path.resolve(import.meta.dirname, '..', '..'), file);
  const wanted = rows.map(csvLine);
  if (write) {
    writeFileSync(file, `${wanted.join('\n')}\n`);
    console.log(`wrote ${String(rows.length - 1)} rows to ${name}: now run ${next}`);
    return;
  }
  const committed = readCsv(file).map(csvLine);
  const lacking = wanted.filter((line) => !committed.includes(line));
  const extra = committed.filter((line) => !wanted.includes(line));
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
