// `npm run bench`: every benchmark, in one run, against the built package (dist/, as users get it), with
// the machine it ran on. Speed targets live here, not in timed tests; the numbers go to
// docs/performance.md.
import { benchMoney } from './money.bench';
import { benchMonteCarlo } from './monte-carlo.bench';
import { benchScenarios } from './scenarios.bench';
import { benchPage } from './page.bench';
import { machine } from './report';

console.log(`# budget-whatif benchmarks\n\nMachine: ${machine()}`);
await benchMoney();
await benchScenarios();
await benchMonteCarlo();
await benchPage();
