/**
 * `budget-whatif/uncertainty`: Monte Carlo over scenarios. Distributions for the inputs (`normal`,
 * `lognormal`, `uniform`, `triangular`, `pert`, `discrete`, `ci90`, `fixed`), correlations through a
 * Gaussian copula, and `simulate`, which runs a scenario's model on Float64Arrays and reports exact-cent
 * percentiles and the odds of every target. Builds on `budget-whatif/scenarios`.
 *
 * @packageDocumentation
 * @module budget-whatif/uncertainty
 */
export * from '../uncertainty/index';
