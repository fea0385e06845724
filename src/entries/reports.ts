/**
 * `budget-whatif/reports`: readable reports of results (text tables, Markdown, CSV) whose rounded
 * figures still add up, and Vega-Lite chart specifications (spending against targets, the 5–6% band, a
 * plan's schedule, the Monte Carlo fan). Pure: nothing here renders or loads Vega; the CLI does.
 *
 * @packageDocumentation
 * @module budget-whatif/reports
 */
export * from '../reports/index';
