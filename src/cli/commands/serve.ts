// `budget-whatif serve`: the what-if page (dist/page, built by scripts/build-page.ts and shipped in the
// package) from a small static file server. It serves files and nothing else: no server-side logic, GET and
// HEAD only, no directory listings, nothing outside the page's folder; it binds to 127.0.0.1 unless told.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parse, text, whole } from '../args';
import { UsageError, type CliIo } from '../io';

/** The help of the command. @internal */
export const SERVE_HELP = `Usage: budget-whatif serve [--port <n>] [--host <address>] [--open]

Serve the what-if page: pick a scenario or any NATO ally, or open a file; drag the share of
GDP, growth, the exchange rate, the plan's years and overrun, and watch every table and chart
follow; share a link; download the scenario, the report, a workbook and the charts; run a
Monte Carlo. It all runs in the browser, offline: the server only hands out the page's files.
Stop with Ctrl-C.

Options:
  --port <n>        the port (default 8080; 0 for any free port)
  --host <address>  the address to listen on (default 127.0.0.1, this machine only)
  --open            open the page in the default browser
  --root <dir>      serve a page built elsewhere (npm run build:page -- <dir>)

The page is plain files (node_modules/budget-whatif/dist/page): copy them to publish anywhere.
`;

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A running server: its address and how to stop it. @internal */
export interface PageServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

/** The page's folder in the package: dist/page beside dist/cli.js. @internal */
export function packagedPage(): string {
  return fileURLToPath(new URL('./page/', import.meta.url));
}

/**
 * Serve the files of `root` on `host:port`; resolves once listening.
 *
 * @internal
 */
export async function startServer(options: {
  readonly root: string;
  readonly host: string;
  readonly port: number;
}): Promise<PageServer> {
  const root = path.resolve(options.root);
  const server = createServer((request, response) => {
    void answer(root, request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${String(port)}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

async function answer(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const headers = {
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
    'Referrer-Policy': 'no-referrer',
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response
      .writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
      .end('Only GET and HEAD.\n');
    return;
  }
  const file = fileFor(root, request.url ?? '/');
  const found = file === undefined ? undefined : await stat(file).catch(() => undefined);
  if (file === undefined || found?.isFile() !== true) {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found.\n');
    return;
  }
  const body = await readFile(file);
  response.writeHead(200, {
    ...headers,
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': String(body.length),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** The file a URL names inside root, or undefined for one outside it (or unreadable as a path). */
function fileFor(root: string, url: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://page/').pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const file = path.resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
  return file === root || file.startsWith(`${root}${path.sep}`) ? file : undefined;
}

/** `budget-whatif serve`. @internal */
export async function serveCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('serve', args, {
    port: { type: 'string' },
    host: { type: 'string' },
    open: { type: 'boolean' },
    root: { type: 'string' },
  });
  if (values['help'] === true) {
    io.stdout(SERVE_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`serve takes no ${positionals[0] ?? ''}\nSee: budget-whatif serve --help`);
  const port = whole(values, 'port', 8080, { min: 0, max: 65_535 });
  const host = text(values, 'host') ?? '127.0.0.1';
  const root = text(values, 'root') ?? packagedPage();
  if (!existsSync(path.join(root, 'index.html')))
    throw new UsageError(
      `no page in ${root} (no index.html): build it with npm run build (or npm run build:page -- <dir>)`,
    );
  let server: PageServer;
  try {
    server = await startServer({ root, host, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'EADDRINUSE'
        ? `port ${String(port)} on ${host} is in use: choose another with --port (0 for any free port)`
        : `cannot listen on ${host}:${String(port)}: ${(error as Error).message}`,
    );
  }
  io.stdout(`The what-if page: ${server.url}\nServing ${root}; Ctrl-C stops it.\n`);
  if (values['open'] === true) openInBrowser(server.url, io);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      void server.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

function openInBrowser(url: string, io: CliIo): void {
  const [command, args]: [string, string[]] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => {
    io.stderr(`Could not open a browser (${command}); open ${url} yourself.\n`);
  });
  child.unref();
}
