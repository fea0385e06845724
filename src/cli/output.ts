import type { ChartSpec } from '../reports/charts';
import { renderMarkdown, renderText } from '../reports/render';
import type { Report } from '../reports/types';
import { UsageError, type CliIo } from './io';
import { fileProblem } from './load';

/** Write a command's output to `--out FILE`, or to standard output. @internal */
export async function emit(text: string, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined) io.stdout(text);
  else await writeText(out, text, io, '--out');
}

/** Write a workbook to `--out FILE`: bytes, never to a terminal. @internal */
export async function emitWorkbook(bytes: Uint8Array, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined) throw new UsageError('--format xlsx writes a file: add --out FILE.xlsx');
  await writeText(out, bytes, io, '--out');
}

/**
 * Write a file named by an option, or a {@link UsageError} that says why not (an empty name, a folder
 * that does not exist, no permission).
 *
 * @internal
 */
export async function writeText(file: string, text: string | Uint8Array, io: CliIo, option: string): Promise<void> {
  if (file.trim() === '') throw new UsageError(`${option} needs a file name`);
  try {
    await io.writeFile(file, text);
  } catch (error) {
    throw new UsageError(
      `${option} ${file}: cannot write it: ${fileProblem((error as { code?: unknown }).code, error)}`,
    );
  }
}

/** A report as the `table` or `markdown` format prints it. @internal */
export function rendered(report: Report, format: 'table' | 'markdown', locale: string): string {
  return format === 'markdown' ? renderMarkdown(report, { locale }) : renderText(report, { locale });
}

/** The formats a command can print; `run` and `compare` also write a workbook (`xlsx`). @internal */
export type Format = 'table' | 'markdown' | 'csv' | 'json' | 'xlsx';

const TEXT_FORMATS = ['table', 'markdown', 'csv', 'json'] as const;

/** `--format`, checked against the formats the command has (by default, the four of text). @internal */
export function formatOf<TFormat extends Format = (typeof TEXT_FORMATS)[number]>(
  value: string | undefined,
  allowed: readonly TFormat[] = TEXT_FORMATS as unknown as readonly TFormat[],
): TFormat {
  const format = (value ?? 'table') as TFormat;
  if (!allowed.includes(format)) throw new UsageError(`--format is ${allowed.join(', ')}; received "${value ?? ''}"`);
  return format;
}

/**
 * Write a chart: `.json` writes the Vega-Lite specification, `.svg` renders it with vega-lite and vega,
 * loaded only here and only then.
 *
 * @internal
 */
export async function writeChart(spec: ChartSpec, file: string, io: CliIo): Promise<void> {
  if (/\.json$/i.test(file)) return writeText(file, `${JSON.stringify(spec, null, 2)}\n`, io, '--chart');
  if (!/\.svg$/i.test(file))
    throw new UsageError(`--chart writes .svg (a picture) or .json (the Vega-Lite spec); received "${file}"`);
  return writeText(file, await renderSvg(spec), io, '--chart');
}

/** A Vega-Lite specification rendered to SVG, headless. @internal */
export async function renderSvg(spec: ChartSpec): Promise<string> {
  const [vegaLite, vega] = await Promise.all([import('vega-lite'), import('vega')]);
  const compiled = vegaLite.compile(spec as unknown as Parameters<typeof vegaLite.compile>[0]).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
