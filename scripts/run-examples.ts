// `npm run examples`: run every script in examples/ against the built package (dist/, through
// package.json's `exports`, as users get it), and fail if one fails. Build first (`npm run build`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
if (!existsSync(path.join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first (examples run against the built package).');
  process.exit(1);
}
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const examples = readdirSync(path.join(root, 'examples'))
  .filter((file) => file.endsWith('.ts'))
  .sort();
let failed = 0;
for (const file of examples) {
  const started = performance.now();
  // tsconfig.examples.json has no `paths`, so `budget-whatif` resolves to dist/, not src/.
  const result = spawnSync(tsx, ['--tsconfig', 'tsconfig.examples.json', path.join('examples', file)], {
    cwd: root,
    encoding: 'utf8',
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    console.log(`ok   examples/${file} (${seconds} s)`);
  } else {
    failed++;
    console.error(`FAIL examples/${file} (exit ${String(result.status)})\n${result.stdout}${result.stderr}`);
  }
}
console.log(`${String(examples.length - failed)} of ${String(examples.length)} examples ran.`);
process.exit(failed === 0 ? 0 : 1);
