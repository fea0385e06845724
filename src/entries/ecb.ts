/**
 * `budget-whatif/ecb`: the ECB's euro reference rates, embedded (about 46 kB gzipped), in an entry point
 * of their own so that the core import does not load them.
 *
 * @packageDocumentation
 * @module budget-whatif/ecb
 */
export { ECB_SOURCE, ecb } from '../data/ecb/eurofxref';
