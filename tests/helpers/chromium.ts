// Where the browser suites find Chromium (Debian's, or CHROMIUM_PATH), and whether they must run: .ci/run
// sets REQUIRE_CHROMIUM=1, which turns a skip into a failure. No browser is ever downloaded.
import { existsSync } from 'node:fs';

/** The Chromium to drive, if any. */
export const CHROMIUM = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => path !== undefined && existsSync(path),
);

/** Whether a missing Chromium fails the run (CI) instead of skipping the suite. */
export const CHROMIUM_REQUIRED = process.env['REQUIRE_CHROMIUM'] === '1';

/** How to enable the browser suites. */
export const CHROMIUM_HOW = 'install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to run it';

/** Say that a suite was skipped, and how to run it; true when it runs. */
export function browserSuiteRuns(what: string): boolean {
  if (CHROMIUM === undefined && !CHROMIUM_REQUIRED)
    console.warn(`[budget-whatif] skipped: ${what} (no Chromium); ${CHROMIUM_HOW}`);
  return CHROMIUM !== undefined || CHROMIUM_REQUIRED;
}
