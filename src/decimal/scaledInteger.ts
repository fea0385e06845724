// Exact integer arithmetic for the places where decimal.js would round twice or be slow: a Decimal as
// an integer and a power-of-ten scale, and the correctly rounded quotient of two integers.
import { D, DECIMAL_PRECISION, ZERO, type Decimal } from './core';
import type { RoundingMode } from './rounding';

/** A Decimal as `units / 10^scale`, with `units` a bigint. @internal */
export interface ScaledInteger {
  readonly units: bigint;
  readonly scale: number;
}

/** The exact integer form of a finite Decimal (`"-12.345"` → `{ units: -12345n, scale: 3 }`). @internal */
export function toScaledInteger(value: Decimal): ScaledInteger {
  const words = value.d;
  if (value.isZero()) return ZERO_SCALED;
  // Read decimal.js's digit words (see fromScaledInteger) instead of printing the value with toFixed():
  // the digits are the first word, then each later word as 7 digits; the leading digit sits at 10^e.
  let digits = String(words[0]);
  for (let i = 1; i < words.length; i++) digits += String(words[i]).padStart(LOG_BASE, '0');
  let length = digits.length;
  while (length > 1 && digits.charCodeAt(length - 1) === 48) length--; // trailing zeros of the last word
  const scale = length - 1 - value.e;
  const text = value.s < 0 ? `-${digits.slice(0, length)}` : digits.slice(0, length);
  if (scale >= 0) return { units: BigInt(text), scale };
  return { units: BigInt(text) * powerOfTen(-scale), scale: 0 };
}

const ZERO_SCALED: ScaledInteger = { units: 0n, scale: 0 };

/** `units / 10^scale` as a Decimal, built from its digits (no division, no string parsing). @internal */
export function fromScaledInteger(units: bigint, scale: number): Decimal {
  if (units === 0n) return ZERO;
  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  if (magnitude <= MAX_SAFE && scale <= LOG_BASE) return fromSafeUnits(Number(magnitude), scale, negative);
  const digits = magnitude.toString();
  // The representation decimal.js declares on every instance (`d`, `e`, `s` in decimal.d.ts): `s` the
  // sign, `e` the base-10 exponent of the leading digit, `d` the digits in words of LOG_BASE (7)
  // decimal digits, aligned so that word boundaries fall at multiples of 7 from the decimal point, with
  // no trailing zero words. Filling it directly is ten times faster than `new Decimal(string)` (which
  // runs two regular expressions per call) and is what makes allocate() as fast as integer libraries.
  // It mirrors decimal.js's own parseDecimal(); a property test checks it against `new Decimal(string)`.
  let length = digits.length;
  while (digits.charCodeAt(length - 1) === 48) length--; // trailing zeros are not stored
  const exponent = digits.length - scale - 1;
  const words: number[] = [];
  let cut = (exponent + 1) % LOG_BASE;
  if (exponent < 0) cut += LOG_BASE;
  let rest: string;
  if (cut < length) {
    if (cut > 0) words.push(Number(digits.slice(0, cut)));
    for (; cut + LOG_BASE < length; cut += LOG_BASE) words.push(Number(digits.slice(cut, cut + LOG_BASE)));
    rest = digits.slice(cut, length);
    words.push(Number(rest.padEnd(LOG_BASE, '0')));
  } else {
    words.push(Number(digits.slice(0, length).padEnd(cut, '0')));
  }
  return withRepresentation(negative, exponent, words);
}

/**
 * {@link fromScaledInteger} for a safe integer count of units, with no bigint on the way.
 *
 * @internal
 */
export function fromSafeScaledInteger(units: number, scale: number): Decimal {
  if (units === 0) return ZERO;
  if (scale > LOG_BASE) return fromScaledInteger(BigInt(units), scale);
  return units < 0 ? fromSafeUnits(-units, scale, true) : fromSafeUnits(units, scale, false);
}

/**
 * The number of whole units of `10^-scale` in a Decimal, as a JS number, when that is exact: the value
 * has no digits below `scale` and the count is below 2^53. `undefined` otherwise (the caller then takes
 * the bigint path). Reads decimal.js's digit words directly; see {@link fromScaledInteger}.
 *
 * @internal
 */
