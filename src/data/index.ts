export type { Alternatives, Figure, FigureStatus } from './figures';
export { borderPlan } from './lithuania/borderPlan';
export { lithuania, type DefenceBudget, type LithuaniaDataset, type Vintage } from './lithuania/dataset';
export { getTarget, TARGETS } from './targets';
