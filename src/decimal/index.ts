export { DECIMAL_PRECISION, type Decimal } from './core';
export { decimal, type DecimalInput } from './decimal';
export { fraction, type FractionInput } from './fraction';
export { fromNumber } from './fromNumber';
export { NUMBER_LIMITS } from './limits';
export { ROUNDING_MODES, type RoundingMode } from './rounding';
