export { addIntervals } from './addIntervals';
export type { QuotedAmount } from './amounts';
export { checkShare, type ShareCheck, type ShareVerdict } from './checkShare';
export { contains } from './contains';
export { divideIntervals } from './divideIntervals';
export { formatInterval, type FormatIntervalOptions } from './formatInterval';
export { intersect } from './intersect';
export { interval, moneyInterval, type IntervalOptions } from './interval';
export { midpoint } from './midpoint';
export { multiplyIntervals } from './multiplyIntervals';
export {
  parseQuote,
  type Magnitude,
  type MoneyQuote,
  type NumberQuote,
  type ParsedQuote,
  type ParseQuoteOptions,
  type PercentQuote,
  type QuoteCommon,
  type QuoteHedge,
} from './parseQuote';
export { subtractIntervals } from './subtractIntervals';
export type { Interval, MoneyInterval, RateInterval } from './types';
export { width } from './width';
