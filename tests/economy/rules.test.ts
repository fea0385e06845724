// The economy layer's rules, one row each: every bad input gives its code, the path of the field at
// fault and a message that names the rule and the value (issue 11); every valid input keeps what it
// was given and nothing else. Expected values are the rules as documented, worked by hand.
import { describe, expect, it } from 'vitest';
import {
  convertSeries,
  decimal,
  defineTarget,
  exchangeRate,
  gdpPath,
  money,
  pathTo,
  perCapita,
  requiredShare,
  spendingAtShare,
  spendingBand,
  targetGap,
  type Money,
  type TargetInput,
} from '../../src/index';
import { requirementIn } from '../../src/economy/targets';
import { expectIssue } from '../helpers/errors';

const eur = (amount: string): Money => money(amount, 'EUR');
const base: TargetInput = { id: 't', name: 'A target', atLeast: '0.02', from: 2026 };

interface Case {
  readonly name: string;
  readonly run: () => unknown;
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

function check(cases: readonly Case[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const error = expectIssue(c.run, c.code, c.path);
    expect(error.message).toContain(c.message);
  });
}

describe('defineTarget refuses', () => {
  check([
    {
      name: 'an id with a space',
      run: () => defineTarget({ ...base, id: 'a b' }),
      code: 'out_of_range',
      path: ['id'],
      message: 'a target id is letters, digits, ".", "-" and "_", received "a b"',
    },
    {
      name: 'an id that is not a string',
      run: () => defineTarget({ ...base, id: 7 as unknown as string }),
      code: 'out_of_range',
      path: ['id'],
      message: 'received 7',
    },
    {
      name: 'a blank name',
      run: () => defineTarget({ ...base, name: '  ' }),
      code: 'out_of_range',
      path: ['name'],
      message: 'a target needs a name',
    },
    {
      name: 'a name that is not a string',
      run: () => defineTarget({ ...base, name: 3 as unknown as string }),
      code: 'out_of_range',
      path: ['name'],
      message: 'a target needs a name',
    },
    {
      name: 'an unknown category',
      run: () => defineTarget({ ...base, category: 'navy' as 'defence' }),
      code: 'out_of_range',
      path: ['category'],
      message: 'category must be one of defence, defence-related, defence-and-related, received "navy"',
    },
    {
      name: 'a counting limit with a floor',
      run: () => defineTarget({ id: 'c', name: 'c', countsUpTo: '0.015', atLeast: '0.01', from: 2026 }),
      code: 'invalid_type',
      path: ['atLeast'],
      message: 'a counting limit (countsUpTo) asks nothing of the spending: no atLeast or atMost',
    },
    {
      name: 'a counting limit with a ceiling',
      run: () => defineTarget({ id: 'c', name: 'c', countsUpTo: '0.015', atMost: '0.02', from: 2026 }),
      code: 'invalid_type',
      path: ['atMost'],
      message: 'no atLeast or atMost',
    },
    {
      name: 'a counting limit over two categories',
      run: () => defineTarget({ id: 'c', name: 'c', countsUpTo: '0.015', category: 'defence-and-related', from: 2026 }),
      code: 'invalid_type',
      path: ['category'],
      message: 'a counting limit is about one category of spending',
    },
    {
      name: 'a counting limit with counts',
      run: () =>
        defineTarget({ id: 'c', name: 'c', countsUpTo: '0.015', counts: [{ category: 'defence' }], from: 2026 }),
      code: 'invalid_type',
      path: ['counts'],
      message: 'a counting limit is about one category of spending',
    },
    {
      name: 'no bound at all',
      run: () => defineTarget({ id: 'n', name: 'n', from: 2026 }),
      code: 'out_of_range',
      path: ['atLeast'],
      message: 'a target needs atLeast, atMost or both',
    },
    {
      name: 'a share floor under a money ceiling',
      run: () => defineTarget({ ...base, atMost: eur('10') }),
      code: 'invalid_type',
      path: ['atMost'],
      message: 'a target’s bounds must all be shares of GDP or all amounts of money',
    },
    {
      name: 'a money floor with a share start',
      run: () => defineTarget({ ...base, atLeast: eur('10'), by: 2030, start: { year: 2026, value: '0.01' } }),
      code: 'invalid_type',
      path: ['start', 'value'],
      message: 'must all be shares of GDP or all amounts of money',
    },
    {
      name: 'a money ceiling over a share floor',
      run: () => defineTarget({ id: 'm', name: 'm', atLeast: '0.01', atMost: eur('2'), from: 2026 }),
      code: 'invalid_type',
      path: ['atMost'],
      message: 'must all be shares of GDP',
    },
    {
      name: 'a floor above the ceiling',
      run: () => defineTarget({ ...base, atLeast: '0.03', atMost: '0.02' }),
      code: 'out_of_range',
      path: ['atMost'],
      message: 'atLeast is above atMost',
    },
    {
      name: 'a money floor above the money ceiling',
      run: () => defineTarget({ ...base, atLeast: eur('3'), atMost: eur('2') }),
      code: 'out_of_range',
      path: ['atMost'],
      message: 'atLeast is above atMost',
    },
    {
      name: 'a ceiling above 100%',
      run: () => defineTarget({ ...base, atMost: '2' }),
      code: 'out_of_range',
      path: ['atMost'],
      message: 'received 2',
    },
    {
      name: 'a counting limit above 100%',
      run: () => defineTarget({ id: 'c', name: 'c', countsUpTo: '150%', from: 2026 }),
      code: 'out_of_range',
      path: ['countsUpTo'],
      message: 'received 150%',
    },
    {
      name: 'no years',
      run: () => defineTarget({ id: 'y', name: 'y', atLeast: '0.02' }),
      code: 'invalid_year',
      path: ['from'],
      message: 'a target needs the years it applies to',
    },
    {
      name: 'until before from',
      run: () => defineTarget({ ...base, from: 2026, until: 2025 }),
      code: 'invalid_year',
      path: ['until'],
      message: 'until (2025) is before from (2026)',
    },
    {
      name: 'a bad until',
      run: () => defineTarget({ ...base, until: 2500 }),
      code: 'invalid_year',
      path: ['until'],
      message: 'received 2500',
    },
    {
      name: 'a bad by',
      run: () => defineTarget({ ...base, by: 1800 }),
      code: 'invalid_year',
      path: ['by'],
      message: 'received 1800',
    },
    {
      name: 'a start without a deadline',
      run: () => defineTarget({ ...base, start: { year: 2025, value: '0.01' } }),
      code: 'invalid_year',
      path: ['start', 'year'],
      message: 'a start needs a later deadline by',
    },
    {
      name: 'a start in the deadline year',
      run: () => defineTarget({ ...base, by: 2030, start: { year: 2030, value: '0.01' } }),
      code: 'invalid_year',
      path: ['start', 'year'],
      message: 'a start needs a later deadline by',
    },
    {
      name: 'a start in a bad year',
      run: () => defineTarget({ ...base, by: 2030, start: { year: 20.5, value: '0.01' } }),
      code: 'invalid_year',
      path: ['start', 'year'],
      message: 'received 20.5',
    },
    {
      name: 'a start share above 100%',
      run: () => defineTarget({ ...base, by: 2030, start: { year: 2026, value: '1.5' } }),
      code: 'out_of_range',
      path: ['start', 'value'],
      message: 'received 1.5',
    },
    {
      name: 'counts outside the category',
      run: () => defineTarget({ ...base, counts: [{ category: 'defence-related' }] }),
      code: 'out_of_range',
      path: ['counts', 0, 'category'],
      message: 'counts names each of defence at most once, received "defence-related"',
    },
    {
      name: 'a category counted twice',
      run: () =>
        defineTarget({
          ...base,
          category: 'defence-and-related',
          counts: [{ category: 'defence' }, { category: 'defence' }],
        }),
      code: 'out_of_range',
      path: ['counts', 1, 'category'],
      message: 'counts names each of defence and defence-related at most once, received "defence"',
    },
    {
      name: 'a count limit above 100%',
      run: () => defineTarget({ ...base, counts: [{ category: 'defence', upTo: '3' }] }),
      code: 'out_of_range',
      path: ['counts', 0, 'upTo'],
      message: 'received 3',
    },
  ]);
});

