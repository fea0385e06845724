// Rules of the exchange-rate layer that mutation testing found no test pinning down: what a derived rate
// keeps of its inputs (date, source, note), gaps in a table's columns, the table's edges, pairs quoted
// the other way round, and every error's path and words. A small table, worked by hand.
import { describe, expect, it } from 'vitest';
import {
  convert,
  cross,
  datesConsistentWith,
  exchangeRate,
  interval,
  invert,
  impliedRate,
  money,
  parseQuote,
  rateOn,
  rateTable,
  reconcileQuotes,
} from '../../src/index';
import { expectIssue } from '../helpers/errors';

const SOURCE = { publisher: 'Test bank', title: 'Reference rates' };
// Mon 5, Tue 6, Wed 7, Thu 8 May 2025; USD missing on the 7th, PLN on the 5th.
const table = rateTable({
  base: 'EUR',
  source: SOURCE,
  dates: ['2025-05-05', '2025-05-06', '2025-05-07', '2025-05-08'],
  rates: { USD: ['1.25', '1.2', undefined, '1.1'], PLN: [undefined, '4.8', '4.4', '4.4'] },
  series: { daily: 'D.{currency}', annual: 'A.{currency}' },
});

describe('rateTable', () => {
  it('keeps the series names, and says where a date, a column or a rate is wrong', () => {
    expect(table.series).toEqual({ daily: 'D.{currency}', annual: 'A.{currency}' });
    expect(rateTable({ base: 'EUR', source: SOURCE, dates: [], rates: {} }).series).toBeUndefined();
    const input = {
      base: 'EUR',
      source: SOURCE,
      dates: ['2025-05-05', '2025-05-06'],
      rates: { USD: ['1', '2'] },
    } as const;
    expectIssue(() => rateTable({ ...input, base: 'EURO' }), 'unknown_currency', ['base']);
    expectIssue(() => rateTable({ ...input, dates: ['2025-05-05', '2025-02-30'] }), 'invalid_date', ['dates', 1]);
    expect(
      expectIssue(() => rateTable({ ...input, dates: ['2025-05-06', '2025-05-06'] }), 'invalid_date', ['dates', 1])
        .message,
    ).toBe('[budget-whatif] dates[1]: dates must be ascending and distinct: 2025-05-06 is followed by 2025-05-06');
    expect(
      expectIssue(() => rateTable({ ...input, rates: { USD: ['1'] } }), 'invalid_type', ['rates', 'USD']).message,
    ).toBe('[budget-whatif] rates.USD: the USD column has 1 rates for 2 dates');
    expectIssue(() => rateTable({ ...input, rates: { USD: ['1', 'x'] } }), 'invalid_number', ['rates', 'USD', 1]);
    expect(
      expectIssue(() => rateTable({ ...input, rates: { USD: ['1', '0'] } }), 'out_of_range', ['rates', 'USD', 1])
        .message,
    ).toBe('[budget-whatif] rates.USD[1]: a rate must be positive, received 0');
  });
});

