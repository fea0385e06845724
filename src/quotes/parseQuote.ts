import { D, ZERO, type Decimal } from '../decimal/core';
import { toDecimal, type DecimalInput } from '../decimal/decimal';
import { fail } from '../errors/fail';
import { currencyOf, isCurrencyCode, type CurrencyCode } from '../money/currencies';
import { makeInterval, POSITIVE_INFINITY } from './bounds';
import type { Interval, MoneyInterval } from './types';

/**
 * How a quote qualifies its figure, normalised from the words that say it:
 *
 * | hedge | words | interval for the printed figure v (with half-unit h) |
 * | --- | --- | --- |
 * | (none) | | `[v − h, v + h]` |
 * | `about` | about, approximately, approx., around, roughly, some, circa, ca., ~ | `[v − h, v + h]`, or wider with `aboutMargin` |
 * | `more-than` | over, more than, above, in excess of | `(v, ∞)` |
 * | `at-least` | at least, no less than | `[v, ∞)` |
 * | `nearly` | nearly, almost, just under | `[v − h, v)`: just below the figure, within its printed precision |
 * | `less-than` | under, less than, below | `[0, v)` |
 * | `at-most` | up to, at most, no more than | `[0, v]` |
 *
 * @category Quotes
 * @example
 * ```ts
 * import { parseQuote, type QuoteHedge } from 'budget-whatif';
 * const hedge: QuoteHedge | undefined = parseQuote('nearly EUR 2.617 billion').hedge; // => 'nearly'
 * ```
 */
export type QuoteHedge = 'about' | 'more-than' | 'at-least' | 'nearly' | 'less-than' | 'at-most';

/**
 * The word for thousands, millions, billions or trillions in a quote (`bn`, `mn`, `m` and the like are read as these).
 *
 * @category Quotes
 * @example
 * ```ts
 * import { parseQuote, type Magnitude } from 'budget-whatif';
 * const magnitude: Magnitude | undefined = parseQuote('€17.56mn').magnitude; // => 'million'
 * ```
 */
export type Magnitude = 'thousand' | 'million' | 'billion' | 'trillion';

/**
 * What every parsed quote has. See {@link MoneyQuote}, {@link PercentQuote} and {@link NumberQuote}.
 *
 * @category Quotes
 * @example
 * ```ts
 * import { parseQuote, type QuoteCommon } from 'budget-whatif';
 * const common: QuoteCommon = parseQuote('€1.1 billion');
 * common.unit.toString(); // => '100000000'
 * ```
 */
export interface QuoteCommon {
  /** The text as given. */
  readonly text: string;
  /** The printed figure in base units (euros, not millions; a fraction for percentages: 5.38% is 0.0538). The midpoint for a range. */
  readonly value: Decimal;
  /** The place value of the last printed digit, in the same units: the figure stands for ±half of it. */
  readonly unit: Decimal;
  /** The magnitude word, when there is one. */
  readonly magnitude?: Magnitude;
  /** The hedge, normalised; absent for a bare figure. */
  readonly hedge?: QuoteHedge;
  /** The hedge's words as printed ("more than"). */
  readonly hedgeWord?: string;
  /** Whether the quote is a range ("5–6%"), whose ends are taken as stated. */
  readonly range: boolean;
}

/**
 * A quoted amount of money: `€1.1 billion`, `about 800 million euros`, `US$1.25bn`.
 *
 * @category Quotes
 * @example
 * ```ts
 * import { parseQuote } from 'budget-whatif';
 * const quote = parseQuote('about 800 million euros');
 * quote.kind === 'money' && quote.currency; // => 'EUR'
 * ```
 */
export interface MoneyQuote extends QuoteCommon {
  /** Discriminates the kinds of quote. */
  readonly kind: 'money';
  /** The ISO 4217 code the symbol or word stands for. */
  readonly currency: CurrencyCode;
  /** The amounts the quote stands for. */
  readonly interval: MoneyInterval;
}

