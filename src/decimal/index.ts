export { DECIMAL_PRECISION, type Decimal } from './core';
export { decimal, type DecimalInput } from './decimal';
export { fromNumber } from './fromNumber';
export { NUMBER_LIMITS } from './limits';
export { ROUNDING_MODES, type RoundingMode } from './rounding';
