// Rules of the quotes layer that mutation testing found no test pinning down: open ends through every
// operation, outward rounding in the right direction, the currency words and the precision rule's edges,
// and every error's path and words. Expected values worked by hand.
import { describe, expect, it } from 'vitest';
import {
  addIntervals,
  checkShare,
  contains,
  datesConsistentWith,
  decimal,
  divideIntervals,
  formatInterval,
  impliedRate,
  interval,
  intersect,
  midpoint,
  money,
  moneyInterval,
  multiplyIntervals,
  parseQuote,
  subtractIntervals,
} from '../../src/index';
import { ecb } from '../../src/data/ecb/eurofxref';
import { D } from '../../src/decimal/core';
import { addBounds, divideBounds, multiplyBounds } from '../../src/quotes/bounds';
import { show } from '../helpers/intervals';
import { expectIssue } from '../helpers/errors';

const open = (lo: string, hi: string | null) => interval(lo, hi, { loOpen: true, hiOpen: true });

describe('open ends through every operation', () => {
  it('a sum or difference is open at an end when either input end that makes it is open', () => {
    expect(show(addIntervals(interval('1', '2', { loOpen: true }), interval('3', '4')))).toBe('(4, 6]');
    expect(show(addIntervals(interval('1', '2'), interval('3', '4', { hiOpen: true })))).toBe('[4, 6)');
    expect(show(addIntervals(interval('1', '2'), interval('3', '4')))).toBe('[4, 6]');
    // a − b: the low end from a's low and b's high, the high end from a's high and b's low.
    expect(show(subtractIntervals(interval('5', '6', { loOpen: true }), interval('1', '2')))).toBe('(3, 5]');
    expect(show(subtractIntervals(interval('5', '6'), interval('1', '2', { hiOpen: true })))).toBe('(3, 5]');
    expect(show(subtractIntervals(interval('5', '6'), interval('1', '2', { loOpen: true })))).toBe('[3, 5)');
  });

  it('a product is open where no product reaches; a closed zero end is reached', () => {
    expect(show(multiplyIntervals(open('1', '2'), interval('3', '4')))).toBe('(3, 8)');
    expect(show(multiplyIntervals(interval('0', '2'), open('3', '4')))).toBe('[0, 8)');
    expect(show(multiplyIntervals(interval('0', '2', { loOpen: true }), interval('3', '4')))).toBe('(0, 8]');
    expect(show(multiplyIntervals(interval('-1', '2'), open('3', '4')))).toBe('(-4, 8)');
    // One reached candidate at the bound closes it: [1, 2] × [1, 1] reaches 1 even with the other open.
    expect(show(multiplyIntervals(interval('1', '1'), interval('1', '2', { hiOpen: true })))).toBe('[1, 2)');
  });

  it('a quotient by an open end or by an unbounded divisor is a limit, never reached', () => {
    const rate = impliedRate(parseQuote('more than 1 billion euros'), parseQuote('$1.1 billion'));
    expect(show(rate)).toBe('(0, 1.15)');
    expect(show(divideIntervals(interval('1', '2'), open('1', '2')))).toBe('(0.5, 2)');
    expect(show(divideIntervals(interval('0', '2'), interval('1', '2')))).toBe('[0, 2]');
    expect(show(divideIntervals(interval('0', '2', { loOpen: true }), interval('1', null)))).toBe('(0, 2]');
    expect(show(divideIntervals(interval('1', '2'), interval('0', '1', { loOpen: true })))).toBe('[1, Infinity)');
    expect(show(divideIntervals(interval('0', '1'), interval('0', '1', { loOpen: true })))).toBe('[0, Infinity)');
    expect(show(divideIntervals(interval('-2', '-1'), interval('-1', '0', { hiOpen: true })))).toBe('[1, Infinity)');
  });

  it('a date whose rate equals an open bound is not consistent with it (issue 20: no 1.1500 days)', () => {
    const rate = impliedRate(parseQuote('more than 1 billion euros'), parseQuote('$1.1 billion'));
    const dates = datesConsistentWith(ecb, rate, {}).map((day) => day.date);
    expect(dates).not.toContain('2018-10-10');
    expect(dates).not.toContain('2026-03-18');
    // A day below 1.15 is in: 2025-05-06 (1.1325).
    expect(dates).toContain('2025-05-06');
  });
});

