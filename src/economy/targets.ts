import type { Decimal } from '../decimal/core';
import type { DecimalInput } from '../decimal/decimal';
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
 * A target as written for {@link defineTarget}: shares as fractions (`"0.035"`), amounts as Money.
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
  readonly category?: TargetCategory;
  /** The floor: a share of GDP as a fraction, or Money. */
  readonly atLeast?: DecimalInput | Money;
  /** The ceiling: a share of GDP as a fraction, or Money. */
  readonly atMost?: DecimalInput | Money;
  /** The first year it applies to. */
  readonly from?: number;
  /** The last year it applies to. */
  readonly until?: number;
  /** The year by which it must be met. */
  readonly by?: number;
  /** A start for a straight path to the target by year `by`. */
  readonly start?: TargetStart<DecimalInput | Money>;
  /** The target's words. */
  readonly wording?: string;
  /** Its sources. */
  readonly sources?: readonly Source[];
  /** A note. */
  readonly note?: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const CATEGORIES: readonly TargetCategory[] = ['defence', 'defence-related', 'defence-and-related'];

/**
 * Check a target: a floor (`atLeast`), a ceiling (`atMost`) or both, of one measure; and the years it
 * applies to — `from`/`until`, or a deadline `by` (from which it applies unless `from` or a `start` says
 * earlier).
 *
 * @param input - the target as written; see {@link TargetInput}.
 * @returns the checked {@link Target}.
 * @throws {@link BudgetWhatIfError} `invalid_plan`-like errors with `out_of_range` for shares outside 0–1
 *   or a floor above the ceiling; `invalid_year` for a target with no years (neither `from` nor `by`),
 *   `until` before `from`, or a `start` not before `by`; `invalid_type` for bounds of two measures.
 * @category Economy
 * @example
 * ```ts
 * import { defineTarget } from 'budget-whatif';
 * const target = defineTarget({ id: 'four-percent', name: '4% by 2030', atLeast: '0.04', by: 2030, start: { year: 2025, value: '0.03' } });
 * target.measure; // => 'share-of-gdp'
 * defineTarget({ id: 'x', name: 'no years', atLeast: '0.02' }); // throws: invalid_year
 * ```
 */
export function defineTarget(input: TargetInput): Target {
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
  if (input.atLeast === undefined && input.atMost === undefined)
    fail('out_of_range', 'a target needs atLeast, atMost or both', ['atLeast']);
  const kinds = [input.atLeast, input.atMost, input.start?.value].filter((value) => value !== undefined).map(isMoney);
  if (kinds.some((kind) => kind !== kinds[0]))
    fail('invalid_type', 'a target’s bounds must all be shares of GDP or all amounts of money', ['atMost']);
  const measure = kinds[0] === true ? 'amount' : 'share-of-gdp';
  const bound = (value: DecimalInput | Money | undefined, path: Path): Decimal | Money | undefined => {
    if (value === undefined) return undefined;
    return isMoney(value) ? value : checkedShare(value, path);
  };
  const atLeast = bound(input.atLeast, ['atLeast']);
  const atMost = bound(input.atMost, ['atMost']);
  if (atLeast !== undefined && atMost !== undefined && valueOf(atLeast).gt(valueOf(atMost))) {
    fail('out_of_range', 'atLeast is above atMost', ['atMost'], valueOf(atMost).toString());
  }
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
    start = { year, value: bound(input.start.value, ['start', 'value']) as Decimal | Money };
  }
  return {
    id: input.id,
    name: input.name,
    measure,
    category,
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

/** What a target requires in a year: its bounds (interpolated on a path), whether it is due; `undefined` when it does not apply. @internal */
export function requirementIn(
  target: Target,
  year: number,
): { atLeast?: Decimal | Money; atMost?: Decimal | Money; due: boolean } | undefined {
  const first = target.from ?? target.start?.year ?? target.by;
  if (first !== undefined && year < first) return undefined;
  if (target.until !== undefined && year > target.until) return undefined;
  const by = target.by;
  const start = target.start;
  if (by === undefined || year >= by || start === undefined || year < start.year) {
    const due = by === undefined || year >= by;
    // The common case: the bounds as they are; no objects beyond the result.
    const result: { atLeast?: Decimal | Money; atMost?: Decimal | Money; due: boolean } = { due };
    if (target.atLeast !== undefined) result.atLeast = target.atLeast;
    if (target.atMost !== undefined) result.atMost = target.atMost;
    return result;
  }
  // Not yet due, on the straight path from the start: start + (level − start) · (year − start.year) / (by − start.year).
  const along = (level: Decimal | Money): Decimal | Money => {
    const from = valueOf(start.value);
    const value = from.plus(
      valueOf(level)
        .minus(from)
        .times(year - start.year)
        .div(by - start.year),
    );
    return isMoney(level) ? makeMoney(value, level.currency) : value;
  };
  const result: { atLeast?: Decimal | Money; atMost?: Decimal | Money; due: boolean } = { due: false };
  if (target.atLeast !== undefined) result.atLeast = along(target.atLeast);
  if (target.atMost !== undefined) result.atMost = along(target.atMost);
  return result;
}

/** @internal */
export function valueOf(value: Decimal | Money): Decimal {
  return isMoney(value) ? value.amount : value;
}
