export { convertSeries } from './convertSeries';
export { gdpPath, type GdpPathInput, type YearAmount } from './gdpPath';
export { pathTo, type PathStart } from './pathTo';
export { perCapita } from './perCapita';
export { requiredShare } from './requiredShare';
export type { ShareInput } from './shares';
export { spendingAtShare, spendingBand, type ShareBand, type SpendingBand } from './spendingAtShare';
export { targetGap, type TargetGap, type TargetGapOptions, type TargetGapRow } from './targetGap';
export { defineTarget, type Target, type TargetCategory, type TargetInput, type TargetStart } from './targets';
