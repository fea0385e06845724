// `npm run bench`: every benchmark, in one run, with the machine it ran on. Speed targets live here,
// not in timed tests; the numbers go to docs/performance.md.
import { benchMoney } from './money.bench';
import { machine } from './report';

console.log(`# budget-whatif benchmarks\n\nMachine: ${machine()}`);
await benchMoney();