describe('rateOn', () => {
  it('on a reference date: the rate, the series named in the title, no note', () => {
    const rate = rateOn(table, 'EUR', 'USD', '2025-05-06');
    expect([rate.rate.toString(), rate.date, rate.source?.title, rate.note]).toEqual([
      '1.2',
      '2025-05-06',
      'Reference rates, series D.USD, 2025-05-06',
      undefined,
    ]);
  });

  it('the previous reference date when asked, past a gap in the column, and says so', () => {
    const rate = rateOn(table, 'EUR', 'USD', '2025-05-07', { policy: 'previous' });
    expect([rate.rate.toString(), rate.date, rate.note]).toEqual([
      '1.2',
      '2025-05-06',
      '2025-05-07 (a Wednesday) has no reference rate; this is the rate of the previous reference date, 2025-05-06',
    ]);
    expect(expectIssue(() => rateOn(table, 'EUR', 'USD', '2025-05-07'), 'no_rate', ['date']).message).toBe(
      '[budget-whatif] date: the table has no EUR/USD rate on 2025-05-07',
    );
    // Nothing before the first date of the column to fall back on.
    expect(
      expectIssue(() => rateOn(table, 'EUR', 'PLN', '2025-05-05', { policy: 'previous' }), 'no_rate', ['date']).message,
    ).toBe('[budget-whatif] date: the table has no EUR/PLN rate on 2025-05-05');
  });

  it('the edges of the table are in it; a day beyond either is not', () => {
    expect(rateOn(table, 'EUR', 'USD', '2025-05-05').rate.toString()).toBe('1.25');
    expect(rateOn(table, 'EUR', 'USD', '2025-05-08').rate.toString()).toBe('1.1');
    expect(expectIssue(() => rateOn(table, 'EUR', 'USD', '2025-05-04'), 'no_rate', ['date']).message).toBe(
      '[budget-whatif] date: 2025-05-04 is outside the table, which runs from 2025-05-05 to 2025-05-08',
    );
    expectIssue(() => rateOn(table, 'EUR', 'USD', '2025-05-09', { policy: 'previous' }), 'no_rate', ['date']);
    const empty = rateTable({ base: 'EUR', source: SOURCE, dates: [], rates: { USD: [] } });
    expect(expectIssue(() => rateOn(empty, 'EUR', 'USD', '2025-05-05'), 'no_rate', ['date']).message).toBe(
      '[budget-whatif] date: 2025-05-05 is outside the table, which runs from – to –',
    );
  });

  it('inverse and cross rates, computed, and the note says how', () => {
    const inverse = rateOn(table, 'USD', 'EUR', '2025-05-05');
    expect([inverse.rate.toString(), inverse.note]).toEqual([
      '0.8',
      'computed as the inverse of EUR/USD on 2025-05-05',
    ]);
    const crossed = rateOn(table, 'USD', 'PLN', '2025-05-06');
    expect([crossed.rate.toString(), crossed.note]).toEqual([
      '4',
      'computed as the cross rate EUR/PLN ÷ EUR/USD on 2025-05-06',
    ]);
    // A cross rate needs both rates on the day.
    expectIssue(() => rateOn(table, 'USD', 'PLN', '2025-05-07'), 'no_rate', ['date']);
    expectIssue(() => rateOn(table, 'PLN', 'USD', '2025-05-05'), 'no_rate', ['date']);
  });

  it('names the side of the pair the table lacks, and refuses a pair of one currency or a bad policy', () => {
    expect(expectIssue(() => rateOn(table, 'EUR', 'GBP', '2025-05-05'), 'no_rate', ['quote']).message).toBe(
      '[budget-whatif] quote: the table has no EUR/GBP rates; it has USD, PLN',
    );
    expectIssue(() => rateOn(table, 'GBP', 'EUR', '2025-05-05'), 'no_rate', ['base']);
    expectIssue(() => rateOn(table, 'GBP', 'USD', '2025-05-05'), 'no_rate', ['base']);
    expectIssue(() => rateOn(table, 'USD', 'GBP', '2025-05-05'), 'no_rate', ['quote']);
    expect(expectIssue(() => rateOn(table, 'EUR', 'EUR', '2025-05-05'), 'currency_mismatch', ['quote']).message).toBe(
      '[budget-whatif] quote: an exchange rate needs two different currencies, received EUR/EUR',
    );
    expectIssue(() => rateOn(table, 'EURO', 'USD', '2025-05-05'), 'unknown_currency', ['base']);
    expect(
      expectIssue(() => rateOn(table, 'EUR', 'USD', '2025-05-05', { policy: 'next' as never }), 'out_of_range', [
        'policy',
      ]).message,
    ).toBe('[budget-whatif] policy: policy must be "exact" or "previous", received "next"');
    expect(expectIssue(() => rateOn(table, 'EUR', 'USD', '2025-5-5'), 'invalid_date', ['date']).message).toBe(
      '[budget-whatif] date: expected a calendar date written YYYY-MM-DD, received "2025-5-5"',
    );
    expectIssue(() => rateOn(table, 'EUR', 'USD', '2025-04-31'), 'invalid_date', ['date']);
    expectIssue(() => rateOn(table, 'EUR', 'USD', 20250505 as never), 'invalid_date', ['date']);
  });
});

