import { D, type Decimal } from '../decimal/core';
import { toFraction } from '../decimal/fraction';
import { toDecimal } from '../decimal/decimal';
import { divideRounded, fromScaledInteger, powerOfTen, toScaledInteger } from '../decimal/scaledInteger';
import { fail, show, type Path } from '../errors/fail';
import { allocateUnits } from '../money/allocate';
import { isMoney, makeMoney, type Money } from '../money/core';
import { currencyOf, type CurrencyCode } from '../money/currencies';
import { format } from '../money/format';
import type { YearRange } from '../series/types';
import { checkRange, checkYear } from '../series/years';
import { normalisePhasing, yearWeights } from './phasing';
import type { Phasing, Plan, PlanInput, PlanItem, PlanItemInput, PriceBasis } from './types';

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * Check a plan and resolve every item's amount to whole minor units.
 *
 * Rules, each failing with the path of the offending field:
 * - ids are letters, digits, `-` and `_`, and item ids are unique;
 * - the years run forwards, and an item's own years lie within the plan's;
 * - each item has exactly one of `amount` (whole minor units, not negative), `share` (0 to 1; the amount
 *   is the total × share, rounded half-even to the minor unit) or `remainder: true`, and at most one item
 *   is the remainder;
 * - the items never exceed the total, and add up to it exactly: with a remainder item taking the rest, or
 *   without one when the amounts and shares already do (shares are then split by the largest remainder);
 * - phasing profiles are valid for their years: as many weights as years, weights not all zero, explicit
 *   amounts that sum exactly to what they phase; a plan with explicit yearly amounts fixes each year's
 *   total, so its items cannot have phasing or years of their own.
 *
 * @param input - the plan as written; see {@link PlanInput}.
 * @returns the checked {@link Plan}.
 * @throws {@link BudgetWhatIfError} `invalid_plan`, `invalid_phasing`, `invalid_year`,
 *   `inexact_minor_units`, `invalid_number` and the like, each with its path (`items[1].share`).
 * @category Plans
 * @example
 * ```ts
 * import { definePlan, money } from 'budget-whatif';
 * const plan = definePlan({
 *   id: 'border-countermobility',
 *   name: 'Border counter-mobility plan',
 *   total: '1100000000', currency: 'EUR',
 *   years: { from: 2025, to: 2034 },
 *   items: [
 *     { id: 'anti-tank-mines', amount: '800000000', years: { from: 2025, to: 2028 } },
 *     { id: 'other-measures', remainder: true },
 *   ],
 * });
 * plan.items[1]?.amount.amount.toString(); // => '300000000'
 * ```
 */
export function definePlan(input: PlanInput): Plan {
  const id = checkId(input.id, ['id']);
  const name = nameOf(input.name, id);
  const { amount: givenTotal, currency } = totalOf(input);
  const total = wholeMinorUnits(givenTotal, currency, ['total']);
  if (total < 0n)
    fail('invalid_plan', `the total must not be negative, received ${givenTotal.toString()}`, ['total'], givenTotal);
  const years = checkRange(input.years, ['years']);
  const phasing = normalisePhasing(input.phasing ?? { kind: 'even' }, currency, ['phasing']);
  const priceBasis = checkPriceBasis(input.priceBasis);

  const isList: boolean = Array.isArray(input.items); // kept apart: narrowing would turn the items into `any`
  if (!isList || input.items.length === 0)
    fail('invalid_plan', 'a plan needs at least one item', ['items'], input.items);
  const seen = new Set<string>();
  const items = input.items.map((item, i) => {
    const itemId = checkId(item.id, ['items', i, 'id']);
    if (seen.has(itemId)) fail('invalid_plan', `two items have the id ${show(itemId)}`, ['items', i, 'id'], itemId);
    seen.add(itemId);
    return itemId;
  });

  const { amounts, shares } = resolveAmounts(input.items, total, currency);
  const plan: Plan = {
    id,
    name,
    total: makeMoney(fromScaledInteger(total, minorUnits(currency)), currency),
    years,
    items: input.items.map((item, i) =>
      resolveItem(item, items[i] as string, amounts[i] as bigint, shares[i], currency, years, phasing, i),
    ),
    phasing,
    priceBasis,
    sources: [...(input.sources ?? [])],
    assumptions: [...(input.assumptions ?? [])],
  };
  checkPhasingFits(plan);
  return plan;
}

/** A plan's name: as given, or its id when none is given. */
function nameOf(name: unknown, id: string): string {
  if (name === undefined) return id;
  if (typeof name !== 'string' || name.trim() === '')
    return fail(
      'invalid_plan',
      `a plan's name is text, or left out for the id, received ${show(name)}`,
      ['name'],
      name,
    );
  return name;
}

/**
 * A plan's total and currency: an amount with `currency`, as scenario files write it, or Money (the
 * older form, still accepted), whose currency must then agree with `currency` when both are given.
 */
