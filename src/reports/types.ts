import type { Decimal } from '../decimal/core';

/**
 * One cell of a report table: text, an amount already rounded for display (shown with `places`
 * decimals), or a share shown as a percentage.
 *
 * @category Reports
 * @example
 * ```ts
 * import { decimal } from 'budget-whatif';
 * import type { ReportCell } from 'budget-whatif/reports';
 * const cells: ReportCell[] = ['2030', { amount: decimal('7012.3') }, { percent: decimal('0.055') }, { points: decimal('0.001') }];
 * ```
 */
export type ReportCell =
  | string
  | {
      /** An amount in the table's unit, rounded to the table's places. */
      readonly amount: Decimal;
      /** A word or sign shown after the number (`*`, `beyond`), explained in the table's notes. */
      readonly mark?: string;
    }
  | {
      /** A share (0.055 is shown as 5.50%). */
      readonly percent: Decimal;
      /** A word or sign shown after the number, explained in the table's notes. */
      readonly mark?: string;
    }
  | {
      /** A difference of shares in percentage points, as a fraction (0.001 is shown as +0.10 pp). */
      readonly points: Decimal;
      /** A word or sign shown after the number, explained in the table's notes. */
      readonly mark?: string;
    };

/**
 * A table of a report: a title, its columns, rows, an optional total row, and notes (how it was rounded,
 * which rows absorbed the rounding).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportTable } from 'budget-whatif/reports';
 * const table: ReportTable = { title: 'Plan', unit: 'EUR million', places: 1, columns: ['Year', 'Total'], rows: [], notes: [] };
 * ```
 */
export interface ReportTable {
  /** The title. */
  readonly title: string;
  /** What the amounts count, such as `EUR million`. */
  readonly unit: string;
  /** The decimal places amounts are shown with. */
  readonly places: number;
  /** The column headings; the first column is left-aligned, the others right-aligned. */
  readonly columns: readonly string[];
  /** The rows. */
  readonly rows: readonly (readonly ReportCell[])[];
  /** The total row, when the table adds up. */
  readonly total?: readonly ReportCell[];
  /** Notes shown under the table. */
  readonly notes: readonly string[];
}

/**
 * A report: a title, a few lines of context, tables, and the lists under them (sources, assumptions,
 * warnings). {@link renderText} and {@link renderMarkdown} print it.
 *
 * @category Reports
 * @example
 * ```ts
 * import { evaluate, getScenario } from 'budget-whatif/scenarios';
 * import { scenarioReport, type Report } from 'budget-whatif/reports';
 * const report: Report = scenarioReport(evaluate(getScenario('lithuania-baseline')));
 * report.tables.length > 0; // => true
 * ```
 */
export interface Report {
  /** The title. */
  readonly title: string;
  /** Lines of context under the title. */
  readonly intro: readonly string[];
  /** The tables, in order. */
  readonly tables: readonly ReportTable[];
  /** Lists after the tables, each with a heading: sources, assumptions, warnings. */
  readonly lists: readonly {
    /** The heading. */
    readonly title: string;
    /** The items. */
    readonly items: readonly string[];
  }[];
}
