// Spending of a category by scenario year: an amount where one is given, else a share of GDP.
import type { Decimal } from '../decimal/core';
import { toDecimal } from '../decimal/decimal';
import { makeMoney } from '../money/core';
import type { YearSeries } from '../series/types';
import type { SpendingRule } from './compiled';
import type { SpendingSpec } from './types';

/** How each year's spending of a category is set, and warnings for years with neither an amount nor a share. @internal */
export function compileSpending(
  spec: SpendingSpec,
  currency: string,
  years: readonly number[],
  name: string,
  warnings: string[],
): YearSeries<SpendingRule> {
  const result: Record<number, SpendingRule> = {};
  const missing: number[] = [];
  // A share read once however many years it covers (the default covers most): one Decimal, whose integer
  // form productRounded then reads once, not once a year.
  const shares = new Map<string, Decimal>();
  for (const key of Object.keys(spec.amounts ?? {})) {
    if (!years.includes(Number(key)))
      warnings.push(`${name} amounts for ${key} are outside the scenario's years and not used`);
  }
  for (const year of years) {
    const amount = spec.amounts?.[String(year)];
    if (amount !== undefined) {
      // Not negative: the schema has checked its range (vocabulary.ts).
      result[year] = { basis: 'amount', amount: makeMoney(toDecimal(amount, ['amounts', String(year)]), currency) };
      continue;
    }
    const share = spec.shareOfGdp?.[String(year)] ?? spec.shareOfGdp?.['default'];
    if (share === undefined) {
      missing.push(year);
      continue;
    }
    let parsed = shares.get(share);
    // Stryker disable next-line ConditionalExpression: a cache; the share read again is equal
    if (parsed === undefined) {
      parsed = toDecimal(share, ['shareOfGdp', String(year)]);
      shares.set(share, parsed);
    }
    result[year] = { basis: 'share', share: parsed };
  }
  if (missing.length > 0)
    warnings.push(`no ${name} spending for ${missing.join(', ')} (no amount and no share of GDP)`);
  return result;
}
