import { describe, expect, it } from 'vitest';
import { datesConsistentWith, impliedRate, money, parseQuote, reconcileQuotes } from '../../src/index';
import { ecb } from '../../src/entries/ecb';
import { expectIssue } from '../helpers/errors';

// The article (Kyiv Independent, 6 May 2025): "1.1 billion euros ($1.2 billion)", "800 million euros
// ($905 million)". Kyiv Post printed "€1.1 billion ($1.25 billion)", "€800 million ($907 million)".
describe('impliedRate', () => {
  it('"€1.1 billion ($1.2 billion)" implies EUR/USD in [1.15/1.15, 1.25/1.05] = [1, 1.190476…]', () => {
    const rate = impliedRate(parseQuote('€1.1 billion'), parseQuote('$1.2 billion'));
    expect([rate.base, rate.quote]).toEqual(['EUR', 'USD']);
    expect(rate.lo.toString()).toBe('1');
    expect(rate.hi.toString()).toBe('1.190476190476190476190476190476190476191');
  });

  it('"800 million euros ($905 million)" implies [904.5/800.5, 905.5/799.5] ≈ [1.12992, 1.13258]', () => {
    const rate = impliedRate(parseQuote('800 million euros'), parseQuote('$905 million'));
    expect(rate.lo.toDecimalPlaces(5).toString()).toBe('1.12992');
    expect(rate.hi.toDecimalPlaces(5).toString()).toBe('1.13258');
  });

  it('takes exact Money too, and refuses one currency', () => {
    const rate = impliedRate(money('800000000', 'EUR'), money('907440000', 'USD'));
    expect([rate.lo.toString(), rate.hi.toString()]).toEqual(['1.1343', '1.1343']);
    expectIssue(() => impliedRate(money('1', 'EUR'), money('2', 'EUR')), 'currency_mismatch', ['b']);
  });
});

describe('reconcileQuotes', () => {
  const article = [
    { label: 'plan', a: parseQuote('1.1 billion euros'), b: parseQuote('$1.2 billion') },
    { label: 'mines', a: parseQuote('800 million euros'), b: parseQuote('$905 million') },
  ];

  it('intersects the article’s two pairs', () => {
    const result = reconcileQuotes(article);
    expect(result.consistent).toBe(true);
    if (!result.consistent) return;
    expect(result.pairs.map((pair) => pair.label)).toEqual(['plan', 'mines']);
    expect(result.intersection.lo.toDecimalPlaces(5).toString()).toBe('1.12992');
    expect(result.intersection.hi.toDecimalPlaces(5).toString()).toBe('1.13258');
  });

  it('turns a pair quoted the other way round', () => {
    const result = reconcileQuotes([
      article[1] as never,
      { a: parseQuote('$905 million'), b: parseQuote('800 million euros') },
    ]);
    expect(result.consistent).toBe(true);
    expect(result.pairs[1]?.rate.base).toBe('EUR');
  });

  it('names the pairs that disagree', () => {
    const result = reconcileQuotes([
      { label: 'mines', a: parseQuote('800 million euros'), b: parseQuote('$905 million') },
      { label: 'Kyiv Post', a: parseQuote('€800 million'), b: parseQuote('$907 million') },
      { label: 'impossible', a: parseQuote('€800 million'), b: parseQuote('$800 million') },
    ]);
    expect(result.consistent).toBe(false);
    if (result.consistent) return;
    // Mines [1.12992, 1.13258] and Kyiv Post [906.5/800.5, 907.5/799.5] = [1.13242, 1.13508] overlap; $800m for
    // €800m implies [0.99875, 1.00125], which overlaps neither.
    expect(result.conflicts).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('rejects no pairs and other currencies', () => {
    expectIssue(() => reconcileQuotes([]), 'empty_input', ['pairs']);
    expectIssue(
      () => reconcileQuotes([...article, { a: parseQuote('€1 billion'), b: parseQuote('£1 billion') }]),
      'currency_mismatch',
      ['pairs', 2],
    );
  });
});

describe('datesConsistentWith', () => {
  const mines = impliedRate(parseQuote('800 million euros'), parseQuote('$905 million'));

  it('finds 6 May 2025 (1.1325) and not 5 May (1.1343)', () => {
    const dates = datesConsistentWith(ecb, mines, { from: '2025-05-01', to: '2025-05-09' });
    expect(dates.map((d) => `${d.date} ${d.rate.toString()}`)).toEqual(['2025-05-06 1.1325']);
  });

  it('lists the ECB dates of April–June 2025 within the article’s rates', () => {
    const dates = datesConsistentWith(ecb, mines, { from: '2025-04-01', to: '2025-06-30' });
    // Every ECB fixing in [9045/8005, 9055/7995] in that window, found in the CSV with exact fractions (Python).
    expect(dates.map((d) => d.date)).toEqual([
      '2025-04-15',
      '2025-05-06',
      '2025-05-21',
      '2025-05-22',
      '2025-05-23',
      '2025-05-28',
    ]);
  });

  it('rejects bad dates', () => {
    expectIssue(() => datesConsistentWith(ecb, mines, { from: 'May 2025' }), 'invalid_date', ['from']);
  });
});

describe('impliedRate of quotes that are not money', () => {
  it('names the quote that is a percentage', () => {
    expectIssue(() => impliedRate(parseQuote('5%'), parseQuote('$1 billion')), 'invalid_quote', ['a']);
    expectIssue(() => impliedRate(parseQuote('€1 billion'), parseQuote('2.9 million')), 'invalid_quote', ['b']);
  });
});
