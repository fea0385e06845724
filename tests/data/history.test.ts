// Figures as published over time (issue 15, item 2): a history's values by year, each with a stage, a
// date, a basis and a source; vintages, latest, asOf and revisions read them. Expected values come from
// the sources' own words (typed here by hand), not from the code.
import { describe, expect, it } from 'vitest';
import {
  asOf,
  decimal,
  latest,
  LITHUANIA_BASES,
  lithuania,
  money,
  natoShareHistory,
  revisions,
  STAGES,
  vintages,
  type FigureHistory,
  type PublishedValue,
  type Stage,
} from '../../src/index';
import { catchError, expectIssue } from '../helpers/errors';

const DEFENCE = lithuania.history.defenceSpending;

const source = { publisher: 'P', title: 'T', quoted: 'q' };
const value = (date: string, stage: Stage, basis: string, amount?: string, share?: string): PublishedValue => ({
  value: {
    ...(amount === undefined ? {} : { amount: money(amount, 'EUR') }),
    ...(share === undefined ? {} : { shareOfGdp: decimal(share) }),
  },
  source,
  stage,
  date,
  basis,
});
/** Written out of order on purpose: the readers order by date, equal dates as written. */
const SMALL: FigureHistory = {
  name: 'test',
  entries: {
    '2025': [
      value('2025-08-28', 'estimate', 'nato', undefined, '0.04'),
      value('2024-12-19', 'approved', 'state', '100'),
      value('2025-06', 'amended', 'state', '150'),
      value('2025-06-15', 'amended', 'state', '120'),
      value('2025', 'outturn', 'nato', undefined, '0.041'),
    ],
    total: [value('2024-08-22', 'announced', 'plan', '600'), value('2025-05-05', 'announced', 'plan', '1100')],
  },
};
const dates = (values: readonly PublishedValue[]): string[] => values.map((one) => one.date);

