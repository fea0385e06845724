import type { Decimal } from '../decimal/core';
import { currencyOf } from '../money/currencies';

/**
 * A metric's value for people: amounts with their currency's decimals and the locale's separators,
 * shares as percentages, points with four decimals, flags as yes/no. Exact: Intl reads the decimal string.
 *
 * @internal
 */
export function showValue(value: Decimal | undefined, unit: string, locale: string): string {
  if (value === undefined) return '—';
  if (unit === 'flag') return value.isZero() ? 'no' : 'yes';
  // A difference of two shares: percentage points, signed, never "%" (0.5 points is not 0.5% of anything).
  if (unit === 'share-delta') return `${digitsOf(value.times(100), locale, 3, { signDisplay: 'exceptZero' })} pp`;
  if (unit === 'share') return digitsOf(value, locale, 3, { style: 'percent' });
  const places = /^[A-Z]{3}$/.test(unit) ? currencyOf(unit).minorUnits : 4;
  const digits = digitsOf(value, locale, places);
  return /^[A-Z]{3}$/.test(unit) ? `${digits} ${unit}` : unit === 'points' ? `${digits} pt` : digits;
}

/** A share as a percentage to four decimals (`5.3004%`), in the locale's digits. @internal */
export function formatPercent(value: Decimal, locale: string): string {
  return digitsOf(value, locale, 4, { style: 'percent' });
}

/** A decimal with exactly `places` decimals, rounded half-even, read exactly (never through a float). */
function digitsOf(value: Decimal, locale: string, places: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(locale, {
    ...options,
    minimumFractionDigits: places,
    maximumFractionDigits: places,
    roundingMode: 'halfEven',
  }).format(value.toFixed() as Intl.StringNumericLiteral);
}
