// Where a year of NATO's tables is not a calendar year. Every ally reports defence expenditure for its
// fiscal year; for Canada and the United Kingdom that runs April to March, and NATO names it by the year
// it starts in. NATO's tables do not say so beside the figures, so a reader comparing the UK's "2025"
// with Poland's would take them for the same twelve months: said wherever the dataset shows them.
import type { Source } from '../../sources/Source';
import { checkYear } from '../../series/years';
import { checkedCode } from './natoShares';

/**
 * A year of NATO's tables that is an ally's fiscal year, not the calendar year: which months it covers,
 * and the sources that say so.
 *
 * @category Data
 * @example
 * ```ts
 * import { natoFiscalYear, type NatoFiscalYear } from 'budget-whatif';
 * const uk: NatoFiscalYear | undefined = natoFiscalYear('GB', 2025);
 * uk?.months; // => 'April 2025 – March 2026'
 * ```
 */
export interface NatoFiscalYear {
  /** The ally's ISO 3166 code. */
  readonly code: string;
  /** The year as NATO's tables name it. */
  readonly year: number;
  /** The fiscal year as the ally names it (`2025/26`). */
  readonly period: string;
  /** The months it covers, in words (`April 2025 – March 2026`). */
  readonly months: string;
  /** The months it covers as an ISO 8601 interval of year-months (`2025-04/2026-03`). */
  readonly interval: string;
  /** What the dataset reads, from whom, and what it assumes, in a few sentences. */
  readonly note: string;
  /** Where it comes from. */
  readonly sources: readonly Source[];
}

const NATO_2026_NOTE: Source = {
  publisher: 'NATO Public Diplomacy Division (as quoted in github.com/xternal/public-ledger)',
  title: 'Defence Investment of NATO Countries (2014-2026), Note to readers (page 14)',
  url: 'https://www.nato.int/content/dam/nato/webready/documents/finance/def-exp-2026-en.pdf',
  published: '2026-07',
  quoted: 'e.g. 2025 represents the fiscal year 2025/2026 for Canada and the United Kingdom',
  note: 'NATO’s words as quoted in etl/sources/nato_defence.py of github.com/xternal/public-ledger (commit afdf40d), which reads the 2026 edition’s tables; the PDF itself (a scanned image, that file says) was not read here. The 2026 edition’s figures are not in the dataset.',
};

