// Write the built-in scenarios to scenarios/*.json (for analysts to copy) and the JSON Schema of a
// scenario file to docs/scenario.schema.json, both generated from the library.
//
//   npm run data:scenarios            regenerate
//   npm run data:scenarios -- --check fail if a committed file differs (CI)
import path from 'node:path';
import { BUILTIN_SCENARIOS, getScenario, scenarioJsonSchema } from '../src/scenarios/index';
import { writeGenerated } from './lib/generated';

const files = new Map<string, string>();
for (const name of BUILTIN_SCENARIOS) {
  files.set(
    path.join('scenarios', `${name}.json`),
    `${JSON.stringify({ $schema: '../docs/scenario.schema.json', ...getScenario(name) }, null, 2)}\n`,
  );
}
files.set(path.join('docs', 'scenario.schema.json'), `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);

writeGenerated(files, 'npm run data:scenarios');