describe('vintages', () => {
  it('lists Lithuania’s 2025 defence spending as approved, amended and NATO’s estimate, each with stage, date and source', () => {
    const all = vintages(DEFENCE, 2025);
    const approved = all.find((one) => one.stage === 'approved' && one.basis === LITHUANIA_BASES.state);
    const amended = all.filter((one) => one.stage === 'amended');
    const nato = all.find((one) => one.stage === 'estimate' && one.basis === LITHUANIA_BASES.nato);
    // "nearly EUR 2.617 billion" (Delfi, 19 December 2024).
    expect(approved?.value.amount?.amount.toString()).toBe('2617000000');
    expect(approved?.date).toBe('2024-12-19');
    expect(approved?.source.publisher).toBe('Delfi');
    // Three allocations from the borrowing limit: April, August, November 2025.
    expect(dates(amended)).toEqual(['2025-04', '2025-08-13', '2025-11-26']);
    expect(amended.every((one) => one.status === 'derived' && one.note !== undefined)).toBe(true);
    // NATO's estimate, 28 August 2025: 4%.
    expect(nato?.value.shareOfGdp?.eq('0.04')).toBe(true);
    expect(nato?.date).toBe('2025-08-28');
    for (const one of all) expect(one.source.title.length).toBeGreaterThan(0);
  });

  it('orders by date; a month- or year-dated value counts from the end of it; equal dates as written', () => {
    expect(dates(vintages(SMALL, 2025))).toEqual(['2024-12-19', '2025-06-15', '2025-06', '2025-08-28', '2025']);
    expect(dates(vintages(SMALL, '2025'))).toEqual(dates(vintages(SMALL, 2025)));
    expect(dates(vintages(SMALL, 'total'))).toEqual(['2024-08-22', '2025-05-05']);
  });

  it('filters by one stage, several, or a basis', () => {
    expect(dates(vintages(SMALL, 2025, { stage: 'amended' }))).toEqual(['2025-06-15', '2025-06']);
    expect(dates(vintages(SMALL, 2025, { stage: ['approved', 'outturn'] }))).toEqual(['2024-12-19', '2025']);
    expect(dates(vintages(SMALL, 2025, { basis: 'nato' }))).toEqual(['2025-08-28', '2025']);
    expect(vintages(SMALL, 2025, { basis: 'nato', stage: 'approved' })).toEqual([]);
  });

  it('gives nothing for a year nothing was published for', () => {
    expect(vintages(SMALL, 2031)).toEqual([]);
    expect(vintages(DEFENCE, 2013)).toEqual([]);
    expect(vintages(SMALL, 'toString')).toEqual([]);
  });

  it('refuses a history, key or filter of the wrong shape, by name', () => {
    const asHistory = (bad: unknown): FigureHistory => bad as FigureHistory;
    expectIssue(() => vintages(asHistory(null), 2025), 'invalid_type', ['history']);
    expectIssue(() => vintages(asHistory({ name: 'x' }), 2025), 'invalid_type', ['history']);
    expectIssue(() => vintages(asHistory({ name: 'x', entries: [] }), 2025), 'invalid_type', ['history']);
    expectIssue(() => vintages(asHistory({ name: 'x', entries: { 2025: 'a' } }), 2025), 'invalid_type', [
      'history',
      'entries',
      '2025',
    ]);
    expectIssue(() => vintages(SMALL, 2025.5), 'invalid_type', ['key']);
    expectIssue(() => vintages(SMALL, ''), 'invalid_type', ['key']);
    expectIssue(() => vintages(SMALL, null as unknown as number), 'invalid_type', ['key']);
    expectIssue(() => vintages(SMALL, 2025, 'approved' as never), 'invalid_type', ['filter']);
    expectIssue(() => vintages(SMALL, 2025, { stage: 'passed' as Stage }), 'unknown_id', ['stage']);
    expectIssue(() => vintages(SMALL, 2025, { stage: ['approved', 'passed'] as Stage[] }), 'unknown_id', ['stage', 1]);
    expectIssue(() => vintages(SMALL, 2025, { basis: 4 as unknown as string }), 'invalid_type', ['basis']);
  });

  it('refuses a value of the wrong shape or whose date is not one, naming where it is', () => {
    const bad: FigureHistory = { name: 'bad', entries: { 2025: [value('2025-02-30', 'approved', 'x', '1')] } };
    expectIssue(() => vintages(bad, 2025), 'invalid_date', ['history', 'entries', '2025', 0, 'date']);
    const shaped = (one: unknown): FigureHistory => ({ name: 'bad', entries: { 2025: [one as PublishedValue] } });
    const good = value('2025', 'approved', 'x', '1');
    const at = (field?: string): (string | number)[] => [
      'history',
      'entries',
      '2025',
      0,
      ...(field === undefined ? [] : [field]),
    ];
    expectIssue(() => vintages(shaped(null), 2025), 'invalid_type', at());
    expectIssue(() => vintages(shaped(5), 2025), 'invalid_type', at());
    expect(catchError(() => vintages(shaped(null), 2025)).message).toContain(
      'expected a published value ({ value, stage, date, basis, source }), received null',
    );
    expect(catchError(() => vintages(shaped({ ...good, value: 5 }), 2025)).message).toContain(
      'expected { amount?, shareOfGdp? }, received 5',
    );
    expect(catchError(() => vintages(shaped({ ...good, value: {} }), 2025)).message).toContain(
      'expected an amount, a share of GDP or both',
    );
    expectIssue(() => vintages(shaped({ ...good, value: { amount: null } }), 2025), 'invalid_type', at('value'));
    expectIssue(
      () => vintages(shaped({ ...good, value: { amount: { amount: decimal('5'), currency: 5 } } }), 2025),
      'invalid_type',
      at('value'),
    );
    expect(catchError(() => vintages(shaped({ ...good, value: { amount: 5 } }), 2025)).message).toContain(
      'expected an amount made with money(), received 5',
    );
    expect(catchError(() => vintages(shaped({ ...good, value: { shareOfGdp: '0.04' } }), 2025)).message).toContain(
      'expected a share made with decimal(), received "0.04"',
    );
    expect(catchError(() => vintages(shaped({ ...good, stage: 'passed' }), 2025)).message).toContain(
      'expected one of announced, proposed, approved, amended, executed, estimate, outturn, received "passed"',
    );
    expect(catchError(() => vintages(shaped({ ...good, basis: 3 }), 2025)).message).toContain(
      'expected a string, received 3',
    );
    expectIssue(() => vintages(shaped({ ...good, source: 5 }), 2025), 'invalid_type', at('source'));
    expect(catchError(() => vintages(shaped({ ...good, source: null }), 2025)).message).toContain(
      'expected a source, received null',
    );
    expectIssue(() => vintages(shaped({ ...good, value: null }), 2025), 'invalid_type', at('value'));
    expectIssue(() => vintages(shaped({ ...good, value: {} }), 2025), 'invalid_type', at('value'));
    expectIssue(() => vintages(shaped({ ...good, value: { amount: 5 } }), 2025), 'invalid_type', at('value'));
    expectIssue(
      () => vintages(shaped({ ...good, value: { amount: { amount: '5', currency: 'EUR' } } }), 2025),
      'invalid_type',
      at('value'),
    );
    expectIssue(() => vintages(shaped({ ...good, value: { shareOfGdp: '0.04' } }), 2025), 'invalid_type', at('value'));
    expectIssue(() => vintages(shaped({ ...good, stage: 'passed' }), 2025), 'invalid_type', at('stage'));
    expectIssue(() => vintages(shaped({ ...good, basis: 3 }), 2025), 'invalid_type', at('basis'));
    expectIssue(() => vintages(shaped({ ...good, source: null }), 2025), 'invalid_type', at('source'));
    expect(vintages(shaped({ ...good, value: { shareOfGdp: decimal('0.04') } }), 2025)).toHaveLength(1);
  });
  it('keeps values of the same date in the order written', () => {
    const same: FigureHistory = {
      name: 'same',
      entries: { 1: [value('2025-05-05', 'announced', 'x', '2'), value('2025-05-05', 'approved', 'x', '1')] },
    };
    expect(vintages(same, 1).map((one) => one.stage)).toEqual(['announced', 'approved']);
  });

  it('says what it expected, and what it received', () => {
    expect(catchError(() => vintages(null as never, 2025)).message).toContain(
      'expected a figure history ({ name, entries }) such as lithuania.history.defenceSpending, received null',
    );
    expect(catchError(() => vintages(SMALL, 2025.5)).message).toContain(
      "expected a year such as 2025 or a key such as 'total', received 2025.5",
    );
    expect(catchError(() => vintages(SMALL, 2025, null as never)).message).toContain(
      'expected { stage?, basis? }, received null',
    );
    expect(catchError(() => vintages(SMALL, 2025, { stage: 'passed' as Stage })).message).toContain(
      '"passed" is not a stage: announced, proposed, approved, amended, executed, estimate, outturn',
    );
    expect(catchError(() => vintages(SMALL, 2025, { basis: 4 as never })).message).toContain(
      'basis is a string such as "NATO\'s definition", received 4',
    );
    expectIssue(() => vintages({ name: 'n', entries: 5 } as never, 1), 'invalid_type', ['history']);
    const broken: FigureHistory = { name: 'b', entries: { 1: 'a' as never } };
    expect(catchError(() => vintages(broken, 1)).message).toContain("the history's values for 1 are not a list");
  });
});

