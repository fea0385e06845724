// The Hague 2025's counting rules and the semantics of targets (issues 19 and 20), with expected values
// from the Declaration's words and hand (Python decimal) calculations, never from the code's output.
import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import { defineTarget, getTarget, money, pathTo, targetGap } from '../../src/index';
import { shareBandChart, spendingChart } from '../../src/reports/index';
import {
  evaluate,
  getScenario,
  goalSeek,
  metric,
  parseScenario,
  withOverrides,
  type Scenario,
  type ScenarioResult,
} from '../../src/scenarios/index';
import { simulate, uniform } from '../../src/uncertainty/index';
import { cli } from '../helpers/cli';
import { expectIssue } from '../helpers/errors';

/** The Lithuania baseline with core defence and related spending at flat shares of GDP, and no voted amounts. */
function hague(core: string, related: string): ScenarioResult {
  return evaluate(
    withOverrides(getScenario('lithuania-baseline'), [
      { path: 'defence.shareOfGdp.default', value: core },
      { path: 'defence.amounts', value: undefined },
      { path: 'defence.related', value: { shareOfGdp: { default: related } } },
    ]),
  );
}

const rowOf = (result: ScenarioResult, id: string, year: number) => {
  const row = result.targets.find((target) => target.id === id)?.rows.find((candidate) => candidate.year === year);
  if (row === undefined) throw new Error(`no ${id} row in ${String(year)}`);
  return row;
};

// GDP 2035 of the baseline: 77,940,000,000 × 1.024 × 1.034 × 1.03 × 1.028 × (1.03 × 1.025)^9, rounded
// half-even to the cent, computed with Python's decimal at 60 digits: 142,383,953,335.27. Half a point of
// it, to the cent: 711,919,766.676… → 711,919,766.68; one point: 1,423,839,533.35.
const GDP_2035 = '142383953335.27';
const HALF_POINT_2035 = '711919766.68';