const PBO_2024: Source = {
  publisher: 'Office of the Parliamentary Budget Officer, Canada (as quoted by Janes)',
  title: 'Update of Canada’s Military Expenditure and the NATO 2% Spending Target',
  url: 'https://janes.com/osint-insights/defence-news-details/industry/pbo-forecasts-canada-wont-meet-natos-2-goal-by-2030',
  published: '2024-07-08',
  quoted:
    'Canada has not met and is not projected to meet either guideline in the 11 fiscal years spanning 2014–15 to 2024–25',
  note: 'The PBO reads NATO’s June 2024 release, whose years are 2014–2024: eleven years of NATO’s tables, eleven Canadian fiscal years from 2014–15. Its own page was not retrieved; Janes quotes these words, and Maple Leaf Navy (https://www.mapleleafnavy.com/canadas-lame-attempt-at-spending-damage-control/) reproduces the report, dated 8 July 2024, with them.',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** An ally whose NATO years are fiscal years: the month they start in, and why the dataset says so. */
interface FiscalYearRule {
  readonly code: string;
  /** The first month, 2–12: the year runs into the next calendar year and is named by the one it starts in. */
  readonly firstMonth: number;
  readonly note: string;
  readonly sources: readonly Source[];
}

const RULES: readonly FiscalYearRule[] = Object.freeze([
  Object.freeze({
    code: 'CA',
    firstMonth: 4,
    note: 'NATO’s years for Canada are its fiscal years, April to March, each named by the year it starts in: NATO’s 2025 is April 2025 – March 2026. NATO’s note to its 2026 edition says so, and the Parliamentary Budget Officer read NATO’s June 2024 release, 2014–2024, as “the 11 fiscal years spanning 2014–15 to 2024–25”. Beside an ally that counts the calendar year, Canada’s year runs a quarter later.',
    sources: Object.freeze([NATO_2026_NOTE, PBO_2024]),
  }),
  Object.freeze({
    code: 'GB',
    firstMonth: 4,
    note: 'NATO’s years for the United Kingdom are its financial years, April to March, each named by the year it starts in: NATO’s 2025 is April 2025 – March 2026. NATO’s note to its 2026 edition says so. That its earlier releases named them the same way is the dataset’s assumption: they do not say, but for Canada, named in the same note, the Parliamentary Budget Officer bears it out for the June 2024 release. Beside an ally that counts the calendar year, the UK’s year runs a quarter later.',
    sources: Object.freeze([NATO_2026_NOTE]),
  }),
]);

/**
 * Whether a year of NATO's tables is an ally's fiscal year rather than the calendar year, and which
 * months it covers: Canada's and the United Kingdom's years run April to March (NATO's 2025 is
 * April 2025 – March 2026). Their figures sit beside other allies' calendar years a quarter apart.
 *
 * @param code - an ally's ISO 3166 code (`GB`).
 * @param year - a year of NATO's tables.
 * @returns the fiscal year NATO's year stands for, or `undefined` where the dataset knows of none: every
 *   other ally (the United States' fiscal year runs October to September, but the dataset has no
 *   statement of how NATO names it) and NATO's totals, which add each ally's year as NATO counts it.
 * @throws {@link BudgetWhatIfError} `unknown_id` for a code that is not an ally's or NATO's aggregate's;
 *   `invalid_year` for a year that is not a whole number from 1900 to 2200.
 * @category Data
 * @example
 * ```ts
 * import { natoFiscalYear } from 'budget-whatif';
 * natoFiscalYear('CA', 2024)?.period; // => '2024/25'
 * natoFiscalYear('CA', 2024)?.interval; // => '2024-04/2025-03'
 * natoFiscalYear('PL', 2024); // => undefined
 * ```
 */
export function natoFiscalYear(code: string, year: number): NatoFiscalYear | undefined {
  // An unknown code or a year that is not one is refused, not read as a calendar year; a year outside the
  // library's (1900–2200) too, rather than written as "April 1e+21 – March 1e+21".
  const [checked, whole] = [checkedCode(code), checkYear(year, ['year'])];
  const rule = RULES.find((entry) => entry.code === checked);
  return rule === undefined ? undefined : fiscalYearOf(rule, whole);
}

/**
 * The words a note says a fiscal year in ("NATO’s 2024 is the fiscal year 2024/25, April 2024 – March
 * 2025"), without the reference each note adds. @internal
 */
export function fiscalYearWords(fiscal: NatoFiscalYear): string {
  return `NATO’s ${String(fiscal.year)} is the fiscal year ${fiscal.period}, ${fiscal.months}`;
}

function fiscalYearOf(rule: FiscalYearRule, year: number): NatoFiscalYear {
  const [first, last, endYear] = [rule.firstMonth, rule.firstMonth - 1, year + 1];
  const month = (m: number): string => String(m).padStart(2, '0');
  return {
    code: rule.code,
    year,
    period: `${String(year)}/${month(endYear % 100)}`,
    months: `${MONTHS[first - 1] ?? ''} ${String(year)} – ${MONTHS[last - 1] ?? ''} ${String(endYear)}`,
    interval: `${String(year)}-${month(first)}/${String(endYear)}-${month(last)}`,
    note: rule.note,
    sources: rule.sources,
  };
}

/** Every ally whose NATO years are fiscal years, as NATO's 2025 for it, for the data document. @internal */
export const NATO_FISCAL_YEARS: readonly NatoFiscalYear[] = RULES.map((rule) => fiscalYearOf(rule, 2025));
