export { abs } from './abs';
export { add } from './add';
export { allocate, type AllocateOptions } from './allocate';
export { compare } from './compare';
export {
  CURRENCIES,
  getCurrency,
  isCurrencyCode,
  type Currency,
  type CurrencyCode,
  type KnownCurrencyCode,
} from './currencies';
export { divide, type DivideOptions } from './divide';
export { equals } from './equals';
export { format, type FormatOptions } from './format';
export { fromJSON } from './fromJSON';
export { fromMinorUnits } from './fromMinorUnits';
export { isNegative } from './isNegative';
export { isPositive } from './isPositive';
export { isZero } from './isZero';
export { max } from './max';
export { min } from './min';
export { money } from './money';
export type { Money } from './core';
export { multiply } from './multiply';
export { negate } from './negate';
export { ratio } from './ratio';
export { round, type RoundOptions } from './round';
export { subtract } from './subtract';
export { sum, type SumOptions } from './sum';
export { toJSON, type MoneyJSON } from './toJSON';
export { toMinorUnits, type ToMinorUnitsOptions } from './toMinorUnits';
