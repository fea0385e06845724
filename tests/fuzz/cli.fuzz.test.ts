import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { getScenario } from '../../src/scenarios/index';
import { cli, FOLDER } from '../helpers/cli';
import { fuzzAsync, RUNS } from './harness';
import { SPECIAL_VALUES } from './mutate';

const baseline = JSON.stringify(getScenario('lithuania-baseline'));
const FILES: Record<string, string> = {
  's.json': baseline,
  's.yaml': stringify(JSON.parse(baseline)),
  'broken.json': baseline.replace('"EUR"', '"EURO"'),
  'bad.yaml': 'name: *x\n',
  'bomb.yaml': 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n',
  'deep.json': `{"name":${'['.repeat(3000)}${']'.repeat(3000)}}`,
  'huge.json': baseline.replace('"1100000000"', '"1e10000000"'),
  'in.json': JSON.stringify({ inputs: { 'defence.shareOfGdp.default': { kind: 'uniform', min: '5%', max: '6%' } } }),
  'badin.json': JSON.stringify({ inputs: { toString: { kind: 'fixed', value: '1e400' } } }),
  dir: FOLDER,
};

const WORDS = [
  'run',
  'compare',
  'sweep',
  'goal-seek',
  'simulate',
  'quote',
  'schema',
  'init',
  'list',
  'help',
  '__proto__',
  'constructor',
  'toString',
  'lithuania-baseline',
  'lithuania-5pct',
  'lithuania-6pct',
  's.json',
  's.yaml',
  'broken.json',
  'bad.yaml',
  'bomb.yaml',
  'deep.json',
  'huge.json',
  'dir',
  'missing.json',
  '-',
  '--format',
  'table',
  'markdown',
  'csv',
  'json',
  'xml',
  '--out',
  'o.txt',
  '',
  '/missing/dir/x',
  '--chart',
  'c.json',
  'c.png',
  '--set',
  'defence.shareOfGdp.default=6%',
  'fx.EUR/USD.default=1.05',
  'toString=1',
  '__proto__.x=1',
  'plans[border-countermobility].total=1e10000000',
  'name',
  '--locale',
  'lt-LT',
  'xx-INVALID',
  '--unit',
  'million',
  'billion',
  'parsec',
  '--inputs',
  'in.json',
  'badin.json',
  '--trials',
  '100',
  '-5',
  '1e12',
  '0',
  '--seed',
  '7',
  '--metric',
  'defence.2026-2030',
  'nope',
  '--vary',
  'defence.shareOfGdp.default',
  'valueOf',
  '--values',
  '5%,6%',
  '--target',
  '25000000000',
  '--min',
  '0',
  '--max',
  '1',
  '--all',
  '--from',
  '--to',
  '2025-05-01',
  '€1.1 billion',
  '$1.2 billion',
  '--help',
  '-h',
  '--version',
  '--frmat',
  '-x',
  '--',
  '--samples',
  's.csv',
];

const COMMANDS = ['run', 'compare', 'sweep', 'goal-seek', 'simulate', 'quote', 'schema', 'init', 'list'];
const rest = fc.array(
  fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_VALUES.filter((value) => typeof value === 'string')) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  ),
  { maxLength: 7 },
);
/** A command (mostly one that exists) and what follows it; sometimes no command at all. */
const argv = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...COMMANDS), rest).map(([command, args]) => [command, ...args]) },
  { weight: 1, arbitrary: rest },
);

describe('fuzz: the CLI', () => {
  it('any argument list exits 0 or 2, with no stack trace and no unexpected error', async () => {
    await fuzzAsync(
      argv,
      async (args) => {
        const ran = await cli(args, { files: FILES, stdin: baseline });
        expect([0, 2], `exit ${String(ran.code)} for ${JSON.stringify(args)}: ${ran.stderr}`).toContain(ran.code);
        expect(ran.stderr).not.toMatch(/\n\s+at |unexpected error/);
      },
      Math.max(100, Math.floor(RUNS / 3)),
    );
  });
});
