// `budget-whatif vintages` (issue 15): a figure as published over time in every format, and every bad
// flag a usage error (exit 2) that names the value.
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';

describe('budget-whatif vintages', () => {
  it('prints Lithuania’s 2025 defence spending by stage, then the revisions within each basis', async () => {
    const { code, stdout, stderr } = await cli(['vintages', '--year', '2025']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('Lithuania: defence spending');
    expect(stdout).toMatch(/^2024-12-19 +approved +state budget: defence appropriations +2,617\.0 +– +Delfi$/m);
    expect(stdout).toMatch(/^2025-08-28 +estimate +NATO's definition +– +4\.00% /m);
    expect(stdout).toMatch(
      /^2025 +state budget: defence appropriations +2025-08-13 amended +2025-11-26 amended +151\.2 +4\.6% +–$/m,
    );
  });

  it('reads the other figures: NATO for an ally, GDP, the border plan', async () => {
    const pl = await cli(['vintages', '--figure', 'nato', '--ally', 'pl', '--year', '2024']);
    // The June 2024 release states the amount (PLN 151,240.7 million) and the share; the August 2025 one
    // the share alone: the change in złoty is not stated.
    expect(pl.stdout).toMatch(/^2024-06-17 +estimate +NATO's definition +151,240\.7 +4\.12% /m);
    expect(pl.stdout).toMatch(/^2024 +NATO's definition +2024-06-17 estimate +2025-08-28 estimate +– +– +-0\.33 pp$/m);
    const gdp = await cli(['vintages', '--figure', 'gdp', '--year', '2017']);
    expect(gdp.stdout).toMatch(
      /^2017 +nominal GDP, national accounts +2018 estimate +2019 outturn +411\.4 +1\.0% +–$/m,
    );
    const plan = await cli(['vintages', '--figure', 'border-plan']);
    expect(plan.stdout).toMatch(/^2025-05-05 +announced .* 1,100\.0 /m);
  });

  it('writes csv with every value exact and json with values and revisions, amounts as strings', async () => {
    const csv = await cli(['vintages', '--year', '2026', '--stage', 'approved', '--format', 'csv']);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('key,date,stage,basis,amount,currency,share_of_gdp,status,publisher,title,url,quoted,note');
    expect(
      lines[1]?.startsWith('2026,2025-12-11,approved,state budget: defence appropriations,4790000000,EUR,0.0538,,'),
    ).toBe(true);
    expect(lines).toHaveLength(2);
    const json = JSON.parse(
      (await cli(['vintages', '--year', '2025', '--basis', 'state budget: defence appropriations', '--format', 'json']))
        .stdout,
    ) as {
      values: { date: string; value: { amount: { amount: string } } }[];
      revisions: { amountChange: { amount: string } }[];
    };
    expect(json.values.map((one) => one.value.amount.amount)).toEqual([
      '2617000000',
      '2804700000',
      '3265800000',
      '3417000000',
    ]);
    expect(json.revisions.map((row) => row.amountChange.amount)).toEqual(['187700000', '461100000', '151200000']);
  });

  it('shows only what was known on a date', async () => {
    const { stdout } = await cli(['vintages', '--year', '2025', '--as-of', '2025-01-31']);
    expect(stdout).toContain('Only what was published by 2025-01-31.');
    expect(stdout).not.toContain('2025-04 ');
  });

  it.each([
    [['--figure', 'budget'], /--figure is defence, gdp, border-plan, nato; received "budget"/],
    [['--ally', 'PL'], /--ally goes with --figure nato/],
    [['--figure', 'nato', '--ally', 'XX'], /--ally .* received "XX"/],
    [['--year', '2031'], /--year: this figure has 2014, .* 2026; received "2031"/],
    [['--stage', 'passed'], /--stage .* received "passed"/],
    [['--stage', 'approved,'], /--stage .* received "approved,"/],
    [['--basis', 'NATO'], /--basis: this figure's bases are .*; received "NATO"/],
    [['--as-of', '2025-02-30'], /--as-of is a date .* received "2025-02-30"/],
    [['--format', 'xlsx'], /--format/],
    [['lithuania-baseline'], /vintages takes no scenario, received lithuania-baseline/],
  ])('refuses %j with a message naming the value', async (args, message) => {
    const { code, stdout, stderr } = await cli(['vintages', ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('has help', async () => {
    const { code, stdout } = await cli(['vintages', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: budget-whatif vintages');
  });
});
