/**
 * budget-whatif: exact, cited what-if analysis of public budgets and spending plans.
 *
 * The public API, layer by layer (see docs/architecture.md). Everything here is a pure function over
 * readonly plain data; amounts are exact decimals.
 *
 * @packageDocumentation
 */
export * from './errors/index';
export * from './decimal/index';
export * from './money/index';
