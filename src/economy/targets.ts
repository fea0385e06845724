import type { Decimal } from '../decimal/core';
import type { FractionInput } from '../decimal/fraction';
import { fail, show, type Path } from '../errors/fail';
import { isMoney, makeMoney, type Money } from '../money/core';
import { checkedShare } from './shares';
import type { Source } from '../sources/Source';
import { checkYear } from '../series/years';

/**
 * What spending a target is about, following The Hague 2025 declaration's split: core `defence`
 * (NATO's definition of defence expenditure), `defence-related` spending (infrastructure, resilience,
 * industry), or both together.
 *
 * @category Economy
 * @example
 * ```ts
 * import type { TargetCategory } from 'budget-whatif';
 * const core: TargetCategory = 'defence';
 * ```
 */
export type TargetCategory = 'defence' | 'defence-related' | 'defence-and-related';

/**
 * One category of spending that counts towards a target: core `defence` or `defence-related` spending.
 *
 * @category Economy
 * @example
 * ```ts
 * import type { SpendingCategory } from 'budget-whatif';
 * const related: SpendingCategory = 'defence-related';
 * ```
 */
export type SpendingCategory = 'defence' | 'defence-related';

/**
 * What a target asks, read from its words:
 *
 * - `floor`: spending of at least `atLeast` ("at least 3.5%", "2%");
 * - `ceiling`: at most `atMost` (a cap on what may be spent);
 * - `band`: both (Lithuania's "from 5 to 6 percent");
 * - `counting-limit`: not a target to meet but a limit on how much of a category **counts** towards
 *   another (The Hague's "account for up to 1.5%"): spending beyond it is allowed, it just does not count.
 *
 * @category Economy
 * @example
 * ```ts
 * import { getTarget, type TargetRule } from 'budget-whatif';
 * const rule: TargetRule = getTarget('nato-hague-related-1.5pct').rule; // => 'counting-limit'
 * ```
 */
export type TargetRule = 'floor' | 'ceiling' | 'band' | 'counting-limit';

/**
 * How one category of spending counts towards a target: in full, or only up to a share of GDP (or an
 * amount), as The Hague's 5% counts related spending up to 1.5% of GDP.
 *
 * @typeParam TValue - a share (Decimal, or any fraction input when written) or Money.
 * @category Economy
 * @example
 * ```ts
 * import type { TargetCount } from 'budget-whatif';
 * const relatedUpTo: TargetCount<string> = { category: 'defence-related', upTo: '1.5%' };
 * ```
 */
export interface TargetCount<TValue> {
  /** The category. */
  readonly category: SpendingCategory;
  /** At most this much of it counts: a share of GDP or an amount. Default: all of it. */
  readonly upTo?: TValue;
}

/**
 * Where a target's straight path starts: a year and the share of GDP (or amount) then.
 *
 * @typeParam TValue - a share (Decimal, or any decimal input when written) or Money.
 * @category Economy
 * @example
 * ```ts
 * import type { TargetStart } from 'budget-whatif';
 * const from2025: TargetStart<string> = { year: 2025, value: '0.025' };
 * ```
 */
export interface TargetStart<TValue> {
  /** The year the path starts. */
  readonly year: number;
  /** The share of GDP (a fraction) or the amount in that year. */
  readonly value: TValue;
}

/**
 * A spending target: at least and/or at most a share of GDP (or an amount), for the years it applies to,
 * reached by a deadline, optionally along a straight path from a start.
 *
 * @category Economy
 * @example
 * ```ts
 * import { defineTarget, type Target } from 'budget-whatif';
 * const wales: Target = defineTarget({ id: 'two-percent', name: '2% of GDP', atLeast: '0.02', from: 2014, by: 2024 });
 * ```
 */
export interface Target {
  /** A short id: letters, digits, `.`, `-` and `_`. */
  readonly id: string;
  /** A name for people. */
  readonly name: string;
  /** Whether the bounds are shares of GDP or amounts of money. */
  readonly measure: 'share-of-gdp' | 'amount';
  /** What spending it is about. */
  readonly category: TargetCategory;
  /** What it asks: a floor, a ceiling, a band, or a limit on what counts; see {@link TargetRule}. */
  readonly rule: TargetRule;
  /** How each category of its spending counts: in full, or up to a limit. */
  readonly counts: readonly TargetCount<Decimal | Money>[];
  /** For a `counting-limit`: how much of the category counts (towards other targets). */
  readonly countsUpTo?: Decimal | Money;
  /** The floor: a share of GDP (a fraction) or an amount. */
  readonly atLeast?: Decimal | Money;
  /** The ceiling: a share of GDP (a fraction) or an amount. */
  readonly atMost?: Decimal | Money;
  /** The first year it applies to. */
  readonly from?: number;
  /** The last year it applies to. */
  readonly until?: number;
  /** The year by which it must be met; before it, the target is not yet due. */
  readonly by?: number;
  /** A start from which the bounds rise (or fall) in a straight line to their level in year `by`. */
  readonly start?: TargetStart<Decimal | Money>;
  /** The target's words, as printed by its source. */
  readonly wording?: string;
  /** Where it comes from. */
  readonly sources: readonly Source[];
  /** Anything an analyst should know about reading it. */
  readonly note?: string;
}

