// The CLI in-process, for tests: a recording CliIo (files in a Map, no process), the exit code and what
// was written. A file set to FOLDER reads as a folder does (EISDIR).
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';

/** A file whose content stands for a folder: reading it fails with EISDIR. */
export const FOLDER = '\u0000folder';

/** What a run of the CLI did. */
export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly files: Map<string, string>;
}

/** Run the CLI on `argv` with files, standard input, a terminal and a clock as given. */
export async function cli(
  argv: readonly string[],
  setup: { stdin?: string; files?: Record<string, string>; tty?: boolean; clock?: () => number } = {},
): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const files = new Map(Object.entries(setup.files ?? {}));
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => {
      const content = files.get(path);
      if (content === undefined) return Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' }));
      if (content === FOLDER) return Promise.reject(Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' }));
      return Promise.resolve(content);
    },
    writeFile: (path, content) => {
      if (path.startsWith('/missing/'))
        return Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' }));
      if (files.get(path) === FOLDER)
        return Promise.reject(Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' }));
      // A workbook's bytes are kept as a binary string (Buffer.from(text, 'latin1') gives them back).
      files.set(path, typeof content === 'string' ? content : Buffer.from(content).toString('latin1'));
      return Promise.resolve();
    },
    readStdin: () => Promise.resolve(setup.stdin ?? ''),
    stderrIsTty: setup.tty ?? false,
    version: '9.9.9',
    now: setup.clock ?? (() => 0),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, files };
}
