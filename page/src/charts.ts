// The library's Vega-Lite specifications drawn in the page with vega-embed, as SVG. Expressions run through
// vega's interpreter, not `new Function`, so the page keeps a strict Content-Security-Policy (no eval).
import type { ChartSpec } from 'budget-whatif/reports';
import embed, { type Result } from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';

const views = new Map<string, Result>();

/** Draw a chart into its element, replacing what was there; resolves when it is drawn. */
export async function draw(name: string, target: HTMLElement, spec: ChartSpec): Promise<void> {
  // The SVG scales to its box (style.css), so a phone shows the whole chart.
  const result = await embed(target, spec, { renderer: 'svg', actions: false, ast: true, expr: expressionInterpreter });
  views.get(name)?.finalize();
  views.set(name, result);
  target.setAttribute('data-drawn', String(Date.now()));
}

/** A drawn chart as an SVG document or a PNG data URL, for download. */
export async function exportChart(name: string, format: 'svg' | 'png'): Promise<string | undefined> {
  const view = views.get(name)?.view;
  if (view === undefined) return undefined;
  return format === 'svg' ? view.toSVG() : view.toImageURL('png', 2);
}
