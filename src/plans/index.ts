export { cut } from './cut';
export { definePlan } from './definePlan';
export { delay } from './delay';
export { deflatePlan, indexPlan } from './indexation';
export { overrun } from './overrun';
export { rescale, type RescaleOptions } from './rescale';
export { schedule, type Schedule, type ScheduleItem, type ScheduleRow } from './schedule';
export { stretch } from './stretch';
export type { Phasing, PhasingInput, Plan, PlanInput, PlanItem, PlanItemInput, PriceBasis } from './types';