describe('The Hague 5%: core in full, related spending counted up to 1.5% of GDP', () => {
  it('core 3% and related 2.5% count as 4.5%: the 5% is missed by 0.5 points in 2035', () => {
    const result = hague('3%', '2.5%');
    expect(result.gdp[2035]?.amount.toFixed(2)).toBe(GDP_2035);
    const row = rowOf(result, 'nato-hague-total-5pct', 2035);
    expect(row.status).toBe('missed');
    expect(row.met).toBe(false);
    expect(row.gapPoints.toString()).toBe('0.5');
    expect(row.gap.amount.toFixed(2)).toBe(HALF_POINT_2035);
    expect(row.actualShare.toString()).toBe('0.045');
    // 2.5% − 1.5% = one point of GDP lies beyond the cap: 3,559,598,833.38 − 2,135,759,300.03.
    expect(row.beyondCap.amount.toFixed(2)).toBe('1423839533.35');
    expect(result.targets.find((target) => target.id === 'nato-hague-total-5pct')?.status).toBe('missed');
    expect(metric(result, 'targets.nato-hague-total-5pct.gapPoints.2035').value.toString()).toBe('0.5');
  });

  it('never advises cutting related spending above 1.5%: the limit only says what counts', () => {
    const result = hague('3%', '2.5%');
    const related = result.targets.find((target) => target.id === 'nato-hague-related-1.5pct');
    expect(related?.rule).toBe('counting-limit');
    expect(related?.status).toBe('counting-limit');
    for (const row of related?.rows ?? []) {
      expect(row.gap.amount.isZero()).toBe(true);
      expect(row.gapPoints.isZero()).toBe(true);
      expect(row.status).toBe('counting-limit');
    }
    for (const target of result.targets) for (const row of target.rows) expect(row.gap.amount.isNegative()).toBe(false);
    expect(related?.rows.find((row) => row.year === 2035)?.countsUpToShare?.toString()).toBe('0.015');
  });

  it('core 3.5% and related 1.5% meet the 5% exactly, in every year', () => {
    const result = hague('3.5%', '1.5%');
    const total = result.targets.find((target) => target.id === 'nato-hague-total-5pct');
    expect(total?.status).toBe('met');
    expect(total?.metWhereDue).toBe(true);
    for (const row of total?.rows ?? []) {
      expect(row.gap.amount.isZero()).toBe(true);
      expect(row.gapPoints.isZero()).toBe(true);
      expect(row.actualShare.toString()).toBe('0.05');
      expect(row.beyondCap.amount.isZero()).toBe(true);
    }
  });

  it('core 4% and related 0.5% count as 4.5%: missed by half a point', () => {
    const row = rowOf(hague('4%', '0.5%'), 'nato-hague-total-5pct', 2035);
    expect(row.actualShare.toString()).toBe('0.045');
    expect(row.status).toBe('missed');
    expect(row.gapPoints.toString()).toBe('0.5');
    expect(row.gap.amount.toFixed(2)).toBe(HALF_POINT_2035);
  });

  it('the gap in money is the gap in points of GDP rounded once, where the rounded columns would be a cent off', () => {
    // 5% of GDP 2035 rounds to 7,119,197,666.76; 3% to 4,271,518,600.06 and 1.5% to 2,135,759,300.03:
    // the columns differ by …766.67, the exact shortfall (0.5% of GDP) is …766.676 → …766.68.
    const row = rowOf(hague('3%', '2.5%'), 'nato-hague-total-5pct', 2035);
    expect(row.atLeast?.amount.toFixed(2)).toBe('7119197666.76');
    expect(row.actual.amount.toFixed(2)).toBe('6407277900.09');
    expect(row.gap.amount.toFixed(2)).toBe(HALF_POINT_2035);
  });

  it('counts the same way through targetGap directly, by category', () => {
    const gdp = { 2035: money('100000000000', 'EUR') };
    const total = getTarget('nato-hague-total-5pct');
    const gapFor = (core: string, related: string) =>
      targetGap(
        { defence: { 2035: money(core, 'EUR') }, 'defence-related': { 2035: money(related, 'EUR') } },
        gdp,
        total,
      ).rows[0];
    expect(gapFor('3000000000', '2500000000')?.gap.amount.toString()).toBe('500000000');
    expect(gapFor('3500000000', '1500000000')?.met).toBe(true);
    expect(gapFor('4000000000', '500000000')?.actual.amount.toString()).toBe('4500000000');
    expect(gapFor('5000000000', '9000000000')?.beyondCap.amount.toString()).toBe('7500000000');
  });

  it('custom targets in a scenario file can count categories the same way', () => {
    const scenario = parseScenario({
      ...getScenario('lithuania-baseline'),
      defence: { shareOfGdp: { default: '3%' }, related: { shareOfGdp: { default: '2.5%' } } },
      targets: [
        {
          id: 'four-in-all',
          name: '4% counting related up to 1%',
          category: 'defence-and-related',
          atLeast: '4%',
          counts: [{ category: 'defence' }, { category: 'defence-related', upTo: '1%' }],
          from: 2030,
        },
        {
          id: 'related-cap',
          name: 'related counts up to 2%',
          category: 'defence-related',
          countsUpTo: '2%',
          from: 2030,
        },
      ],
    });
    const result = evaluate(scenario);
    expect(rowOf(result, 'four-in-all', 2030).actualShare.toString()).toBe('0.04');
    expect(rowOf(result, 'four-in-all', 2030).met).toBe(true);
    expect(rowOf(result, 'related-cap', 2030).countsUpToShare?.toString()).toBe('0.02');
    expect(rowOf(result, 'related-cap', 2030).status).toBe('counting-limit');
  });
});

