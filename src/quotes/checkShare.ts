import { D } from '../decimal/core';
import { fail, show } from '../errors/fail';
import { divideIntervals } from './divideIntervals';
import { intersect } from './intersect';
import { asMoneyInterval, type QuotedAmount } from './amounts';
import { parseQuote } from './parseQuote';
import type { Interval } from './types';
import { makeInterval } from './bounds';

/**
 * What {@link checkShare} concludes about a claim.
 *
 * - `consistent`: every reading of the figures gives a share the claim allows;
 * - `inconsistent`: no reading of the figures gives a share the claim allows;
 * - `undecidable`: some readings do and some do not: the rounding of the figures cannot settle it.
 *
 * @category Quotes
 * @example
 * ```ts
 * import type { ShareVerdict } from 'budget-whatif';
 * const verdict: ShareVerdict = 'undecidable';
 * ```
 */
export type ShareVerdict = 'consistent' | 'inconsistent' | 'undecidable';

/**
 * The result of {@link checkShare}.
 *
 * @category Quotes
 * @example
 * ```ts
 * import { checkShare, parseQuote, type ShareCheck } from 'budget-whatif';
 * const check: ShareCheck = checkShare(parseQuote('800 million euros'), parseQuote('€1.1 billion'), '72%');
 * check.verdict; // => 'undecidable'
 * ```
 */
export interface ShareCheck {
  /** The verdict; see {@link ShareVerdict}. */
  readonly verdict: ShareVerdict;
  /** The interval of `part / whole` over every reading of the figures. */
  readonly share: Interval;
  /** The interval the claim stands for (a point for words such as "three quarters"). */
  readonly claim: Interval;
}

// Fractions in words, taken as exact.
const FRACTIONS: Readonly<Record<string, string>> = {
  half: '0.5',
  'a half': '0.5',
  'one half': '0.5',
  'a third': '1/3',
  'one third': '1/3',
  'two thirds': '2/3',
  'a quarter': '0.25',
  'one quarter': '0.25',
  'three quarters': '0.75',
  'a fifth': '0.2',
  'one fifth': '0.2',
  'two fifths': '0.4',
  'three fifths': '0.6',
  'four fifths': '0.8',
};

/**
 * Check a claim about a share ("three quarters", "72%") against the figures it is a share of.
 *
 * The share is the interval quotient `part / whole` of the figures as quoted (see {@link parseQuote}
 * for what a rounded figure stands for); the claim is a percentage (read by {@link parseQuote}, so
 * "72%" is [71.5%, 72.5%]) or a fraction in words, taken as exact ("three quarters" is 0.75; "a third",
 * "two thirds", "half", "a quarter" and fifths are known).
 *
 * @param part - the part: a parsed money quote, a money interval, or Money.
 * @param whole - the whole, in the same currency.
 * @param claim - the claimed share: text, a parsed percentage, or an interval of fractions.
 * @returns the verdict with both intervals; see {@link ShareCheck}.
 * @throws {@link BudgetWhatIfError} `currency_mismatch` when part and whole differ in currency;
 *   `invalid_quote` for a claim that is not a share; `division_by_zero` when the whole may be zero.
 * @category Quotes
 * @example
 * ```ts
 * import { checkShare, parseQuote } from 'budget-whatif';
 * // BelTA: "Three quarters of the planned investments" go to mines; AFP: 800 million of 1.1 billion.
 * checkShare(parseQuote('800 million euros'), parseQuote('€1.1 billion'), 'three quarters').verdict; // => 'undecidable'
 * checkShare(parseQuote('800 million euros'), parseQuote('€1.1 billion'), '90%').verdict; // => 'inconsistent'
 * checkShare(parseQuote('800 million euros'), parseQuote('€1.1 billion'), '60–80%').verdict; // => 'consistent'
 * ```
 */
export function checkShare(part: QuotedAmount, whole: QuotedAmount, claim: string | Interval): ShareCheck {
  const partRange = asMoneyInterval(part, ['part']);
  const wholeRange = asMoneyInterval(whole, ['whole']);
  if (partRange.currency !== wholeRange.currency) {
    fail('currency_mismatch', `the part is in ${partRange.currency} and the whole in ${wholeRange.currency}`, [
      'whole',
    ]);
  }
  const share = divideIntervals(partRange, wholeRange);
  const claimed = typeof claim === 'string' ? claimInterval(claim) : claim;
  const common = intersect(share, claimed);
  let verdict: ShareVerdict;
  if (common === undefined) verdict = 'inconsistent';
  else if (inside(share, claimed)) verdict = 'consistent';
  else verdict = 'undecidable';
  return { verdict, share, claim: claimed };
}

function point(value: string): Interval {
  const exact = new D(value);
  return makeInterval(exact, exact, false, false);
}

function claimInterval(text: string): Interval {
  const words = text.trim().toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ');
  const fraction = FRACTIONS[words];
  if (fraction !== undefined) {
    // A third has no finite decimal: the claim is then the outward-rounded quotient, 40 digits wide.
    const [numerator = '1', denominator = '1'] = fraction.split('/');
    return divideIntervals(point(numerator), point(denominator));
  }
  const quote = parseQuote(text);
  if (quote.kind !== 'percent') {
    return fail('invalid_quote', `expected a share ("72%", "three quarters"), received ${show(text)}`, ['claim'], text);
  }
  return quote.interval;
}

/** Whether every value of `a` is in `b`. */
function inside(a: Interval, b: Interval): boolean {
  const loOk = a.lo.gt(b.lo) || (a.lo.eq(b.lo) && (!b.loOpen || a.loOpen));
  const hiOk = a.hi.lt(b.hi) || (a.hi.eq(b.hi) && (!b.hiOpen || a.hiOpen));
  return loOk && hiOk;
}
