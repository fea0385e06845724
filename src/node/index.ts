export { simulateInParallel, type ParallelSimulateOptions } from './threads';