/**
 * A quoted percentage: `5.38%`, `5–6%`, `3.5% of GDP`, `up to 1.5%`. Values are fractions (0.0538).
 *
 * @category Quotes
 * @example
 * ```ts
 * import { parseQuote } from 'budget-whatif';
 * const quote = parseQuote('3.5% of GDP');
 * quote.kind === 'percent' && quote.of; // => 'GDP'
 * ```
 */
export interface PercentQuote extends QuoteCommon {
  /** Discriminates the kinds of quote. */
  readonly kind: 'percent';
  /** The fractions the quote stands for. */
  readonly interval: Interval;
  /** What it is a percentage of, when the quote says ("GDP"). */
  readonly of?: string;
}

/**
 * A quoted plain number: `2.888 million` (inhabitants).
 *
 * @category Quotes
 * @example
 * ```ts
 * import { parseQuote } from 'budget-whatif';
 * parseQuote('2.888 million').value.toString(); // => '2888000'
 * ```
 */
export interface NumberQuote extends QuoteCommon {
  /** Discriminates the kinds of quote. */
  readonly kind: 'number';
  /** The numbers the quote stands for. */
  readonly interval: Interval;
}

/**
 * A parsed quote: money, a percentage or a plain number.
 *
 * @category Quotes
 * @example
 * ```ts
 * import { parseQuote, type ParsedQuote } from 'budget-whatif';
 * const quotes: ParsedQuote[] = ['€1.1 billion', '5.38%'].map((text) => parseQuote(text));
 * quotes.map((q) => q.kind); // => ['money', 'percent']
 * ```
 */
export type ParsedQuote = MoneyQuote | PercentQuote | NumberQuote;

/**
 * The {@link parseQuote} function options.
 *
 * @category Quotes
 * @example
 * ```ts
 * import type { ParseQuoteOptions } from 'budget-whatif';
 * const options: ParseQuoteOptions = { trailingZeros: 'not-significant', aboutMargin: '0.05' };
 * ```
 */
export interface ParseQuoteOptions {
  /**
   * Whether the trailing zeros of a whole number are significant. `'significant'` (default): "800
   * million" is [799.5, 800.5] million, as printed. `'not-significant'`: [750, 850] million.
   */
  readonly trailingZeros?: 'significant' | 'not-significant';
  /** The place value of the last significant digit, overriding the printed one, in the quote's base units (euros; a fraction for percentages). */
  readonly unit?: DecimalInput;
  /** What a bare `$` or "dollars" stands for. Default: `'USD'`. */
  readonly dollar?: CurrencyCode;
  /** For `about`-hedges: a relative margin (`"0.05"` = ±5%); the interval is the wider of this and the printed range. */
  readonly aboutMargin?: DecimalInput;
}

/**
 * Read a figure as newspapers and ministries print it, as the exact interval of values it stands for.
 *
 * **Precision rule.** A figure stands for ±half a unit of its last printed digit: "1.1 billion" is
 * [1.05, 1.15] billion, "905 million" is [904.5, 905.5] million. The trailing zeros of a whole number
 * count as printed ("800 million" is [799.5, 800.5] million) unless `trailingZeros: 'not-significant'`.
 * A range ("5–6%") stands for its ends as stated. **Hedges** widen or cut the interval; see
 * {@link QuoteHedge}. **Forms read:** `€1.1 billion`, `1.1 billion euros`, `EUR 1.1bn`, `$905 million`,
 * `US$1.25bn`, `€17.56mn`, `1,100 million euros`, `5.38%`, `5–6%`, `5 to 6 percent`, `3.5% of GDP`,
 * with the currencies €, $, US$, £, ¥, any ISO 4217 code, and the words euro(s), dollar(s), US dollars,
 * pound(s), zloty/złoty, yen. Anything else is an error that names what was not understood, never a guess.
 *
 * @param text - one figure, with its hedge and currency.
 * @param options - precision and currency conventions; see {@link ParseQuoteOptions}.
 * @returns the figure, its kind, currency, interval, unit and hedge.
 * @throws {@link BudgetWhatIfError} `invalid_quote` (path `text`) for text that is not one figure we can read.
 * @category Quotes
 * @example
 * ```ts
 * import { parseQuote } from 'budget-whatif';
 * const plan = parseQuote('€1.1 billion');
 * [plan.interval.lo.toString(), plan.interval.hi.toString()]; // => ['1050000000', '1150000000']
 * parseQuote('800 million euros').interval.lo.toString(); // => '799500000'
 * parseQuote('800 million euros', { trailingZeros: 'not-significant' }).interval.lo.toString(); // => '750000000'
 * parseQuote('over €800 million').interval.loOpen; // => true
 * parseQuote('5–6%').interval.hi.toString(); // => '0.06'
 * parseQuote('1,1 mlrd. eurų'); // throws: invalid_quote
 * ```
 */