describe('targets that cannot be judged, and paths that climb', () => {
  // Issue 20, case 3: years 2030–2036, 2% of GDP for 2030–2034, nothing for 2035–2036.
  const gaps: Scenario = {
    name: 'No spending after 2034',
    currency: 'EUR',
    years: { from: 2030, to: 2036 },
    economy: { gdp: { base: { year: 2029, amount: '100000000000' }, nominalGrowth: { default: '0' } } },
    defence: { shareOfGdp: { '2030': '2%', '2031': '2%', '2032': '2%', '2033': '2%', '2034': '2%' } },
    targets: ['nato-hague-core-3.5pct'],
  };

  it('a due year without spending makes the target undetermined, not met', () => {
    const result = evaluate(parseScenario(gaps));
    const [core] = result.targets;
    expect(core?.status).toBe('undetermined');
    expect(core?.metWhereDue).toBe(false);
    expect(core?.undetermined).toEqual([2035, 2036]);
    expect(core?.rows.every((row) => !row.due)).toBe(true);
    expect(result.warnings.some((warning) => warning.includes('2035') && warning.includes('2036'))).toBe(true);
    expectIssue(() => metric(result, 'targets.nato-hague-core-3.5pct.met.2035'), 'invalid_metric', ['metric']);
  });

  it('says why a year cannot be judged: the spending is missing, not the target', () => {
    const result = evaluate(parseScenario(gaps));
    let message = '';
    try {
      metric(result, 'targets.nato-hague-core-3.5pct.met.2035');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/no (defence )?spending/);
    expect(message).not.toMatch(/does not apply/);
  });

  it('a band due in 2030 from a start of 3%: spending at 5.5% in 2025 is ahead, not "spend less"', () => {
    const band = defineTarget({
      id: 'band',
      name: '5–6% by 2030',
      atLeast: '5%',
      atMost: '6%',
      by: 2030,
      start: { year: 2025, value: '3%' },
    });
    const gdp = { 2025: money('100000000000', 'EUR'), 2030: money('100000000000', 'EUR') };
    const spending = { 2025: money('5500000000', 'EUR'), 2030: money('5500000000', 'EUR') };
    const [early, due] = targetGap(spending, gdp, band).rows;
    expect(early?.gap.amount.isNegative()).toBe(false);
    expect(early?.gap.amount.isZero()).toBe(true);
    expect(early?.status).toBe('not-yet-due');
    expect(early?.met).toBe(true);
    expect(due?.status).toBe('met');
  });

  it('a 3.5% floor from a start of 6% never asks for more than 3.5%', () => {
    const floor = defineTarget({
      id: 'f',
      name: '3.5% by 2035',
      atLeast: '3.5%',
      by: 2035,
      start: { year: 2025, value: '6%' },
    });
    const gdp = { 2025: money('100000000000', 'EUR') };
    const [row] = targetGap({ 2025: money('4000000000', 'EUR') }, gdp, floor).rows;
    expect(row?.atLeastShare?.toString()).toBe('0.035');
    expect(row?.met).toBe(true);
    expect(row?.gap.amount.isZero()).toBe(true);
  });

  it('a target with only a deadline is shown, not yet due, in the years before it', () => {
    const byOnly = defineTarget({ id: 'b', name: '3% by 2030', atLeast: '3%', by: 2030 });
    const gdp = { 2028: money('100', 'EUR'), 2029: money('100', 'EUR'), 2030: money('100', 'EUR') };
    const spending = { 2028: money('2', 'EUR'), 2029: money('2', 'EUR'), 2030: money('3', 'EUR') };
    const rows = targetGap(spending, gdp, byOnly).rows;
    expect(rows.map((row) => [row.year, row.status])).toEqual([
      [2028, 'not-yet-due'],
      [2029, 'not-yet-due'],
      [2030, 'met'],
    ]);
  });

  it('pathTo from above the floor asks for the floor itself, every year', () => {
    const path = pathTo(getTarget('nato-hague-core-3.5pct'), { year: 2025, share: '0.055' });
    expect(Object.values(path).map((share) => share.toString())).toEqual(Array.from({ length: 11 }, () => '0.035'));
  });
});

