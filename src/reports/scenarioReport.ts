import { D, type Decimal } from '../decimal/core';
import { fail } from '../errors/fail';
import type { Money } from '../money/core';
import type { ScenarioResult, TargetResult } from '../scenarios/result';
import { changesNote, counted, exceptions, formatChange } from './formatChange';
import type { YearSeries } from '../series/types';
import { runsOf } from '../series/years';
import { formatSource } from '../sources/Source';
import { reconcile } from './reconcile';
import { unitsOf } from './units';
import type { Report, ReportCell, ReportTable } from './types';

/**
 * How {@link scenarioReport} shows amounts.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ScenarioReportOptions } from 'budget-whatif/reports';
 * const inBillions: ScenarioReportOptions = { unit: 'billion', places: 2 };
 * ```
 */
export interface ScenarioReportOptions {
  /** The unit of amounts in the tables. Default: `million`. */
  readonly unit?: 'one' | 'thousand' | 'million' | 'billion';
  /** The decimal places amounts are shown with, 0 to 6. Default: 1, or 2 with `one`. */
  readonly places?: number;
}

/**
 * A readable report of a scenario's result: GDP and defence spending with its share of GDP by year, each
 * plan by year and item, the gap to each target, totals in every currency, and the sources, assumptions
 * and warnings. Amounts are shown in millions (by default) and rounded so that every column still adds
 * up to its total ({@link reconcile}); each table says which rows absorbed the rounding.
 *
 * @param result - the result of {@link budget-whatif/scenarios!evaluate}.
 * @param options - the unit and places; see {@link ScenarioReportOptions}.
 * @returns the report, for {@link renderText} or {@link renderMarkdown}.
 * @throws {@link budget-whatif!BudgetWhatIfError} `out_of_range` for places outside 0–6.
 * @category Reports
 * @example
 * ```ts
 * import { evaluate, getScenario } from 'budget-whatif/scenarios';
 * import { renderText, scenarioReport } from 'budget-whatif/reports';
 * const text = renderText(scenarioReport(evaluate(getScenario('lithuania-baseline'))));
 * text.includes('GDP and defence spending'); // => true
 * ```
 */
export function scenarioReport(result: ScenarioResult, options: ScenarioReportOptions = {}): Report {
  const { places, inUnit, unitLabel } = unitsOf(options);
  const views = Object.keys(result.views);
  const context = { places, inUnit, unitLabel, views, result };
  const unitNote = `Amounts in ${unitLabel(result.currency)}${views.length > 0 ? ` (${views.map((v) => `${v} columns in ${unitLabel(v)}`).join(', ')})` : ''}, rounded to ${places === 0 ? 'whole units' : `${String(places)} decimal${places === 1 ? '' : 's'}`} so that every column adds up to its total.`;

  const tables: ReportTable[] = [spendingTable(context)];
  if (result.published.length > 0) tables.push(publishedTable(context));
  tables.push(...result.plans.map((plan) => planTable(context, plan.id)));
  if (result.targets.length > 0) tables.push(targetsTable(context));
  tables.push(totalsTable(context));

  const rates = views.map(
    (view) => `${result.currency}/${view} ${rateRange(Object.values(result.views[view]?.rates ?? {}))}`,
  );
  return {
    // The name is the scenario's as written ("Lithuania at 6% of GDP"): after a what-if, the title says
    // that the figures are of a changed one, so that it does not claim the 6% it no longer shows.
    title:
      result.changes.length === 0 ? result.name : `${result.name}, with ${counted(result.changes.length, 'override')}`,
    intro: [
      `Years ${String(result.years.from)}–${String(result.years.to)}, in ${result.currency}.${rates.length > 0 ? ` Views at the scenario's rates: ${rates.join('; ')}.` : ''}`,
      ...changesNote(result.changes),
      unitNote,
    ],
    tables,
    lists: [
      // Sources that differ only in the words quoted from them are listed once.
      { title: 'Sources', items: [...new Set(result.sources.map(formatSource))] },
      {
        title: 'Sources no longer behind a figure shown (the changes above replaced their figures)',
        items: result.replacedSources.map(
          ({ source, by }) => `${formatSource(source)}. Replaced by: ${by.map(formatChange).join('; ')}.`,
        ),
      },
      {
        title: 'Assumptions',
        items: result.assumptions.map((assumption) =>
          `${assumption.statement} ${assumption.reason}${exceptions(result.partlyReplaced, assumption)}`.trim(),
        ),
      },
      {
        title: 'Assumptions replaced by the changes above',
        items: result.replaced.map(
          ({ assumption, by }) => `No longer assumed: ${assumption.statement} Now: ${by.map(formatChange).join('; ')}.`,
        ),
      },
      { title: 'Warnings', items: [...result.warnings] },
    ].filter((list) => list.items.length > 0),
  };
}

