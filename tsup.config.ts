import { defineConfig } from 'tsup';

// Kept small on purpose (see STYLE.md §9): entries, formats, declarations, sourcemaps.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ecb: 'src/entries/ecb.ts',
    scenarios: 'src/entries/scenarios.ts',
    uncertainty: 'src/entries/uncertainty.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  splitting: true,
  treeshake: true,
});