describe('outward rounding, in the direction of each bound', () => {
  const big = new D('1234567890123456789012345678901234567891');
  it('a sum past 40 digits: the low bound rounds down, the high one up', () => {
    expect(addBounds(big, new D('0.5'), 'floor').toFixed()).toBe('1234567890123456789012345678901234567891');
    expect(addBounds(big, new D('0.5'), 'ceil').toFixed()).toBe('1234567890123456789012345678901234567892');
  });

  it('a product or a quotient past 40 digits likewise; one that fits is exact', () => {
    expect(multiplyBounds(big, new D('3'), 'floor').toFixed()).toBe('3703703670370370367037037036703703703673');
    expect(multiplyBounds(big, new D('1.1'), 'floor').toFixed()).toBe('1358024679135802467913580246791358024680');
    expect(multiplyBounds(big, new D('1.1'), 'ceil').toFixed()).toBe('1358024679135802467913580246791358024681');
    expect(divideBounds(new D('1'), new D('3'), 'floor').toFixed()).toBe(`0.${'3'.repeat(40)}`);
    expect(divideBounds(new D('1'), new D('3'), 'ceil').toFixed()).toBe(`0.${'3'.repeat(39)}4`);
    expect(divideBounds(new D('-1'), new D('3'), 'floor').toFixed()).toBe(`-0.${'3'.repeat(39)}4`);
    expect(divideBounds(new D('1'), new D('4'), 'floor').toFixed()).toBe('0.25');
    // A product of 41 digits with a trailing zero drops the zero and stays exact.
    expect(multiplyBounds(new D('5'), new D(`2${'0'.repeat(39)}`), 'floor').toFixed()).toBe(`1${'0'.repeat(40)}`);
  });

  it('infinite ends: 0 × ∞ = 0; a number over ∞ is 0; ∞ over a number keeps the sign', () => {
    expect(show(multiplyIntervals(interval('0', '1'), interval('2', null)))).toBe('[0, Infinity)');
    expect(show(multiplyIntervals(interval('-1', '-1'), interval('2', null)))).toBe('(-Infinity, -2]');
    expect(show(divideIntervals(interval('2', null), interval('-2', '-1')))).toBe('(-Infinity, -1]');
  });
});

