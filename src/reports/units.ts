// The unit and places amounts are shown with, shared by every report of amounts.
import { D, type Decimal } from '../decimal/core';
import { fail } from '../errors/fail';

const POWERS = { one: 0, thousand: 3, million: 6, billion: 9 } as const;

/** How a report shows amounts: in its unit, with its places. @internal */
export interface Units {
  readonly places: number;
  /** An amount in the unit (not rounded). */
  readonly inUnit: (amount: Decimal) => Decimal;
  /** A currency with the unit: `EUR million`, or `EUR` for `one`. */
  readonly unitLabel: (currency: string) => string;
}

/** The units of the options, checked: `million` and 1 place by default (2 with `one`). @internal */
export function unitsOf(options: {
  readonly unit?: 'one' | 'thousand' | 'million' | 'billion';
  readonly places?: number;
}): Units {
  const unitName = options.unit ?? 'million';
  const power = POWERS[unitName] as number | undefined;
  if (power === undefined)
    return fail('invalid_type', `unit is one, thousand, million or billion, received ${unitName}`, ['unit'], unitName);
  const places = options.places ?? (power === 0 ? 2 : 1);
  if (!Number.isInteger(places) || places < 0 || places > 6)
    fail('out_of_range', `places is a whole number from 0 to 6, received ${String(places)}`, ['places'], places);
  const scale = new D(10).pow(power);
  return {
    places,
    inUnit: (amount) => amount.div(scale),
    unitLabel: (currency) => (power === 0 ? currency : `${currency} ${unitName}`),
  };
}

/** Whether a metric's unit is money (a currency code), not `share`, `points` or `flag`. @internal */
export function isMoneyUnit(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit);
}