describe('datesConsistentWith', () => {
  it('only the days from `from` to `to`, both included, with a rate inside the interval', () => {
    const eurUsd = (lo: string, hi: string) => ({ ...interval(lo, hi), base: 'EUR', quote: 'USD' });
    const all = datesConsistentWith(table, eurUsd('1.1', '1.25'), {});
    expect(all.map((day) => day.date)).toEqual(['2025-05-05', '2025-05-06', '2025-05-08']);
    const some = datesConsistentWith(table, eurUsd('1.1', '1.25'), { from: '2025-05-06', to: '2025-05-08' });
    expect(some.map((day) => day.date)).toEqual(['2025-05-06', '2025-05-08']);
    const one = datesConsistentWith(table, eurUsd('1.1', '1.25'), { from: '2025-05-05', to: '2025-05-05' });
    expect(one.map((day) => day.date)).toEqual(['2025-05-05']);
    expectIssue(() => datesConsistentWith(table, eurUsd('1', '2'), { to: 'May' }), 'invalid_date', ['to']);
  });
});

describe('exchangeRate, invert, cross, convert', () => {
  it('keeps a source and a note as given; inverting keeps the date and the source and adds to the note', () => {
    const rate = exchangeRate('EUR', 'USD', '1.25', { date: '2025-05-05', source: SOURCE, note: 'a test' });
    expect([rate.source, rate.note]).toEqual([SOURCE, 'a test']);
    expect(Object.keys(exchangeRate('EUR', 'USD', '1.25'))).toEqual(['base', 'quote', 'rate']);
    const back = invert(rate);
    expect([back.rate.toString(), back.date, back.source, back.note]).toEqual([
      '0.8',
      '2025-05-05',
      SOURCE,
      'inverse of EUR/USD 1.25 (a test)',
    ]);
    expect(Object.keys(invert(exchangeRate('EUR', 'USD', '2')))).toEqual(['base', 'quote', 'rate', 'note']);
    expect(invert(exchangeRate('EUR', 'USD', '2')).note).toBe('inverse of EUR/USD 2');
    expect(expectIssue(() => exchangeRate('EUR', 'USD', '0'), 'out_of_range', ['rate']).message).toBe(
      '[budget-whatif] rate: an exchange rate must be positive, received 0',
    );
  });

  it('a cross rate keeps a date and a publisher both rates share, and turns either rate round as needed', () => {
    const usd = exchangeRate('EUR', 'USD', '1.25', { date: '2025-05-05', source: SOURCE });
    const pln = exchangeRate('EUR', 'PLN', '5', { date: '2025-05-05', source: SOURCE });
    const crossed = cross(usd, pln);
    expect([crossed.base, crossed.quote, crossed.rate.toString(), crossed.date, crossed.source]).toEqual([
      'USD',
      'PLN',
      '4',
      '2025-05-05',
      SOURCE,
    ]);
    expect(crossed.note).toBe('cross rate via EUR of EUR/USD 1.25 and EUR/PLN 5');
    // The second rate quoted the other way round (PLN/EUR): the same cross rate.
    expect(cross(usd, invert(pln)).rate.toString()).toBe('4');
    // Different days, or no common publisher: neither is kept.
    const later = exchangeRate('EUR', 'PLN', '5', { date: '2025-05-06', source: { publisher: 'Other', title: 'x' } });
    expect(Object.keys(cross(usd, later))).toEqual(['base', 'quote', 'rate', 'note']);
    const undated = cross(exchangeRate('EUR', 'USD', '1.25'), exchangeRate('EUR', 'PLN', '5'));
    expect(Object.keys(undated)).toEqual(['base', 'quote', 'rate', 'note']);
    expect(expectIssue(() => cross(usd, exchangeRate('GBP', 'JPY', '200')), 'currency_mismatch', ['b']).message).toBe(
      '[budget-whatif] b: a cross rate needs exactly one currency in common, received EUR/USD and GBP/JPY',
    );
  });

  it('convert: rounding true is the quote currency’s minor units, half-even; options are checked with their paths', () => {
    const rate = exchangeRate('EUR', 'USD', '1.125');
    expect(convert(money('1', 'EUR'), rate, { round: true }).amount.toFixed()).toBe('1.12');
    expect(convert(money('1', 'EUR'), rate, { round: { mode: 'half-up' } }).amount.toFixed()).toBe('1.13');
    expect(convert(money('1', 'EUR'), rate, { round: { scale: 1 } }).amount.toFixed()).toBe('1.1');
    expectIssue(() => convert(money('1', 'EUR'), rate, { round: { scale: -1 } }), 'invalid_scale', ['round', 'scale']);
    expectIssue(() => convert(money('1', 'EUR'), rate, { round: { mode: 'x' as never } }), 'invalid_rounding_mode', [
      'round',
      'mode',
    ]);
    expect(expectIssue(() => convert(money('1', 'USD'), rate), 'currency_mismatch', ['rate', 'base']).message).toBe(
      '[budget-whatif] rate.base: cannot convert USD with a EUR/USD rate; its base must be USD (invert the rate for the other direction)',
    );
  });
});

