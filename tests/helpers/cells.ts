import type { ReportCell, ReportTable } from '../../src/reports/index';

/** One column of a report table, its cells as they are. */
export const column = (table: ReportTable | undefined, index: number): ReportCell[] =>
  (table?.rows ?? []).map((row) => row[index] as ReportCell);

/** A cell's exact value as a string (a share or points as a fraction), with its mark after a space. */
export const value = (cell: ReportCell | undefined): string | undefined => {
  if (cell === undefined || typeof cell === 'string') return cell;
  const number = 'percent' in cell ? cell.percent : 'points' in cell ? cell.points : cell.amount;
  return `${number.toString()}${cell.mark === undefined ? '' : ` ${cell.mark}`}`;
};
