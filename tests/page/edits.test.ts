// The page's controls as overrides (page/src/edits.ts) and its links (page/src/link.ts), in Node: each
// expected value worked by hand.
import { describe, expect, it } from 'vitest';
import {
  amountYears,
  firstPair,
  fromPercent,
  isSharePath,
  movePlan,
  oneShare,
  overrunOf,
  overrunPlan,
  shareIn,
  sharePath,
  sharesByYear,
  stretchPlan,
  toPercent,
  yearsOf,
} from '../../page/src/edits';
import { fromHash, toHash } from '../../page/src/link';
import { evaluate, getScenario, withOverrides, type PlanSpec } from '../../src/scenarios/index';

const baseline = getScenario('lithuania-baseline');
const plan = baseline.plans?.[0] as PlanSpec;

describe('the page’s edits', () => {
  it('reads percentages as the fractions a scenario holds, exactly, both ways', () => {
    expect(fromPercent('5.5')).toBe('0.055');
    expect(fromPercent('6')).toBe('0.06');
    expect(fromPercent('0.01')).toBe('0.0001');
    expect(toPercent('0.055')).toBe('5.5');
    expect(toPercent('0.0333333')).toBe('3.33333');
  });

  it('sets one share for every year by replacing the whole yearly table', () => {
    expect(oneShare('6')).toEqual([{ path: 'defence.shareOfGdp', value: { default: '0.06' } }]);
    expect(
      sharesByYear(
        new Map([
          [2030, '7'],
          [2031, '6.5'],
        ]),
      ),
    ).toEqual([
      { path: 'defence.shareOfGdp.2030', value: '0.07' },
      { path: 'defence.shareOfGdp.2031', value: '0.065' },
    ]);
    expect(isSharePath('defence.shareOfGdp')).toBe(true);
    expect(isSharePath('defence.shareOfGdp.2030')).toBe(true);
    expect(isSharePath('defence.shareOfGdpX')).toBe(false);
    expect(isSharePath('defence.amounts')).toBe(false);
  });

  it('draws a straight path: 5% in 2027 to 6% in 2030 is a third of a point a year, then held', () => {
    const edits = sharePath(baseline, { year: 2027, percent: '5' }, { year: 2030, percent: '6' });
    expect(edits.map((edit) => edit.path)).toEqual(
      [2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035].map((year) => `defence.shareOfGdp.${String(year)}`),
    );
    // 0.05 + 0.01/3 = 0.05333…, 20 places half-even; 0.05 + 0.02/3 = 0.05666…7.
    expect(edits[1]?.value).toBe('0.05333333333333333333');
    expect(edits[2]?.value).toBe('0.05666666666666666667');
    expect(edits[0]?.value).toBe('0.05');
    expect(edits[3]?.value).toBe('0.06');
    expect(edits[8]?.value).toBe('0.06');
    // An even step stays exact: 4% to 6% over 2027–2031 is half a point a year.
    expect(sharePath(baseline, { year: 2027, percent: '4' }, { year: 2031, percent: '6' })[1]?.value).toBe('0.045');
    expect(() => sharePath(baseline, { year: 2030, percent: '5' }, { year: 2030, percent: '6' })).toThrow(/later one/);
    expect(() => sharePath(baseline, { year: 2030.5, percent: '5' }, { year: 2032, percent: '6' })).toThrow(
      /later one/,
    );
  });

  it('reads a scenario’s shares, amounts, years and first rate', () => {
    expect(shareIn(baseline, 2030)).toBe('0.055');
    expect(shareIn(withOverrides(baseline, { defence: { shareOfGdp: { '2030': '0.07' } } }), 2030)).toBe('0.07');
    expect(amountYears(baseline)).toEqual([2025, 2026]);
    expect(yearsOf(baseline)).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    expect(firstPair(baseline)).toEqual({ pair: 'EUR/USD', rate: '1.13' });
  });

  it('reads what a scenario lacks as nothing: no share, no amounts, no rate, no default rate', () => {
    const bare = withOverrides(baseline, [
      { path: 'defence.shareOfGdp', value: undefined },
      { path: 'defence.amounts', value: { '2027': '5000000000', '2025': '3000000000' } },
      { path: 'fx', value: undefined },
    ]);
    expect(shareIn(bare, 2030)).toBeUndefined();
    // The years written, in order.
    expect(amountYears(bare)).toEqual([2025, 2027]);
    expect(firstPair(bare)).toBeUndefined();
    expect(
      firstPair(
        withOverrides(baseline, [
          {
            path: 'fx',
            value: { 'EUR/USD': Object.fromEntries(yearsOf(baseline).map((year) => [String(year), '1.13'])) },
          },
        ]),
      ),
    ).toEqual({
      pair: 'EUR/USD',
      rate: undefined,
    });
  });

  it('moves a plan keeping its length, and stretches it', () => {
    expect(movePlan(plan, 2027)).toEqual([
      { path: 'plans[border-countermobility].years.from', value: 2027 },
      { path: 'plans[border-countermobility].years.to', value: 2036 },
    ]);
    expect(stretchPlan(plan, 2040)).toEqual([{ path: 'plans[border-countermobility].years.to', value: 2040 }]);
  });

  it('overruns every item: 1.1bn and 800m × 1.2, the remainder following, the items still adding up', () => {
    const edits = overrunPlan(plan, '20');
    expect(edits).toEqual([
      { path: 'plans[border-countermobility].total', value: '1320000000' },
      { path: 'plans[border-countermobility].items[anti-tank-mines].amount', value: '960000000' },
    ]);
    const result = evaluate(withOverrides(baseline, edits));
    const [overrun] = result.plans;
    expect(overrun?.total.amount.toFixed()).toBe('1320000000');
    // other-measures, the remainder: 1,320m − 960m.
    expect(overrun?.schedule.items.find((item) => item.id === 'other-measures')?.amount.amount.toFixed()).toBe(
      '360000000',
    );
    // A third of a percent rounds to the cent, half-even: 1.1bn × 1.00333… = 1,103,666,666.67.
    expect(overrunPlan(plan, '0.333333333333')[0]?.value).toBe('1103666666.67');
    expect(() => overrunPlan(plan, '-100')).toThrow(/above −100%/);
    expect(overrunOf(plan, { ...plan, total: '1320000000' })).toBe('20');
    expect(overrunOf(plan, { ...plan, total: '1100000000' })).toBe('0');
  });
});