describe('defineTarget keeps what it is given, and nothing else', () => {
  it('a floor from a year: no ceiling, no deadline, no start, no wording, no note', () => {
    expect(defineTarget(base)).toStrictEqual({
      id: 't',
      name: 'A target',
      measure: 'share-of-gdp',
      category: 'defence',
      rule: 'floor',
      counts: [{ category: 'defence' }],
      atLeast: decimal('0.02'),
      from: 2026,
      sources: [],
    });
  });

  it('a band in money with every optional field', () => {
    const source = { publisher: 'p', title: 't', url: 'https://example.org', published: '2025-06-25', quote: 'q' };
    const target = defineTarget({
      id: 'm',
      name: 'Money band',
      atLeast: eur('1'),
      atMost: eur('2'),
      from: 2025,
      until: 2035,
      by: 2030,
      start: { year: 2026, value: eur('0.5') },
      wording: 'between one and two euros',
      sources: [source],
      note: 'a note',
    });
    expect(target).toStrictEqual({
      id: 'm',
      name: 'Money band',
      measure: 'amount',
      category: 'defence',
      rule: 'band',
      counts: [{ category: 'defence' }],
      atLeast: eur('1'),
      atMost: eur('2'),
      from: 2025,
      until: 2035,
      by: 2030,
      start: { year: 2026, value: eur('0.5') },
      wording: 'between one and two euros',
      sources: [source],
      note: 'a note',
    });
  });

  it('a ceiling, a counting limit and counts with and without a limit', () => {
    expect(defineTarget({ id: 'c', name: 'c', atMost: '0.02', by: 2030 }).rule).toBe('ceiling');
    expect(defineTarget({ ...base, atMost: '0.02' }).rule).toBe('band'); // a floor equal to the ceiling is a band
    const limit = defineTarget({ id: 'l', name: 'l', category: 'defence-related', countsUpTo: '1.5%', by: 2035 });
    expect([limit.rule, limit.countsUpTo, limit.counts]).toEqual([
      'counting-limit',
      decimal('0.015'),
      [{ category: 'defence-related' }],
    ]);
    const hague = defineTarget({
      ...base,
      category: 'defence-and-related',
      counts: [{ category: 'defence' }, { category: 'defence-related', upTo: '1.5%' }],
    });
    expect(hague.counts).toStrictEqual([
      { category: 'defence' },
      { category: 'defence-related', upTo: decimal('0.015') },
    ]);
    expect(defineTarget({ ...base, category: 'defence-and-related' }).counts).toStrictEqual([
      { category: 'defence' },
      { category: 'defence-related' },
    ]);
    expect(defineTarget({ ...base, from: 2026, until: 2026 }).until).toBe(2026);
  });
});

