#!/usr/bin/env node
// The `budget-whatif` command (package.json "bin"): everything is in src/cli/.
import { runFromProcess } from '../cli/node';

await runFromProcess();
