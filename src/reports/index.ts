export { reconcile, type ReconcileOptions, type Reconciled } from './reconcile';
export type { Report, ReportCell, ReportTable } from './types';
export { scenarioReport, type ScenarioReportOptions } from './scenarioReport';
export { formatCell, renderMarkdown, renderText, type RenderOptions } from './render';
export { comparisonToCsv, resultToCsv, toCsv } from './csv';
export { comparisonReport } from './comparisonReport';
export { comparisonWorkbook, toWorkbook } from './workbook';
export {
  comparisonChart,
  fanChart,
  planChart,
  shareBandChart,
  spendingChart,
  stackCharts,
  type ChartSpec,
  type ComparisonChartOptions,
  type FanChartOptions,
} from './charts';
export { formatChange } from './formatChange';
export { alliesReport, type AlliesReportOptions } from './alliesReport';
export { alliesChart } from './alliesChart';
export { vintagesReport, type VintagesReportOptions } from './vintagesReport';
