// NATO's allies as a Vega-Lite chart: for one year, ranked bars with the 2%, 3.5% and 5% lines and NATO's
// own average; for several years, a line per ally. Floats on purpose: the chart shows shapes, the report
// the figures.
import { natoSharesIn, type NatoShare } from '../data/nato/natoShares';
import { ALLIES_LINES, alliesCaveats, alliesYears, type AlliesReportOptions } from './alliesReport';
import type { ChartSpec } from './charts';

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const LINE_COLOURS = ['#1b9e77', '#7570b3', '#e7298a'];

/**
 * A chart of NATO's defence expenditure as a share of GDP by ally: for one year, the allies with a number
 * as bars ranked from the largest share, with the 2% (Wales), 3.5% and 5% (The Hague) lines and NATO's
 * own total as a dashed line; for several years, a line per ally (NATO's total among them). Allies
 * without a number are named in the subtitle, not drawn as zero; so are shares not of GDP (Luxembourg's
 * from 2023) and allies whose NATO years are fiscal years (Canada, the United Kingdom).
 *
 * @param options - the year or years, the allies, the release, as for {@link alliesReport}.
 * @returns a Vega-Lite specification.
 * @throws {@link budget-whatif!BudgetWhatIfError} as {@link alliesReport} does.
 * @category Reports
 * @example
 * ```ts
 * import { alliesChart } from 'budget-whatif/reports';
 * const spec = alliesChart({ year: 2024, codes: ['LT', 'LV', 'EE', 'PL'] });
 * (spec['layer'] as unknown[]).length; // => 3
 * ```
 */
export function alliesChart(options: AlliesReportOptions = {}): ChartSpec {
  const { release, years } = alliesYears(options);
  const codes = options.codes;
  const rowsOf = (year: number): readonly NatoShare[] =>
    natoSharesIn(year, { release, ...(codes === undefined ? {} : { codes: [...codes, 'NATO'] }) });
  const all = Array.from({ length: years.to - years.from + 1 }, (_, k) => rowsOf(years.from + k)).flat();
  const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
  const missing = unique(all.filter((row) => row.share === undefined).map((row) => row.code));
  const numbered = all.filter((row) => row.share !== undefined);
  const subtitle = [
    `NATO, release ${release}${missing.length > 0 ? `; no number for ${missing.join(', ')}` : ''}`,
    ...alliesCaveats(numbered),
  ];
  const point = (row: NatoShare): Record<string, unknown> => ({
    ally: row.name,
    year: row.year,
    percent: row.share?.times(100).toNumber() ?? 0, // the percentage, then a float: 3.5, not 3.5000000000000004
    status: row.status,
  });
  const lines = {
    data: { values: ALLIES_LINES.map((line) => ({ line: line.label, percent: line.share.times(100).toNumber() })) },
    mark: { type: 'rule', strokeWidth: 1.5 },
    encoding: {
      [years.from === years.to ? 'x' : 'y']: { field: 'percent', type: 'quantitative' },
      color: {
        field: 'line',
        type: 'nominal',
        title: 'NATO guideline',
        scale: { domain: ALLIES_LINES.map((line) => line.label), range: LINE_COLOURS },
      },
    },
  };
  if (years.from === years.to) {
    const allies = numbered.filter((row) => !row.code.startsWith('NATO'));
    const total = numbered.filter((row) => row.code === 'NATO');
    const dashed = total.map(
      (row) => `dashed: NATO total, ${row.share?.times(100).toFixed(2) ?? ''}% (NATO's own figure)`,
    );
    return {
      $schema: SCHEMA,
      title: {
        text: `Defence expenditure as a share of GDP, ${String(years.from)}`,
        subtitle: [...subtitle, ...dashed],
      },
      width: 640,
      height: Math.max(160, 18 * allies.length),
      config: { legend: { labelLimit: 0, orient: 'bottom', direction: 'vertical' } },
      layer: [
        {
          data: { values: allies.map(point) },
          mark: { type: 'bar', color: '#4c78a8' },
          encoding: {
            y: { field: 'ally', type: 'nominal', sort: '-x', title: null },
            x: { field: 'percent', type: 'quantitative', title: '% of GDP' },
            opacity: { field: 'status', type: 'ordinal', scale: { domain: ['outturn', 'estimate'], range: [1, 0.6] } },
            tooltip: [{ field: 'ally' }, { field: 'percent', format: '.2f' }, { field: 'status' }],
          },
        },
        lines,
        {
          data: { values: total.map(point) },
          mark: { type: 'rule', strokeDash: [4, 4], color: '#333333' },
          encoding: {
            x: { field: 'percent', type: 'quantitative' },
            tooltip: [{ field: 'ally' }, { field: 'percent', format: '.2f' }],
          },
        },
      ],
    };
  }
  return {
    $schema: SCHEMA,
    title: { text: `Defence expenditure as a share of GDP, ${String(years.from)}–${String(years.to)}`, subtitle },
    width: 640,
    height: 320,
    config: { legend: { labelLimit: 0, orient: 'bottom', direction: 'vertical' } },
    layer: [
      {
        data: { values: numbered.map(point) },
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'year', type: 'ordinal', title: null },
          y: { field: 'percent', type: 'quantitative', title: '% of GDP' },
          color: { field: 'ally', type: 'nominal', title: 'Ally', scale: { scheme: 'tableau10' } },
          tooltip: [{ field: 'ally' }, { field: 'year' }, { field: 'percent', format: '.2f' }, { field: 'status' }],
        },
      },
      {
        // Each line named at its last point (NATO's total may end a year before the allies).
        data: { values: lastPoints(numbered).map(point) },
        mark: { type: 'text', align: 'left', dx: 6 },
        encoding: {
          x: { field: 'year', type: 'ordinal' },
          y: { field: 'percent', type: 'quantitative' },
          text: { field: 'ally' },
        },
      },
      lines,
    ],
    resolve: { scale: { color: 'independent' } },
  };
}

/** Each ally's row of its last year with a number. */
function lastPoints(rows: readonly NatoShare[]): NatoShare[] {
  const last = new Map<string, NatoShare>();
  for (const row of rows) if ((last.get(row.code)?.year ?? -Infinity) < row.year) last.set(row.code, row);
  return [...last.values()];
}
