// Write generated files, or, with --check on the command line, fail when a committed one differs: the
// way every `npm run data:*` script keeps generated files and their sources in step (CI runs --check).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Write (or check) each file, relative to the repository's root; `command` regenerates them. */
export function writeGenerated(files: ReadonlyMap<string, string>, command: string): void {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, content] of files) {
    const target = path.join(root, file);
    if (!check) {
      writeFileSync(target, content);
      console.log(`wrote ${file}`);
      continue;
    }
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = '';
    }
    if (current !== content) {
      stale++;
      console.error(`${file} is out of date: run ${command}`);
    }
  }
  if (check && stale === 0)
    console.log(`${String(files.size)} generated file${files.size === 1 ? ' is' : 's are'} up to date.`);
  process.exit(stale === 0 ? 0 : 1);
}

/** The columns of a raw sources file (data/raw/*-sources.csv): an id, then a `Source`'s fields. */
export const SOURCE_COLUMNS = ['id', 'publisher', 'title', 'url', 'published', 'quoted', 'note'] as const;

/** A sources file's records as the entries of a generated `Record<string, Source>`, one line each. */
export function sourceEntries(sources: readonly Record<(typeof SOURCE_COLUMNS)[number], string>[]): string[] {
  return sources.map((source) => {
    const fields = SOURCE_COLUMNS.slice(1)
      .filter((name) => source[name] !== '')
      .map((name) => `${name}: ${JSON.stringify(source[name])}`);
    return `  ${JSON.stringify(source.id)}: { ${fields.join(', ')} },`;
  });
}

/** A generator's way out: say what is wrong with the raw files, and where, and exit 1 (a reader fixes a CSV, not a stack trace). */
export function stopper(script: string): (message: string) => never {
  return (message) => {
    console.error(`${script}: ${message}`);
    process.exit(1);
  };
}