describe('the page’s links', () => {
  it('keep a built-in scenario, its overrides in order (a removal as null) and the unit', async () => {
    const state = {
      scenario: 'lithuania-baseline',
      edits: [
        { path: 'defence.shareOfGdp', value: { default: '0.06' } },
        { path: 'defence.amounts', value: undefined },
        { path: 'plans[border-countermobility].years.to', value: 2036 },
      ],
      unit: 'one',
    };
    const hash = await toHash(state);
    expect(hash).toContain('scenario=lithuania-baseline');
    expect(hash).toContain(`set=${encodeURIComponent('defence.amounts=null')}`);
    expect(await fromHash(`#${hash}`)).toEqual(state);
  });

  it('keep a file’s text, deflated, byte for byte', async () => {
    const text = 'name: Ünïcode “quotes” ✓\ncurrency: EUR\n'.repeat(50);
    const hash = await toHash({ text, edits: [] });
    expect(hash.length).toBeLessThan(text.length);
    expect((await fromHash(hash)).text).toBe(text);
  });

  it('say which part of a link cannot be read', async () => {
    await expect(fromHash('#set=noequals')).rejects.toThrow('the link\'s change "noequals" has no "path=value"');
    await expect(fromHash('#set=%3D%220.06%22')).rejects.toThrow('the link\'s change "="0.06"" has no "path=value"');
    await expect(fromHash('#set=defence.shareOfGdp={oops')).rejects.toThrow(
      "the link's change to defence.shareOfGdp is not JSON: {oops",
    );
  });

  it('hold nothing they were not given, and read a hash with or without its "#"', async () => {
    expect(await toHash({ edits: [] })).toBe('');
    expect(await fromHash('')).toEqual({ edits: [] });
    expect(await fromHash('scenario=a#b')).toEqual({ scenario: 'a#b', edits: [] });
    expect(await fromHash('#scenario=a')).toEqual({ scenario: 'a', edits: [] });
  });
});
