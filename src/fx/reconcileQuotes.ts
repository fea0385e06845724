import { ONE } from '../decimal/core';
import { fail } from '../errors/fail';
import { makeInterval } from '../quotes/bounds';
import { divideIntervals } from '../quotes/divideIntervals';
import { intersect } from '../quotes/intersect';
import type { RateInterval } from '../quotes/types';
import type { QuotedAmount } from '../quotes/amounts';
import { impliedRate } from './impliedRate';

/**
 * One pair of quotes of the same amount in two currencies, for {@link reconcileQuotes}.
 *
 * @category Exchange rates
 * @example
 * ```ts
 * import { parseQuote, type QuotePair } from 'budget-whatif';
 * const plan: QuotePair = { label: 'the plan', a: parseQuote('1.1 billion euros'), b: parseQuote('$1.2 billion') };
 * ```
 */
export interface QuotePair {
  /** A name for the pair in the result. Default: `pair 1`, `pair 2`, … */
  readonly label?: string;
  /** The amount in one currency. */
  readonly a: QuotedAmount;
  /** The same amount in another. */
  readonly b: QuotedAmount;
}

/**
 * The result of {@link reconcileQuotes}: each pair's implied rate and either their common interval or the
 * pairs that disagree.
 *
 * @category Exchange rates
 * @example
 * ```ts
 * import { parseQuote, reconcileQuotes, type Reconciliation } from 'budget-whatif';
 * const result: Reconciliation = reconcileQuotes([{ a: parseQuote('€1.1 billion'), b: parseQuote('$1.2 billion') }]);
 * result.consistent; // => true
 * ```
 */
export type Reconciliation =
  | {
      /** Every pair's interval overlaps every other's. */
      readonly consistent: true;
      /** Each pair with its implied rate, all in the orientation of the first pair. */
      readonly pairs: readonly ReconciledPair[];
      /** The rates consistent with every pair. */
      readonly intersection: RateInterval;
    }
  | {
      /** Some pairs imply rates that no single rate satisfies. */
      readonly consistent: false;
      /** Each pair with its implied rate, all in the orientation of the first pair. */
      readonly pairs: readonly ReconciledPair[];
      /** The pairs (by index into `pairs`) whose intervals do not overlap. */
      readonly conflicts: readonly (readonly [number, number])[];
    };

/**
 * A pair of quotes with the rate it implies.
 *
 * @category Exchange rates
 * @example
 * ```ts
 * import { parseQuote, reconcileQuotes, type ReconciledPair } from 'budget-whatif';
 * const [first]: readonly ReconciledPair[] = reconcileQuotes([{ a: parseQuote('€1.1 billion'), b: parseQuote('$1.2 billion') }]).pairs;
 * first?.label; // => 'pair 1'
 * ```
 */
export interface ReconciledPair {
  /** The pair's label. */
  readonly label: string;
  /** The rates under which the pair's two quotes agree. */
  readonly rate: RateInterval;
}

/**
 * Check whether several pairs of quotes ("1.1 billion euros ($1.2 billion)", "800 million euros ($905
 * million)") could all have been converted at one exchange rate.
 *
 * Each pair implies an interval of rates ({@link impliedRate}); pairs in the reverse orientation are
 * inverted to the first pair's. If every interval overlaps every other, their intersection is the set of
 * rates the writer may have used; otherwise the result lists the pairs that disagree.
 *
 * @param pairs - at least one pair, all of the same two currencies.
 * @returns the reconciliation; see {@link Reconciliation}.
 * @throws {@link BudgetWhatIfError} `empty_input` for no pairs; `currency_mismatch` when a pair is not in
 *   the first pair's two currencies.
 * @category Exchange rates
 * @example
 * ```ts
 * import { parseQuote, reconcileQuotes } from 'budget-whatif';
 * const result = reconcileQuotes([
 *   { label: 'plan', a: parseQuote('1.1 billion euros'), b: parseQuote('$1.2 billion') },
 *   { label: 'mines', a: parseQuote('800 million euros'), b: parseQuote('$905 million') },
 * ]);
 * result.consistent && result.intersection.lo.toDecimalPlaces(5).toString(); // => '1.12992'
 * ```
 */
export function reconcileQuotes(pairs: readonly QuotePair[]): Reconciliation {
  if (pairs.length === 0) return fail('empty_input', 'expected at least one pair of quotes', ['pairs']);
  const reconciled: ReconciledPair[] = [];
  pairs.forEach((pair, i) => {
    const label = pair.label ?? `pair ${String(i + 1)}`;
    let rate = impliedRate(pair.a, pair.b);
    const first = reconciled[0]?.rate;
    if (first !== undefined && (rate.base !== first.base || rate.quote !== first.quote)) {
      if (rate.base === first.quote && rate.quote === first.base) {
        const one = makeInterval(ONE, ONE, false, false);
        rate = { ...divideIntervals(one, rate), base: first.base, quote: first.quote };
      } else {
        fail(
          'currency_mismatch',
          `${label} is ${rate.base}/${rate.quote}, the first pair ${first.base}/${first.quote}`,
          ['pairs', i],
        );
      }
    }
    reconciled.push({ label, rate });
  });
  const conflicts: (readonly [number, number])[] = [];
  for (let i = 0; i < reconciled.length; i++) {
    for (let j = i + 1; j < reconciled.length; j++) {
      if (intersect((reconciled[i] as ReconciledPair).rate, (reconciled[j] as ReconciledPair).rate) === undefined) {
        conflicts.push([i, j]);
      }
    }
  }
  if (conflicts.length > 0) return { consistent: false, pairs: reconciled, conflicts };
  const firstRate = (reconciled[0] as ReconciledPair).rate;
  let common = firstRate as Parameters<typeof intersect>[0];
  for (const pair of reconciled.slice(1)) {
    // Pairwise overlaps of intervals on a line imply a common point (Helly's theorem in one dimension).
    common = intersect(common, pair.rate) ?? common;
  }
  return {
    consistent: true,
    pairs: reconciled,
    intersection: {
      lo: common.lo,
      hi: common.hi,
      loOpen: common.loOpen,
      hiOpen: common.hiOpen,
      base: firstRate.base,
      quote: firstRate.quote,
    },
  };
}