describe('requirementIn', () => {
  const floor = defineTarget({ id: 'f', name: 'f', atLeast: '0.035', from: 2026, until: 2034, by: 2030 });
  it('applies from `from` to `until`, due from `by`', () => {
    expect([2025, 2026, 2029, 2030, 2034, 2035].map((year) => requirementIn(floor, year)?.due)).toEqual([
      undefined,
      false,
      false,
      true,
      true,
      undefined,
    ]);
  });

  it('starts at the start year when there is no `from`', () => {
    const path = defineTarget({
      id: 'p',
      name: 'p',
      atLeast: '0.035',
      by: 2035,
      start: { year: 2025, value: '0.025' },
    });
    expect(requirementIn(path, 2024)).toBeUndefined();
    // A straight line: 2.5% + (3.5% − 2.5%) × 5 / 10 = 3%.
    expect(requirementIn(path, 2030)).toEqual({ atLeast: decimal('0.03'), due: false });
    expect(requirementIn(path, 2035)).toEqual({ atLeast: decimal('0.035'), due: true });
  });

  it('never asks more than the floor on the way, coming from above it', () => {
    const down = defineTarget({
      id: 'd',
      name: 'd',
      atLeast: '0.035',
      by: 2035,
      start: { year: 2025, value: '0.055' },
    });
    expect(requirementIn(down, 2030)).toEqual({ atLeast: decimal('0.035'), due: false });
  });

  it('lowers a ceiling along its path, never below the ceiling', () => {
    const ceiling = defineTarget({
      id: 'c',
      name: 'c',
      atMost: '0.02',
      by: 2030,
      start: { year: 2025, value: '0.04' },
    });
    // 4% − (4% − 2%) × 2 / 5 = 3.2%.
    expect(requirementIn(ceiling, 2027)).toEqual({ atMost: decimal('0.032'), due: false });
    const fromBelow = defineTarget({
      id: 'b',
      name: 'b',
      atMost: '0.02',
      by: 2030,
      start: { year: 2025, value: '0.01' },
    });
    expect(requirementIn(fromBelow, 2027)).toEqual({ atMost: decimal('0.02'), due: false });
  });

  it('keeps a band to its floor before the deadline, and both bounds after', () => {
    const band = defineTarget({
      id: 'b',
      name: 'b',
      atLeast: '0.05',
      atMost: '0.06',
      by: 2030,
      start: { year: 2026, value: '0.03' },
    });
    expect(requirementIn(band, 2028)).toEqual({ atLeast: decimal('0.04'), due: false });
    expect(requirementIn(band, 2030)).toEqual({ atLeast: decimal('0.05'), atMost: decimal('0.06'), due: true });
  });

  it('moves money bounds in money', () => {
    const amount = defineTarget({
      id: 'a',
      name: 'a',
      atLeast: eur('100'),
      by: 2030,
      start: { year: 2026, value: eur('60') },
    });
    expect(requirementIn(amount, 2028)).toEqual({ atLeast: eur('80'), due: false });
  });

  it('asks nothing of a counting limit, on its path or not', () => {
    const limit = defineTarget({
      id: 'l',
      name: 'l',
      countsUpTo: '0.015',
      by: 2035,
      start: { year: 2025, value: '0.01' },
    });
    expect(requirementIn(limit, 2030)).toEqual({ due: false });
    expect(requirementIn(limit, 2035)).toEqual({ due: true });
    expect(requirementIn(limit, 2024)).toBeUndefined();
  });
});