function totalOf(input: PlanInput): { readonly amount: Decimal; readonly currency: CurrencyCode } {
  if (isMoney(input.total)) {
    const code = currencyOf(input.total.currency, ['total', 'currency']).code;
    if (input.currency !== undefined && currencyOf(input.currency, ['currency']).code !== code)
      fail(
        'currency_mismatch',
        `the total is in ${code}, the plan's currency is ${input.currency}`,
        ['currency'],
        input.currency,
      );
    return { amount: toDecimal(input.total.amount, ['total', 'amount']), currency: code };
  }
  if (input.currency === undefined)
    return fail(
      'missing_field',
      `a plan whose total is an amount needs its currency: { total: ${show(input.total)}, currency: 'EUR' }`,
      ['currency'],
    );
  return { amount: toDecimal(input.total, ['total']), currency: currencyOf(input.currency, ['currency']).code };
}

/** Check that every profile of a plan can spread its amount over its years (run again after what-ifs). @internal */
export function checkPhasingFits(plan: Plan): void {
  const planAmounts = plan.phasing.kind === 'amounts';
  if (planAmounts) checkExplicitAmounts(plan.phasing, plan.total, plan.years, ['phasing']);
  plan.items.forEach((item, i) => {
    if (planAmounts && (item.phasing !== undefined || item.years !== undefined)) {
      fail(
        'invalid_plan',
        'the plan gives explicit yearly amounts, which fix every year’s total: its items cannot have phasing or years of their own',
        ['items', i, item.phasing === undefined ? 'years' : 'phasing'],
      );
    }
    const span = item.years ?? plan.years;
    const profile = item.phasing ?? plan.phasing;
    const path: Path = item.phasing === undefined ? ['phasing'] : ['items', i, 'phasing'];
    if (profile.kind === 'amounts') {
      if (item.phasing !== undefined) checkExplicitAmounts(profile, item.amount, span, path);
    } else {
      const weights = yearWeights(profile, span, path);
      if (weights.every((weight) => weight === 0n)) fail('invalid_phasing', 'the weights are all zero', path);
    }
  });
}

function resolveItem(
  item: PlanItemInput,
  id: string,
  units: bigint,
  share: Decimal | undefined,
  currency: string,
  planYears: YearRange,
  planPhasing: Phasing,
  i: number,
): PlanItem {
  const path: Path = ['items', i];
  const years = item.years === undefined ? undefined : checkRange(item.years, [...path, 'years']);
  if (years !== undefined && (years.from < planYears.from || years.to > planYears.to)) {
    fail(
      'invalid_plan',
      `the item's years ${String(years.from)}–${String(years.to)} are outside the plan's ${String(planYears.from)}–${String(planYears.to)}`,
      [...path, 'years'],
      years,
    );
  }
  if (
    years !== undefined &&
    item.phasing === undefined &&
    planPhasing.kind === 'weights' &&
    years.to - years.from !== planYears.to - planYears.from
  ) {
    fail(
      'invalid_phasing',
      `the plan's weights are for ${String(planYears.to - planYears.from + 1)} years, but the item spans ${String(years.to - years.from + 1)}: give it its own phasing`,
      [...path, 'phasing'],
    );
  }
  const basis = item.remainder === true ? 'remainder' : share === undefined ? 'amount' : 'share';
  return {
    id,
    name: typeof item.name === 'string' && item.name.trim() !== '' ? item.name : id,
    amount: makeMoney(fromScaledInteger(units, minorUnits(currency)), currency),
    basis,
    ...(share === undefined ? {} : { share }),
    ...(item.phasing === undefined ? {} : { phasing: normalisePhasing(item.phasing, currency, [...path, 'phasing']) }),
    ...(years === undefined ? {} : { years }),
  };
}

/**
 * Each item's amount in minor units (fixed amounts as given, shares of the total, the remainder the rest)
 * and each share item's share, as read.
 */