describe('latest', () => {
  it('is the newest value, or nothing', () => {
    expect(latest(SMALL, 2025)?.date).toBe('2025');
    expect(latest(SMALL, 2025, { stage: 'amended' })?.value.amount?.amount.toString()).toBe('150');
    expect(latest(SMALL, 2031)).toBeUndefined();
  });

  it('gives NATO’s latest release for Lithuania’s 2024 (3.087800111% in August 2025, after 2.8496% in June 2024)', () => {
    const newest = latest(DEFENCE, 2024, { basis: LITHUANIA_BASES.nato });
    expect(newest?.value.shareOfGdp?.eq('0.03087800111')).toBe(true);
    expect(newest?.date).toBe('2025-08-28');
  });
});

describe('asOf', () => {
  it('is the newest value published on or before the date', () => {
    expect(asOf(SMALL, 2025, '2024-12-18')).toBeUndefined();
    expect(asOf(SMALL, 2025, '2024-12-19')?.stage).toBe('approved');
    expect(asOf(SMALL, 2025, '2025-06-15')?.date).toBe('2025-06-15');
    // "2025-06" may mean any day of June: known for sure from the 30th.
    expect(asOf(SMALL, 2025, '2025-06-29')?.date).toBe('2025-06-15');
    expect(asOf(SMALL, 2025, '2025-06-30')?.date).toBe('2025-06');
    expect(asOf(SMALL, 2025, '2025-06')?.date).toBe('2025-06');
    expect(asOf(SMALL, 2025, '2025-12-30')?.date).toBe('2025-08-28');
    expect(asOf(SMALL, 2025, '2025')?.date).toBe('2025');
    expect(asOf(SMALL, 2025, '2030-01-01', { basis: 'state' })?.date).toBe('2025-06');
  });

  it('takes a Date by its UTC day', () => {
    expect(asOf(SMALL, 2025, new Date(Date.UTC(2025, 7, 28, 23, 59)))?.date).toBe('2025-08-28');
    expect(asOf(SMALL, 2025, new Date(Date.UTC(2025, 7, 27)))?.date).toBe('2025-06');
  });

  it('knew NATO’s 2025 estimate for Lithuania only from 28 August 2025', () => {
    const nato = { basis: LITHUANIA_BASES.nato };
    expect(asOf(DEFENCE, 2025, '2025-08-27', nato)).toBeUndefined();
    expect(asOf(DEFENCE, 2025, '2025-08-28', nato)?.value.shareOfGdp?.eq('0.04')).toBe(true);
  });

  it('refuses a date that is not one, by name', () => {
    for (const bad of [
      '2025-13',
      '2025-00',
      '2025-01-00',
      '2025-02-29',
      '2024-02-30',
      '25-01-01',
      '2025/01/01',
      '',
      'today',
      '2025-1-1',
    ])
      expectIssue(() => asOf(SMALL, 2025, bad), 'invalid_date', ['date']);
    expectIssue(() => asOf(SMALL, 2025, 2025 as unknown as string), 'invalid_date', ['date']);
    expect(catchError(() => asOf(SMALL, 2025, 'today')).message).toContain(
      'expected a date written YYYY-MM-DD (or YYYY-MM, or YYYY), received "today"',
    );
    expect(catchError(() => asOf(SMALL, 2025, new Date(Number.NaN))).message).toContain(
      'expected a valid Date, received "Invalid Date"',
    );
    expectIssue(() => asOf(SMALL, 2025, 20250101 as unknown as string), 'invalid_date', ['date']);
    expectIssue(() => asOf(SMALL, 2025, new Date(Number.NaN)), 'invalid_date', ['date']);
    expect(asOf(SMALL, 2025, '2024-02-29')).toBeUndefined();
  });
});