describe('charts and tables read the same rows', () => {
  it('core 3.5% + related 1.5% is drawn at the 5% line, as the table says it meets it', () => {
    const result = hague('3.5%', '1.5%');
    const layers = (shareBandChart(result) as { layer: { data: { values: Record<string, unknown>[] } }[] }).layer;
    const spending = layers[2]?.data.values ?? [];
    const floors = layers[1]?.data.values ?? [];
    const counted = spending.find(
      (point) => point['spending'] === 'defence + related (counted)' && point['year'] === 2035,
    );
    const five = floors.find((point) => String(point['target']).startsWith('NATO 5%') && point['year'] === 2035);
    expect(counted?.['share']).toBe(0.05);
    expect(five?.['share']).toBe(0.05);
    expect(rowOf(result, 'nato-hague-total-5pct', 2035).met).toBe(true);
  });

  it('the spending chart stacks core and counted related spending up to the 5% floor, and shows what lies beyond', () => {
    const result = hague('3%', '2.5%');
    const bars = (spendingChart(result) as { layer: { data: { values: Record<string, unknown>[] } }[] }).layer[0]?.data
      .values;
    const in2035 = (bars ?? []).filter((bar) => bar['year'] === 2035);
    const part = (name: string): number => Number(in2035.find((bar) => bar['part'] === name)?.['amount']);
    // In € billion: core 3% of GDP 4.2715…, related counted 1.5% 2.1357…, beyond the cap 1% 1.4238….
    expect(part('defence')).toBeCloseTo(4.2715186, 6);
    expect(part('related, counted')).toBeCloseTo(2.1357593, 6);
    expect(part('related, beyond the cap')).toBeCloseTo(1.4238395, 6);
  });
});

describe('simulations and goal seeks count as the tables do', () => {
  const base = once(() =>
    withOverrides(getScenario('lithuania-baseline'), [
      { path: 'defence.shareOfGdp.default', value: '3%' },
      { path: 'defence.amounts', value: undefined },
      { path: 'defence.related', value: { shareOfGdp: { default: '2%' } } },
    ]),
  );

  it('core 3% with related spending anywhere in 1–3%: the 5% is met in no trial (at most 4.5% counts)', () => {
    // Adding all related spending would meet it whenever related ≥ 2%: about half the trials.
    const result = simulate(base(), {
      trials: 2000,
      seed: 3,
      inputs: { 'defence.related.shareOfGdp.default': uniform('1%', '3%') },
    });
    const odds = result.targets
      .find((target) => target.id === 'nato-hague-total-5pct')
      ?.rows.find((row) => row.year === 2035);
    expect(odds?.metCount).toBe(0);
    // Core 3.5%: met exactly when related ≥ 1.5%, three trials in four of uniform(1%, 3%).
    const core = simulate(withOverrides(base(), [{ path: 'defence.shareOfGdp.default', value: '3.5%' }]), {
      trials: 4000,
      seed: 3,
      inputs: { 'defence.related.shareOfGdp.default': uniform('1%', '3%') },
    });
    const met = core.targets
      .find((target) => target.id === 'nato-hague-total-5pct')
      ?.rows.find((row) => row.year === 2035);
    expect(Number(met?.probability)).toBeGreaterThan(0.72);
    expect(Number(met?.probability)).toBeLessThan(0.78);
  });

  it('no related share closes the gap when core is 3%: goal seek says it cannot be reached', () => {
    expectIssue(
      () =>
        goalSeek(base(), {
          vary: 'defence.related.shareOfGdp.default',
          metric: 'targets.nato-hague-total-5pct.gapPoints.2035',
          target: '0',
          bounds: ['0', '0.1'],
        }),
      'no_solution',
      ['target'],
    );
    // Varying core instead: a quarter point short is core at 5 − 1.5 − 0.25 = 3.25%, related counted at 1.5%.
    const found = goalSeek(base(), {
      vary: 'defence.shareOfGdp.default',
      metric: 'targets.nato-hague-total-5pct.gapPoints.2035',
      target: '0.25',
      bounds: ['0.03', '0.04'],
    });
    expect(found.value.toString()).toBe('0.0325');
  });
});