describe('impliedRate and reconcileQuotes', () => {
  it('two quotes in one currency imply no rate', () => {
    expect(expectIssue(() => impliedRate(parseQuote('€1'), parseQuote('€2')), 'currency_mismatch', ['b']).message).toBe(
      '[budget-whatif] b: an implied exchange rate needs two currencies; both are EUR',
    );
  });

  it('labels pairs from 1, turns a pair quoted the other way round, and refuses a pair of other currencies', () => {
    const result = reconcileQuotes([
      { a: parseQuote('€1 billion'), b: parseQuote('$1.2 billion') },
      { a: parseQuote('$1.2 billion'), b: parseQuote('€1 billion') },
    ]);
    expect(result.pairs.map((pair) => [pair.label, pair.rate.base, pair.rate.quote])).toEqual([
      ['pair 1', 'EUR', 'USD'],
      ['pair 2', 'EUR', 'USD'],
    ]);
    expect(result.consistent).toBe(true);
    expect(expectIssue(() => reconcileQuotes([]), 'empty_input', ['pairs']).message).toBe(
      '[budget-whatif] pairs: expected at least one pair of quotes',
    );
    const error = expectIssue(
      () =>
        reconcileQuotes([
          { a: parseQuote('€1'), b: parseQuote('$1') },
          { a: parseQuote('£1'), b: parseQuote('$1') },
        ]),
      'currency_mismatch',
      ['pairs', 1],
    );
    expect(error.message).toBe('[budget-whatif] pairs[1]: pair 2 is GBP/USD, the first pair EUR/USD');
    // Half a match (the same base, another quote) is not a pair the other way round.
    expectIssue(
      () =>
        reconcileQuotes([
          { a: parseQuote('€1'), b: parseQuote('$1') },
          { a: parseQuote('$1'), b: parseQuote('£1') },
        ]),
      'currency_mismatch',
      ['pairs', 1],
    );
  });

  it('three pairs: the common interval is what all three allow', () => {
    const result = reconcileQuotes([
      { a: parseQuote('€1'), b: parseQuote('$1.2'), label: 'x' },
      { a: parseQuote('€10'), b: parseQuote('$12'), label: 'y' },
      { a: parseQuote('€100'), b: parseQuote('$120'), label: 'z' },
    ]);
    // €[99.5, 100.5] against $[119.5, 120.5]: the narrowest, [119.5/100.5, 120.5/99.5].
    expect(result.consistent && [result.intersection.lo.toFixed(6), result.intersection.hi.toFixed(6)]).toEqual([
      '1.189055',
      '1.211055',
    ]);
  });
});
