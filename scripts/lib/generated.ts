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