export function parseQuote(text: string, options: ParseQuoteOptions = {}): ParsedQuote {
  if (typeof text !== 'string') return fail('invalid_quote', 'expected the quote as a string', ['text'], text);
  if (text.length > MAX_QUOTE_LENGTH)
    return fail(
      'input_too_large',
      `a quote is one figure, at most ${String(MAX_QUOTE_LENGTH)} characters; this text has ${String(text.length)}`,
      ['text'],
      text,
    );
  const scanner = new Scanner(text);
  const hedgeMatch = scanner.take(HEDGE);
  const hedgeWord = hedgeMatch?.[1]?.toLowerCase() ?? (hedgeMatch === undefined ? undefined : '~');
  const hedge = hedgeWord === undefined ? undefined : HEDGES[hedgeWord.replace(/\s+/g, ' ')];

  const dollar = options.dollar === undefined ? 'USD' : currencyOf(options.dollar, ['options', 'dollar']).code;
  let currency = readPrefixCurrency(scanner, dollar);
  const first = scanner.number();
  if (first === undefined) {
    if (scanner.rest() === '') return scanner.fail('there is no figure in it');
    if (scanner.peek(DECIMAL_COMMA) !== undefined)
      return scanner.fail('expected a number with a decimal point (2.4, not 2,4)');
    return scanner.fail('expected a number');
  }
  let percent = scanner.take(PERCENT_SIGN) !== undefined;
  let second: string | undefined;
  if (scanner.take(RANGE_DASH) !== undefined) {
    const again = readPrefixCurrency(scanner, dollar);
    if (again !== undefined && currency !== undefined && again !== currency)
      scanner.fail('two currencies in one range');
    currency ??= again;
    second = scanner.number() ?? scanner.fail('expected the second number of a range');
  }
  const magnitudeMatch = scanner.take(MAGNITUDE);
  const magnitude = magnitudeMatch === undefined ? undefined : MAGNITUDES[magnitudeMatch[1] as string];
  if ((second !== undefined || !percent) && scanner.take(PERCENT_WORD) !== undefined) percent = true;
  const suffix = readSuffixCurrency(scanner, dollar);
  if (suffix !== undefined) {
    if (currency !== undefined && suffix !== currency) scanner.fail(`two currencies (${currency} and ${suffix})`);
    currency = suffix;
  }
  const of = scanner.take(OF)?.[1]?.trim();
  if (!scanner.done()) scanner.fail('unexpected text');

  if (percent && currency !== undefined)
    scanner.failWhole('a figure cannot be both a percentage and an amount of money');
  if (percent && magnitude !== undefined) scanner.failWhole('a percentage cannot have a magnitude word');
  if (of !== undefined && !percent) scanner.failWhole(`"of ${of}" only follows a percentage`);
  if (second !== undefined && hedge !== undefined && hedge !== 'about') {
    scanner.failWhole(`a range cannot be hedged with "${hedgeWord ?? ''}"`);
  }

  // From the printed digits to base units: magnitude words multiply, percent divides by 100.
  const scale = (magnitude === undefined ? ONE : MULTIPLIERS[magnitude]).div(percent ? 100 : 1);
  const firstDigits = first.replaceAll(',', '');
  const low = toDecimal(firstDigits, ['text']).times(scale);
  const printedUnit = placeOfLastDigit(firstDigits, options.trailingZeros);
  let value = low;
  let unit = printedUnit.times(scale);
  let range: Interval;
  if (second === undefined) {
    if (options.unit !== undefined) unit = unitOf(options.unit);
    range = hedged(low, unit, hedge, options.aboutMargin);
  } else {
    const secondDigits = second.replaceAll(',', '');
    const high = toDecimal(secondDigits, ['text']).times(scale);
    if (!high.gt(low)) scanner.failWhole('the second number of a range must be above the first');
    const secondUnit = placeOfLastDigit(secondDigits, options.trailingZeros).times(scale);
    unit = options.unit === undefined ? (secondUnit.lt(unit) ? secondUnit : unit) : unitOf(options.unit);
    value = low.plus(high).div(2);
    range = makeInterval(low, high, false, false);
  }

  const common = {
    text,
    value,
    unit,
    range: second !== undefined,
    ...(magnitude === undefined ? {} : { magnitude }),
    ...(hedge === undefined ? {} : { hedge, hedgeWord: hedgeWord ?? '' }),
  };
  // An amount of money is never below zero: "€0 million" is [0, €0.5 million], not [−0.5, 0.5] million.
  if (currency !== undefined)
    return { ...common, kind: 'money', currency, interval: { ...notNegative(range), currency } };
  if (percent) return { ...common, kind: 'percent', interval: range, ...(of === undefined ? {} : { of }) };
  return { ...common, kind: 'number', interval: range };
}