/**
 * A target as written for {@link defineTarget}: shares as fractions (`"0.035"`), amounts as Money. An optional
 * field given as `undefined` is the same as one left out.
 *
 * @category Economy
 * @example
 * ```ts
 * import type { TargetInput } from 'budget-whatif';
 * const band: TargetInput = { id: 'lt', name: '5–6% of GDP', atLeast: '0.05', atMost: '0.06', from: 2026, until: 2030 };
 * ```
 */
export interface TargetInput {
  /** A short id: letters, digits, `.`, `-` and `_`. */
  readonly id: string;
  /** A name for people. */
  readonly name: string;
  /** What spending it is about. Default: `'defence'`. */
  readonly category?: TargetCategory | undefined;
  /**
   * How each category counts, for a target of core and related spending together. Default: every
   * category of `category`, in full.
   */
  readonly counts?: readonly TargetCount<FractionInput | Money>[] | undefined;
  /**
   * Makes the target a `counting-limit`: at most this much of its (one) category counts, and nothing is
   * asked of the spending itself. Not with `atLeast` or `atMost`.
   */
  readonly countsUpTo?: FractionInput | Money | undefined;
  /** The floor: a share of GDP (a fraction or a percentage), or Money. */
  readonly atLeast?: FractionInput | Money | undefined;
  /** The ceiling: a share of GDP (a fraction or a percentage), or Money. */
  readonly atMost?: FractionInput | Money | undefined;
  /** The first year it applies to. */
  readonly from?: number | undefined;
  /** The last year it applies to. */
  readonly until?: number | undefined;
  /** The year by which it must be met. */
  readonly by?: number | undefined;
  /** A start for a straight path to the target by year `by`. */
  readonly start?: TargetStart<FractionInput | Money> | undefined;
  /** The target's words. */
  readonly wording?: string | undefined;
  /** Its sources. */
  readonly sources?: readonly Source[] | undefined;
  /** A note. */
  readonly note?: string | undefined;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const CATEGORIES: readonly TargetCategory[] = ['defence', 'defence-related', 'defence-and-related'];

/**
 * Check a target: a floor (`atLeast`), a ceiling (`atMost`) or both, of one measure, or a counting limit
 * (`countsUpTo`); how each category of its spending counts (`counts`); and the years it applies to —
 * `from`/`until`, or a deadline `by` (before which it is shown, not yet due).
 *
 * @param input - the target as written; see {@link TargetInput}.
 * @returns the checked {@link Target}.
 * @throws {@link BudgetWhatIfError} `out_of_range` for shares outside 0–1, a floor above the ceiling, no
 *   bound at all, or a category counted twice or outside the target's; `invalid_year` for a target with no
 *   years (neither `from` nor `by`), `until` before `from`, or a `start` not before `by`; `invalid_type`
 *   for bounds of two measures, or a counting limit with bounds or of two categories; `currency_mismatch` for
 *   amounts in two currencies.
 * @category Economy
 * @example
 * ```ts
 * import { defineTarget } from 'budget-whatif';
 * const target = defineTarget({ id: 'four-percent', name: '4% by 2030', atLeast: '0.04', by: 2030, start: { year: 2025, value: '0.03' } });
 * target.measure; // => 'share-of-gdp'
 * // The Hague's 5%: core spending in full, related spending up to 1.5% of GDP.
 * const hague = defineTarget({
 *   id: 'five', name: '5% by 2035', category: 'defence-and-related', atLeast: '5%', by: 2035,
 *   counts: [{ category: 'defence' }, { category: 'defence-related', upTo: '1.5%' }],
 * });
 * hague.rule; // => 'floor'
 * defineTarget({ id: 'x', name: 'no years', atLeast: '0.02' }); // throws: invalid_year
 * ```
 */
export function defineTarget(input: TargetInput): Target {
  const { id, name, category } = checkNames(input);
  const rule = ruleOf(input);
  const measure = measureOf(input);
  const atLeast = boundOf(input.atLeast, ['atLeast']);
  const atMost = boundOf(input.atMost, ['atMost']);
  if (atLeast !== undefined && atMost !== undefined && valueOf(atLeast).gt(valueOf(atMost))) {
    fail('out_of_range', 'atLeast is above atMost', ['atMost'], valueOf(atMost).toString());
  }
  const { from, until, by, start } = checkYears(input);
  const countsUpTo = boundOf(input.countsUpTo, ['countsUpTo']);
  return {
    id,
    name,
    measure,
    category,
    rule,
    counts: countsOf(input, category),
    ...(countsUpTo === undefined ? {} : { countsUpTo }),
    ...(atLeast === undefined ? {} : { atLeast }),
    ...(atMost === undefined ? {} : { atMost }),
    ...(from === undefined ? {} : { from }),
    ...(until === undefined ? {} : { until }),
    ...(by === undefined ? {} : { by }),
    ...(start === undefined ? {} : { start }),
    ...(input.wording === undefined ? {} : { wording: input.wording }),
    sources: [...(input.sources ?? [])],
    ...(input.note === undefined ? {} : { note: input.note }),
  };
}

/** Shares of GDP or amounts of money: all bounds alike, else the first that differs is at fault. */
function measureOf(input: TargetInput): Target['measure'] {
  const bounds: [FractionInput | Money | undefined, Path][] = [
    [input.atLeast, ['atLeast']],
    [input.atMost, ['atMost']],
    [input.start?.value, ['start', 'value']],
  ];
  const given = bounds.filter(([value]) => value !== undefined);
  const inMoney = given.length > 0 && isMoney(given[0]?.[0]);
  const odd = given.find(([value]) => isMoney(value) !== inMoney);
  if (odd !== undefined)
    fail('invalid_type', 'a target’s bounds must all be shares of GDP or all amounts of money', odd[1]);
  checkOneCurrency(input);
  return inMoney ? 'amount' : 'share-of-gdp';
}

/** A target's amounts (bounds and counting limits) are all in one currency: amounts of two are not compared. */
function checkOneCurrency(input: TargetInput): void {
  const amounts: [unknown, Path][] = [
    [input.atLeast, ['atLeast']],
    [input.atMost, ['atMost']],
    [input.start?.value, ['start', 'value']],
    [input.countsUpTo, ['countsUpTo']],
    ...(input.counts ?? []).map((count, i): [unknown, Path] => [count.upTo, ['counts', i, 'upTo']]),
  ];
  const inMoney = amounts.filter((pair): pair is [Money, Path] => isMoney(pair[0]));
  const first = inMoney[0]?.[0];
  const odd = inMoney.find(([amount]) => amount.currency !== first?.currency);
  if (odd !== undefined && first !== undefined)
    fail(
      'currency_mismatch',
      `a target’s amounts must all be in one currency: ${odd[0].currency} here, ${first.currency} before`,
      odd[1],
      odd[0].currency,
    );
}

/** The id, the name and the category, checked. */
function checkNames(input: TargetInput): { id: string; name: string; category: TargetCategory } {
  if (typeof input.id !== 'string' || !ID.test(input.id))
    fail(
      'out_of_range',
      `a target id is letters, digits, ".", "-" and "_", received ${show(input.id)}`,
      ['id'],
      input.id,
    );
  if (typeof input.name !== 'string' || input.name.trim() === '')
    fail('out_of_range', 'a target needs a name', ['name'], input.name);
  const category = input.category ?? 'defence';
  if (!CATEGORIES.includes(category))
    fail(
      'out_of_range',
      `category must be one of ${CATEGORIES.join(', ')}, received ${show(category)}`,
      ['category'],
      category,
    );
  return { id: input.id, name: input.name, category };
}

/** What the target asks, from the bounds it has. */
function ruleOf(input: TargetInput): TargetRule {
  if (input.countsUpTo !== undefined) {
    if (input.atLeast !== undefined || input.atMost !== undefined)
      fail('invalid_type', 'a counting limit (countsUpTo) asks nothing of the spending: no atLeast or atMost', [
        input.atLeast === undefined ? 'atMost' : 'atLeast',
      ]);
    if (input.category === 'defence-and-related' || input.counts !== undefined)
      fail('invalid_type', 'a counting limit is about one category of spending, counted up to it', [
        input.counts === undefined ? 'category' : 'counts',
      ]);
    return 'counting-limit';
  }
  if (input.atLeast === undefined && input.atMost === undefined)
    fail('out_of_range', 'a target needs atLeast, atMost or both (or countsUpTo, for a counting limit)', ['atLeast']);
  if (input.atLeast === undefined) return 'ceiling';
  return input.atMost === undefined ? 'floor' : 'band';
}

/** A bound: a share of GDP from 0 to 1, or Money. */
function boundOf(value: FractionInput | Money | undefined, path: Path): Decimal | Money | undefined {
  if (value === undefined) return undefined;
  return isMoney(value) ? value : checkedShare(value, path);
}

/** The years it applies to, its deadline and the start of its path, checked. */
function checkYears(input: TargetInput): Pick<Target, 'from' | 'until' | 'by' | 'start'> {
  const from = input.from === undefined ? undefined : checkYear(input.from, ['from']);
  const until = input.until === undefined ? undefined : checkYear(input.until, ['until']);
  const by = input.by === undefined ? undefined : checkYear(input.by, ['by']);
  if (from === undefined && by === undefined) {
    fail('invalid_year', 'a target needs the years it applies to: from (and until), or a deadline by', ['from']);
  }
  if (from !== undefined && until !== undefined && until < from)
    fail('invalid_year', `until (${String(until)}) is before from (${String(from)})`, ['until'], until);
  let start: Target['start'];
  if (input.start !== undefined) {
    const year = checkYear(input.start.year, ['start', 'year']);
    if (by === undefined || year >= by)
      fail('invalid_year', 'a start needs a later deadline by', ['start', 'year'], year);
    start = { year, value: boundOf(input.start.value, ['start', 'value']) as Decimal | Money };
  }
  return {
    ...(from === undefined ? {} : { from }),
    ...(until === undefined ? {} : { until }),
    ...(by === undefined ? {} : { by }),
    ...(start === undefined ? {} : { start }),
  };
}

/** How each category counts: as given (each within the target's categories, once), or all in full. */
function countsOf(input: TargetInput, category: TargetCategory): TargetCount<Decimal | Money>[] {
  const allowed: readonly SpendingCategory[] =
    category === 'defence-and-related' ? ['defence', 'defence-related'] : [category];
  if (input.counts === undefined) return allowed.map((each) => ({ category: each }));
  const seen = new Set<SpendingCategory>();
  return input.counts.map((count, i) => {
    if (!allowed.includes(count.category) || seen.has(count.category))
      fail(
        'out_of_range',
        `counts names each of ${allowed.join(' and ')} at most once, received ${show(count.category)}`,
        ['counts', i, 'category'],
        count.category,
      );
    seen.add(count.category);
    const upTo = boundOf(count.upTo, ['counts', i, 'upTo']);
    return upTo === undefined ? { category: count.category } : { category: count.category, upTo };
  });
}

/** What a target requires in a year, or `undefined` when it does not apply then. @internal */
export interface Requirement {
  readonly atLeast?: Decimal | Money;
  readonly atMost?: Decimal | Money;
  readonly due: boolean;
}

/**
 * What a target requires in a year: its bounds, on its path before the deadline; whether it is due;
 * `undefined` when it does not apply. A target with only a deadline applies in every year, not yet due
 * before it. On an incremental path (The Hague's "credible, incremental path"), a floor rises (or falls)
 * in a straight line from the start but never asks for more than the floor itself, and a band's ceiling
 * does not apply before the deadline: spending above the path is ahead of schedule, not a breach. A
 * counting limit requires nothing. @internal
 */
export function requirementIn(target: Target, year: number): Requirement | undefined {
  const first = target.from ?? target.start?.year;
  if (first !== undefined && year < first) return undefined;
  if (target.until !== undefined && year > target.until) return undefined;
  const by = target.by;
  const due = by === undefined || year >= by;
  const start = target.start;
  if (due || start === undefined || year < start.year) {
    // The common case: the bounds as they are; no objects beyond the result.
    const result: { atLeast?: Decimal | Money; atMost?: Decimal | Money; due: boolean } = { due };
    if (target.atLeast !== undefined) result.atLeast = target.atLeast;
    if (target.atMost !== undefined) result.atMost = target.atMost;
    return result;
  }
  // Before the deadline, on the straight path from the start to the bound in year `by`.
  const along = (level: Decimal | Money): Decimal => {
    const from = valueOf(start.value);
    return from.plus(
      valueOf(level)
        .minus(from)
        .times(year - start.year)
        .div(by - start.year),
    );
  };
  const atLeast = target.atLeast;
  if (atLeast !== undefined) {
    const floor = lesser(along(atLeast), valueOf(atLeast));
    return { atLeast: isMoney(atLeast) ? makeMoney(floor, atLeast.currency) : floor, due };
  }
  const atMost = target.atMost;
  if (atMost === undefined) return { due };
  const ceiling = greater(along(atMost), valueOf(atMost));
  return { atMost: isMoney(atMost) ? makeMoney(ceiling, atMost.currency) : ceiling, due };
}

function lesser(a: Decimal, b: Decimal): Decimal {
  return a.lt(b) ? a : b;
}

function greater(a: Decimal, b: Decimal): Decimal {
  return a.gt(b) ? a : b;
}

/** @internal */
export function valueOf(value: Decimal | Money): Decimal {
  return isMoney(value) ? value.amount : value;
}
