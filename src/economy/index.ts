export { convertSeries } from './convertSeries';
export { gdpPath, type GdpPathInput, type YearAmount } from './gdpPath';
export { pathTo, type PathStart } from './pathTo';
export { perCapita } from './perCapita';
export { requiredShare } from './requiredShare';
export type { ShareInput } from './shares';
export { spendingAtShare, spendingBand, type ShareBand, type SpendingBand } from './spendingAtShare';
export {
  targetGap,
  type SpendingByCategory,
  type TargetGap,
  type TargetGapOptions,
  type TargetGapRow,
  type TargetStatus,
} from './targetGap';
export {
  defineTarget,
  type SpendingCategory,
  type Target,
  type TargetCategory,
  type TargetCount,
  type TargetInput,
  type TargetRule,
  type TargetStart,
} from './targets';
