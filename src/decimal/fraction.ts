import { fail, show, type Path } from '../errors/fail';
import type { Decimal } from './core';
import { toDecimal, type DecimalInput } from './decimal';
import { checkLimits } from './limits';

/**
 * A share or a rate, as budget-whatif reads one everywhere (a share of GDP, a growth rate, an item's share
 * of a plan, an overrun, a distribution's parameter): a fraction (`"0.055"`, `0`, a Decimal) or a
 * percentage string (`"5.5%"`, `"-1.5 %"`), which is the same fraction.
 *
 * @category Numbers
 * @example
 * ```ts
 * import { fraction, type FractionInput } from 'budget-whatif';
 * const shares: FractionInput[] = ['0.055', '5.5%'];
 * shares.map((share) => fraction(share).toString()); // => ['0.055', '0.055']
 * ```
 */
export type FractionInput = DecimalInput;

/**
 * Read a share or a rate: a fraction (`"0.055"`) or a percentage (`"5.5%"`), exactly. This is the one
 * reader of shares and rates in the library: wherever a function takes one, both forms work.
 *
 * @param value - see {@link FractionInput}.
 * @returns the fraction: `"5.5%"` is 0.055.
 * @throws {@link BudgetWhatIfError} `invalid_number` for text that is neither (`"5.5 percent"`, `"%"`), and
 *   the errors of {@link decimal} (a percentage is held to {@link NUMBER_LIMITS} as the fraction it is).
 * @category Numbers
 * @example
 * ```ts
 * import { fraction } from 'budget-whatif';
 * fraction('5.5%').toString(); // => '0.055'
 * fraction('-1.5%').toString(); // => '-0.015'
 * fraction('0.035').toString(); // => '0.035'
 * fraction('5.5 percent'); // throws: invalid_number
 * ```
 */
export function fraction(value: FractionInput): Decimal {
  return toFraction(value, []);
}

/** {@link fraction} with a path for the error. @internal */
export function toFraction(value: unknown, path: Path): Decimal {
  if (typeof value !== 'string' || !value.trimEnd().endsWith('%')) return toDecimal(value, path);
  const digits = value.trim().slice(0, -1).trim();
  if (digits === '')
    return fail('invalid_number', `expected a percentage such as "5.5%", received ${show(value)}`, path, value);
  // Dividing by 100 moves the decimal point: exact, and held to the limits as the fraction it gives.
  return checkLimits(toDecimal(digits, path).div(100), path, value);
}