function resolveAmounts(
  items: readonly PlanItemInput[],
  total: bigint,
  currency: string,
): { readonly amounts: bigint[]; readonly shares: (Decimal | undefined)[] } {
  const amounts: (bigint | undefined)[] = items.map(() => undefined);
  let remainderIndex: number | undefined;
  const shares: { index: number; share: Decimal }[] = [];
  items.forEach((item, i) => {
    const given = [item.amount !== undefined, item.share !== undefined, item.remainder === true].filter(Boolean).length;
    if (given !== 1) {
      fail(
        'invalid_plan',
        `an item needs exactly one of amount, share or remainder: true, received ${given === 0 ? 'none' : 'several'}`,
        ['items', i],
        item,
      );
    }
    if (item.remainder === true) {
      if (remainderIndex !== undefined)
        fail(
          'invalid_plan',
          `only one item can be the remainder; items[${String(remainderIndex)}] already is`,
          ['items', i, 'remainder'],
          true,
        );
      remainderIndex = i;
    } else if (item.share !== undefined) {
      const share = toFraction(item.share, ['items', i, 'share']);
      if (share.lt(0) || share.gt(1))
        fail(
          'invalid_plan',
          `a share must be from 0 to 1, received ${share.toString()}`,
          ['items', i, 'share'],
          item.share,
        );
      shares.push({ index: i, share });
    } else {
      const units = wholeMinorUnits(toDecimal(item.amount, ['items', i, 'amount']), currency, ['items', i, 'amount']);
      if (units < 0n)
        fail(
          'invalid_plan',
          `an amount must not be negative, received ${show(item.amount)}`,
          ['items', i, 'amount'],
          item.amount,
        );
      amounts[i] = units;
    }
  });

  const fixed = amounts.reduce<bigint>((sum, units) => sum + (units ?? 0n), 0n);
  if (remainderIndex !== undefined || shares.length === 0) {
    for (const { index, share } of shares) amounts[index] = shareOf(total, share);
  } else {
    // No remainder: the shares must cover exactly what the fixed amounts leave, split to the cent by
    // the largest remainder so that the items sum to the total.
    const sharesSum = shares.reduce((sum, { share }) => sum.plus(share), new D(0));
    const left = total - fixed;
    if (!sharesSum.times(total.toString()).eq(left.toString())) {
      over(total, fixed + shares.reduce((sum, { share }) => sum + shareOf(total, share), 0n), currency);
    }
    const scaled = shares.map(({ share }) => toScaledInteger(share));
    const scale = Math.max(...scaled.map((s) => s.scale));
    const parts = allocateUnits(
      left,
      scaled.map((s) => s.units * powerOfTen(scale - s.scale)),
    );
    shares.forEach(({ index }, k) => (amounts[index] = parts[k] as bigint));
  }

  const given = amounts.reduce<bigint>((sum, units) => sum + (units ?? 0n), 0n);
  if (remainderIndex !== undefined) {
    if (given > total) over(total, given, currency);
    amounts[remainderIndex] = total - given;
  } else if (given !== total) {
    over(total, given, currency);
  }
  const byItem = items.map((): Decimal | undefined => undefined);
  for (const { index, share } of shares) byItem[index] = share;
  return { amounts: amounts as bigint[], shares: byItem };
}

/**
 * The items do not add up to the total. Short of it only without a remainder (a remainder takes what is
 * left), so the hint to mark one goes with every shortfall.
 */
function over(total: bigint, given: bigint, currency: string): never {
  const scale = minorUnits(currency);
  const text = (units: bigint): string => format(makeMoney(fromScaledInteger(units, scale), currency));
  if (given < total)
    return fail(
      'invalid_plan',
      `the items add up to ${text(given)} of a total of ${text(total)}; mark one item { remainder: true } to take the rest`,
      ['items'],
    );
  return fail('invalid_plan', `the items add up to ${text(given)}, more than the total of ${text(total)}`, ['items']);
}

function shareOf(total: bigint, share: Decimal): bigint {
  const { units, scale } = toScaledInteger(share);
  return divideRounded(total * units, powerOfTen(scale), 'half-even');
}

function checkExplicitAmounts(
  phasing: Extract<Phasing, { kind: 'amounts' }>,
  amount: Money,
  span: YearRange,
  path: Path,
): void {
  let sum = new D(0);
  for (const [key, value] of Object.entries<Money>(phasing.amounts)) {
    const year = Number(key);
    if (year < span.from || year > span.to) {
      fail(
        'invalid_phasing',
        `${key} is outside the years ${String(span.from)}–${String(span.to)}`,
        [...path, 'amounts', key],
        year,
      );
    }
    wholeMinorUnits(value.amount, amount.currency, [...path, 'amounts', key]);
    sum = sum.plus(value.amount);
  }
  if (!sum.eq(amount.amount)) {
    fail(
      'invalid_phasing',
      `the yearly amounts add up to ${format(makeMoney(sum, amount.currency))}, not ${format(amount)}`,
      [...path, 'amounts'],
      sum.toString(),
    );
  }
}

function checkPriceBasis(basis: PriceBasis | undefined): PriceBasis {
  if (basis === undefined) return { kind: 'nominal' };
  const kind: unknown = (basis as { kind?: unknown }).kind;
  if (kind === 'nominal') return { kind: 'nominal' };
  if (kind === 'constant')
    return { kind: 'constant', year: checkYear((basis as { year?: unknown }).year, ['priceBasis', 'year']) };
  return fail(
    'invalid_plan',
    `a price basis is { kind: 'nominal' } or { kind: 'constant', year }, received ${show(basis)}`,
    ['priceBasis'],
    basis,
  );
}

function checkId(value: unknown, path: Path): string {
  if (typeof value !== 'string' || !ID.test(value)) {
    return fail(
      'invalid_plan',
      `an id is letters, digits, "-" and "_", starting with a letter or digit, received ${show(value)}`,
      path,
      value,
    );
  }
  return value;
}

function minorUnits(currency: string): number {
  return currencyOf(currency).minorUnits;
}

/** A Decimal as a whole number of minor units, or `inexact_minor_units`. */
function wholeMinorUnits(amount: Decimal, currency: string, path: Path): bigint {
  const scale = minorUnits(currency);
  const { units, scale: own } = toScaledInteger(amount);
  if (own > scale) {
    return fail(
      'inexact_minor_units',
      `${amount.toString()} ${currency} is not a whole number of minor units (${String(scale)} decimals)`,
      path,
      amount,
    );
  }
  return units * powerOfTen(scale - own);
}
