export {
  ci90,
  discrete,
  fixed,
  lognormal,
  normal,
  pert,
  triangular,
  uniform,
  type Ci90Options,
  type DiscreteDistribution,
  type Distribution,
  type FixedDistribution,
  type LognormalDistribution,
  type NormalDistribution,
  type NumberInput,
  type PertDistribution,
  type PertOptions,
  type TriangularDistribution,
  type TruncateOption,
  type Truncation,
  type UniformDistribution,
} from './distributions';
export type { CorrelationMeasure, Correlations } from './correlation';
export {
  follow,
  simulate,
  type Follow,
  type FollowOptions,
  type InputSpec,
  type MetricDistribution,
  type SimulateOptions,
  type SimulationInput,
  type SimulationResult,
  type TargetOdds,
} from './simulate';
export { SimulationSamples, type SamplesJson } from './samples';
export type { Summary } from './summary';
