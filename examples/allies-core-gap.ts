// Every ally beside NATO's 3.5% core-defence guideline (The Hague, 2025): each one's 2025 share of GDP as
// NATO estimated it, twice (its tables of August 2025, to NATO's digits, and its Annual Report of March
// 2026, to one decimal: kept side by side, never averaged), the step from the latest to 3.5%, and what
// that step is in dollars and per head at 2025's GDP and population. Each ally's GDP, dollar rate and
// population come from its starter scenario (`scenarioFor`), each cited or stated as assumed; an ally
// missing a figure is listed with the reason, never filled in.
// Run: npm run build && npx tsx --tsconfig tsconfig.examples.json examples/allies-core-gap.ts
import {
  type Decimal,
  decimal,
  isBudgetWhatIfError,
  latest,
  NATO_ALLIES,
  natoDenominator,
  natoFiscalYear,
} from 'budget-whatif';
import { countryData, evaluate, metric, scenarioFor } from 'budget-whatif/scenarios';

const YEAR = 2025;
const GUIDELINE = decimal('0.035');

interface Row {
  readonly name: string;
  /** NATO's estimate in its tables of August 2025, where the dataset holds it. */
  readonly august?: Decimal;
  /** The latest estimate the dataset holds, and when it was published. */
  readonly latest: Decimal;
  readonly published: string;
  /** The step from the latest estimate to 3.5%, as a fraction of GDP (zero at or above it). */
  readonly step: Decimal;
  /** That step in US dollars at 2025's GDP (NATO's dollar rate) and per head of 2025's population. */
  readonly dollars: Decimal;
  readonly perHead: Decimal;
  /** Whether 2025's GDP rests on stand-in growth (no growth forecast for the ally in the dataset). */
  readonly standIn: boolean;
  /** What NATO divides by for this ally, where it is not GDP (Luxembourg: its GNI, as reported). */
  readonly denominator?: string;
  /** The months NATO's year stands for, where it is a fiscal year (Canada, the UK: April to March). */
  readonly months?: string;
}

const rows: Row[] = [];
const skipped: string[] = [];
for (const ally of NATO_ALLIES.filter((candidate) => !candidate.aggregate)) {
  const data = countryData(ally.code);
  const newest = latest(data.natoHistory, YEAR);
  const share = newest?.value.shareOfGdp;
  if (newest === undefined || share === undefined) {
    // NATO's table marks an ally it has no figure for (Iceland has no armed forces): said, not filled.
    const status = data.natoShares.find((row) => row.year === YEAR)?.status;
    skipped.push(
      status === 'not-published'
        ? `${ally.name}: NATO publishes no share of GDP for it in ${String(YEAR)}`
        : `${ally.name}: the dataset holds no ${String(YEAR)} share of GDP from NATO`,
    );
    continue;
  }
  let result;
  try {
    // Dollars at NATO's rate for every ally, so that all are on NATO's one basis.
    result = evaluate(scenarioFor(ally.code, { share: '3.5%', years: { from: YEAR, to: YEAR }, usdRate: 'nato' }));
  } catch (error) {
    if (!isBudgetWhatIfError(error)) throw error;
    skipped.push(`${ally.name}: ${error.issues[0]?.message ?? error.message}`);
    continue;
  }
  const people = data.populationPath.values[YEAR]?.value;
  if (people === undefined) throw new Error(`no population for ${ally.name} in ${String(YEAR)}`);
  const step = share.lt(GUIDELINE) ? GUIDELINE.minus(share) : decimal('0');
  const dollars = step.times(metric(result, `gdp.${String(YEAR)}.usd`).value);
  const august = data.natoShares.find((row) => row.year === YEAR)?.share;
  const denominator = natoDenominator(ally.code, YEAR)?.denominator;
  const months = natoFiscalYear(ally.code, YEAR)?.months;
  rows.push({
    ...(denominator === undefined ? {} : { denominator }),
    ...(months === undefined ? {} : { months }),
    name: ally.name,
    ...(august === undefined ? {} : { august }),
    latest: share,
    published: newest.date,
    step,
    dollars,
    perHead: dollars.div(people),
    standIn: result.assumptions.some(
      (a) => a.about.startsWith('economy.gdp.realGrowth') && `${a.statement} ${a.reason}`.includes('stand-in'),
    ),
  });
}

const percent = (value: Decimal | undefined, places: number): string =>
  value === undefined ? '–' : `${value.times(100).toFixed(places)}%`;
rows.sort((a, b) => b.perHead.comparedTo(a.perHead) || a.name.localeCompare(b.name));
console.log(`Each ally's step to 3.5% of GDP from NATO's latest estimate of ${String(YEAR)}, at ${String(YEAR)}'s GDP`);
console.log('Ranked by dollars per head. US$ at NATO’s 2024 rate, held; * growth to 2025 is a stand-in (2%).\n');
const header = ['Ally', 'Aug 2025', 'latest', 'of', 'to 3.5%', 'US$ bn', 'US$/head'];
const widths = [17, 8, 7, 10, 7, 7, 8];
const line = (cells: readonly string[]): string =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
console.log(line(header));
for (const row of rows)
  console.log(
    line([
      `${row.name}${row.standIn ? ' *' : ''}${row.denominator === undefined ? '' : ' †'}${row.months === undefined ? '' : ' ‡'}`,
      percent(row.august, 2),
      percent(row.latest, row.published === '2025-08-28' ? 2 : 1),
      row.published,
      row.step.isZero() ? 'met' : `${row.step.times(100).toFixed(2)} pt`,
      row.dollars.div(1e9).toFixed(2),
      row.perHead.toFixed(0),
    ]),
  );
for (const row of rows.filter((candidate) => candidate.denominator !== undefined))
  console.log(
    `† NATO's figures for ${row.name} are not of GDP but of its ${row.denominator ?? ''}, and so is its "GDP" here (natoDenominator).`,
  );
for (const row of rows.filter((candidate) => candidate.months !== undefined))
  console.log(`‡ ${row.name}: NATO's ${String(YEAR)} is its fiscal year, ${row.months ?? ''} (natoFiscalYear).`);
const total = rows.reduce((sum, row) => sum.plus(row.dollars), decimal('0'));
console.log(`\nAll of them: US$ ${total.div(1e9).toFixed(2)} bn in ${String(YEAR)} (the sum of the rows, unrounded).`);
console.log('\nNot in the table:');
for (const reason of skipped) console.log(`  - ${reason}`);
console.log(`
Read with care: the March 2026 report prints shares to one decimal, so a step from it is good to about
0.05 points; NATO divides by its own GDP, and ${String(YEAR)}'s GDP here is each ally's latest in the dataset
grown one year (by cited growth where the dataset has it, else the stand-in its scenario states; the
deflator is 2.5% for all, an assumption). \`budget-whatif init --country <code> --share 3.5%\` writes
any ally's scenario with every source and assumption.`);