describe('pathTo', () => {
  const core = defineTarget({ id: 'core', name: 'core', atLeast: '0.035', from: 2025, by: 2035 });
  check([
    {
      name: 'a target in money',
      run: () =>
        pathTo(defineTarget({ id: 'm', name: 'm', atLeast: eur('1'), by: 2030 }), { year: 2025, share: '0.01' }),
      code: 'invalid_type',
      path: ['target', 'measure'],
      message: 'pathTo works on share-of-GDP targets',
    },
    {
      name: 'a target without a deadline',
      run: () => pathTo(defineTarget(base), { year: 2025, share: '0.01' }),
      code: 'invalid_year',
      path: ['target', 'by'],
      message: 'target t has no deadline (by)',
    },
    {
      name: 'a start at the deadline',
      run: () => pathTo(core, { year: 2035, share: '0.01' }),
      code: 'invalid_year',
      path: ['start', 'year'],
      message: 'the start (2035) must come before the deadline (2035)',
    },
    {
      name: 'a bad start year',
      run: () => pathTo(core, { year: 1000, share: '0.01' }),
      code: 'invalid_year',
      path: ['start', 'year'],
      message: 'received 1000',
    },
    {
      name: 'a start share above 100%',
      run: () => pathTo(core, { year: 2025, share: '1.01' }),
      code: 'out_of_range',
      path: ['start', 'share'],
      message: 'a share is a fraction from 0 to 1, received 1.01',
    },
    {
      name: 'a negative start share',
      run: () => pathTo(core, { year: 2025, share: '-0.01' }),
      code: 'out_of_range',
      path: ['start', 'share'],
      message: 'received -0.01',
    },
  ]);

  it('accepts the ends of 0–1', () => {
    expect(pathTo(core, { year: 2025, share: '0' })[2030]?.toString()).toBe('0.0175');
    expect(pathTo(core, { year: 2025, share: '1' })[2030]?.toString()).toBe('0.035');
  });

  it('comes down to a ceiling from above, and holds it from below', () => {
    const ceiling = defineTarget({ id: 'c', name: 'c', atMost: '0.02', by: 2030 });
    expect(pathTo(ceiling, { year: 2025, share: '0.04' })[2027]?.toString()).toBe('0.032');
    expect(pathTo(ceiling, { year: 2025, share: '0.01' })[2027]?.toString()).toBe('0.02');
  });
});