describe('parseQuote: words, edges and errors', () => {
  it.each([
    ['1 US dollar', 'USD'],
    ['1 U.S. dollars', 'USD'],
    ['1 dollars', 'USD'],
    ['1 pounds', 'GBP'],
    ['1 pound sterling', 'GBP'],
    ['1 sterling', 'GBP'],
    ['1 zloty', 'PLN'],
    ['1 złotych', 'PLN'],
    ['1 zł', 'PLN'],
    ['1 yen', 'JPY'],
    ['1 Swiss francs', 'CHF'],
    ['1 SEK', 'SEK'],
  ])('%s is in %s', (text, currency) => {
    const quote = parseQuote(text);
    expect(quote.kind === 'money' && quote.currency).toBe(currency);
  });

  it('a bare dollar follows the `dollar` option; "US dollars" stays USD', () => {
    const cad = parseQuote('5 dollars', { dollar: 'CAD' });
    expect(cad.kind === 'money' && cad.currency).toBe('CAD');
    const usd = parseQuote('5 US dollars', { dollar: 'CAD' });
    expect(usd.kind === 'money' && usd.currency).toBe('USD');
  });

  it('refuses an unknown code, two currencies, a range in two currencies, a hedged range, a lower-case word', () => {
    expect(expectIssue(() => parseQuote('5 XYZ'), 'invalid_quote', ['text']).message).toBe(
      '[budget-whatif] text: could not read "5 XYZ" as one figure: "XYZ" is not an ISO 4217 currency code we know at "XYZ"',
    );
    expectIssue(() => parseQuote('€5 dollars'), 'invalid_quote', ['text']);
    expect(expectIssue(() => parseQuote('€5–$6'), 'invalid_quote', ['text']).message).toBe(
      '[budget-whatif] text: could not read "€5–$6" as one figure: two currencies in one range at "6"',
    );
    expect(parseQuote('€5–€6').interval.hi.toString()).toBe('6');
    expect(expectIssue(() => parseQuote('over 5–6%'), 'invalid_quote', ['text']).message).toBe(
      '[budget-whatif] text: could not read "over 5–6%" as one figure: a range cannot be hedged with "over"',
    );
    expect(parseQuote('about 5–6%').interval.lo.toString()).toBe('0.05');
    expectIssue(() => parseQuote('5–'), 'invalid_quote', ['text']);
    expectIssue(() => parseQuote('5 abc'), 'invalid_quote', ['text']);
  });

  it('refuses text that is not a string, and text over 200 characters, with the length', () => {
    expect(expectIssue(() => parseQuote(5 as never), 'invalid_quote', ['text']).message).toBe(
      '[budget-whatif] text: expected the quote as a string',
    );
    expect(parseQuote(`${' '.repeat(195)}€1.1`).value.toString()).toBe('1.1');
    expect(expectIssue(() => parseQuote(`${' '.repeat(197)}€1.1`), 'input_too_large', ['text']).message).toBe(
      '[budget-whatif] text: a quote is one figure, at most 200 characters; this text has 201',
    );
  });

  it('trailing zeros: significant by default; not significant drops to the last non-zero digit, never below it', () => {
    expect(parseQuote('800').unit.toString()).toBe('1');
    expect(parseQuote('800', { trailingZeros: 'not-significant' }).unit.toString()).toBe('100');
    expect(parseQuote('805', { trailingZeros: 'not-significant' }).unit.toString()).toBe('1');
    expect(parseQuote('0', { trailingZeros: 'not-significant' }).unit.toString()).toBe('1');
    expect(parseQuote('8.50').unit.toString()).toBe('0.01');
    expect(parseQuote('0.5').unit.toString()).toBe('0.1');
    expect(
      expectIssue(() => parseQuote('800', { trailingZeros: 'maybe' as never }), 'invalid_quote', [
        'options',
        'trailingZeros',
      ]).message,
    ).toBe(
      '[budget-whatif] options.trailingZeros: trailingZeros must be "significant" or "not-significant", received "maybe"',
    );
  });

  it('a unit given for a range is used; its negative is refused with the option as the path', () => {
    expect(parseQuote('5–6%', { unit: '0.001' }).unit.toString()).toBe('0.001');
    expect(parseQuote('5–6.5%').unit.toString()).toBe('0.001');
    expectIssue(() => parseQuote('5–6%', { unit: 'x' }), 'invalid_number', ['options', 'unit']);
  });

  it('the about-margin widens only when it is wider than the printed range, and must not be negative', () => {
    const wide = parseQuote('about €100', { aboutMargin: '0.1' });
    expect([wide.interval.lo.toString(), wide.interval.hi.toString()]).toEqual(['90', '110']);
    const narrow = parseQuote('about €100', { aboutMargin: '0.001' });
    expect([narrow.interval.lo.toString(), narrow.interval.hi.toString()]).toEqual(['99.5', '100.5']);
    expect(
      expectIssue(() => parseQuote('about €100', { aboutMargin: '-0.1' }), 'invalid_quote', ['options', 'aboutMargin'])
        .message,
    ).toBe('[budget-whatif] options.aboutMargin: options.aboutMargin must not be negative, received -0.1');
  });

  it('hedges give open and closed ends as the words say', () => {
    expect(show(parseQuote('over €5').interval)).toBe('(5, Infinity)');
    expect(show(parseQuote('at least €5').interval)).toBe('[5, Infinity)');
    expect(show(parseQuote('up to €5').interval)).toBe('[0, 5]');
    expect(show(parseQuote('under €5').interval)).toBe('[0, 5)');
    expect(show(parseQuote('nearly €5').interval)).toBe('[4.5, 5)');
    expect(parseQuote('~ €5').hedge).toBe('about');
    expect(parseQuote('more  than €5').hedge).toBe('more-than');
    // A money quote's lower end is raised to 0, a percentage's is not; a positive one is left alone.
    expect(show(parseQuote('€0.4').interval)).toBe('[0.35, 0.45]');
    expect(show(parseQuote('€0').interval)).toBe('[0, 0.5]');
  });

  it('what is read: the figure of a range is its midpoint, magnitude and "of" are kept', () => {
    const range = parseQuote('5–6 million');
    expect([range.value.toString(), range.magnitude]).toEqual(['5500000', 'million']);
    const share = parseQuote('3.5% of  GDP ');
    expect(share.kind === 'percent' && share.of).toBe('GDP');
    expect('of' in parseQuote('3.5%')).toBe(false);
    expect('magnitude' in parseQuote('€5')).toBe(false);
    expect(parseQuote('\u00a0€1.1\u202fbillion\u2009').value.toString()).toBe('1100000000');
    // Trailing punctuation is not part of the number: it is left over, and named.
    expect(expectIssue(() => parseQuote('1,100.'), 'invalid_quote', ['text']).message).toBe(
      '[budget-whatif] text: could not read "1,100." as one figure: unexpected text at "."',
    );
    expect(expectIssue(() => parseQuote('5 to '), 'invalid_quote', ['text']).message).toContain(
      'expected the second number of a range',
    );
  });
});

