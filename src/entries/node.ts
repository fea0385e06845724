/**
 * `budget-whatif/node`: what needs Node itself. `simulateInParallel` runs a simulation's trials on worker
 * threads, with the very result `simulate` gives on one. The other entries run anywhere (a browser, a Web
 * Worker); this one needs `node:worker_threads`.
 *
 * @packageDocumentation
 * @module budget-whatif/node
 */
export * from '../node/index';
