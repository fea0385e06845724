import { fail, show, type Path } from '../errors/fail';
import { D, isDecimal, type Decimal } from './core';
import { checkLimits } from './limits';

/**
 * What budget-whatif accepts wherever it wants an exact number.
 *
 * - a decimal **string**: `"1100000000"`, `"-0.055"`, `"1.1e9"`, `"1_100_000_000"` (underscores between
 *   digits, as in JavaScript source), with an optional sign and exponent;
 * - a **bigint**: `1_100_000_000n`;
 * - a **Decimal** from any copy of decimal.js (it is re-read at our precision);
 * - a JS **number** only when it is a safe integer (`1100000000`, `-3`): any other number has already
 *   been rounded to binary and is rejected; convert it on purpose with {@link fromNumber}.
 *
 * Every form is held to {@link NUMBER_LIMITS}: at most 40 significant digits, a magnitude below 10^21.
 *
 * @category Numbers
 * @example
 * ```ts
 * import { decimal, type DecimalInput } from 'budget-whatif';
 * const inputs: DecimalInput[] = ['1.1e9', 1_100_000_000n, 1100000000];
 * inputs.map((input) => decimal(input).toString()); // => ['1100000000', '1100000000', '1100000000']
 * ```
 */
export type DecimalInput = string | bigint | number | Decimal;

// Digits with optional single underscores between them; an optional fraction; an optional exponent.
// Deliberately narrower than decimal.js, which would also take "0x1F", "Infinity" and "NaN".
const DECIMAL_STRING = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d+)?$/;

/**
 * Read an exact decimal number from a string, bigint, safe integer or Decimal.
 *
 * @param value - the number; see {@link DecimalInput} for the accepted forms.
 * @returns the value as a {@link Decimal} at budget-whatif's precision ({@link DECIMAL_PRECISION} digits).
 * @throws {@link BudgetWhatIfError} `invalid_number` for a string that is not a plain decimal (`"1,1"`,
 *   `"0x10"`, `""`, `"NaN"`) or a value of another type; `unsafe_number` for a JS number that is not a
 *   safe integer (`0.1 + 0.2`, `1e20`), with a hint to pass a string or use {@link fromNumber};
 *   `out_of_range` and `precision_exceeded` outside {@link NUMBER_LIMITS}.
 * @category Numbers
 * @example
 * ```ts
 * import { decimal } from 'budget-whatif';
 * decimal('1_100_000_000').toString(); // => '1100000000'
 * decimal('1.1e9').equals(decimal(1_100_000_000n)); // => true
 * decimal(0.1 + 0.2); // throws: unsafe_number, "pass the amount as a string, e.g. "0.3""
 * ```
 */
export function decimal(value: DecimalInput): Decimal {
  return toDecimal(value);
}

/**
 * {@link decimal} with a path for the error message, for callers reading nested input.
 *
 * @internal
 */
export function toDecimal(value: unknown, path: Path = []): Decimal {
  // Not `instanceof`: every clone of decimal.js shares one prototype, so a Decimal from the application's
  // own (perhaps lower-precision) clone would pass, and its arithmetic would follow its constructor's
  // settings. Each instance records its constructor, which is what decides.
  if (isDecimal(value)) {
    if (!value.isFinite())
      return fail('invalid_number', `expected a finite number, received ${value.toString()}`, path, value);
    return checkLimits(value.constructor === D ? value : new D(value), path, value);
  }
  switch (typeof value) {
    case 'string':
      return parseDecimalString(value, path);
    case 'bigint':
      return checkLimits(new D(value.toString()), path, value);
    case 'number':
      if (Number.isSafeInteger(value)) return new D(value);
      return fail(
        'unsafe_number',
        Number.isFinite(value)
          ? `${String(value)} is not a safe integer, so it may already carry a binary rounding error; pass the amount as a string, e.g. "${suggest(value)}", or convert it on purpose with fromNumber()`
          : `expected a finite number, received ${String(value)}`,
        path,
        value,
      );
    default:
      if (isDecimal(value)) {
        if (!value.isFinite())
          return fail('invalid_number', `expected a finite number, received ${value.toString()}`, path, value);
        return checkLimits(new D(value), path, value);
      }
      return fail(
        'invalid_number',
        `expected a decimal string, a bigint, a safe integer or a Decimal, received ${describeType(value)}`,
        path,
        value,
      );
  }
}

function parseDecimalString(text: string, path: Path): Decimal {
  if (!DECIMAL_STRING.test(text)) {
    return fail(
      'invalid_number',
      `expected a decimal number such as "1100000000", "0.055", "1.1e9" or "1_100_000_000", received ${show(text)}${hint(text)}`,
      path,
      text,
    );
  }
  const parsed = new D(text.includes('_') ? text.replaceAll('_', '') : text);
  // An exponent beyond decimal.js's own range makes Infinity (or zero, for a tiny number written with
  // digits other than zero): out of range as surely as 1e21 is.
  if (!parsed.isFinite() || (parsed.isZero() && /[1-9]/.test(text.replace(/[eE].*$/, ''))))
    return fail('out_of_range', `${JSON.stringify(text.slice(0, 48))} is out of range`, path, text);
  return checkLimits(parsed, path, text);
}

function hint(text: string): string {
  const trimmed = text.trim();
  if (trimmed !== text && DECIMAL_STRING.test(trimmed)) return ' (remove the surrounding spaces)';
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed))
    return ' (remove the thousands separators, or use underscores: "1_100_000")';
  if (/^[+-]?\d+,\d+$/.test(trimmed)) return ' (use a point as the decimal separator)';
  return '';
}

/** The shortest decimal that reads back as the same double: what the caller probably meant. */
function suggest(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? new D(text).toString() : Number(value.toPrecision(15)).toString();
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