export function toSafeUnits(value: Decimal, scale: number): number | undefined {
  const words = value.d;
  if (value.isZero()) return 0;
  const leadingDigits = (((value.e + 1) % LOG_BASE) + LOG_BASE) % LOG_BASE || LOG_BASE;
  let exponent = value.e - leadingDigits + 1 + scale; // of the last digit of the current word, in units
  let units = 0;
  for (const word of words) {
    if (exponent >= 0) {
      if (exponent > 15) return undefined;
      units += word * (POWERS_OF_TEN_15[exponent] as number);
    } else if (word !== 0) {
      if (exponent < -LOG_BASE) return undefined; // digits below the unit
      const below = POWERS_OF_TEN[-exponent] as number;
      if (word % below !== 0) return undefined;
      units += word / below;
    }
    if (units > Number.MAX_SAFE_INTEGER) return undefined;
    exponent -= LOG_BASE;
  }
  return value.s < 0 ? -units : units;
}

const POWERS_OF_TEN_15: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** Decimal digits per element of decimal.js's digit array (its LOG_BASE). */
const LOG_BASE = 7;
const BASE = 1e7;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const POWERS_OF_TEN: readonly number[] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];

/**
 * The common case of {@link fromScaledInteger} (amounts below 2^53 units, at most 7 decimals: every
 * money amount in cents up to €90 trillion) in float arithmetic that is exact here: `%` of integers
 * and the division of an exact multiple are exact in binary floating point.
 */
function fromSafeUnits(units: number, scale: number, negative: boolean): Decimal {
  const unit = POWERS_OF_TEN[scale] as number;
  const fraction = units % unit;
  const integer = (units - fraction) / unit;
  // The fraction as one 7-digit word: 0.05 is the word 0500000.
  const fractionWord = fraction * (POWERS_OF_TEN[LOG_BASE - scale] as number);
  if (integer === 0) return withRepresentation(negative, digitCount(fractionWord) - LOG_BASE - 1, [fractionWord]);
  // The integer's base-10^7 words, most significant first: at most three below 2^53.
  let words: number[];
  let exponent: number;
  if (integer < BASE) {
    words = [integer];
    exponent = digitCount(integer) - 1;
  } else {
    const low = integer % BASE;
    const high = (integer - low) / BASE;
    if (high < BASE) {
      words = [high, low];
      exponent = LOG_BASE + digitCount(high) - 1;
    } else {
      const middle = high % BASE;
      const top = (high - middle) / BASE;
      words = [top, middle, low];
      exponent = 2 * LOG_BASE + digitCount(top) - 1;
    }
  }
  if (fractionWord !== 0) words.push(fractionWord);
  else while (words.length > 1 && words[words.length - 1] === 0) words.pop(); // no trailing zero words
  return withRepresentation(negative, exponent, words);
}

function digitCount(word: number): number {
  let count = 1;
  while (count < LOG_BASE && word >= (POWERS_OF_TEN[count] as number)) count++;
  return count;
}

/** A new Decimal with this sign, exponent and digit words. */
function withRepresentation(negative: boolean, exponent: number, words: number[]): Decimal {
  // What decimal.js's constructor itself produces: an object on the shared prototype with its own
  // `constructor` (the clone whose settings its arithmetic follows) and `s`, `e`, `d`, in that order.
  // Built directly it costs a tenth of `new D(...)`, which runs the constructor's checks and copies.
  const result = Object.create(PROTOTYPE) as { constructor: unknown; s: number; e: number; d: number[] };
  result.constructor = D;
  result.s = negative ? -1 : 1;
  result.e = exponent;
  result.d = words;
  return result as unknown as Decimal;
}

const PROTOTYPE = D.prototype as object;

/** 10^n as a bigint, cached for the small exponents used all the time. @internal */
export function powerOfTen(n: number): bigint {
  return n < POWERS.length ? (POWERS[n] as bigint) : 10n ** BigInt(n);
}
const POWERS: readonly bigint[] = Array.from({ length: 64 }, (_, i) => 10n ** BigInt(i));

/** The integer nearest to `numerator / denominator` under a rounding mode: one exact rounding. @internal */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  let n = numerator;
  let m = denominator;
  if (m < 0n) {
    n = -n;
    m = -m;
  }
  const quotient = n / m; // truncated towards zero
  const remainder = n % m; // has the sign of n
  if (remainder === 0n) return quotient;
  const away = n < 0n ? quotient - 1n : quotient + 1n;
  const twice = 2n * (remainder < 0n ? -remainder : remainder);
  switch (mode) {
    case 'down':
      return quotient;
    case 'up':
      return away;
    case 'ceil':
      return n > 0n ? away : quotient;
    case 'floor':
      return n < 0n ? away : quotient;
    case 'half-up':
      return twice >= m ? away : quotient;
    case 'half-down':
      return twice > m ? away : quotient;
    case 'half-even':
      if (twice !== m) return twice > m ? away : quotient;
      return quotient % 2n === 0n ? quotient : away;
  }
}