describe('checkShare, contains, intersect, midpoint, formatInterval', () => {
  it('a claim in words or a percentage; the verdict by the edges of the two intervals', () => {
    expect(checkShare(money('1', 'EUR'), money('4', 'EUR'), 'one-quarter').verdict).toBe('consistent');
    expect(checkShare(money('1', 'EUR'), money('3', 'EUR'), 'a  third').verdict).toBe('consistent');
    expect(checkShare(money('1', 'EUR'), money('4', 'EUR'), '25%').verdict).toBe('consistent'); // exactly 0.25, in [24.5%, 25.5%]
    // The share is exactly [0.25, 0.25]: inside [0.25, 0.5], not inside (0.25, 0.5].
    expect(checkShare(money('1', 'EUR'), money('4', 'EUR'), interval('0.25', '0.5')).verdict).toBe('consistent');
    expect(checkShare(money('1', 'EUR'), money('4', 'EUR'), interval('0.25', '0.5', { loOpen: true })).verdict).toBe(
      'inconsistent',
    );
    expect(checkShare(money('1', 'EUR'), money('4', 'EUR'), interval('0.1', '0.25')).verdict).toBe('consistent');
    expect(checkShare(money('1', 'EUR'), money('4', 'EUR'), interval('0.1', '0.25', { hiOpen: true })).verdict).toBe(
      'inconsistent',
    );
    expect(checkShare(parseQuote('€1'), parseQuote('€4'), interval('0.2', '0.25')).verdict).toBe('undecidable');
    expect(
      expectIssue(() => checkShare(money('1', 'EUR'), money('4', 'USD'), '25%'), 'currency_mismatch', ['whole'])
        .message,
    ).toBe('[budget-whatif] whole: the part is in EUR and the whole in USD');
    expect(
      expectIssue(() => checkShare(money('1', 'EUR'), money('4', 'EUR'), '€5'), 'invalid_quote', ['claim']).message,
    ).toBe('[budget-whatif] claim: expected a share ("72%", "three quarters"), received "€5"');
  });

  it('errors of the other interval functions name what they refuse', () => {
    expect(
      expectIssue(() => contains(interval('1', '2'), money('1', 'EUR')), 'currency_mismatch', ['value']).message,
    ).toBe('[budget-whatif] value: cannot look for EUR in a plain interval');
    expect(
      expectIssue(() => contains(moneyInterval('1', '2', 'USD'), money('1', 'EUR')), 'currency_mismatch', ['value'])
        .message,
    ).toBe('[budget-whatif] value: cannot look for EUR in USD');
    expectIssue(() => contains(interval('1', '2'), 'x'), 'invalid_number', ['value']);
    expect(
      expectIssue(() => addIntervals(moneyInterval('1', '2', 'EUR'), interval('1', '2')), 'currency_mismatch', ['b'])
        .message,
    ).toContain('cannot combine EUR and a plain number');
    expect(
      expectIssue(
        () => multiplyIntervals(moneyInterval('1', '2', 'EUR'), moneyInterval('1', '2', 'EUR')),
        'currency_mismatch',
        ['b'],
      ).message,
    ).toBe('[budget-whatif] b: cannot multiply two amounts of money (EUR × EUR)');
    expect(
      expectIssue(() => divideIntervals(interval('1', '2'), moneyInterval('1', '2', 'EUR')), 'currency_mismatch', ['b'])
        .message,
    ).toBe('[budget-whatif] b: cannot divide a plain number by an amount of money (EUR)');
    expect(
      expectIssue(
        () => divideIntervals(interval('1', '2'), interval('-1', '1', { loOpen: true })),
        'division_by_zero',
        ['b'],
      ).message,
    ).toBe('[budget-whatif] b: cannot divide by an interval that contains zero: (-1, 1]');
    expect(expectIssue(() => midpoint(interval('1', null)), 'invalid_interval').message).toBe(
      '[budget-whatif] an unbounded interval has no midpoint: [1, Infinity)',
    );
    expect(expectIssue(() => interval('2', '1'), 'invalid_interval').message).toBe(
      '[budget-whatif] an interval needs its lower bound below its upper bound, received [2, 1]',
    );
    expect(expectIssue(() => interval('1', '1', { hiOpen: true }), 'invalid_interval').message).toBe(
      '[budget-whatif] an interval needs its lower bound below its upper bound, received [1, 1)',
    );
  });

  it('intersect: a shared end is open if either is open there; formatInterval shows every digit unless told', () => {
    expect(show(intersect(interval('1', '2', { hiOpen: true }), interval('0', '2')) ?? interval('0', '0'))).toBe(
      '[1, 2)',
    );
    expect(show(intersect(interval('1', '2'), interval('0', '2', { hiOpen: true })) ?? interval('0', '0'))).toBe(
      '[1, 2)',
    );
    expect(show(intersect(interval('1', '2'), interval('0', '2')) ?? interval('0', '0'))).toBe('[1, 2]');
    expect(formatInterval(interval('1.23456', '2'))).toBe('[1.23456, 2]');
    expect(formatInterval(interval('1.23456', '2'), { places: 2 })).toBe('[1.23, 2.00]');
    expect(decimal(1).toString()).toBe('1');
  });
});