describe('revisions', () => {
  it('moves Lithuania’s 2025 state-budget figure by each allocation from the EUR 800 million borrowing limit', () => {
    const rows = revisions(DEFENCE, 2025, { basis: LITHUANIA_BASES.state });
    // EUR 187.7m (April), 461.1m (August), 151.2m (November 2025), as the sources print them.
    expect(rows.map((row) => row.amountChange?.amount.toString())).toEqual(['187700000', '461100000', '151200000']);
    // "the third and last allocation from the EUR 800 million": the three exhaust the limit.
    const allocated = rows.reduce((sum, row) => sum + Number(row.amountChange?.amount.toString()), 0);
    expect(allocated).toBe(800_000_000);
    // 187.7 ÷ 2617 = 0.07172334… (Python's decimal).
    expect(rows[0]?.relativeChange?.toFixed(7)).toBe('0.0717233');
    expect(rows.every((row) => row.basis === LITHUANIA_BASES.state && row.shareChange === undefined)).toBe(true);
  });

  it('never compares values on different bases: each basis is its own chain', () => {
    const rows = revisions(SMALL, 2025);
    expect(rows.map((row) => `${row.from.date}→${row.to.date} ${row.basis}`)).toEqual([
      '2024-12-19→2025-06-15 state',
      '2025-06-15→2025-06 state',
      '2025-08-28→2025 nato',
    ]);
    expect(rows[0]?.amountChange?.amount.toString()).toBe('20');
    expect(rows[1]?.amountChange?.amount.toString()).toBe('30');
    expect(rows[1]?.relativeChange?.toString()).toBe('0.25');
    expect(rows[2]?.shareChange?.toString()).toBe('0.001');
    expect(rows[2]?.amountChange).toBeUndefined();
  });

  it('covers every key when none is given, in the history’s order', () => {
    expect(revisions(SMALL).map((row) => row.key)).toEqual(['2025', '2025', '2025', 'total']);
    expect(revisions(SMALL, 'total')[0]?.amountChange?.amount.toString()).toBe('500');
  });

  it('gives NATO’s revisions of an ally’s year: Poland 2024, 4.12019098935715% (June 2024) to 3.788951289% (August 2025)', () => {
    const [row] = revisions(natoShareHistory('PL'), 2024);
    // 3.788951289 − 4.12019098935715 = −0.33123970035715 points (Python's decimal).
    expect(row?.shareChange?.toString()).toBe('-0.0033123970035715');
    expect(row?.from.date).toBe('2024-06-17');
    expect(row?.to.date).toBe('2025-08-28');
  });

  it('gives a change only in what both values state, and no key for the rest', () => {
    const mixed: FigureHistory = {
      name: 'measures',
      entries: {
        1: [
          value('2020', 'approved', 'b', '100'),
          value('2021', 'amended', 'b', undefined, '0.02'),
          value('2022', 'amended', 'b', '120', '0.025'),
          value('2023', 'executed', 'b', '150'),
        ],
      },
    };
    const rows = revisions(mixed, 1);
    // Amount, then share: nothing in common.
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['basis', 'from', 'key', 'to']);
    // Share, then amount and share: the share's change, 0.025 − 0.02.
    expect(Object.keys(rows[1] ?? {}).sort()).toEqual(['basis', 'from', 'key', 'shareChange', 'to']);
    expect(rows[1]?.shareChange?.toString()).toBe('0.005');
    // Amount and share, then amount: the amount's, 150 − 120 = 30, 25%.
    expect(Object.keys(rows[2] ?? {}).sort()).toEqual(['amountChange', 'basis', 'from', 'key', 'relativeChange', 'to']);
    expect(rows[2]?.relativeChange?.toString()).toBe('0.25');
  });

  it('leaves out a change in money between two currencies, and a relative change from zero', () => {
    const mixed: FigureHistory = {
      name: 'mixed',
      entries: {
        1: [
          value('2020', 'approved', 'b', '0'),
          value('2021', 'amended', 'b', '5'),
          { ...value('2022', 'amended', 'b'), value: { amount: money('7', 'USD') } },
        ],
      },
    };
    const [fromZero, acrossCurrencies] = revisions(mixed, 1);
    expect(fromZero?.amountChange?.amount.toString()).toBe('5');
    expect(fromZero?.relativeChange).toBeUndefined();
    expect(acrossCurrencies?.amountChange).toBeUndefined();
  });
});

