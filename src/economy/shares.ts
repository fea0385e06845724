// Reading shares of GDP: a fraction for every year, a default, or per-year values.
import type { Decimal } from '../decimal/core';
import { isDecimal } from '../decimal/core';
import type { DecimalInput } from '../decimal/decimal';
import { toFraction } from '../decimal/fraction';
import { fail, type Path } from '../errors/fail';
import type { RatesByYear } from '../series/rates';

/**
 * A share of GDP as a fraction or a percentage (`"0.055"` or `"5.5%"`; see {@link FractionInput}): one
 * for every year, or a default with per-year values (`{ default: '0.05', 2030: '6%' }`).
 *
 * @category Economy
 * @example
 * ```ts
 * import type { ShareInput } from 'budget-whatif';
 * const flat: ShareInput = '0.055';
 * const rising: ShareInput = { default: '0.05', 2029: '0.055', 2030: '0.06' };
 * ```
 */
export type ShareInput = DecimalInput | RatesByYear;

/** The share of a year, checked to be a fraction from 0 to 1. @internal */
export function shareFor(share: ShareInput, year: number, path: Path): Decimal {
  let raw: unknown;
  let at: Path;
  if (typeof share === 'object' && !isDecimal(share)) {
    const own = Object.hasOwn(share, year);
    raw = own ? share[year] : share.default;
    at = own ? [...path, year] : [...path, 'default'];
    if (raw === undefined) return fail('missing_year', `no share for ${String(year)} and no default`, path);
  } else {
    raw = share;
    at = path;
  }
  return checkedShare(raw, at);
}

/** A share of GDP, checked to be a fraction from 0 to 1. @internal */
export function checkedShare(raw: unknown, path: Path): Decimal {
  const value = toFraction(raw, path);
  if (value.lt(0) || value.gt(1))
    fail(
      'out_of_range',
      `a share of GDP is from 0 to 1 ("0.055" or "5.5%"), received ${typeof raw === 'string' ? raw : value.toString()}`,
      path,
      raw,
    );
  return value;
}
