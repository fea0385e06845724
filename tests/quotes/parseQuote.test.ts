import { describe, expect, it } from 'vitest';
import { parseQuote } from '../../src/index';
import { expectIssue } from '../helpers/errors';
import { show } from '../helpers/intervals';

// Expected intervals worked out by hand from the precision rule: ±half a unit of the last printed digit.
describe('parseQuote reads the forms newspapers and ministries print', () => {
  it.each([
    // money, bare
    ['€1.1 billion', 'EUR', '[1050000000, 1150000000]'],
    ['1.1 billion euros', 'EUR', '[1050000000, 1150000000]'],
    ['EUR 1.1bn', 'EUR', '[1050000000, 1150000000]'],
    ['$905 million', 'USD', '[904500000, 905500000]'],
    ['$1.2 billion', 'USD', '[1150000000, 1250000000]'],
    ['US$1.25bn', 'USD', '[1245000000, 1255000000]'],
    ['€17.56mn', 'EUR', '[17555000, 17565000]'],
    ['EUR 4.79 billion', 'EUR', '[4785000000, 4795000000]'],
    ['800 million euros', 'EUR', '[799500000, 800500000]'],
    ['€800m', 'EUR', '[799500000, 800500000]'],
    ['€ 800 mln', 'EUR', '[799500000, 800500000]'],
    ['1,100 million euros', 'EUR', '[1099500000, 1100500000]'],
    ['£3bn', 'GBP', '[2500000000, 3500000000]'],
    ['PLN 200 billion', 'PLN', '[199500000000, 200500000000]'],
    ['200 billion Złotys', 'PLN', '[199500000000, 200500000000]'],
    ['1.1 billion EUR', 'EUR', '[1050000000, 1150000000]'],
    ['424.5 million euros', 'EUR', '[424450000, 424550000]'],
    ['€2.4 billion', 'EUR', '[2350000000, 2450000000]'],
    ['€600 thousand', 'EUR', '[599500, 600500]'],
    ['¥1.5 trillion', 'JPY', '[1450000000000, 1550000000000]'],
    ['536 million US dollars', 'USD', '[535500000, 536500000]'],
    ['$1.2\u00a0billion', 'USD', '[1150000000, 1250000000]'],
    // money, hedged
    ['about 800 million euros', 'EUR', '[799500000, 800500000]'],
    ['approximately 1.1 billion euros', 'EUR', '[1050000000, 1150000000]'],
    ['roughly $907 million', 'USD', '[906500000, 907500000]'],
    ['around €1.1bn', 'EUR', '[1050000000, 1150000000]'],
    ['over €800 million', 'EUR', '(800000000, Infinity)'],
    ['more than €1.1 billion', 'EUR', '(1100000000, Infinity)'],
    ['above $1 billion', 'USD', '(1000000000, Infinity)'],
    ['at least €3 billion', 'EUR', '[3000000000, Infinity)'],
    ['nearly EUR 2.617 billion', 'EUR', '[2616500000, 2617000000)'],
    ['almost €1.8 billion', 'EUR', '[1750000000, 1800000000)'],
    ['under €600 million', 'EUR', '[0, 600000000)'],
    ['less than $1 billion', 'USD', '[0, 1000000000)'],
    ['up to €189 million', 'EUR', '[0, 189000000]'],
    ['~€1bn', 'EUR', '[500000000, 1500000000]'],
    ['€1–1.2 billion', 'EUR', '[1000000000, 1200000000]'],
  ])('%s → %s %s', (text, currency, expected) => {
    const quote = parseQuote(text);
    expect(quote.kind).toBe('money');
    expect(quote.kind === 'money' ? quote.currency : undefined).toBe(currency);
    expect(show(quote.interval)).toBe(expected);
  });

  it.each([
    ['5.38%', '[0.05375, 0.05385]'],
    ['5–6%', '[0.05, 0.06]'],
    ['5-6%', '[0.05, 0.06]'],
    ['5%–6%', '[0.05, 0.06]'],
    ['5 to 6 percent', '[0.05, 0.06]'],
    ['3.5% of GDP', '[0.0345, 0.0355]'],
    ['up to 1.5%', '[0, 0.015]'],
    ['at least 3%', '[0.03, Infinity)'],
    ['2.95 per cent', '[0.02945, 0.02955]'],
    ['10 %', '[0.095, 0.105]'],
    ['less than 2%', '[0, 0.02)'],
  ])('%s → %s (a fraction)', (text, expected) => {
    const quote = parseQuote(text);
    expect(quote.kind).toBe('percent');
    expect(show(quote.interval)).toBe(expected);
  });

  it('reads a plain number', () => {
    const quote = parseQuote('2.888 million');
    expect(quote.kind).toBe('number');
    expect(show(quote.interval)).toBe('[2887500, 2888500]');
  });
});