describe('natoShareHistory', () => {
  it('holds each release’s figure for a year, dated by the release, on NATO’s definition', () => {
    const lt = natoShareHistory('LT');
    expect(
      vintages(lt, 2024).map((one) => `${one.date} ${one.stage} ${one.value.shareOfGdp?.toString() ?? ''}`),
    ).toEqual(['2024-06-17 estimate 0.0284955158895708', '2025-08-28 estimate 0.03087800111']);
    expect(vintages(lt, 2014)).toHaveLength(3);
    // Stored oldest first, as every history is.
    expect(lt.entries['2024']?.map((one) => one.date)).toEqual(['2024-06-17', '2025-08-28']);
    expect(latest(lt, 2020)?.stage).toBe('outturn');
    expect(lt.name).toBe('Lithuania: defence expenditure and its share of GDP (NATO)');
    // The June 2024 release's amount in euros, from its Table 1 (€2,132.904 million); the August 2025 one
    // has the share alone.
    expect(lt.entries['2024']?.map((one) => one.value.amount?.amount.toString())).toEqual(['2132904000', undefined]);
    expect(lt.entries['2024']?.map((one) => Object.keys(one.value).sort())).toEqual([
      ['amount', 'shareOfGdp'],
      ['shareOfGdp'],
    ]);
    expect(
      Object.values(lt.entries)
        .flat()
        .every((one) => one.basis === "NATO's definition"),
    ).toBe(true);
  });

  it('leaves out rows without a number: Germany 2025 (no approved budget), Iceland (no armed forces)', () => {
    // August 2025 published nothing for Germany's 2025; the Annual Report of March 2026 did: 2.4%.
    expect(
      vintages(natoShareHistory('DE'), 2025).map((one) => `${one.date} ${one.value.shareOfGdp?.toString() ?? ''}`),
    ).toEqual(['2026-03-26 0.024']);
    expect(vintages(natoShareHistory('DE'), 2024)).not.toEqual([]);
    expect(Object.keys(natoShareHistory('IS').entries)).toEqual([]);
  });

  it('refuses a code NATO’s table does not have', () => {
    expectIssue(() => natoShareHistory('XX'), 'unknown_id', ['code']);
  });
});

