// Build the what-if page (page/) into plain static files: index.html, style.css, app.js and worker.js (the
// Monte Carlo worker), bundled by esbuild from the page's sources and the library's public entries. No file
// refers to anything outside the folder, so it can be served by `budget-whatif serve` or published anywhere.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/** What a build wrote: each file and its size in bytes. */
export interface PageBuild {
  readonly dir: string;
  readonly files: Readonly<Record<string, number>>;
}

/** Build the page into `dir` (emptied first). */
export async function buildPage(dir: string, options: { readonly minify?: boolean } = {}): Promise<PageBuild> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const result = await build({
    entryPoints: { app: path.join(root, 'page/src/main.ts'), worker: path.join(root, 'page/src/worker.ts') },
    outdir: dir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: options.minify ?? true,
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
    alias: {
      'budget-whatif/scenarios': path.join(root, 'src/entries/scenarios.ts'),
      'budget-whatif/reports': path.join(root, 'src/entries/reports.ts'),
      'budget-whatif/uncertainty': path.join(root, 'src/entries/uncertainty.ts'),
      'budget-whatif/ecb': path.join(root, 'src/entries/ecb.ts'),
      'budget-whatif': path.join(root, 'src/index.ts'),
    },
    define: { __VERSION__: JSON.stringify(version) },
  });
  for (const file of ['index.html', 'style.css']) copyFileSync(path.join(root, 'page', file), path.join(dir, file));
  const files: Record<string, number> = {};
  for (const [file, output] of Object.entries(result.metafile.outputs)) files[path.relative(dir, file)] = output.bytes;
  for (const file of ['index.html', 'style.css']) files[file] = readFileSync(path.join(dir, file)).length;
  return { dir, files };
}
