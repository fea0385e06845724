// zod (the library's schema checker) probes `new Function` to compile fast parsers, and a strict
// Content-Security-Policy reports the probe as a violation even though zod falls back. Its jitless mode
// skips the probe; parsing a scenario stays well under a millisecond either way. This module is imported
// first, so the setting is made before any of the library's modules runs (some parse as they load).
import { config } from 'zod';

/** zod's settings, jitless; read by the page and the worker, so that the import is kept and runs first. */
export const zodConfig = config({ jitless: true });