/**
 * The scenario's figures beside the same figures as published, the difference, the GDP each share divides
 * by, and why they differ.
 */
function publishedTable(context: Context): ReportTable {
  const { result, inUnit } = context;
  const amount = (value: Decimal): ReportCell => ({
    amount: inUnit(value).toDecimalPlaces(context.places, D.ROUND_HALF_EVEN),
  });
  const cell = (value: Decimal, unit: string): ReportCell => (unit === 'share' ? { percent: value } : amount(value));
  const notes = result.published.flatMap((row) => (row.note === undefined ? [] : [`${row.metric}: ${row.note}`]));
  const bases = result.published.flatMap((row) =>
    row.gdp === undefined ? [] : [{ metric: row.metric, gdp: row.gdp }],
  );
  const modelledBases = [...new Set(bases.map((row) => row.gdp.modelledBasis))];
  return {
    title: 'Published beside modelled',
    unit: `shares of GDP; amounts in ${context.unitLabel(result.currency)}`,
    places: context.places,
    columns: [
      'Figure',
      'Modelled',
      'Published',
      'Difference',
      'GDP, modelled',
      'GDP, published share implies',
      'Published by',
    ],
    rows: result.published.map((row) => [
      row.metric,
      cell(row.modelled, row.unit),
      cell(row.published, row.unit),
      row.unit === 'share'
        ? { points: row.difference }
        : { amount: inUnit(row.difference).toDecimalPlaces(context.places, D.ROUND_HALF_EVEN) },
      row.gdp === undefined ? '–' : amount(row.gdp.modelled),
      row.gdp === undefined ? '–' : amount(row.gdp.implied),
      `${row.source.publisher}${row.source.published === undefined ? '' : `, ${row.source.published}`}`,
    ]),
    notes: [
      'Difference: modelled − published, in percentage points (pp) for shares. A difference within 0.05 points (0.5% for amounts) is rounding or a small revision; beyond it, the cause is explained below.',
      ...(bases.length === 0
        ? []
        : [
            `GDP: the modelled shares divide by ${modelledBases.join('; ')}; "GDP, published share implies" is the scenario's spending ÷ the published share, the GDP the published share puts the same spending over.`,
            ...bases.map(({ metric, gdp }) => `${metric}: the published share divides by ${gdp.publishedBasis}.`),
          ]),
      ...notes,
    ],
  };
}

interface Context {
  readonly places: number;
  readonly inUnit: (amount: Decimal) => Decimal;
  readonly unitLabel: (currency: string) => string;
  readonly views: readonly string[];
  readonly result: ScenarioResult;
}

/** One rate, or the lowest and highest of a view's yearly rates ("1.05–1.25 by year"), not the first and last. */
function rateRange(rates: readonly Decimal[]): string {
  const sorted = [...rates].sort((a, b) => a.comparedTo(b));
  const [low, high] = [sorted[0], sorted.at(-1)];
  if (low === undefined || high === undefined) return '';
  return low.eq(high) ? rateText(low) : `${rateText(low)}–${rateText(high)} by year`;
}

/**
 * A rate as the intro prints it: as it is, unless it is the long decimal of a rate written the other way
 * round (USD/PLN 3.98 is PLN/USD 0.2512562814…), then rounded and marked, with the short one it inverts.
 */
function rateText(rate: Decimal): string {
  if (rate.decimalPlaces() <= 10) return rate.toString();
  const inverse = new D(1).div(rate).toSignificantDigits(12);
  const short = inverse.decimalPlaces() <= 6 ? ` (1/${inverse.toString()})` : '';
  return `≈ ${rate.toSignificantDigits(8).toString()}${short}`;
}

/** A column of amounts by year, reconciled to its total; `adjusted` names the years that took the rounding. */
function column(
  context: Context,
  years: readonly number[],
  series: YearSeries<Money>,
  totalInUnit: Decimal,
): { cells: ReportCell[]; total: ReportCell; adjusted: number[] } {
  const present = years.filter((year) => series[year] !== undefined);
  const exact = present.map((year) => context.inUnit((series[year] as Money).amount));
  const rounded = reconcile(exact, { places: context.places, total: totalInUnit });
  const byYear = new Map(present.map((year, i) => [year, rounded.shown[i] as Decimal]));
  return {
    cells: years.map((year) => {
      const value = byYear.get(year);
      return value === undefined ? '—' : { amount: value };
    }),
    total: { amount: rounded.total },
    adjusted: rounded.adjusted.map((i) => present[i] as number),
  };
}

