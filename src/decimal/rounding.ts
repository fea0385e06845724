import DecimalJs from 'decimal.js';
import { fail, show, type Path } from '../errors/fail';

/**
 * How to round a number that has more digits than the result may keep.
 *
 * | mode | rounds | 2.5 → | −2.5 → | 2.6 → |
 * | --- | --- | --- | --- | --- |
 * | `half-even` (default, "banker's rounding") | to nearest; a tie to the even neighbour | 2 | −2 | 3 |
 * | `half-up` | to nearest; a tie away from zero (as taught in school, Java's `HALF_UP`) | 3 | −3 | 3 |
 * | `half-down` | to nearest; a tie towards zero | 2 | −2 | 3 |
 * | `up` | away from zero | 3 | −3 | 3 |
 * | `down` | towards zero (truncate) | 2 | −2 | 2 |
 * | `ceil` | towards +∞ | 3 | −2 | 3 |
 * | `floor` | towards −∞ | 2 | −3 | 2 |
 *
 * `half-even` is the default everywhere because it has no bias: over many roundings, ties go up as
 * often as down.
 *
 * @category Numbers
 * @example
 * ```ts
 * import { money, round } from 'budget-whatif';
 * round(money('0.125', 'EUR')).amount.toString(); // => '0.12'
 * round(money('0.125', 'EUR'), { mode: 'half-up' }).amount.toString(); // => '0.13'
 * ```
 */
export type RoundingMode = 'half-even' | 'half-up' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

/**
 * Every {@link RoundingMode}, in the order of its documentation.
 *
 * @category Numbers
 * @example
 * ```ts
 * import { ROUNDING_MODES } from 'budget-whatif';
 * ROUNDING_MODES.includes('half-even'); // => true
 * ```
 */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.freeze([
  'half-even',
  'half-up',
  'half-down',
  'up',
  'down',
  'ceil',
  'floor',
]);

const DECIMAL_JS_MODE: Readonly<Record<RoundingMode, DecimalJs.Rounding>> = {
  'half-even': DecimalJs.ROUND_HALF_EVEN,
  'half-up': DecimalJs.ROUND_HALF_UP,
  'half-down': DecimalJs.ROUND_HALF_DOWN,
  up: DecimalJs.ROUND_UP,
  down: DecimalJs.ROUND_DOWN,
  ceil: DecimalJs.ROUND_CEIL,
  floor: DecimalJs.ROUND_FLOOR,
};

/**
 * The decimal.js rounding constant for a mode, checking the mode at run time (it may come from JSON or
 * untyped JavaScript).
 *
 * @internal
 */
export function toDecimalJsRounding(mode: RoundingMode | undefined, path: Path = ['mode']): DecimalJs.Rounding {
  if (mode === undefined) return DecimalJs.ROUND_HALF_EVEN;
  const rounding = Object.hasOwn(DECIMAL_JS_MODE, mode) ? DECIMAL_JS_MODE[mode] : undefined;
  if (rounding === undefined) {
    fail('invalid_rounding_mode', `expected one of ${ROUNDING_MODES.join(', ')}, received ${show(mode)}`, path, mode);
  }
  return rounding;
}

/** Check a rounding mode read at run time; `undefined` is the default, `'half-even'`. @internal */
export function checkRoundingMode(mode: RoundingMode | undefined, path: Path = ['mode']): RoundingMode {
  if (mode === undefined) return 'half-even';
  toDecimalJsRounding(mode, path);
  return mode;
}

/** Check a scale (decimal places): a whole number from 0 to 100. @internal */
export function checkScale(scale: number, path: Path = ['scale']): number {
  if (!Number.isInteger(scale) || scale < 0 || scale > 100) {
    fail(
      'invalid_scale',
      `expected a whole number of decimal places from 0 to 100, received ${String(scale)}`,
      path,
      scale,
    );
  }
  return scale;
}