describe('parseQuote returns the parts of the quote', () => {
  it('value, unit, magnitude, hedge and text', () => {
    const quote = parseQuote('about 800 million euros');
    expect(quote.value.toString()).toBe('800000000');
    expect(quote.unit.toString()).toBe('1000000');
    expect(quote.magnitude).toBe('million');
    expect(quote.hedge).toBe('about');
    expect(quote.hedgeWord).toBe('about');
    expect(quote.text).toBe('about 800 million euros');
    expect(quote.range).toBe(false);
  });

  it('what a percentage is of', () => {
    const quote = parseQuote('4.8% of gross domestic product');
    expect(quote.kind === 'percent' ? quote.of : undefined).toBe('gross domestic product');
  });

  it('the midpoint of a range as its value', () => {
    const quote = parseQuote('5–6%');
    expect(quote.value.toString()).toBe('0.055');
    expect(quote.range).toBe(true);
  });

  it('a bare figure has no hedge', () => {
    expect(parseQuote('€1.1 billion').hedge).toBeUndefined();
    expect('hedge' in parseQuote('€1.1 billion')).toBe(false);
  });
});

describe('parseQuote options', () => {
  it('treats trailing zeros as not significant on request', () => {
    expect(show(parseQuote('800 million euros', { trailingZeros: 'not-significant' }).interval)).toBe(
      '[750000000, 850000000]',
    );
    expect(show(parseQuote('1100000000 euros', { trailingZeros: 'not-significant' }).interval)).toBe(
      '[1050000000, 1150000000]',
    );
    // Decimals are always significant.
    expect(show(parseQuote('1.10 billion euros', { trailingZeros: 'not-significant' }).interval)).toBe(
      '[1095000000, 1105000000]',
    );
  });

  it('takes an explicit unit', () => {
    expect(show(parseQuote('800 million euros', { unit: '10000000' }).interval)).toBe('[795000000, 805000000]');
  });

  it('widens about-hedges by a relative margin', () => {
    expect(show(parseQuote('about €800 million', { aboutMargin: '0.05' }).interval)).toBe('[760000000, 840000000]');
    // The printed range wins when it is wider.
    expect(show(parseQuote('about €1 billion', { aboutMargin: '0.01' }).interval)).toBe('[500000000, 1500000000]');
    // Only about-hedges are widened.
    expect(show(parseQuote('€800 million', { aboutMargin: '0.05' }).interval)).toBe('[799500000, 800500000]');
  });

  it('reads $ as another dollar on request', () => {
    const quote = parseQuote('$100 million', { dollar: 'CAD' });
    expect(quote.kind === 'money' ? quote.currency : undefined).toBe('CAD');
  });

  it('rejects bad options', () => {
    expectIssue(() => parseQuote('€1', { trailingZeros: 'maybe' as never }), 'invalid_quote', [
      'options',
      'trailingZeros',
    ]);
    expectIssue(() => parseQuote('€1', { dollar: 'XYZ' }), 'unknown_currency', ['options', 'dollar']);
    expectIssue(() => parseQuote('€1', { unit: '-1' }), 'invalid_quote', ['options', 'unit']);
  });
});

describe('parseQuote refuses to guess', () => {
  it.each([
    ['', /there is no figure/],
    ['   ', /there is no figure/],
    ['euros', /expected a number at "euros"/],
    ['about', /expected a number/],
    ['€€5', /expected a number at "€5"/],
    ['five million euros', /expected a number/],
    ['1,1 mlrd. eurų', /decimal point \(2\.4, not 2,4\)/],
    ['EUR 2,4 billion', /decimal point/],
    ['1.1 billion euros ($1.2 billion)', /unexpected text at "\(\$1\.2 billion\)"/],
    ['5.38%%', /unexpected text at "%"/],
    ['XYZ 5', /"XYZ" is not an ISO 4217 currency code/],
    ['€5 USD', /two currencies \(EUR and USD\)/],
    ['1.1.1 billion', /expected a number/],
    ['€5% ', /both a percentage and an amount of money/],
    ['5% billion', /a percentage cannot have a magnitude word/],
    ['€800m of', /unexpected text at "of"/],
    ['1,10 billion', /expected a number/],
    ['6–5%', /second number of a range must be above the first/],
    ['over 5–6%', /a range cannot be hedged with "over"/],
    ['€1.1 gazillion', /unexpected text at "gazillion"/],
    ['less than 0%', /no non-negative value/],
    ['-€5 million', /expected a number/],
    ['€800 million of GDP', /only follows a percentage/],
  ])('rejects %j', (text, message) => {
    const error = expectIssue(() => parseQuote(text), 'invalid_quote', ['text']);
    expect(error.message).toMatch(message);
  });

  it('rejects a value that is not a string', () => {
    expectIssue(() => parseQuote(42 as never), 'invalid_quote', ['text']);
  });

  it('names the text and the place it stopped understanding', () => {
    expect(() => parseQuote('1,1 mlrd. eurų')).toThrowErrorMatchingInlineSnapshot(
      `[BudgetWhatIfError: [budget-whatif] text: could not read "1,1 mlrd. eurų" as one figure: expected a number with a decimal point (2.4, not 2,4) at "1,1 mlrd. eurų"]`,
    );
  });
});