function adjustedNote(columns: readonly { readonly label: string; readonly adjusted: readonly number[] }[]): string[] {
  const parts = columns
    .filter((c) => c.adjusted.length > 0)
    .map((c) => `${c.label}: ${c.adjusted.map(String).join(', ')}`);
  return parts.length === 0
    ? ['Every row shows its own rounding.']
    : [`Rows shown one unit away from their own rounding, so that the columns add up: ${parts.join('; ')}.`];
}

function spendingTable(context: Context): ReportTable {
  const { result, views } = context;
  const years = Object.keys(result.gdp).map(Number);
  const { inUnit } = context;
  const gdp = column(context, years, result.gdp, inUnit(result.totals.gdp.amount));
  const defence = column(context, years, result.defence.byYear, inUnit(result.defence.total.amount));
  const related =
    result.related === undefined
      ? undefined
      : column(context, years, result.related.byYear, inUnit(result.related.total.amount));
  const inViews = views.map((view) => {
    const amounts = result.views[view]?.defence;
    return { view, ...column(context, years, amounts?.byYear ?? {}, inUnit(amounts?.total.amount ?? new D(0))) };
  });
  const share = (series: YearSeries<Decimal>, year: number): ReportCell => {
    const value = series[year];
    return value === undefined ? '—' : { percent: value };
  };
  // A total over years without a figure is partial: marked, and its share taken on the GDP of the same years.
  const partial = (spending: { readonly missingYears: readonly number[] }): string | undefined =>
    spending.missingYears.length > 0 ? 'partial' : undefined;
  const marked = (cell: ReportCell, mark: string | undefined): ReportCell =>
    mark === undefined || typeof cell === 'string' ? cell : { ...cell, mark };
  const totalShare = (spending: { readonly total: Money; readonly missingYears: readonly number[] }): ReportCell => {
    const gdpOfYears = years
      .filter((year) => !spending.missingYears.includes(year))
      .reduce((sum, year) => sum.plus(result.gdp[year]?.amount ?? 0), new D(0));
    return gdpOfYears.isZero() ? '—' : marked({ percent: spending.total.amount.div(gdpOfYears) }, partial(spending));
  };
  return {
    title: 'GDP and defence spending',
    unit: context.unitLabel(result.currency),
    places: context.places,
    columns: [
      'Year',
      'GDP',
      'Defence',
      'Share of GDP',
      ...(related === undefined ? [] : ['Related', 'Related share']),
      ...inViews.map(({ view }) => `Defence (${view})`),
    ],
    rows: years.map((year, y) => [
      String(year),
      gdp.cells[y] as ReportCell,
      defence.cells[y] as ReportCell,
      share(result.defence.shareOfGdp, year),
      ...(related === undefined || result.related === undefined
        ? []
        : [related.cells[y] as ReportCell, share(result.related.shareOfGdp, year)]),
      ...inViews.map((view) => view.cells[y] as ReportCell),
    ]),
    total: [
      'Total',
      gdp.total,
      marked(defence.total, partial(result.defence)),
      totalShare(result.defence),
      ...(related === undefined || result.related === undefined
        ? []
        : [marked(related.total, partial(result.related)), totalShare(result.related)]),
      ...inViews.map((view) => marked(view.total, partial(result.defence))),
    ],
    notes: [
      ...partialNotes(result),
      ...adjustedNote([
        { label: 'GDP', adjusted: gdp.adjusted },
        { label: 'Defence', adjusted: defence.adjusted },
        ...(related === undefined ? [] : [{ label: 'Related', adjusted: related.adjusted }]),
        ...inViews.map((view) => ({ label: `Defence (${view.view})`, adjusted: view.adjusted })),
      ]),
    ],
  };
}

/** What a partial total leaves out, per spending section. */
function partialNotes(result: ScenarioResult): string[] {
  const sections = [
    ['Defence', result.defence],
    ['Related', result.related],
  ] as const;
  return sections.flatMap(([label, spending]) =>
    spending === undefined || spending.missingYears.length === 0
      ? []
      : [
          `${label} spending has no figure for ${spending.missingYears.join(', ')}: its total ("partial") covers the other years only, and its share of GDP is over the GDP of those years.`,
        ],
  );
}

