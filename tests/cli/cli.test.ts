// The CLI in-process: every command and every error path, with exit codes and messages, through a
// recording CliIo (files in a Map, no process).
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { cli, FOLDER } from '../helpers/cli';
import { getScenario } from '../../src/scenarios/index';

const baselineJson = `${JSON.stringify(getScenario('lithuania-baseline'), null, 2)}\n`;
const INPUTS = JSON.stringify({
  inputs: {
    'defence.shareOfGdp.default': { kind: 'uniform', min: '5%', max: '6%' },
    'fx.EUR/USD.default': { kind: 'ci90', low: '1.04', high: '1.21' },
  },
  metrics: ['defence', 'defence.2026-2030.usd'],
  assumptions: [{ statement: 'The share is uniform on 5–6%.', reason: 'The State Defence Council’s band.' }],
});

describe('budget-whatif with no command', () => {
  it('prints the Lithuania baseline report', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Lithuania baseline: 5.5% of GDP on average, 2026–2030');
    expect(stdout).toContain('GDP and defence spending (EUR million)');
    expect(stdout).toContain('Lithuania border counter-mobility plan (2025 announcement): by year and item');
    expect(stdout).toContain('Gap to each target');
    expect(stdout).toContain('Totals 2025–2035');
    expect(stdout).toContain('Sources');
  });

  it('prints help and version', async () => {
    expect((await cli(['--help'])).stdout).toContain('Usage: budget-whatif [command] [options]');
    expect(await cli(['--version'])).toMatchObject({ code: 0, stdout: '9.9.9\n' });
    expect(await cli(['-v'])).toMatchObject({ code: 0, stdout: '9.9.9\n' });
  });

  it.each(['run', 'compare', 'sweep', 'goal-seek', 'simulate', 'quote', 'allies', 'schema', 'init', 'list'])(
    '%s --help',
    async (command) => {
      const { code, stdout } = await cli([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage: budget-whatif ${command}`));
    },
  );
});

describe('run', () => {
  it('reads a file, JSON on stdout that parses', async () => {
    const { code, stdout, stderr } = await cli(['run', 's.json', '--format', 'json'], {
      files: { 's.json': baselineJson },
    });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const parsed = JSON.parse(stdout) as { totals: { defence: { amount: string } } };
    expect(parsed.totals.defence.amount).toBe('64479375788.76');
  });

  it('reads a YAML file whose rate is one day’s, from the ECB’s daily table the CLI passes', async () => {
    // EUR/USD on 30 June 2025: 1.1720 (../shared/data/ecb-eurofxref-hist.csv).
    const yaml = [
      'name: One day’s rate',
      'currency: EUR',
      'years: { from: 2026, to: 2026 }',
      "economy: { gdp: { series: { '2026': '1000' } } }",
      "defence: { shareOfGdp: { default: '10%' } }",
      "fx: { EUR/USD: { source: ecb, basis: 'on', date: '2025-06-30' } }",
    ].join('\n');
    const { code, stdout, stderr } = await cli(['run', 's.yaml', '--format', 'json'], { files: { 's.yaml': yaml } });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as {
      views: { USD: { defence: { byYear: Record<string, { amount: string }> } } };
    };
    expect(parsed.views.USD.defence.byYear['2026']?.amount).toBe('117.2');
  });

  it('reads standard input with -, YAML by extension, and writes --out', async () => {
    expect((await cli(['run', '-', '--format', 'csv'], { stdin: baselineJson })).stdout).toMatch(/^year,gdp,defence/);
    const yaml =
      'name: Small\ncurrency: EUR\nyears: {from: 2025, to: 2026}\neconomy:\n  gdp:\n    series: {"2025": "100", "2026": "200"}\ndefence:\n  shareOfGdp: {default: "5%"}\n';
    const ran = await cli(['run', 's.yaml', '--format', 'markdown', '--out', 'out.md', '--unit', 'one'], {
      files: { 's.yaml': yaml },
    });
    expect(ran).toMatchObject({ code: 0, stdout: '' });
    expect(ran.files.get('out.md')).toContain('| **Total** | **300.00** | **15.00** | **5.00%** |');
  });

  it('applies --set overrides, with numbers and percentages', async () => {
    const { stdout } = await cli([
      'run',
      'lithuania-baseline',
      '--set',
      'defence.shareOfGdp.default=6%',
      '--format',
      'csv',
    ]);
    const row2030 = stdout.split('\r\n').find((line) => line.startsWith('2030,'));
    expect(row2030?.split(',')[3]).toBe('0.06');
  });

  it('formats for a locale', async () => {
    expect((await cli(['run', '--locale', 'lt-LT'])).stdout).toMatch(/4\s790,0/u);
  });

  it('writes charts as SVG and as Vega-Lite JSON', async () => {
    const ran = await cli(['run', 'lithuania-baseline', '--chart', 'c.svg', '--out', 'r.txt']);
    expect(ran.code).toBe(0);
    expect(ran.files.get('c.svg')).toMatch(/^<svg/);
    expect(ran.files.get('c.svg')).toContain('Defence spending against the targets (EUR billion)');
    const json = await cli(['run', 'lithuania-baseline', '--chart', 'c.json', '--out', 'r.txt']);
    expect(JSON.parse(json.files.get('c.json') ?? '{}')).toHaveProperty('vconcat');
  });

  it('refuses a chart file it cannot write, a bad format, a bad unit or locale', async () => {
    expect(await cli(['run', '--chart', 'c.png'])).toMatchObject({ code: 2 });
    const format = await cli(['run', '--format', 'xml']);
    expect(format).toMatchObject({ code: 2, stdout: '' });
    expect(format.stderr).toBe('budget-whatif: --format is table, markdown, csv, json, xlsx; received "xml"\n');
    expect((await cli(['run', '--unit', 'gallon'])).code).toBe(2);
    expect((await cli(['run', '--locale', 'not a locale!'])).stderr).toContain('--locale');
  });
});

describe('run --set: the override on the record in every format (issue 13)', () => {
  const SET = ['--set', 'fx.EUR/USD.default=1.05'];
  const line = 'fx.EUR/USD.default: 1.13 → 1.05 (--set)';

  it('table and Markdown list it near the top, and the 1.13 assumption only as replaced', async () => {
    for (const format of ['table', 'markdown']) {
      const { code, stdout } = await cli(['run', 'lithuania-baseline', ...SET, '--format', format]);
      expect(code).toBe(0);
      const top = stdout.split('\n').slice(0, 8).join('\n');
      expect(top).toContain(`Changed from the scenario as written (1 override): ${line}.`);
      // The only line that mentions the old rate says it is no longer assumed.
      const mentions = stdout.split('\n').filter((text) => text.includes('EUR/USD is 1.13'));
      expect(mentions).toHaveLength(1);
      expect(mentions[0]).toContain(`No longer assumed: EUR/USD is 1.13 in every year. Now: ${line}.`);
      // The USD columns are at 1.05: 2026's voted €4,790m is $5,029.5m.
      expect(stdout).toContain('5,029.5');
    }
  });

  it('CSV starts with the change; JSON carries it, and no assumption says 1.13', async () => {
    const csv = (await cli(['run', 'lithuania-baseline', ...SET, '--format', 'csv'])).stdout;
    expect(csv.split('\r\n')[0]).toBe('# change,fx.EUR/USD.default,1.13,1.05,--set');
    expect(csv.split('\r\n')[1]?.startsWith('year,gdp,defence')).toBe(true);
    expect((await cli(['run', 'lithuania-baseline', '--format', 'csv'])).stdout.startsWith('year,')).toBe(true);
    const json = JSON.parse((await cli(['run', 'lithuania-baseline', ...SET, '--format', 'json'])).stdout) as {
      changes: unknown[];
      assumptions: { statement: string }[];
      replaced: { assumption: { statement: string } }[];
    };
    expect(json.changes).toEqual([{ path: 'fx.EUR/USD.default', before: '1.13', after: '1.05', from: '--set' }]);
    expect(json.assumptions.some((a) => a.statement.includes('1.13'))).toBe(false);
    expect(json.replaced.map((r) => r.assumption.statement)).toEqual(['EUR/USD is 1.13 in every year.']);
  });

  it('an assumption set in one year only is still stated, with the year it no longer covers', async () => {
    const set = ['--set', 'defence.shareOfGdp.2030=6%'];
    const { stdout } = await cli(['run', 'lithuania-baseline', ...set, '--format', 'markdown']);
    const mentions = stdout.split('\n').filter((text) => text.includes('5.5% of GDP from 2027 to 2035'));
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatch(
      /^\d+\. Defence spending is 5\.5% of GDP from 2027 to 2035\. The State Defence Council/,
    );
    expect(mentions[0]).toMatch(
      / Except where the changes above set a figure: defence\.shareOfGdp\.2030: none → 0\.06 \(--set\)\.$/,
    );
    expect(stdout).not.toContain('No longer assumed');
    const json = JSON.parse((await cli(['run', 'lithuania-baseline', ...set, '--format', 'json'])).stdout) as {
      replaced: unknown[];
      partlyReplaced: { assumption: { statement: string }; by: { path: string }[] }[];
    };
    expect(json.replaced).toEqual([]);
    expect(json.partlyReplaced.map((r) => [r.assumption.statement, r.by[0]?.path])).toEqual([
      ['Defence spending is 5.5% of GDP from 2027 to 2035.', 'defence.shareOfGdp.2030'],
    ]);
  });

  it('charts name the scenario and say how many overrides', async () => {
    const { files } = await cli(['run', 'lithuania-baseline', ...SET, '--chart', 'c.json']);
    const chart = JSON.parse(files.get('c.json') ?? '{}') as { vconcat: { title: { subtitle: string } }[] };
    expect(chart.vconcat.map((c) => c.title.subtitle)).toEqual([
      'Lithuania baseline: 5.5% of GDP on average, 2026–2030, with 1 override',
      'Lithuania baseline: 5.5% of GDP on average, 2026–2030, with 1 override',
      'Lithuania baseline: 5.5% of GDP on average, 2026–2030, with 1 override',
    ]);
  });

  it('compare, sweep and goal-seek list the override too, in text and in JSON', async () => {
    const compared = await cli(['compare', 'lithuania-baseline', ...SET]);
    expect(compared.stdout).toContain(`The variant changed from its file (1 override): ${line}.`);
    const swept = await cli(['sweep', 'lithuania-baseline', '--vary', 'defence.shareOfGdp.default=5%,6%', ...SET]);
    expect(swept.stdout).toContain(`Changed from the scenario as written (1 override): ${line}.`);
    const sought = ['goal-seek', 'lithuania-baseline', '--vary', 'defence.shareOfGdp.default'];
    const target = ['--metric', 'defence.2026-2030', '--target', '25000000000', ...SET];
    expect((await cli([...sought, ...target])).stdout.split('\n')[0]).toBe(
      `With the scenario changed from its file (1 override): ${line}.`,
    );
    const change = { path: 'fx.EUR/USD.default', before: '1.13', after: '1.05', from: '--set' };
    const json = async (args: readonly string[]): Promise<{ changes: unknown }> =>
      JSON.parse((await cli([...args, '--format', 'json'])).stdout) as { changes: unknown };
    expect((await json([...sought, ...target])).changes).toEqual([change]);
    expect((await json(['compare', 'lithuania-baseline', ...SET])).changes).toEqual({ base: [], variant: [change] });
    const sweepOne = ['sweep', 'lithuania-baseline', '--vary', 'defence.shareOfGdp.default=5%', ...SET];
    expect((await json(sweepOne)).changes).toEqual([change]);
  });

  it('init --set saves a variant that records what it changed, and run lists it from the file', async () => {
    const saved = await cli(['init', ...SET, '--out', 'weak.json']);
    expect(saved.code).toBe(0);
    const file = saved.files.get('weak.json') ?? '';
    expect((JSON.parse(file) as { changes: unknown }).changes).toEqual([
      { path: 'fx.EUR/USD.default', before: '1.13', after: '1.05', from: '--set' },
    ]);
    const ran = await cli(['run', 'weak.json'], { files: { 'weak.json': file } });
    expect(ran.stdout).toContain(`Changed from the scenario as written (1 override): ${line}.`);
  });
});

describe('errors, with the file, the line and the field', () => {
  it('a malformed scenario: file:line:column: path: message, exit 2', async () => {
    const broken = baselineJson.replace('"currency": "EUR"', '"currency": "EURO"');
    const { code, stdout, stderr } = await cli(['run', 'broken.json'], { files: { 'broken.json': broken } });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^broken\.json:\d+:\d+: currency: unknown currency code "EURO"/);
  });

  it('every problem of a YAML file on its own line', async () => {
    const { code, stderr } = await cli(['run', 'bad.yaml'], {
      files: { 'bad.yaml': 'name: x\ncurrency: EUR\nyears: {from: 2025, to: 2030}\nplans: 3\n' },
    });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      'bad.yaml:1:1: economy: missing "economy"',
      'bad.yaml:1:1: defence: missing "defence"',
      expect.stringMatching(/^bad\.yaml:4:8: plans: /) as unknown as string,
    ]);
  });

  it('a file that does not exist, or a built-in name misspelt', async () => {
    const { code, stderr } = await cli(['run', 'lithuania-basline']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'budget-whatif: lithuania-basline: no such file, and not a built-in scenario (lithuania-baseline, lithuania-5pct, lithuania-6pct)\n',
    );
  });

  it('a bad flag, with the one meant', async () => {
    const { code, stderr } = await cli(['run', '--frmat', 'json']);
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--frmat'; did you mean --format?");
    expect(stderr).toContain('See: budget-whatif run --help');
  });

  it('an unknown command', async () => {
    const { code, stderr } = await cli(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('no command "frobnicate"');
  });

  it('a bad --set', async () => {
    expect((await cli(['run', '--set', 'nothing'])).stderr).toContain('--set takes path=value');
    const { code, stderr } = await cli(['run', '--set', 'defence.shareOfGdp.default=150%']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^--set: defence\.shareOfGdp\.default: a share of GDP is from 0 to 1/);
  });

  it('names that are properties of every object are not commands (exit 2, one line)', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      const { code, stderr } = await cli([name]);
      expect(code).toBe(2);
      expect(stderr).toBe(
        `budget-whatif: no command "${name}"; the commands are run, compare, sweep, goal-seek, simulate, quote, allies, vintages, serve, schema, init, list\nSee: budget-whatif --help\n`,
      );
    }
  });

  it('files it cannot read or write are usage errors that say why', async () => {
    const folder = await cli(['run', 'scenarios'], { files: { scenarios: FOLDER } });
    expect([folder.code, folder.stderr]).toEqual([
      2,
      'budget-whatif: scenarios: cannot read it: it is a folder, not a file\n',
    ]);
    const empty = await cli(['run', '--out', '']);
    expect([empty.code, empty.stderr]).toEqual([2, 'budget-whatif: --out needs a file name\n']);
    const missing = await cli(['run', '--out', '/missing/dir/x']);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      'budget-whatif: --out /missing/dir/x: cannot write it: no such file or folder\n',
    ]);
  });

  it('anything unexpected: exit 1, one line, the stack only when asked for', async () => {
    let written = '';
    const failing: CliIo = {
      stdout: () => {
        throw new Error('disk on fire');
      },
      stderr: (text) => {
        written += text;
      },
      readFile: () => Promise.reject(new Error('no')),
      writeFile: () => Promise.resolve(),
      readStdin: () => Promise.resolve(''),
      stderrIsTty: false,
      version: '0',
      now: () => 0,
    };
    expect(await main(['list'], failing)).toBe(1);
    expect(written).toBe('budget-whatif: unexpected error: disk on fire (BUDGET_WHATIF_DEBUG=1 shows where)\n');
    written = '';
    expect(await main(['list'], { ...failing, debug: true })).toBe(1);
    expect(written).toMatch(/^budget-whatif: unexpected error: Error: disk on fire\n\s+at /);
  });
});

describe('compare, sweep, goal-seek', () => {
  it('compare: the metrics that changed, exact deltas', async () => {
    const { code, stdout } = await cli(['compare', 'lithuania-5pct', 'lithuania-6pct']);
    expect(code).toBe(0);
    expect(stdout).toContain('Lithuania at 6% of GDP, 2027–2035 against Lithuania at 5% of GDP, 2027–2035');
    // 2027: 1 point of GDP more, €92,251,264,184.08 × 0.01 to the cent (half-even) is €922,512,641.84.
    expect(stdout).toMatch(/defence\.2027\s+4,612,563,209\.21 EUR\s+5,535,075,851\.05 EUR\s+922,512,641\.84 EUR/);
  });

  it('compare: with --set, as CSV and JSON; an unchanged variant changes nothing', async () => {
    const csv = await cli(['compare', 'lithuania-baseline', '--set', 'fx.EUR/USD.default=1.05', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe('metric,unit,base,variant,delta');
    const same = await cli(['compare', 'lithuania-baseline', 'lithuania-baseline']);
    expect(same.stdout).toContain('Nothing changed: every delta is exactly zero.');
    const json = JSON.parse(
      (await cli(['compare', 'lithuania-5pct', 'lithuania-6pct', '--format', 'json'])).stdout,
    ) as {
      changed: unknown[];
    };
    expect(json.changed.length).toBeGreaterThan(0);
    expect((await cli(['compare', 'lithuania-baseline'])).code).toBe(2);
  });

  it('compare three: a column per scenario and the differences, in every format', async () => {
    // 2027: 5%, 5.5% and 6% of €92,251,264,184.08 (half-even, to the cent), and 0.5 and 1 point of it.
    const three = ['compare', 'lithuania-5pct', 'lithuania-baseline', 'lithuania-6pct', '--metric', 'defence,share'];
    const table = await cli(three);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /Year\s+lithuania-5pct\s+lithuania-baseline\s+lithuania-6pct\s+Δ lithuania-baseline\s+Δ lithuania-6pct/,
    );
    expect(table.stdout).toMatch(/2027\s+4,612\.6\s+5,073\.8\s+5,535\.1\s+461\.3\s+922\.5/);
    expect(table.stdout).toMatch(/2027\s+5\.00%\s+5\.50%\s+6\.00%\s+\+0\.50 pp\s+\+1\.00 pp/);
    expect(table.stdout).toContain('lithuania-5pct: Lithuania at 5% of GDP, 2027–2035');
    const csv = (await cli([...three, '--format', 'csv'])).stdout.split('\r\n');
    expect(csv).toContain('defence,EUR,2027,4612563209.21,5073819530.13,5535075851.05,461256320.92,922512641.84');
    expect((await cli([...three, '--format', 'markdown'])).stdout).toContain(
      '| Year | lithuania-5pct | lithuania-baseline | lithuania-6pct | Δ lithuania-baseline | Δ lithuania-6pct |',
    );
    const json = JSON.parse((await cli([...three, '--format', 'json'])).stdout) as {
      scenarios: { label: string }[];
      series: { series: string; rows: { year: number; differences: (string | null)[] }[] }[];
    };
    expect(json.scenarios.map((scenario) => scenario.label)).toEqual([
      'lithuania-5pct',
      'lithuania-baseline',
      'lithuania-6pct',
    ]);
    expect(json.series[1]?.series).toBe('defence.share');
    expect(json.series[0]?.rows.find((row) => row.year === 2027)?.differences).toEqual([
      null,
      '461256320.92',
      '922512641.84',
    ]);
  });

  it('compare with --metric and --chart: two scenarios as series; the chart names them', async () => {
    const ran = await cli([
      'compare',
      'lithuania-5pct',
      'lithuania-6pct',
      '--metric',
      'defence.usd',
      '--chart',
      'c.json',
    ]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('defence.usd (USD million)');
    const chart = JSON.parse(ran.files.get('c.json') ?? '{}') as {
      vconcat: { title: { text: string; subtitle: string[] } }[];
    };
    expect(chart.vconcat[0]?.title).toEqual({
      text: 'defence.usd (USD billion), by scenario',
      subtitle: ['lithuania-5pct', 'lithuania-6pct'],
    });
    const bars = await cli(['compare', 'lithuania-5pct', 'lithuania-6pct', '--chart', 'b.json', '--year', '2030']);
    const barChart = JSON.parse(bars.files.get('b.json') ?? '{}') as { vconcat: { mark: { type: string } }[] };
    expect(barChart.vconcat.every((chart) => chart.mark.type === 'bar')).toBe(true);
    expect((await cli(['compare', 'lithuania-5pct', 'lithuania-6pct', '--year', '2030'])).stderr).toContain(
      "--year chooses the year of --chart's bars: add --chart FILE",
    );
    const badYear = await cli([
      'compare',
      'lithuania-5pct',
      'lithuania-6pct',
      '--chart',
      'b.json',
      '--year',
      '30',
      '--out',
      'o.txt',
    ]);
    expect(badYear.code).toBe(2);
    expect(badYear.files.has('o.txt')).toBe(false);
    const absent = await cli([
      'compare',
      'lithuania-5pct',
      'lithuania-6pct',
      '--chart',
      'b.json',
      '--year',
      '2050',
      '--out',
      'o.txt',
    ]);
    expect(absent.code).toBe(2);
    expect(absent.files.has('o.txt')).toBe(false);
    const bad = await cli(['compare', 'lithuania-5pct', 'lithuania-6pct', '--metric', 'defense']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'budget-whatif: series[0]: no scenario has the series "defense": a metric name without its year, such as "defence", "defence.share" or "defence.usd"\n',
    );
    const empty = await cli(['compare', 'lithuania-5pct', 'lithuania-6pct', '--metric', 'defence,']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--metric names series, comma-separated (defence,share): an empty name names none');
    const set = await cli([
      'compare',
      'lithuania-5pct',
      'lithuania-6pct',
      '--metric',
      'share',
      '--set',
      'defence.shareOfGdp.default=7%',
    ]);
    expect(set.stdout).toMatch(/2030\s+5\.00%\s+7\.00%\s+\+2\.00 pp/);
    expect(set.stdout).toContain('lithuania-6pct (--set) changed from its file');
  });

  it('sweep: a data table, by hand 5% of GDP 2027–2030 plus €4.79bn in 2026', async () => {
    const { code, stdout } = await cli([
      'sweep',
      'lithuania-baseline',
      '--vary',
      'defence.shareOfGdp.default=5%,6%',
      '--metric',
      'defence.2026-2030',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const [header, five] = stdout.split('\r\n');
    expect(header).toBe('defence.shareOfGdp.default,defence.2026-2030');
    expect(five).toBe('5%,24841299008.79');
    expect((await cli(['sweep', 'lithuania-baseline'])).stderr).toContain('sweep needs --vary');
  });

  it('goal-seek: the share for €25 billion, exactly', async () => {
    const args = [
      'goal-seek',
      'lithuania-baseline',
      '--vary',
      'defence.shareOfGdp.default',
      '--metric',
      'defence.2026-2030',
    ];
    const { code, stdout } = await cli([...args, '--target', '25000000000']);
    expect(code).toBe(0);
    expect(stdout).toContain('gives defence.2026-2030 = 25,000,000,000.00 EUR (target 25,000,000,000.00 EUR)');
    expect(stdout).toContain('exactly, by secant');
    const json = JSON.parse((await cli([...args, '--target', '25000000000', '--format', 'json'])).stdout) as {
      exact: boolean;
      value: string;
    };
    expect(json.exact).toBe(true);
    expect(json.value).toMatch(/^0\.0503957/);
    expect((await cli([...args])).stderr).toContain('goal-seek needs --target');
    const none = await cli([...args, '--target', '900000000000']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no value');
  });

  it('goal-seek: a target the metric jumps over is not "within the tolerance"', async () => {
    const even =
      'name: Even cents\ncurrency: EUR\nyears: {from: 2025, to: 2026}\neconomy:\n  gdp:\n    series: {"2025": "100000000000", "2026": "100000000000"}\ndefence:\n  shareOfGdp: {default: "4%"}\n';
    const args = ['goal-seek', 'e.yaml', '--vary', 'defence.shareOfGdp.default', '--metric', 'defence.total'];
    const ran = await cli([...args, '--target', '8000000000.01'], { files: { 'e.yaml': even } });
    expect(ran.code).toBe(2);
    expect(ran.stdout).toContain('cannot be brought to 8,000,000,000.01 EUR exactly');
    expect(ran.stdout).toMatch(/nearest below: .* gives 8,000,000,000\.00 EUR/);
    expect(ran.stdout).toMatch(/nearest above: .* gives 8,000,000,000\.02 EUR/);
    expect(ran.stdout).not.toContain('within the tolerance');
    const json = await cli([...args, '--target', '8000000000.01', '--format', 'json'], { files: { 'e.yaml': even } });
    const parsed = JSON.parse(json.stdout) as {
      withinTolerance: boolean;
      nearest: { above: { achieved: { value: string } } };
    };
    expect(parsed.withinTolerance).toBe(false);
    expect(parsed.nearest.above.achieved.value).toBe('8000000000.02');
  });

  it('goal-seek: a gap that stays closed gives the share where it closes, not 100%, and says the range', async () => {
    // The core target is 3.5% of GDP: its 2035 gap reads €0.00 from 3.5% (half a cent below) to the bound.
    const args = ['goal-seek', 'lithuania-baseline', '--vary', 'defence.shareOfGdp.default'];
    const gap = [...args, '--metric', 'targets.nato-hague-core-3.5pct.gap.2035', '--target', '0'];
    const ran = await cli(gap);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^defence\.shareOfGdp\.default = 3\.5000% \(0\.0349999999999/m);
    expect(ran.stdout).toMatch(
      /so does every value from 3\.5000% .* to 100\.0000% \(1\): the value given is that range’s edge/,
    );
    const json = JSON.parse((await cli([...gap, '--format', 'json'])).stdout) as { plateau: { to: string } };
    expect(json.plateau.to).toBe('1');
    // Bounds both above 3.5%: the gap is closed throughout, and the low bound is the value given.
    const inside = await cli([...gap, '--min', '0.1', '--max', '0.2']);
    expect(inside.stdout).toContain(
      'so does every value from 10.0000% (0.1) to 20.0000% (0.2): the target is met across the bounds, and the low one is given',
    );
    expect(inside.stdout).not.toContain('range’s edge');
  });
});

describe('simulate', () => {
  const files = { 'inputs.json': INPUTS };

  it('prints percentiles and target odds, reproducibly', async () => {
    const args = ['simulate', 'lithuania-baseline', '--inputs', 'inputs.json', '--trials', '2000', '--seed', '7'];
    const first = await cli(args, { files });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('2000 trials');
    expect(first.stdout).toContain('seed 7, xoshiro128** 1.1, seeded by SplitMix64');
    expect(first.stdout).toContain('Probability of meeting each target');
    expect(first.stdout).toContain('The share is uniform on 5–6%. The State Defence Council’s band.');
    expect((await cli(args, { files })).stdout).toBe(first.stdout);
  });

  it('JSON without samples, CSV of statistics, samples and a fan chart to files', async () => {
    const base = ['simulate', 'lithuania-baseline', '--inputs', 'inputs.json', '--trials', '500'];
    const json = JSON.parse((await cli([...base, '--format', 'json'], { files })).stdout) as Record<string, unknown>;
    expect(json).toHaveProperty('targets');
    expect(json).not.toHaveProperty('samples');
    const csv = await cli([...base, '--format', 'csv', '--samples', 'samples.csv', '--chart', 'fan.svg'], { files });
    expect(csv.stdout.split('\r\n')[0]).toBe('metric,year,unit,mean,sd,min,p5,p25,p50,p75,p95,max');
    expect(csv.files.get('samples.csv')?.split('\r\n')).toHaveLength(502);
    expect(csv.files.get('fan.svg')).toContain('defence: median, 25th–75th and 5th–95th percentiles (EUR billion)');
  });

  it('draws a progress bar on a terminal, on standard error only, after a second', async () => {
    let clock = 0;
    const ran = await cli(['simulate', 'lithuania-baseline', '--inputs', 'inputs.json', '--trials', '5000'], {
      files,
      tty: true,
      clock: () => (clock += 400),
    });
    expect(ran.code).toBe(0);
    expect(ran.stderr).toMatch(/\r\[#+ *\] +\d+% /);
    expect(ran.stdout).not.toContain('#');
    const quiet = await cli(['simulate', 'lithuania-baseline', '--inputs', 'inputs.json', '--trials', '5000'], {
      files,
    });
    expect(quiet.stderr).toBe('');
  });

  it('refuses missing or bad inputs', async () => {
    expect((await cli(['simulate', 'lithuania-baseline'])).stderr).toContain('simulate needs --inputs <file>');
    expect((await cli(['simulate', 'lithuania-baseline', '--inputs', 'none.json'])).stderr).toContain(
      'none.json: no such inputs file',
    );
    expect(
      (await cli(['simulate', 'lithuania-baseline', '--inputs', 'bad.json'], { files: { 'bad.json': '{' } })).code,
    ).toBe(2);
    const negative = await cli(['simulate', 'lithuania-baseline', '--inputs', 'sd.json'], {
      files: { 'sd.json': '{"economy.gdp.realGrowth.default": {"kind": "normal", "mean": 0.03, "sd": -0.01}}' },
    });
    expect(negative.code).toBe(2);
    expect(negative.stderr).toBe(
      'sd.json: inputs["economy.gdp.realGrowth.default"].sd: the standard deviation must be above 0, received -0.01\n',
    );
    expect(
      (await cli(['simulate', 'lithuania-baseline', '--inputs', 'inputs.json', '--trials', 'many'], { files })).stderr,
    ).toContain('--trials is a whole number from 1 to 100,000,000, received "many"');
  });

  it('--trials and --seed name their range, for negative, exponent and zero values alike (issue 13)', async () => {
    const files = { 'inputs.json': INPUTS };
    const base = ['simulate', 'lithuania-baseline', '--inputs', 'inputs.json'];
    for (const value of ['-5', '1e12', '0', '100000001']) {
      const ran = await cli([...base, '--trials', value], { files });
      expect(ran.code).toBe(2);
      expect(ran.stderr).toBe(`budget-whatif: --trials is a whole number from 1 to 100,000,000, received "${value}"\n`);
    }
    expect((await cli([...base, '--seed', '-1'], { files })).stderr).toBe(
      'budget-whatif: --seed is a whole number from 0 to 2^53 − 1, received "-1"\n',
    );
  });
});

describe('words and numbers as a reader reads them (issue 13)', () => {
  it('one scenario, without a stray article', async () => {
    expect((await cli(['run', 'a', 'b'])).stderr).toBe('budget-whatif: run takes one scenario, received 2: a b\n');
  });

  it('compare prints a difference of shares in percentage points, signed', async () => {
    const { stdout } = await cli(['compare', 'lithuania-baseline', 'lithuania-6pct']);
    // 5.5% → 6%: +0.5 points, not "0.500%".
    expect(stdout).toMatch(/defence\.share\.2027 +5\.500% +6\.000% +\+0\.500 pp/);
    expect(stdout).toContain('those of shares in percentage points (pp)');
  });

  it('goal-seek prints a share as a percentage with its exact fraction; JSON keeps the fraction', async () => {
    const args = ['goal-seek', 'lithuania-baseline', '--vary', 'defence.shareOfGdp.default'];
    const target = ['--metric', 'defence.2026-2030', '--target', '25000000000'];
    // (€25bn − €4.79bn voted for 2026) ÷ GDP 2027–2030 (€401.03bn) = 5.0396% (README).
    const { stdout } = await cli([...args, ...target]);
    expect(stdout.split('\n')[0]).toMatch(/^defence\.shareOfGdp\.default = 5\.0396% \(0\.05039573\d+\)$/);
    const json = JSON.parse((await cli([...args, ...target, '--format', 'json'])).stdout) as { value: string };
    expect(json.value.startsWith('0.05039573')).toBe(true);
  });

  it('goal-seek reads --min, --max and a share --target as percentages, as --set and --vary do', async () => {
    const args = ['goal-seek', 'lithuania-baseline', '--vary', 'defence.shareOfGdp.default'];
    const euros = ['--metric', 'defence.2026-2030', '--target', '25000000000'];
    const percent = await cli([...args, ...euros, '--min', '5%', '--max', '6%', '--format', 'json']);
    const fraction = await cli([...args, ...euros, '--min', '0.05', '--max', '0.06', '--format', 'json']);
    expect(percent.code).toBe(0);
    expect(percent.stdout).toBe(fraction.stdout);
    expect((JSON.parse(percent.stdout) as { bounds: string[] }).bounds).toEqual(['0.05', '0.06']);
    // 2030's share of GDP is the default share: 5.5% exactly, in three evaluations.
    const share = await cli([...args, '--metric', 'defence.share.2030', '--target', '5.5%']);
    expect(share.stdout).toContain(
      'defence.shareOfGdp.default = 5.5000% (0.055)\ngives defence.share.2030 = 5.500% (target 5.500%)',
    );
    // The target met across bounds given as percentages: the plateau's words compare them as numbers.
    const gap = [
      '--metric',
      'targets.nato-hague-core-3.5pct.gap.2035',
      '--target',
      '0',
      '--min',
      '10%',
      '--max',
      '20%',
    ];
    expect((await cli([...args, ...gap])).stdout).toContain(
      'so does every value from 10.0000% (0.1) to 20.0000% (0.2): the target is met across the bounds, and the low one is given',
    );
  });

  it('goal-seek names --min, --max and --target when it refuses them, not the library’s fields', async () => {
    const args = ['goal-seek', 'lithuania-baseline', '--vary', 'defence.shareOfGdp.default'];
    const euros = ['--metric', 'defence.2026-2030', '--target', '25000000000'];
    const refused = async (extra: string[]): Promise<string> => {
      const ran = await cli([...args, ...extra]);
      expect(ran.code).toBe(2);
      return ran.stderr;
    };
    expect(await refused([...euros, '--min', 'x', '--max', '6%'])).toBe(
      'budget-whatif: --min: expected a decimal number such as "1100000000", "0.055", "1.1e9" or "1_100_000_000", received "x"\n',
    );
    expect(await refused([...euros, '--min', '6%', '--max', '5%'])).toBe(
      'budget-whatif: --min and --max: the bounds must run from low to high, received 0.06 and 0.05\n',
    );
    expect(await refused(['--metric', 'defence.2026-2030', '--target', '5%'])).toBe(
      'budget-whatif: --target: a percentage is a target for a share of GDP; defence.2026-2030 is in EUR, received "5%"\n',
    );
    const growth = ['goal-seek', 'lithuania-baseline', '--vary', 'economy.gdp.realGrowth.default', ...euros];
    expect((await cli(growth)).stderr).toBe(
      'budget-whatif: give --min and --max for "economy.gdp.realGrowth.default": only shares of GDP have default bounds (0 to 1)\n',
    );
    const mines = ['goal-seek', 'lithuania-baseline', '--vary', 'plans[border-countermobility].total', ...euros];
    expect((await cli([...mines, '--min', '0', '--max', '5%'])).stderr).toBe(
      'budget-whatif: --max: a percentage bounds a share or a rate; plans[border-countermobility].total is neither, received "5%"\n',
    );
  });
});

describe('quote, schema, init, list', () => {
  it('quote: each figure as an interval, the implied EUR/USD rate and the ECB dates', async () => {
    const { code, stdout } = await cli(['quote', '1.1 billion euros', '$1.2 billion']);
    expect(code).toBe(0);
    expect(stdout).toContain('EUR [1050000000, 1150000000]');
    expect(stdout).toContain('USD [1150000000, 1250000000]');
    // 1.15bn / 1.15bn = 1 and 1.25bn / 1.05bn = 1.190476…
    expect(stdout).toContain('Implied EUR/USD: [1.0000, 1.1905]');
    const may = await cli(['quote', '800 million euros', '$905 million', '--from', '2025-05-01', '--to', '2025-05-09']);
    expect(may.stdout).toContain('2025-05-06  1.1325');
    expect((await cli(['quote', '$1.2 billion', '--format', 'json'])).stdout).toContain('"currency": "USD"');
    expect((await cli(['quote'])).code).toBe(2);
    expect((await cli(['quote', 'a lot of money'])).code).toBe(2);
  });

  it('schema: the JSON Schema', async () => {
    const schema = JSON.parse((await cli(['schema'])).stdout) as { $schema: string };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('init, an edit, then run', async () => {
    const init = await cli(['init', '--from', 'lithuania-baseline']);
    const edited = JSON.parse(init.stdout) as { name: string; defence: { shareOfGdp: Record<string, string> } };
    edited.name = 'Mine';
    edited.defence.shareOfGdp['default'] = '6%';
    const ran = await cli(['run', 'mine.json', '--format', 'csv'], { files: { 'mine.json': JSON.stringify(edited) } });
    expect(ran.code).toBe(0);
    expect(
      ran.stdout
        .split('\r\n')
        .find((line) => line.startsWith('2031,'))
        ?.split(',')[3],
    ).toBe('0.06');
    expect((await cli(['init', '--from', 'lithuania'])).stderr).toContain('no built-in scenario "lithuania"');
    expect((await cli(['init', 'extra'])).code).toBe(2);
  });

  it('list: scenarios, datasets, targets', async () => {
    const { stdout } = await cli(['list']);
    expect(stdout).toContain('lithuania-6pct');
    expect(stdout).toContain('nato-hague-core-3.5pct');
    expect(stdout).toContain('ECB euro reference rates');
  });
});

// Issue 14, part 4: what a what-if did not touch, on standard error and in what the commands print.
describe('changes some years do not read', () => {
  it('run --set on a default beside years of their own warns that 2025 and 2026 keep their values', async () => {
    const { code, stderr, stdout } = await cli([
      'run',
      'lithuania-baseline',
      '--set',
      'economy.gdp.realGrowth.default=1%',
    ]);
    const warning =
      'economy.gdp.realGrowth.default = 0.01 (--set) does not reach 2025, 2026: economy.gdp.realGrowth.2025 stays 0.024, economy.gdp.realGrowth.2026 stays 0.03';
    expect(code).toBe(0);
    expect(stderr).toBe(`lithuania-baseline: warning: ${warning}\n`);
    expect(stdout).toContain(warning);
  });

  it('goal-seek names the voted years its share did not reach, and --vary X.* reaches them', async () => {
    const seek = ['goal-seek', 'lithuania-baseline', '--metric', 'defence.2026-2030', '--target', '25000000000'];
    const one = await cli([...seek, '--vary', 'defence.shareOfGdp.default']);
    expect(one.stderr).toMatch(
      /^lithuania-baseline: warning: defence\.shareOfGdp\.default = 0\.0503\d+ \(goal-seek\) does not reach 2025, 2026: defence\.amounts\.2025 stays 2400000000, defence\.amounts\.2026 stays 4790000000 \(an amount wins over a share\)\n$/,
    );
    const every = await cli([...seek, '--vary', 'defence.shareOfGdp.*']);
    expect(every.code).toBe(0);
    expect(every.stderr).toBe('');
    expect(every.stdout).toContain(
      'varies defence.shareOfGdp.default; removes defence.amounts.2025, defence.amounts.2026 so that the share applies there',
    );
    const json = JSON.parse((await cli([...seek, '--vary', 'defence.shareOfGdp.*', '--format', 'json'])).stdout) as {
      varied: unknown;
      removed: unknown;
      shadowed: unknown;
    };
    expect([json.varied, json.removed, json.shadowed]).toEqual([
      ['defence.shareOfGdp.default'],
      ['defence.amounts.2025', 'defence.amounts.2026'],
      [],
    ]);
  });
});
