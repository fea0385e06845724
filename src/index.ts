/**
 * budget-whatif: exact, cited what-if analysis of public budgets and spending plans.
 *
 * The public API, layer by layer (see docs/architecture.md). Everything here is a pure function over
 * readonly plain data; amounts are exact decimals.
 *
 * @packageDocumentation
 * @module budget-whatif
 */
export * from './errors/index';
export * from './sources/index';
export * from './decimal/index';
export * from './money/index';
export * from './quotes/index';
export * from './fx/index';
export * from './series/index';
export * from './plans/index';
export * from './economy/index';
export * from './data/index';