function planTable(context: Context, id: string): ReportTable {
  const { result, views } = context;
  const plan = result.plans.find((candidate) => candidate.id === id);
  if (plan === undefined) return fail('unknown_id', `no plan ${id}`, ['plans'], id);
  const { schedule } = plan;
  const years = schedule.rows.map((row) => row.year);
  // Item totals first, reconciled to the plan's total; then each item's years to its shown total. The
  // year totals are the sums of the shown items, so the table adds up across and down.
  const itemTotals = reconcile(
    schedule.items.map((item) => context.inUnit(item.amount.amount)),
    { places: context.places, total: context.inUnit(plan.total.amount) },
  );
  const items = schedule.items.map((item, i) => {
    const cells: YearSeries<Money> = Object.fromEntries(
      schedule.rows.map((row) => [row.year, row.items[item.id] as Money]),
    );
    return { item, ...column(context, years, cells, itemTotals.shown[i] as Decimal) };
  });
  const yearTotals = years.map((_, y) =>
    items.reduce((sum, item) => sum.plus((item.cells[y] as { amount: Decimal }).amount), new D(0)),
  );
  let running = new D(0);
  const cumulative = yearTotals.map((value) => (running = running.plus(value)));
  const ownRounding = schedule.rows.flatMap((row, y) =>
    context
      .inUnit(row.total.amount)
      .toDecimalPlaces(context.places, D.ROUND_HALF_EVEN)
      .eq(yearTotals[y] as Decimal)
      ? []
      : [row.year],
  );
  const written = writtenColumn(context, plan, years);
  const inViews = views.map((view) => {
    const converted = result.views[view]?.plans[id];
    return {
      view,
      ...column(context, years, converted?.byYear ?? {}, context.inUnit(converted?.total.amount ?? new D(0))),
    };
  });
  return {
    title: `${plan.name}: by year and item${written === undefined ? '' : ', in current prices'}`,
    unit: context.unitLabel(result.currency),
    places: context.places,
    columns: [
      'Year',
      ...schedule.items.map((item) => item.id),
      'Total',
      'Cumulative',
      ...(written === undefined ? [] : [written.label]),
      ...inViews.map(({ view }) => `Total (${view})`),
    ],
    rows: years.map((year, y) => [
      String(year),
      ...items.map((item) => item.cells[y] as ReportCell),
      { amount: yearTotals[y] as Decimal },
      { amount: cumulative[y] as Decimal },
      ...(written === undefined ? [] : [written.cells[y] as ReportCell]),
      ...inViews.map((view) => view.cells[y] as ReportCell),
    ]),
    total: [
      'Total',
      ...items.map((item) => item.total),
      { amount: itemTotals.total },
      '',
      ...(written === undefined ? [] : [written.total]),
      ...inViews.map((view) => view.total),
    ],
    notes: [
      ...(written === undefined ? [] : [written.note]),
      ...schedule.items.map((item) => `${item.id}: ${item.name}.`),
      ...adjustedNote([
        ...items.map(({ item, adjusted }) => ({ label: item.id, adjusted })),
        { label: 'Total', adjusted: ownRounding },
        ...(written === undefined ? [] : [{ label: written.label, adjusted: written.adjusted }]),
        ...inViews.map((view) => ({ label: `Total (${view.view})`, adjusted: view.adjusted })),
      ]),
      ...(itemTotals.adjusted.length > 0
        ? [
            `Item totals shown one unit away from their own rounding, so that they add up to the plan's: ${itemTotals.adjusted.map((i) => schedule.items[i]?.id ?? '').join(', ')}.`,
          ]
        : []),
    ],
  };
}

/** For a plan written in constant prices: its yearly totals as written, and a note on the prices of each column. */
function writtenColumn(
  context: Context,
  plan: ScenarioResult['plans'][number],
  years: readonly number[],
): { label: string; cells: ReportCell[]; total: ReportCell; adjusted: number[]; note: string } | undefined {
  const constant = plan.constantPrices;
  if (constant === undefined) return undefined;
  const byYear: YearSeries<Money> = Object.fromEntries(constant.schedule.rows.map((row) => [row.year, row.total]));
  const label = `Total (${String(constant.year)} prices)`;
  const last = years.at(-1) ?? constant.year;
  const index = constant.priceIndex[last];
  return {
    label,
    ...column(context, years, byYear, context.inUnit(constant.total.amount)),
    note: `Written in constant ${String(constant.year)} prices; every column is in current prices, indexed with the scenario's GDP deflator (each year × P(year) ÷ P(${String(constant.year)})${index === undefined ? '' : `, ${index.toDecimalPlaces(6).toString()} in ${String(last)}`}), except "${label}", the plan as written.`,
  };
}