describe('requiredShare, perCapita, spendingAtShare, spendingBand, convertSeries, gdpPath', () => {
  const usd = exchangeRate('EUR', 'USD', '1.1');
  check([
    {
      name: 'requiredShare: one Money, one series',
      run: () => requiredShare(eur('1'), { 2026: eur('100') } as unknown as Money),
      code: 'invalid_type',
      path: ['gdp'],
      message: 'pass both as Money, or both as Money by year',
    },
    {
      name: 'requiredShare: one series, one Money',
      run: () => requiredShare({ 2026: eur('1') } as unknown as Money, eur('100')),
      code: 'invalid_type',
      path: ['gdp'],
      message: 'pass both as Money, or both as Money by year',
    },
    {
      name: 'requiredShare: a year without GDP',
      run: () => requiredShare({ 2027: eur('1') }, { 2026: eur('100') }),
      code: 'missing_year',
      path: ['gdp', 2027],
      message: 'GDP has no value for 2027',
    },
    {
      name: 'requiredShare: two currencies',
      run: () => requiredShare({ 2026: eur('1') }, { 2026: money('100', 'USD') }),
      code: 'currency_mismatch',
      path: ['gdp', 2026],
      message: 'the amount is in EUR, GDP in USD',
    },
    {
      name: 'requiredShare: zero GDP',
      run: () => requiredShare(eur('1'), eur('0')),
      code: 'out_of_range',
      path: ['gdp'],
      message: 'GDP must be positive, received 0',
    },
    {
      name: 'perCapita: a year without population',
      run: () => perCapita({ 2026: eur('1') }, { 2025: 10 }),
      code: 'missing_year',
      path: ['population', 2026],
      message: 'the population has no value for 2026',
    },
    {
      name: 'perCapita: a population that is not a number',
      run: () => perCapita({ 2026: eur('1') }, { 2026: 'many' }),
      code: 'invalid_number',
      path: ['population', 2026],
      message: 'many',
    },
    {
      name: 'perCapita: nobody',
      run: () => perCapita({ 2026: eur('1') }, { 2026: 0 }),
      code: 'out_of_range',
      path: ['population', 2026],
      message: 'a population must be positive, received 0',
    },
    {
      name: 'spendingAtShare: a year with no share and no default',
      run: () => spendingAtShare({ 2027: eur('100') }, { 2026: '0.05' }),
      code: 'missing_year',
      path: ['share'],
      message: 'no share for 2027 and no default',
    },
    {
      name: 'spendingAtShare: a year’s share above 100%',
      run: () => spendingAtShare({ 2026: eur('100') }, { 2026: '55' }),
      code: 'out_of_range',
      path: ['share', 2026],
      message: 'a share of GDP is from 0 to 1 ("0.055" or "5.5%"), received 55',
    },
    {
      name: 'spendingAtShare: a default above 100%',
      run: () => spendingAtShare({ 2026: eur('100') }, { default: decimal('1.5') }),
      code: 'out_of_range',
      path: ['share', 'default'],
      message: 'received 1.5',
    },
    {
      name: 'spendingBand: a bad low share',
      run: () => spendingBand({ 2026: eur('100') }, { low: '-1', high: '0.06' }),
      code: 'out_of_range',
      path: ['band', 'low'],
      message: 'received -1',
    },
    {
      name: 'spendingBand: a bad high share',
      run: () => spendingBand({ 2026: eur('100') }, { low: '0.05', high: '7' }),
      code: 'out_of_range',
      path: ['band', 'high'],
      message: 'received 7',
    },
    {
      name: 'spendingBand: high below low',
      run: () => spendingBand({ 2026: eur('100') }, { low: '0.06', high: '0.05' }),
      code: 'out_of_range',
      path: ['band', 'high'],
      message: 'the high share (0.05) is below the low one (0.06) in 2026',
    },
    {
      name: 'spendingBand: a bad middle',
      run: () => spendingBand({ 2026: eur('100') }, { low: '0.05', high: '0.06', mid: '2' }),
      code: 'out_of_range',
      path: ['band', 'mid'],
      message: 'received 2',
    },
    {
      name: 'convertSeries: a year without a rate',
      run: () => convertSeries({ 2027: eur('1') }, { 2026: usd }),
      code: 'missing_year',
      path: ['rates', 2027],
      message: 'no exchange rate for 2027',
    },
    {
      name: 'convertSeries: one rate of another base',
      run: () => convertSeries({ 2026: money('1', 'USD') }, usd),
      code: 'currency_mismatch',
      path: ['rates', 'base'],
      message: 'cannot convert USD with a EUR/USD rate',
    },
    {
      name: 'convertSeries: a year’s rate of another base',
      run: () => convertSeries({ 2026: money('1', 'USD') }, { 2026: usd }),
      code: 'currency_mismatch',
      path: ['rates', 2026, 'base'],
      message: 'cannot convert USD with a EUR/USD rate',
    },
    {
      name: 'gdpPath: a bad last year',
      run: () => gdpPath({ base: { year: 2025, amount: eur('100') }, nominalGrowth: { default: '0.05' }, to: 3000 }),
      code: 'invalid_year',
      path: ['to'],
      message: 'received 3000',
    },
    {
      name: 'gdpPath: a bad base year',
      run: () => gdpPath({ base: { year: 20.5, amount: eur('100') }, nominalGrowth: { default: '0.05' }, to: 2030 }),
      code: 'invalid_year',
      path: ['base', 'year'],
      message: 'received 20.5',
    },
    {
      name: 'gdpPath: a negative base',
      run: () => gdpPath({ base: { year: 2025, amount: eur('-1') }, nominalGrowth: { default: '0.05' }, to: 2030 }),
      code: 'out_of_range',
      path: ['base', 'amount'],
      message: 'GDP must be positive, received -1 EUR',
    },
    {
      name: 'gdpPath: no known year',
      run: () => gdpPath({ known: {}, nominalGrowth: { default: '0.05' }, to: 2030 }),
      code: 'missing_year',
      path: ['known'],
      message: 'a path from known years needs at least one known year',
    },
    {
      name: 'gdpPath: a known year of zero',
      run: () => gdpPath({ known: { 2024: eur('100'), 2025: eur('0') }, nominalGrowth: { default: '0.05' }, to: 2030 }),
      code: 'out_of_range',
      path: ['known', 2025],
      message: 'received 0 EUR',
    },
    {
      name: 'gdpPath: a year of the series of zero',
      run: () => gdpPath({ series: { 2025: eur('0') } }),
      code: 'out_of_range',
      path: ['series', 2025],
      message: 'received 0 EUR',
    },
    {
      name: 'gdpPath: no deflator for a year',
      run: () =>
        gdpPath({ known: { 2025: eur('100') }, realGrowth: { default: '0.02' }, deflator: { 2026: '0.03' }, to: 2027 }),
      code: 'missing_year',
      path: ['deflator'],
      message: 'no rate for 2027 and no default',
    },
    {
      name: 'gdpPath: no real growth for a year',
      run: () =>
        gdpPath({ known: { 2025: eur('100') }, realGrowth: { 2026: '0.02' }, deflator: { default: '0.03' }, to: 2027 }),
      code: 'missing_year',
      path: ['realGrowth'],
      message: 'no rate for 2027 and no default',
    },
  ]);

  it('uses a band’s middle share when given, else the midpoint', () => {
    expect(spendingBand({ 2026: eur('100') }, { low: '0.05', high: '0.06', mid: '0.052' }).mid[2026]).toEqual(
      eur('5.2'),
    );
    expect(spendingBand({ 2026: eur('100') }, { low: '0.05', high: '0.06' }).mid[2026]).toEqual(eur('5.5'));
  });

  it('returns known GDP as it is when the path ends at or before its last known year', () => {
    const known = { 2024: eur('100'), 2025: eur('110') };
    expect(gdpPath({ known, nominalGrowth: { default: '0.05' }, to: 2025 })).toBe(known);
    expect(gdpPath({ known, nominalGrowth: { default: '0.05' }, to: 2024 })).toBe(known);
    // One year on: 110 × 1.05 = 115.5, then 110 × 1.02 × 1.03 = 115.566.
    expect(gdpPath({ known, nominalGrowth: { default: '0.05' }, to: 2026 })[2026]).toEqual(eur('115.5'));
    expect(gdpPath({ known, realGrowth: { default: '0.02' }, deflator: { default: '0.03' }, to: 2026 })[2026]).toEqual(
      eur('115.566'),
    );
  });
});

