import DecimalJs from 'decimal.js';
// The instance type by its named export: decimal.js ships one CommonJS-style declaration file, and under
// `node16`/`nodenext` an ES module's default import of it is the module object, not the class, so
// `DecimalJs` as a type fails there (TS2709) and `skipLibCheck` quietly makes every Decimal `any`.
import type { Decimal as DecimalInstance } from 'decimal.js';

/**
 * The number of significant digits every budget-whatif calculation carries: 40.
 *
 * That is more than IEEE 754 decimal128 (34 digits) and leaves room for money amounts up to 10^15 with
 * many decimals multiplied by rates and growth factors. Sums, differences and products of amounts with
 * up to 40 significant digits between them are exact; a result that would need more digits (a quotient
 * such as 1/3, or a long chain of growth factors) is rounded half-even at the 40th digit, a relative
 * error below 1e-39, far below a cent on any budget.
 *
 * @category Numbers
 * @example
 * ```ts
 * import { DECIMAL_PRECISION } from 'budget-whatif';
 * DECIMAL_PRECISION; // => 40
 * ```
 */
export const DECIMAL_PRECISION = 40;

/**
 * An exact decimal number (a decimal.js `Decimal`), as every amount, rate and share in budget-whatif is.
 *
 * Create one with {@link decimal}; the library never uses binary floats for amounts.
 *
 * @category Numbers
 * @example
 * ```ts
 * import { decimal, type Decimal } from 'budget-whatif';
 * const share: Decimal = decimal('0.055');
 * share.times('77940000000').toString(); // => '4286700000'
 * ```
 */
export type Decimal = DecimalInstance;

/**
 * The private Decimal constructor: a clone, so that nothing an application sets on decimal.js's global
 * default (`Decimal.set`) changes our results, and nothing we set changes theirs.
 *
 * `toExpNeg`/`toExpPos` at their limits make `toString()` always plain notation (`"0.0000001"`, never
 * `"1e-7"`), which is what JSON output and people expect. `minE`/`maxE` keep decimal.js's defaults.
 *
 * @internal
 */
export const D = DecimalJs.clone({
  precision: DECIMAL_PRECISION,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  modulo: DecimalJs.ROUND_FLOOR,
});

/** Zero and one, shared because they are used everywhere. @internal */
export const ZERO: Decimal = new D(0);
/** @internal */
export const ONE: Decimal = new D(1);

/** Tell whether a value is a decimal.js Decimal from any copy or clone of decimal.js. @internal */
export function isDecimal(value: unknown): value is Decimal {
  return DecimalJs.isDecimal(value);
}
