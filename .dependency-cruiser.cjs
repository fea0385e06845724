/**
 * The layer rule of docs/architecture.md, checked by `npm run lint:layers`.
 *
 * Layers, lowest first. A file in src/<layer>/ may import from its own layer and the layers below it,
 * never from one above. `errors/` is the floor every layer throws from. Only `cli/` may import Node's
 * built-in modules (fs, process, ...): the core is pure and does no I/O.
 */
const LAYERS = [
  'errors',
  'sources',
  'decimal',
  'money',
  'quotes',
  'fx',
  'series',
  'plans',
  'economy',
  'data',
  'scenarios',
  'uncertainty',
  'reports',
  'node',
  'cli',
];

const layerRules = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `layer-${layer}`,
  comment: `src/${layer}/ is below ${LAYERS.slice(index + 1).join(', ')} and must not import them (docs/architecture.md)`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(index + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'io-only-in-cli',
      comment:
        'Only src/cli/ (and src/node/, worker threads) may use Node built-in modules (fs, process, worker_threads, ...): the core is pure',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(cli|node)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'vega-only-in-cli',
      comment: 'The library never loads Vega: charts are specs (src/reports/), rendered by the CLI alone',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: 'node_modules/vega' },
    },
    {
      name: 'no-unknown-folder',
      comment: 'Every file of src/ belongs to a layer of docs/architecture.md (or is an entry point at the top)',
      severity: 'error',
      from: { path: '^src/[^/]+/', pathNot: `^src/(${LAYERS.join('|')}|entries)/` },
      to: {},
    },
    {
      name: 'core-import-stays-small',
      comment:
        'The core entry (src/index.ts) must not reach the embedded datasets it does not need: budget-whatif/ecb carries the ECB rates',
      severity: 'error',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/data/ecb/', reachable: true },
    },
    {
      name: 'core-import-has-no-scenario-tools',
      comment:
        'The core entry (src/index.ts) must not reach src/scenarios/: it pulls zod and yaml (60-110 ms to import); budget-whatif/scenarios carries them (docs/architecture.md)',
      severity: 'error',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/scenarios/', reachable: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-dev-dependencies-in-src',
      comment:
        'The published code must not need a devDependency; the chart renderer (vega, vega-lite) is the one exception, bundled into the CLI by tsup (noExternal), so that a library install does not pull it in',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/output\\.ts$' },
      to: { dependencyTypes: ['npm-dev'] },
    },
    {
      name: 'chart-renderer-bundled-into-the-cli-only',
      comment:
        'vega and vega-lite are devDependencies bundled into dist/cli.js: only src/cli/output.ts may import them',
      severity: 'error',
      from: { path: '^src/cli/output\\.ts$' },
      to: { dependencyTypes: ['npm-dev'], pathNot: '^node_modules/(vega|vega-lite)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