/** `a / b` rounded to `scale` decimals, exactly once. @internal */
export function quotientRounded(dividend: Decimal, divisor: Decimal, scale: number, mode: RoundingMode): Decimal {
  // The common case (an amount divided by a head count): both safe integers at this scale, no bigint.
  if (divisor.isZero()) throw new RangeError('Division by zero'); // as bigint division says it
  const units = toSafeUnits(dividend, scale);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; the bigint path below gives the same quotient
  const by = units === undefined ? undefined : toSafeUnits(divisor, 0);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; the bigint path below gives the same quotient
  if (units !== undefined && by !== undefined)
    // Stryker disable next-line EqualityOperator: by is not zero
    return fromSafeScaledInteger(by < 0 ? roundSafe(-units, -by, mode) : roundSafe(units, by, mode), scale);
  const a = toScaledInteger(dividend);
  const b = toScaledInteger(divisor);
  // a/b · 10^scale = A·10^(sb+scale) / (B·10^sa)
  const numerator = a.units * powerOfTen(b.scale + scale);
  const denominator = b.units * powerOfTen(a.scale);
  return fromScaledInteger(divideRounded(numerator, denominator, mode), scale);
}

// Integer forms of Decimals used again and again (shares, rates): read once.
const scaledCache = new WeakMap<Decimal, ScaledInteger>();

function scaledOf(value: Decimal): ScaledInteger {
  let scaled = scaledCache.get(value);
  if (scaled === undefined) {
    scaled = toScaledInteger(value);
    scaledCache.set(value, scaled);
  }
  return scaled;
}

/**
 * `a × b` rounded once to `scale` decimals: the same as `a.times(b).toDecimalPlaces(scale, mode)`, in
 * integer arithmetic (JS numbers while every step stays below 2^53, bigints beyond). The hot path of
 * reports: every amount at a share of GDP, every conversion at a rate.
 *
 * @internal
 */
export function productRounded(a: Decimal, b: Decimal, scale: number, mode: RoundingMode): Decimal {
  const y = scaledOf(b);
  const shift = y.scale; // a·b at `scale` decimals = (a at `scale`) · y.units / 10^shift, when a has ≤ scale decimals
  const units = toSafeUnits(a, scale);
  const factor = Number(y.units);
  if (units !== undefined && Number.isSafeInteger(factor) && shift <= 15) {
    const product = units * factor;
    if (Number.isSafeInteger(product)) {
      return fromSafeScaledInteger(roundSafe(product, POWERS_OF_TEN_15[shift] as number, mode), scale);
    }
  }
  const x = toScaledInteger(a);
  // a·b = X·Y / 10^(sx+sy); at `scale` decimals: X·Y / 10^(sx+sy−scale).
  const exponent = x.scale + y.scale - scale;
  const product = x.units * y.units;
  const rounded = exponent >= 0 ? divideRounded(product, powerOfTen(exponent), mode) : product * powerOfTen(-exponent);
  return fromScaledInteger(rounded, scale);
}

/** `n / d` rounded to an integer under a mode, for safe integers n and d > 0: exact in float arithmetic. */
function roundSafe(n: number, d: number, mode: RoundingMode): number {
  const r = n % d; // exact; has the sign of n
  const q = (n - r) / d; // exact: an exact multiple divided
  if (r === 0) return q;
  const away = n < 0 ? q - 1 : q + 1;
  const twice = 2 * Math.abs(r);
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return away;
    case 'ceil':
      return n > 0 ? away : q;
    case 'floor':
      return n < 0 ? away : q;
    case 'half-up':
      return twice >= d ? away : q;
    case 'half-down':
      return twice > d ? away : q;
    case 'half-even':
      if (twice !== d) return twice > d ? away : q;
      return q % 2 === 0 ? q : away;
  }
}

/**
 * `a / b` to {@link DECIMAL_PRECISION} significant digits, rounded half-even: the same value as
 * `a.div(b)` (decimal.js rounds its quotients correctly too), in bigint arithmetic, about 40% faster.
 *
 * @internal
 */