const ONE = new D(1);

// Hedges, longest first so that "more than" is not read as "more".
const HEDGES: Readonly<Record<string, QuoteHedge>> = {
  about: 'about',
  approximately: 'about',
  'approx.': 'about',
  approx: 'about',
  around: 'about',
  roughly: 'about',
  some: 'about',
  circa: 'about',
  'ca.': 'about',
  '~': 'about',
  over: 'more-than',
  'more than': 'more-than',
  above: 'more-than',
  'in excess of': 'more-than',
  'at least': 'at-least',
  'no less than': 'at-least',
  nearly: 'nearly',
  almost: 'nearly',
  'just under': 'nearly',
  under: 'less-than',
  'less than': 'less-than',
  below: 'less-than',
  'up to': 'at-most',
  'at most': 'at-most',
  'no more than': 'at-most',
};
const HEDGE_WORDS = Object.keys(HEDGES)
  .filter((word) => word !== '~')
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace('.', '\\.').replace(' ', '\\s+'));
const HEDGE = new RegExp(`(?:(${HEDGE_WORDS.join('|')})(?=\\s|[$€£¥~]|US\\$|[A-Z]{3})\\s*|~\\s*)`, 'iy');

/** The longest text {@link parseQuote} reads: a quote is one figure and its words. */
const MAX_QUOTE_LENGTH = 200;

// A number is a run of digits, commas and points (read whole, in one pass: a pattern that backtracks over
// the digits would take quadratic time on a long run) that, without trailing punctuation, is digits with
// optional thousands separators and decimals.
const NUMBER_RUN = /[\d,.]+/y;
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DECIMAL_COMMA = /\d+,\d{1,2}(?!\d)/y;
const PERCENT_SIGN = /\s*%/y;
const RANGE_DASH = /\s*(?:–|—|-|to)\s*/y;
const MAGNITUDE = /\s*(thousand|million|billion|trillion|mln|mn|bln|bn|trn|tn|k|m|b|t)(?![\p{L}\d])\.?/iuy;
const PERCENT_WORD = /\s*(?:%|percent|per\s+cent|pct)(?![\p{L}])/iuy;
const OF = /\s+of\s+(\S.*)$/iy;