describe('lithuania.history', () => {
  const histories = Object.entries(lithuania.history);

  it('has for every value a stage, a real date, a basis, a source and something stated; sorted by date', () => {
    for (const [name, history] of histories)
      for (const [key, values] of Object.entries(history.entries)) {
        expect(values.length, `${name} ${key}`).toBeGreaterThan(0);
        expect(dates(vintages(history, key)), `${name} ${key} is sorted`).toEqual(dates(values));
        for (const one of values) {
          expect(STAGES).toContain(one.stage);
          expect(one.basis.length).toBeGreaterThan(0);
          expect(one.source.publisher.length).toBeGreaterThan(0);
          expect(
            one.value.amount !== undefined || one.value.shareOfGdp !== undefined,
            `${name} ${key} ${one.date}`,
          ).toBe(true);
          if (one.status === 'derived') expect(one.note, `${name} ${key} ${one.date}`).toBeDefined();
        }
      }
  });

  it('keeps every year 2018–2026 of defence spending', () => {
    for (let year = 2018; year <= 2026; year++) expect(vintages(DEFENCE, year).length, String(year)).toBeGreaterThan(0);
  });

  it('has 2020 proposed at EUR 1.027 billion (2.02%) and 2021 raised by EUR 20.7 million in the year', () => {
    const [proposed2020] = vintages(DEFENCE, 2020, { stage: 'proposed' });
    expect(proposed2020?.value.amount?.amount.toString()).toBe('1027000000');
    expect(proposed2020?.value.shareOfGdp?.eq('0.0202')).toBe(true);
    const [review] = revisions(DEFENCE, 2021, { basis: 'national defence budget (Finance Ministry)' });
    expect(review?.amountChange?.amount.toString()).toBe('20700000');
    expect(review?.to.value.shareOfGdp?.eq('0.0203')).toBe(true);
  });

  it('has the 2026 budget as proposed (EUR 4.75 billion, 5.38%) and approved (EUR 4.79 billion, 5.38%)', () => {
    const [proposed, approved] = vintages(DEFENCE, 2026, { basis: LITHUANIA_BASES.state });
    expect(proposed?.stage).toBe('proposed');
    expect(proposed?.value.amount?.amount.toString()).toBe('4750000000');
    expect(approved?.stage).toBe('approved');
    expect(approved?.value.amount?.amount.toString()).toBe('4790000000');
    expect(approved?.value.shareOfGdp?.eq('0.0538')).toBe(true);
  });

  it('has the border plan restated: EUR 600 million (August 2024), then EUR 1.1 billion (May 2025)', () => {
    const [restated] = revisions(lithuania.history.borderPlan, 'total');
    expect(restated?.from.value.amount?.amount.toString()).toBe('600000000');
    expect(restated?.to.value.amount?.amount.toString()).toBe('1100000000');
    expect(restated?.amountChange?.amount.toString()).toBe('500000000');
  });

  it('has GDP by vintage: 2017 revised from EUR 41,858.0m (2018) to EUR 42,269.4m (2019)', () => {
    const [row] = revisions(lithuania.history.gdp, 2017);
    expect(row?.from.value.amount?.amount.toString()).toBe('41858000000');
    expect(row?.to.value.amount?.amount.toString()).toBe('42269400000');
    expect(row?.amountChange?.amount.toString()).toBe('411400000');
    expect(row?.from.stage).toBe('estimate');
    expect(row?.to.stage).toBe('outturn');
  });
});
