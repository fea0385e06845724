// The package as users receive it: `npm pack`, the tarball installed into an empty project, then
//
// 1. the install footprint: how many packages and how many bytes a library user pulls in, and none of
//    them a chart renderer (vega, vega-lite, d3); written to .bench/install.json for docs/performance.md;
// 2. the consumer type-check matrix: a file using every entry point, type-checked with `strict` and
//    without `skipLibCheck` under `node16` and `nodenext` (as an ES module and as CommonJS) and `bundler`,
//    with a `@ts-expect-error` on a misuse of a returned Decimal (it must be an error: if Decimal were
//    `any`, the directive would be unused, which tsc reports);
// 3. the CLI from the installed package: `budget-whatif run lithuania-6pct --chart c.svg` writes the chart;
// 4. `budget-whatif serve --port 0` from the installed package serves the what-if page (every file of it),
//    and stops cleanly on SIGTERM.
//
// Run: `npm run check:consumers` (after `npm run build`). Exits non-zero on any failure.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const work = mkdtempSync(join(tmpdir(), 'budget-whatif-consumer-'));
const keep = process.argv.includes('--keep');
const failures: string[] = [];

function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Every package folder under node_modules (scoped ones included), with its size in bytes. */
function installed(modules: string): { name: string; bytes: number }[] {
  const size = (path: string): number => {
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.size;
    return readdirSync(path).reduce((total, entry) => total + size(join(path, entry)), 0);
  };
  return readdirSync(modules)
    .filter((entry) => !entry.startsWith('.'))
    .flatMap((entry) =>
      entry.startsWith('@') ? readdirSync(join(modules, entry)).map((name) => `${entry}/${name}`) : [entry],
    )
    .map((name) => ({ name, bytes: size(join(modules, name)) }));
}

const CONSUMER = `
import { decimal, money, parseQuote, type Decimal } from 'budget-whatif';
import { ecb } from 'budget-whatif/ecb';
import { evaluate, getScenario, metric } from 'budget-whatif/scenarios';
import { simulate, uniform } from 'budget-whatif/uncertainty';
import { renderText, scenarioReport } from 'budget-whatif/reports';
import { simulateInParallel } from 'budget-whatif/node';

const result = evaluate(getScenario('lithuania-6pct'));
const value: Decimal = metric(result, 'defence.2030').value;
export const digits: string = value.toFixed(2);
export const text: string = renderText(scenarioReport(result));
export const plan: string = money('1100000000', 'EUR').amount.plus(decimal('1')).toString();
export const quote: string = parseQuote('€1.1 billion').interval.lo.toString();
export const days: number = ecb.dates.length;
export const parallel: Promise<number> = simulateInParallel(getScenario('lithuania-baseline'), { trials: 10, inputs: {}, threads: 2 }).then((r) => r.trials);
export const odds = simulate(getScenario('lithuania-baseline'), {
  trials: 10,
  inputs: { 'defence.shareOfGdp.default': uniform('5%', '6%') },
}).targets;
// A misuse of a returned Decimal must not compile: with Decimal typed as \`any\` it would.
// @ts-expect-error -- Decimal has no such method
metric(result, 'defence.2030').value.thisMethodDoesNotExist();
`;

/** Start `budget-whatif serve --port 0`, fetch every file of the page, stop it; what was served. */
async function servePage(bin: string, cwd: string): Promise<string> {
  const child = spawn(bin, ['serve', '--port', '0'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((found, failed) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (match !== null) found(match[0]);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        failed(new Error(`serve: ${chunk.toString('utf8')}`));
      });
      child.on('exit', (code) => {
        failed(new Error(`serve exited with ${String(code)} before serving`));
      });
    });
    const sizes: string[] = [];
    for (const file of ['', 'app.js', 'worker.js', 'style.css']) {
      const response = await fetch(`${url}${file}`);
      if (response.status !== 200) throw new Error(`serve: ${url}${file} answered ${String(response.status)}`);
      sizes.push(`${file || 'index.html'} ${String((await response.arrayBuffer()).byteLength)} bytes`);
    }
    return `${url}: ${sizes.join(', ')}`;
  } finally {
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    child.kill('SIGTERM');
    const code = await exited;
    if (code !== 0) failures.push(`serve: exit code ${String(code)} on SIGTERM`);
  }
}

const MODES = [
  { name: 'node16, ES module', module: 'node16', file: 'consumer.mts' },
  { name: 'node16, CommonJS', module: 'node16', file: 'consumer.cts' },
  { name: 'nodenext, ES module', module: 'nodenext', file: 'consumer.mts' },
  { name: 'nodenext, CommonJS', module: 'nodenext', file: 'consumer.cts' },
  { name: 'bundler', module: 'preserve', file: 'consumer.ts' },
] as const;

try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').at(-1) ?? '';
  const project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts=false', join(work, tarball)], project);

  // 1. The install footprint.
  const packages = installed(join(project, 'node_modules'));
  const bytes = packages.reduce((total, entry) => total + entry.bytes, 0);
  const renderers = packages.filter((entry) => /^(vega|vega-.*|d3|d3-.*)$/.test(entry.name));
  const tarballBytes = statSync(join(work, tarball)).size;
  const footprint = {
    packages: packages.length,
    megabytes: Number((bytes / 1e6).toFixed(1)),
    tarballKilobytes: Number((tarballBytes / 1e3).toFixed(0)),
    names: packages.map((entry) => entry.name).sort(),
  };
  mkdirSync(join(root, '.bench'), { recursive: true });
  writeFileSync(join(root, '.bench', 'install.json'), `${JSON.stringify(footprint, null, 2)}\n`);
  console.log(
    `install: ${String(footprint.packages)} packages, ${String(footprint.megabytes)} MB (${footprint.names.join(', ')}); tarball ${String(footprint.tarballKilobytes)} kB`,
  );
  if (renderers.length > 0)
    failures.push(`a library install pulls in ${renderers.map((entry) => entry.name).join(', ')}`);

  // 2. The type-check matrix.
  for (const mode of MODES) {
    writeFileSync(join(project, mode.file), CONSUMER);
    const config = {
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: false,
        noEmit: true,
        target: 'ES2022',
        lib: ['ES2023'],
        types: [],
        module: mode.module,
        moduleResolution: mode.module === 'preserve' ? 'bundler' : mode.module,
      },
      files: [mode.file],
    };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(config, null, 2));
    try {
      run(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
      console.log(`types: ${mode.name}: ok`);
    } catch (error) {
      const output = (error as { stdout?: string }).stdout ?? String(error);
      failures.push(`types: ${mode.name} fails:\n${output}`);
    }
  }

  // 3. The CLI, from the installed package, with a chart.
  const bin = join(project, 'node_modules', '.bin', 'budget-whatif');
  run(bin, ['run', 'lithuania-6pct', '--chart', 'c.svg', '--out', 'report.txt'], project);
  const svg = readFileSync(join(project, 'c.svg'), 'utf8');
  if (!svg.startsWith('<svg')) throw new Error('the CLI wrote no SVG chart');
  console.log(`cli: run lithuania-6pct --chart c.svg wrote ${String(svg.length)} characters of SVG`);

  // 4. The what-if page, served by the installed CLI.
  console.log(`serve: ${await servePage(bin, project)}`);
  if (failures.length > 0) throw new Error(failures.join('\n'));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