const MAGNITUDES: Readonly<Record<string, Magnitude>> = Object.fromEntries(
  (
    [
      ['thousand', 'thousand'],
      ['k', 'thousand'],
      ['million', 'million'],
      ['mln', 'million'],
      ['mn', 'million'],
      ['m', 'million'],
      ['billion', 'billion'],
      ['bln', 'billion'],
      ['bn', 'billion'],
      ['b', 'billion'],
      ['trillion', 'trillion'],
      ['trn', 'trillion'],
      ['tn', 'trillion'],
      ['t', 'trillion'],
    ] as const
  ).flatMap(([word, magnitude]) => [
    [word, magnitude],
    [word.toUpperCase(), magnitude],
    [`${word.charAt(0).toUpperCase()}${word.slice(1)}`, magnitude],
  ]),
);
const MULTIPLIERS: Readonly<Record<Magnitude, Decimal>> = {
  thousand: new D('1e3'),
  million: new D('1e6'),
  billion: new D('1e9'),
  trillion: new D('1e12'),
};

const SYMBOL = /(US\$|\$|€|£|¥)\s*/y;
const CODE_PREFIX = /([A-Z]{3})(?=\s*\d)\s*/y;
const SYMBOLS: Readonly<Record<string, CurrencyCode | 'dollar'>> = {
  US$: 'USD',
  $: 'dollar',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
};
const CURRENCY_WORD =
  /\s*(U\.?S\.?\s+dollars?|dollars?|euros?|pounds?(?:\s+sterling)?|sterling|z[lł]oty(?:s|ch)?|yen|swiss\s+francs?|zł|[A-Z]{3})(?![\p{L}])/iuy;

function readPrefixCurrency(scanner: Scanner, dollar: CurrencyCode): CurrencyCode | undefined {
  const symbol = scanner.take(SYMBOL);
  if (symbol !== undefined) {
    const code = SYMBOLS[symbol[1] as string];
    return code === 'dollar' ? dollar : code;
  }
  const code = scanner.peek(CODE_PREFIX);
  if (code !== undefined) {
    if (!isCurrencyCode(code[1])) scanner.fail(`"${String(code[1])}" is not an ISO 4217 currency code we know`);
    scanner.take(CODE_PREFIX);
    return code[1];
  }
  return undefined;
}

function readSuffixCurrency(scanner: Scanner, dollar: CurrencyCode): CurrencyCode | undefined {
  const match = scanner.peek(CURRENCY_WORD);
  if (match === undefined) return undefined;
  const word = (match[1] as string).toLowerCase().replace(/\s+/g, ' ');
  let code: CurrencyCode | undefined;
  if (/^u\.?s\.? dollars?$/.test(word)) code = 'USD';
  else if (word.startsWith('dollar')) code = dollar;
  else if (word.startsWith('euro')) code = 'EUR';
  else if (word.startsWith('pound') || word === 'sterling') code = 'GBP';
  else if (word.startsWith('zloty') || word.startsWith('złoty') || word === 'zł') code = 'PLN';
  else if (word === 'yen') code = 'JPY';
  else if (word.startsWith('swiss')) code = 'CHF';
  else if (/^[A-Z]{3}$/.test(match[1] as string)) {
    if (!isCurrencyCode(match[1])) scanner.fail(`"${String(match[1])}" is not an ISO 4217 currency code we know`);
    code = match[1];
  } else {
    return undefined; // a lower-case three-letter word is not a code: left for the error about unexpected text
  }
  scanner.take(CURRENCY_WORD);
  return code;
}

/** The place value of the last printed digit: 0.1 for "1.1", 1 for "905", 100 for "800" with insignificant zeros. */
function placeOfLastDigit(digits: string, trailingZeros: ParseQuoteOptions['trailingZeros']): Decimal {
  const dot = digits.indexOf('.');
  if (dot >= 0) return new D(`1e-${String(digits.length - dot - 1)}`);
  const setting: unknown = trailingZeros; // checked: it may come from JSON or untyped code
  if (setting === 'not-significant') {
    const zeros = digits.length - digits.replace(/0+$/, '').length;
    if (zeros > 0 && zeros < digits.length) return new D(`1e${String(zeros)}`);
  } else if (setting !== undefined && setting !== 'significant') {
    fail(
      'invalid_quote',
      `trailingZeros must be "significant" or "not-significant", received ${JSON.stringify(trailingZeros)}`,
      ['options', 'trailingZeros'],
    );
  }
  return ONE;
}