function targetsTable(context: Context): ReportTable {
  const { result } = context;
  const years = [
    ...new Set(result.targets.flatMap((target) => [...target.rows.map((row) => row.year), ...target.undetermined])),
  ].sort((a, b) => a - b);
  const amount = (value: Decimal, mark?: string): ReportCell => {
    const shown = context.inUnit(value).toDecimalPlaces(context.places, D.ROUND_HALF_EVEN);
    return mark === undefined ? { amount: shown } : { amount: shown, mark };
  };
  const cell = (target: TargetResult, year: number): ReportCell => {
    const row = target.rows.find((candidate) => candidate.year === year);
    if (row === undefined) return target.undetermined.includes(year) ? 'no figure' : '';
    if (row.status === 'counting-limit')
      return row.beyondCap.amount.isZero() ? 'all counts' : amount(row.beyondCap.amount, 'beyond');
    if (row.due) return row.met ? 'met' : amount(row.gap.amount);
    return row.met ? 'on track' : amount(row.gap.amount, '*');
  };
  const counting = result.targets.filter((target) => target.rule === 'counting-limit').map((target) => target.id);
  return {
    title: 'Gap to each target',
    unit: context.unitLabel(result.currency),
    places: context.places,
    columns: ['Year', ...result.targets.map((target) => target.id)],
    rows: years.map((year) => [String(year), ...result.targets.map((target) => cell(target, year))]),
    notes: [
      'A gap is how much the spending that counts towards a target would have to rise to meet it (or fall, when negative: above a ceiling), in the table’s unit.',
      '* Not yet due: the target’s deadline is later; the gap is to its level (or its incremental path) that year, for reference. "on track": at or above it already.',
      ...(counting.length === 0
        ? []
        : [
            `${counting.join(', ')}: a counting limit asks nothing of spending; the amount marked "beyond" lies above the limit, is allowed, and does not count towards the total it limits.`,
          ]),
      ...(years.some((year) => result.targets.some((target) => target.undetermined.includes(year)))
        ? ['"no figure": the target applies that year, but the scenario gives no spending to judge it by.']
        : []),
      ...result.targets.map(
        (target) => `${target.id}: ${target.name}.${target.note === undefined ? '' : ` ${target.note}`}`,
      ),
    ],
  };
}

/** " (2025–2026 only)" for spending without a figure in some of the scenario's years. */
function partialLabel(spending: ScenarioResult['defence']): string {
  if (spending.missingYears.length === 0) return '';
  const runs = runsOf(Object.keys(spending.byYear).map(Number));
  return ` (partial: ${runs.map(({ from, to }) => (from === to ? String(from) : `${String(from)}–${String(to)}`)).join(', ')} only)`;
}

function totalsTable(context: Context): ReportTable {
  const { result, views } = context;
  const shown = (amount: Decimal): ReportCell => ({
    amount: context.inUnit(amount).toDecimalPlaces(context.places, D.ROUND_HALF_EVEN),
  });
  const viewTotal = (pick: (view: string) => Money | undefined): ReportCell[] =>
    views.map((view) => {
      const money = pick(view);
      return money === undefined ? '—' : shown(money.amount);
    });
  const rows: ReportCell[][] = [
    ['GDP', shown(result.totals.gdp.amount), ...viewTotal(() => undefined)],
    [
      `Defence${partialLabel(result.defence)}`,
      shown(result.defence.total.amount),
      ...viewTotal((view) => result.views[view]?.defence.total),
    ],
  ];
  if (result.related !== undefined)
    rows.push([
      `Related${partialLabel(result.related)}`,
      shown(result.related.total.amount),
      ...viewTotal((view) => result.views[view]?.related?.total),
    ]);
  for (const plan of result.plans)
    rows.push([
      `Plan ${plan.id}${plan.constantPrices === undefined ? '' : ' (current prices)'}`,
      shown(plan.total.amount),
      ...viewTotal((view) => result.views[view]?.plans[plan.id]?.total),
    ]);
  const gdpInViews = views.map((view) => {
    const gdp = result.views[view]?.gdp ?? {};
    return Object.values(gdp).reduce((sum, money) => sum.plus(money.amount), new D(0));
  });
  (rows[0] as ReportCell[]).splice(2, views.length, ...gdpInViews.map(shown));
  return {
    title: `Totals ${String(result.years.from)}–${String(result.years.to)}`,
    unit: context.unitLabel(result.currency),
    places: context.places,
    columns: ['', result.currency, ...views],
    rows,
    notes: ['Each total is the sum of its rounded years (plans: over their own years), rounded once here.'],
  };
}
