export type { Alternatives, Figure, FigureStatus } from './figures';
export { borderPlan } from './lithuania/borderPlan';
export { lithuania, type DefenceBudget, type LithuaniaDataset, type Vintage } from './lithuania/dataset';
export { getTarget, TARGETS } from './targets';
export {
  NATO_ALLIES,
  NATO_RELEASES,
  natoShare,
  natoSharesIn,
  natoShareVintages,
  type NatoAlly,
  type NatoReleaseId,
  type NatoShare,
  type NatoShareStatus,
} from './nato/natoShares';