describe('targetGap', () => {
  const floor = defineTarget({ id: 'f', name: 'f', atLeast: '0.02', from: 2026 });
  const gdp = { 2026: eur('100') };
  check([
    {
      name: 'an unknown rounding mode',
      run: () => targetGap({ 2026: eur('1') }, gdp, floor, { round: 'nearest' as 'half-up' }),
      code: 'invalid_rounding_mode',
      path: ['options', 'round'],
      message: 'nearest',
    },
    {
      name: 'a year without GDP',
      run: () => targetGap({ 2026: eur('1'), 2027: eur('1') }, gdp, floor),
      code: 'missing_year',
      path: ['gdp', 2027],
      message: 'GDP has no value for 2027',
    },
    {
      name: 'GDP of zero',
      run: () => targetGap({ 2026: eur('1') }, { 2026: eur('0') }, floor),
      code: 'out_of_range',
      path: ['gdp', 2026],
      message: 'GDP must be positive, received 0',
    },
    {
      name: 'negative GDP',
      run: () => targetGap({ 2026: eur('1') }, { 2026: eur('-5') }, floor),
      code: 'out_of_range',
      path: ['gdp', 2026],
      message: 'received -5',
    },
    {
      name: 'spending in another currency',
      run: () => targetGap({ 2026: money('1', 'USD') }, gdp, floor),
      code: 'currency_mismatch',
      path: ['gdp', 2026],
      message: 'spending is in USD, GDP in EUR',
    },
    // Two categories' years beyond GDP: the earliest is named.
    {
      name: 'the earliest year without GDP, across categories',
      run: () =>
        targetGap(
          { defence: { 2026: eur('1'), 2029: eur('1') }, 'defence-related': { 2026: eur('0'), 2028: eur('1') } },
          gdp,
          defineTarget({ id: 'f', name: 'f', atLeast: '0.02', from: 2026, category: 'defence-and-related' }),
        ),
      code: 'missing_year',
      path: ['gdp', 2028],
      message: 'GDP has no value for 2028',
    },
  ]);

  it('uses shares it is given, for one series or by category, instead of spending ÷ GDP', () => {
    // €1 spent, but set at 1.5% of GDP 100: the exact gap is 2 − 1.5 = 0.5, not 2 − 1 = 1.
    const given = { 2026: decimal('0.015') };
    expect(targetGap({ 2026: eur('1') }, gdp, floor, { shares: given }).rows[0]?.gap).toEqual(eur('0.5'));
    const byCategory = targetGap({ defence: { 2026: eur('1') } }, gdp, floor, { shares: { defence: given } }).rows[0];
    expect([byCategory?.gap, byCategory?.actualShare]).toEqual([eur('0.5'), decimal('0.015')]);
    expect(targetGap({ 2026: eur('1') }, gdp, floor).rows[0]?.gap).toEqual(eur('1'));
  });

  it('reads an object with only related spending as spending by category', () => {
    const related = defineTarget({ id: 'r', name: 'r', category: 'defence-related', atLeast: '0.01', from: 2026 });
    const row = targetGap({ 'defence-related': { 2026: eur('3') } }, gdp, related).rows[0];
    expect([row?.actual, row?.met]).toEqual([eur('3'), true]);
  });

  it('counts one series up to the limit of a target’s only category, and in full for two categories', () => {
    const capped = defineTarget({
      id: 'c',
      name: 'c',
      atLeast: '0.005',
      from: 2026,
      counts: [{ category: 'defence', upTo: '0.01' }],
    });
    const row = targetGap({ 2026: eur('2') }, gdp, capped).rows[0];
    expect([row?.spent, row?.actual, row?.beyondCap, row?.met]).toEqual([eur('2'), eur('1'), eur('1'), true]);
    const two = defineTarget({
      id: 'two',
      name: 'two',
      category: 'defence-and-related',
      atLeast: '0.05',
      from: 2026,
      counts: [{ category: 'defence' }, { category: 'defence-related', upTo: '0.015' }],
    });
    // One series for both categories: nothing says which part is related, so all of it counts.
    const single = targetGap({ 2026: eur('6') }, gdp, two).rows[0];
    expect([single?.actual, single?.beyondCap, single?.met]).toEqual([eur('6'), eur('0'), true]);
  });

  it('gives each row the bounds its target has, and a counting limit its limit', () => {
    const ceiling = defineTarget({ id: 'c', name: 'c', atMost: '0.02', from: 2026 });
    const over = targetGap({ 2026: eur('3') }, gdp, ceiling).rows[0];
    expect(over).toBeDefined();
    expect(Object.keys(over ?? {}).filter((key) => /^(atLeast|atMost|countsUpTo)/.test(key))).toEqual([
      'atMost',
      'atMostShare',
    ]);
    expect([over?.gap, over?.gapPoints.toString(), over?.status]).toEqual([eur('-1'), '-1', 'missed']);
    const under = targetGap({ 2026: eur('1') }, gdp, floor).rows[0];
    expect(Object.keys(under ?? {}).filter((key) => /^(atLeast|atMost|countsUpTo)/.test(key))).toEqual([
      'atLeast',
      'atLeastShare',
    ]);
    const limit = defineTarget({ id: 'l', name: 'l', category: 'defence-related', countsUpTo: '0.015', from: 2026 });
    const counted = targetGap({ 2026: eur('2') }, gdp, limit).rows[0];
    expect(Object.keys(counted ?? {}).filter((key) => /^(atLeast|atMost|countsUpTo)/.test(key))).toEqual([
      'countsUpTo',
      'countsUpToShare',
    ]);
    expect([
      counted?.countsUpTo,
      counted?.countsUpToShare,
      counted?.actual,
      counted?.beyondCap,
      counted?.status,
    ]).toEqual([eur('1.5'), decimal('0.015'), eur('1.5'), eur('0.5'), 'counting-limit']);
  });
});