export function quotient(a: Decimal, b: Decimal): Decimal {
  if (a.isZero()) return ZERO;
  const x = toScaledInteger(a);
  const y = scaledOf(b);
  // The quotient's leading digit is at 10^(a.e − b.e) or one below, so at this scale the integer
  // quotient has 41 or 40 digits; round it once to exactly 40 significant digits.
  const scale = DECIMAL_PRECISION - (a.e - b.e);
  let numerator = x.units * powerOfTen(Math.max(0, y.scale + scale));
  let denominator = y.units * powerOfTen(x.scale + Math.max(0, -(y.scale + scale)));
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  // With `scale` decimals the quotient has 40 or 41 digits; with 41, round at one decimal fewer.
  const truncated = numerator / denominator;
  const digits = (truncated < 0n ? -truncated : truncated).toString().length;
  if (digits > DECIMAL_PRECISION)
    return fromSignedScaled(divideRounded(numerator, denominator * 10n, 'half-even'), scale - 1);
  return fromSignedScaled(divideRounded(numerator, denominator, 'half-even'), scale);
}

function fromSignedScaled(units: bigint, scale: number): Decimal {
  return scale >= 0 ? fromScaledInteger(units, scale) : fromScaledInteger(units * powerOfTen(-scale), 0);
}

/** `a × b` exactly, as a scaled integer: no digit of the product is lost. @internal */
export function scaledProduct(a: Decimal, b: Decimal): ScaledInteger {
  const x = scaledOf(a);
  const y = scaledOf(b);
  return { units: x.units * y.units, scale: x.scale + y.scale };
}

/** `x + y` exactly (`x − y` with `sign` −1). @internal */
export function scaledSum(x: ScaledInteger, y: ScaledInteger, sign: 1 | -1 = 1): ScaledInteger {
  if (y.units === 0n) return x;
  if (x.units === 0n && sign === 1) return y;
  if (x.scale === y.scale) return { units: sign === 1 ? x.units + y.units : x.units - y.units, scale: x.scale };
  // One side moves to the other's scale (one multiplication, no sign as a bigint).
  // Stryker disable next-line EqualityOperator: equal scales returned above
  if (x.scale > y.scale) {
    const units = y.units * powerOfTen(x.scale - y.scale);
    return { units: sign === 1 ? x.units + units : x.units - units, scale: x.scale };
  }
  const units = x.units * powerOfTen(y.scale - x.scale);
  return { units: sign === 1 ? units + y.units : units - y.units, scale: y.scale };
}

/** `x` rounded once to `scale` decimals (exactly, without a mode). @internal */
export function scaledRounded(x: ScaledInteger, scale: number, mode: RoundingMode | undefined): Decimal {
  // Stryker disable next-line EqualityOperator: at equal scales, dividing by 10^0 gives the same value
  if (mode === undefined || x.scale <= scale) return fromScaledInteger(x.units, x.scale);
  return fromScaledInteger(divideRounded(x.units, powerOfTen(x.scale - scale), mode), scale);
}

/** Whether `x` is below `y`. @internal */
export function scaledBelow(x: ScaledInteger, y: ScaledInteger): boolean {
  // Stryker disable next-line EqualityOperator: equal values counted in full or capped at the same value are the same figures
  return scaledSum(x, y, -1).units < 0n;
}

/**
 * The exact sum of amounts of a series (`amount` of each value), in whole units of `10^-scale` while every
 * amount and the running sum are safe integers there, else in Decimals: the same value either way. Totals
 * of rounded money are the common case, and one Decimal at the end costs less than one a year.
 *
 * @internal
 */
export function sumOfAmounts(
  series: Readonly<Record<number, { readonly amount: Decimal }>>,
  scale: number,
  years?: readonly number[],
): Decimal {
  let units = 0;
  // The years, when the caller knows them, are read in order without listing the series' keys.
  for (const key of years ?? Object.keys(series)) {
    const value = series[Number(key)];
    if (value === undefined) continue;
    // Stryker disable next-line LogicalOperator: any amount not read as units (NaN, 0 or undefined) ends in the Decimal sum or the same total
    units += toSafeUnits(value.amount, scale) ?? Number.NaN;
    // Stryker disable next-line ConditionalExpression,BooleanLiteral: a shortcut; the Decimal sum is the same total
    if (!Number.isSafeInteger(units)) return sumOfDecimals(series);
  }
  return fromSafeScaledInteger(units, scale);
}

function sumOfDecimals(series: Readonly<Record<number, { readonly amount: Decimal }>>): Decimal {
  let total = ZERO;
  for (const key in series) total = total.plus((series[Number(key)] as { readonly amount: Decimal }).amount);
  return total;
}
