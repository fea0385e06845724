export { reconcile, type ReconcileOptions, type Reconciled } from './reconcile';
export type { Report, ReportCell, ReportTable } from './types';
export { scenarioReport, type ScenarioReportOptions } from './scenarioReport';
export { renderMarkdown, renderText, type RenderOptions } from './render';
export { resultToCsv, toCsv } from './csv';
export { fanChart, planChart, shareBandChart, spendingChart, stackCharts, type ChartSpec } from './charts';
export { formatChange } from './formatChange';
