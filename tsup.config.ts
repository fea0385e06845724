import { defineConfig } from 'tsup';

// Kept small on purpose (see STYLE.md §9): entries, formats, declarations, sourcemaps. The library's
// entries build as ESM and CJS with declarations; the CLI (package.json "bin") as ESM only, after them.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      ecb: 'src/entries/ecb.ts',
      scenarios: 'src/entries/scenarios.ts',
      uncertainty: 'src/entries/uncertainty.ts',
      reports: 'src/entries/reports.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: true,
    treeshake: true,
  },
  {
    entry: { cli: 'src/entries/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    splitting: false,
    treeshake: true,
  },
]);