function hedged(
  value: Decimal,
  unit: Decimal,
  hedge: QuoteHedge | undefined,
  aboutMargin: DecimalInput | undefined,
): Interval {
  const half = unit.div(2);
  switch (hedge) {
    case undefined:
      return makeInterval(value.minus(half), value.plus(half), false, false);
    case 'about': {
      let lo = value.minus(half);
      let hi = value.plus(half);
      if (aboutMargin !== undefined) {
        const margin = notNegativeOption(toDecimal(aboutMargin, ['options', 'aboutMargin']), 'options.aboutMargin');
        const relative = value.times(margin);
        if (value.minus(relative).lt(lo)) lo = value.minus(relative);
        if (value.plus(relative).gt(hi)) hi = value.plus(relative);
      }
      return makeInterval(lo, hi, false, false);
    }
    case 'more-than':
      return makeInterval(value, POSITIVE_INFINITY, true, true);
    case 'at-least':
      return makeInterval(value, POSITIVE_INFINITY, false, true);
    case 'nearly':
      return makeInterval(value.minus(half), value, false, true);
    case 'less-than':
      if (value.isZero()) return fail('invalid_quote', '"less than 0" leaves no non-negative value', ['text']);
      return makeInterval(ZERO, value, false, true);
    case 'at-most':
      return makeInterval(ZERO, value, false, false);
  }
}

/** An interval with its lower end raised to 0 where it was below: amounts of money are not negative. */
function notNegative(interval: Interval): Interval {
  return interval.lo.isNegative() && !interval.lo.isZero()
    ? makeInterval(ZERO, interval.hi, false, interval.hiOpen)
    : interval;
}

/** `options.unit`: the place value of the last significant digit, above 0 (a unit of 0 would make "nearly" empty). */
function unitOf(unit: DecimalInput): Decimal {
  const value = toDecimal(unit, ['options', 'unit']);
  if (!value.gt(0))
    fail('invalid_quote', `options.unit must be above 0, received ${value.toString()}`, ['options', 'unit'], unit);
  return value;
}

function notNegativeOption(value: Decimal, name: string): Decimal {
  if (!value.gte(0))
    fail('invalid_quote', `${name} must not be negative, received ${value.toString()}`, name.split('.'));
  return value;
}

/** A cursor over the quote's text that reads tokens with sticky regular expressions. */
class Scanner {
  private position = 0;
  private readonly source: string;

  constructor(private readonly text: string) {
    // No-break and thin spaces, as newspapers print them, are spaces.
    this.source = text.replace(/[\u00a0\u2009\u202f]/g, ' ').trim();
  }

  /** A number's digits, or `undefined` (nothing read) where the text there is not one number. */
  number(): string | undefined {
    const run = this.peek(NUMBER_RUN)?.[0];
    if (run === undefined) return undefined;
    const digits = run.replace(/[,.]+$/, '');
    if (!NUMBER.test(digits)) return undefined;
    this.position += digits.length;
    return digits;
  }

  take(pattern: RegExp): RegExpExecArray | undefined {
    const match = this.peek(pattern);
    if (match !== undefined) this.position += match[0].length;
    return match;
  }

  peek(pattern: RegExp): RegExpExecArray | undefined {
    pattern.lastIndex = this.position;
    return pattern.exec(this.source) ?? undefined;
  }

  rest(): string {
    return this.source.slice(this.position).trim();
  }

  done(): boolean {
    return this.rest() === '';
  }

  fail(reason: string): never {
    const rest = this.rest();
    const where = rest === '' ? '' : ` at ${JSON.stringify(rest)}`;
    return fail(
      'invalid_quote',
      `could not read ${JSON.stringify(this.text)} as one figure: ${reason}${where}`,
      ['text'],
      this.text,
    );
  }

  failWhole(reason: string): never {
    return fail(
      'invalid_quote',
      `could not read ${JSON.stringify(this.text)} as one figure: ${reason}`,
      ['text'],
      this.text,
    );
  }
}
