// The CLI's link to the real world: files, standard streams, the exit code. Everything else in the
// CLI goes through the CliIo it builds here, so that the commands can be tested without a process.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import process from 'node:process';
import type { CliIo } from './io';
import { main } from './main';

/** The package's version, from its package.json (one level up from dist/, two from src/cli/). */
function version(): string {
  const require = createRequire(import.meta.url);
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const found = require(candidate) as { name?: string; version?: string };
      if (found.name === 'budget-whatif' && typeof found.version === 'string') return found.version;
    } catch {
      // not this one
    }
  }
  return 'unknown';
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Run the CLI on this process's arguments and streams, and set its exit code.
 *
 * @internal
 */
export async function runFromProcess(): Promise<void> {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: (path, content) =>
      typeof content === 'string' ? writeFile(path, content, 'utf8') : writeFile(path, content),
    readStdin,
    stderrIsTty: process.stderr.isTTY,
    version: version(),
    now: () => performance.now(),
    debug: process.env['BUDGET_WHATIF_DEBUG'] === '1',
  };
  // A closed pipe (budget-whatif run | head) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  process.exitCode = await main(process.argv.slice(2), io);
}
