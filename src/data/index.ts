export type { Alternatives, Figure, FigureStatus } from './figures';
export { gdpBase, type VintageBase } from './gdpBase';
export { asOf } from './history/asOf';
export { latest } from './history/latest';
export { revisions, type Revision } from './history/revisions';
export {
  STAGES,
  type FigureHistory,
  type Measure,
  type PublishedValue,
  type Stage,
  type VintageFilter,
} from './history/types';
export { vintages } from './history/vintages';
export { borderPlan } from './lithuania/borderPlan';
export { LITHUANIA_BASES } from './lithuania/history';
export { natoAmounts, type NatoAmounts, type NatoMeasure } from './nato/natoAmounts';
export { natoDenominator, type NatoDenominator } from './nato/natoDenominator';
export { natoFiscalYear, type NatoFiscalYear } from './nato/natoFiscalYear';
export { natoShareHistory } from './nato/natoShareHistory';
export { allyPopulation, allyPopulationProjection } from './population/allyPopulation';
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
