// Write the built-in scenarios to scenarios/*.json (for analysts to copy) and the JSON Schema of a
// scenario file to docs/scenario.schema.json, both generated from the library.
//
//   npm run data:scenarios            regenerate
//   npm run data:scenarios -- --check fail if a committed file differs (CI)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILTIN_SCENARIOS, getScenario, scenarioJsonSchema } from '../src/scenarios/index';

const root = path.resolve(import.meta.dirname, '..');
const files = new Map<string, string>();
for (const name of BUILTIN_SCENARIOS) {
  files.set(
    path.join('scenarios', `${name}.json`),
    `${JSON.stringify({ $schema: '../docs/scenario.schema.json', ...getScenario(name) }, null, 2)}\n`,
  );
}
files.set(path.join('docs', 'scenario.schema.json'), `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, content] of files) {
  const target = path.join(root, file);
  if (check) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = '';
    }
    if (current !== content) {
      stale++;
      console.error(`${file} is out of date: run npm run data:scenarios`);
    }
  } else {
    writeFileSync(target, content);
    console.log(`wrote ${file}`);
  }
}
if (check && stale === 0) console.log(`${String(files.size)} generated files are up to date.`);
process.exit(stale === 0 ? 0 : 1);
