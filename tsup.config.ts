import { defineConfig } from 'tsup';

// Kept small on purpose (see STYLE.md §9): entries, formats, declarations, sourcemaps. The library's
// entries build as ESM and CJS with declarations; the CLI (package.json "bin") as ESM only, after them,
// with the chart renderer inside it.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      ecb: 'src/entries/ecb.ts',
      scenarios: 'src/entries/scenarios.ts',
      uncertainty: 'src/entries/uncertainty.ts',
      reports: 'src/entries/reports.ts',
      node: 'src/entries/node.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Everything but the what-if page (dist/page, built after tsup by scripts/build-page.ts), so that
    // `npm start` (tsup alone) leaves a built page in place.
    clean: ['!page/**'],
    target: 'node20',
    splitting: true,
    treeshake: true,
  },
  {
    // The simulation's worker thread (src/cli/threads.ts) beside it, bundled on its own.
    entry: { cli: 'src/entries/cli.ts', 'simulation-worker': 'src/node/simulationWorker.ts' },
    format: ['esm'],
    // Not minified, so a stack (BUDGET_WHATIF_DEBUG=1) reads without a map; a map would add 6 MB.
    sourcemap: false,
    clean: false,
    target: 'node20',
    splitting: false,
    treeshake: true,
    // The chart renderer is bundled into the CLI alone (docs/performance.md, "Install footprint"): a
    // library install does not pull in vega, vega-lite and d3, and `npx budget-whatif --chart` still works.
    noExternal: ['vega', 'vega-lite'],
  },
]);