describe('the CLI counts as the library does', () => {
  it('run: the 5% missed by half a point in 2035, related spending beyond 1.5% marked, never a cut', async () => {
    const scenario = withOverrides(getScenario('lithuania-baseline'), [
      { path: 'defence.shareOfGdp.default', value: '3%' },
      { path: 'defence.amounts', value: undefined },
      { path: 'defence.related', value: { shareOfGdp: { default: '2.5%' } } },
    ]);
    const files = { 's.json': JSON.stringify(scenario) };
    const json = await cli(['run', 's.json', '--format', 'json'], { files });
    const targets = (JSON.parse(json.stdout) as { targets: { id: string; rows: Record<string, unknown>[] }[] }).targets;
    const row = targets.find((target) => target.id === 'nato-hague-total-5pct')?.rows.find((r) => r['year'] === 2035);
    expect(row).toMatchObject({
      status: 'missed',
      gap: { amount: HALF_POINT_2035, currency: 'EUR' },
      gapPoints: '0.5',
      beyondCap: { amount: '1423839533.35', currency: 'EUR' },
    });
    const table = await cli(['run', 's.json'], { files });
    const line2035 = table.stdout.split('\n').find((line) => line.startsWith('2035') && line.includes('beyond'));
    // In € million: 711.9 short of 3.5% and of 5%; 1,423.8 of related spending beyond the 1.5% counted.
    expect(line2035?.split(/\s{2,}/)).toEqual(['2035', 'met', '711.9', '1,423.8 beyond', '711.9']);
  });
});

// Issue 11: the warning of a target that cannot be judged, word for word, and only for its due years.
describe('a target that cannot be judged says so, for the years it is due', () => {
  const withSpending = (shares: Record<string, string>, targets: Scenario['targets']): Scenario => ({
    name: 'Gaps',
    currency: 'EUR',
    years: { from: 2030, to: 2036 },
    economy: { gdp: { base: { year: 2029, amount: '100000000000' }, nominalGrowth: { default: '0' } } },
    defence: { shareOfGdp: shares },
    ...(targets === undefined ? {} : { targets }),
  });
  const to2032 = { '2030': '4%', '2031': '4%', '2032': '4%' };

  it('due from 2035: the years 2035 and 2036 only, though 2033 and 2034 lack spending too', () => {
    const result = evaluate(parseScenario(withSpending(to2032, ['nato-hague-core-3.5pct'])));
    expect(result.targets[0]?.undetermined).toEqual([2033, 2034, 2035, 2036]);
    expect(result.targets[0]?.status).toBe('undetermined');
    expect(result.warnings).toContain(
      'target nato-hague-core-3.5pct cannot be judged in 2035, 2036: it is due, and the scenario gives no defence spending there',
    );
  });

  it('due every year: every year without spending; the total target names its category', () => {
    const result = evaluate(parseScenario(withSpending(to2032, ['nato-wales-2pct', 'nato-hague-total-5pct'])));
    expect(result.warnings).toContain(
      'target nato-wales-2pct cannot be judged in 2033, 2034, 2035, 2036: it is due, and the scenario gives no defence spending there',
    );
    expect(result.warnings).toContain(
      'target nato-hague-total-5pct cannot be judged in 2035, 2036: it is due, and the scenario gives no defence-and-related spending there',
    );
  });

  it('a counting limit is never "cannot be judged"; a target never due is not yet due, not met', () => {
    const limit = evaluate(parseScenario(withSpending(to2032, ['nato-hague-related-1.5pct'])));
    expect(limit.warnings.some((warning) => warning.includes('cannot be judged'))).toBe(false);
    const early = evaluate(
      parseScenario({
        ...withSpending({ default: '4%' }, ['nato-hague-core-3.5pct']),
        years: { from: 2030, to: 2034 },
      }),
    );
    expect(early.targets[0]?.status).toBe('not-yet-due');
    expect(early.targets[0]?.metWhereDue).toBe(false);
    expect(early.warnings).toEqual([]);
  });
});
