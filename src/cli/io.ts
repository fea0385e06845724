/**
 * What the CLI needs from the world, passed in: the real one (node.ts) reads files and writes to the
 * terminal; tests pass one that records. The commands themselves stay testable and never touch
 * `process`.
 *
 * @internal
 */
export interface CliIo {
  /** Write to standard output. */
  readonly stdout: (text: string) => void;
  /** Write to standard error. */
  readonly stderr: (text: string) => void;
  /** Read a text file; rejects with an error whose `code` is `ENOENT` when it does not exist. */
  readonly readFile: (path: string) => Promise<string>;
  /** Write a file. */
  readonly writeFile: (path: string, content: string | Uint8Array) => Promise<void>;
  /** Read all of standard input. */
  readonly readStdin: () => Promise<string>;
  /** Whether standard error is a terminal (for the progress bar). */
  readonly stderrIsTty: boolean;
  /** The package's version. */
  readonly version: string;
  /** Milliseconds, for deciding when a progress bar is worth showing. */
  readonly now: () => number;
  /** Print the stack of an unexpected error (`BUDGET_WHATIF_DEBUG=1`); otherwise its message alone. */
  readonly debug?: boolean;
}

/**
 * A mistake in how the command was called (an unknown flag, a missing argument, a file that does not
 * exist): exit code 2, with the message on standard error.
 *
 * @internal
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
