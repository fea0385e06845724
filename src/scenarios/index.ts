export { BUILTIN_SCENARIOS, getScenario } from './builtins';
export { scenarioFor, type ScenarioForOptions } from './scenarioFor';
export { countryData, type CountryData } from './countryData';
export type { NatoGrowth, UsdRate } from './natoEconomy';
export { evaluate, type EvaluateOptions } from './evaluate';
export { PLAUSIBLE_RANGES, type PlausibilityWarning, type PlausibleRange, type PlausibleRanges } from './plausibility';
export { PUBLISHED_TOLERANCE, type PublishedTolerance } from './published';
export {
  parseScenario,
  safeParseScenario,
  type ParseScenarioOptions,
  type SafeParseScenarioResult,
} from './parseScenario';
export type {
  ConstantPrices,
  ConvertedSeries,
  CurrencyView,
  PlanResult,
  GdpBasis,
  PublishedComparison,
  ScenarioResult,
  SpendingResult,
  TargetResult,
} from './result';

export type {
  AmountSpec,
  Change,
  GdpSpec,
  PhasingSpec,
  PlanItemSpec,
  PlanSpec,
  PublishedSpec,
  Scenario,
  SpendingSpec,
  TargetSpec,
  YearlyValues,
} from './types';
export { compare, type Comparison, type ComparisonRow } from './compare';
export {
  compareMany,
  type ComparedScenario,
  type CompareManyOptions,
  type ManyComparison,
  type SeriesComparison,
  type SeriesRow,
} from './compareMany';
export { listMetrics, metric, type MetricValue } from './metrics';
export {
  sweep,
  sweep2,
  type Sweep,
  type Sweep2,
  type Sweep2Options,
  type SweepAxis,
  type SweepOptions,
  type SweepRow,
} from './sweep';
export {
  withOverrides,
  type DeepPartial,
  type Override,
  type OverrideOptions,
  type ScenarioPatch,
} from './withOverrides';
export type { ReplacedAssumption, ReplacedSource } from './replaced';
export type { ShadowedChange } from './shadowed';
export type { Interpolation } from './interpolate';
export { goalSeek, type GoalSeekOptions, type GoalSeekPoint, type GoalSeekResult } from './goalSeek';
export { tornado, type Tornado, type TornadoInput, type TornadoOptions, type TornadoRow } from './tornado';
export { scenarioJsonSchema } from './jsonSchema';
export { parseScenarioText, type ParseScenarioTextOptions } from './parseScenarioText';
export { SCENARIO_LIMITS } from './limits';
