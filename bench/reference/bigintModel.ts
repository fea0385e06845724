// The reference for evaluate() and sweep() (issue 18): the Lithuania baseline's model written by hand on
// exact BigInt arithmetic, as an analyst fluent in JavaScript might write it for speed, producing the same
// figures as evaluate(): GDP by year (an exact rational chain, rounded half-even to the cent each year),
// defence spending (the voted amounts, else the share × the rounded GDP, rounded), its share of GDP and
// per inhabitant, the dollar views of GDP, defence and the plan, the plan by year and item with its
// cumulative total, every target's bounds, counted spending, gap and gap in points by year, and the totals.
// `checkReference` compares each figure with evaluate()'s before any timing.
import type { Scenario, ScenarioResult } from 'budget-whatif/scenarios';

/** A rational: numerator and (positive) denominator. */
export type Q = readonly [bigint, bigint];

/** A decimal string as an exact rational. */
export function rational(text: string): Q {
  const [whole = '0', fraction = ''] = text.split('.');
  return [BigInt(whole + fraction), 10n ** BigInt(fraction.length)];
}

/** p / q rounded half-even to a whole number (q > 0). */
function roundHalfEven(p: bigint, q: bigint): bigint {
  if (p < 0n) return -roundHalfEven(-p, q);
  const floor = p / q;
  const twice = (p % q) * 2n;
  return twice > q || (twice === q && (floor & 1n) === 1n) ? floor + 1n : floor;
}

/** What the model reads from the scenario, parsed once (outside the timing). */
export interface ReferenceInput {
  readonly years: readonly number[];
  readonly baseCents: bigint;
  /** (1 + g)(1 + π) for each year, exact. */
  readonly growth: readonly Q[];
  readonly share: Q;
  /** Voted amounts by year index, in cents. */
  readonly amounts: ReadonlyMap<number, bigint>;
  /** Population by year index (the year's own value, else the default). */
  readonly population: readonly bigint[];
  readonly usd: Q;
  readonly plan: {
    readonly from: number;
    readonly to: number;
    readonly totalCents: bigint;
    readonly itemCents: bigint;
  };
  readonly targets: readonly ReferenceTarget[];
}

/** The built-in targets of the baseline, as numbers. */
interface ReferenceTarget {
  readonly id: string;
  readonly kind: 'floor' | 'band' | 'cap';
  readonly atLeast?: Q;
  readonly atMost?: Q;
  readonly from: number;
  readonly until: number;
  readonly dueFrom: number;
  /** Whether it counts defence-related spending (zero in the baseline) with defence. */
  readonly related: boolean;
}

/** The baseline's inputs, with the targets as the built-in definitions give them (docs/data.md). */
export function referenceInput(scenario: Scenario, share?: string): ReferenceInput {
  const { from, to } = scenario.years;
  const years = Array.from({ length: to - from + 1 }, (_, k) => from + k);
  const gdp = scenario.economy.gdp;
  const rate = (values: Readonly<Record<string, string>> | undefined, year: number): Q =>
    rational(values?.[String(year)] ?? values?.['default'] ?? '0');
  const growth = years.map((year) => {
    const [g, d] = rate(gdp.realGrowth, year);
    const [p, e] = rate(gdp.deflator, year);
    return [(d + g) * (e + p), d * e] as Q;
  });
  const plan = scenario.plans?.[0];
  const q = (text: string): Q => rational(text);
  return {
    years,
    baseCents: BigInt(gdp.base?.amount ?? '0') * 100n,
    growth,
    share: rational(share ?? scenario.defence.shareOfGdp?.['default'] ?? '0'),
    amounts: new Map(
      Object.entries(scenario.defence.amounts ?? {}).map(([year, amount]) => [
        Number(year) - from,
        BigInt(amount) * 100n,
      ]),
    ),
    population: years.map((year) =>
      BigInt(scenario.economy.population?.[String(year)] ?? scenario.economy.population?.['default'] ?? '1'),
    ),
    usd: rational(scenario.fx?.['EUR/USD']?.['default'] ?? '1'),
    plan: {
      from: plan?.years.from ?? from,
      to: plan?.years.to ?? from,
      totalCents: BigInt(plan?.total ?? '0') * 100n,
      itemCents: BigInt(plan?.items[0]?.amount ?? '0') * 100n,
    },
    targets: [
      { id: 'nato-wales-2pct', kind: 'floor', atLeast: q('0.02'), from, until: to, dueFrom: from, related: false },
      {
        id: 'nato-hague-core-3.5pct',
        kind: 'floor',
        atLeast: q('0.035'),
        from,
        until: to,
        dueFrom: 2035,
        related: false,
      },
      {
        id: 'nato-hague-related-1.5pct',
        kind: 'cap',
        atMost: q('0.015'),
        from,
        until: to,
        dueFrom: 2035,
        related: true,
      },
      { id: 'nato-hague-total-5pct', kind: 'floor', atLeast: q('0.05'), from, until: to, dueFrom: 2035, related: true },
      {
        id: 'lithuania-2026-2030',
        kind: 'band',
        atLeast: q('0.05'),
        atMost: q('0.06'),
        from: 2026,
        until: 2030,
        dueFrom: 2026,
        related: false,
      },
    ],
  };
}

/** One target's row of a year, in cents (shares as rationals). */
export interface ReferenceRow {
  readonly year: number;
  readonly due: boolean;
  readonly atLeast: bigint | undefined;
  readonly atMost: bigint | undefined;
  readonly spent: bigint;
  readonly actual: bigint;
  readonly beyondCap: bigint;
  readonly gap: bigint;
  readonly gapPoints: Q;
  readonly actualShare: Q;
}

/** The model's figures, amounts in cents. */
export interface ReferenceResult {
  readonly gdp: readonly bigint[];
  readonly defence: readonly bigint[];
  readonly share: readonly Q[];
  readonly perCapita: readonly bigint[];
  readonly usd: {
    readonly gdp: readonly bigint[];
    readonly defence: readonly bigint[];
    readonly plan: readonly bigint[];
  };
  readonly plan: {
    readonly years: readonly number[];
    readonly total: readonly bigint[];
    readonly items: readonly (readonly bigint[])[];
    readonly cumulative: readonly bigint[];
  };
  readonly targets: readonly { readonly id: string; readonly rows: readonly ReferenceRow[] }[];
  readonly totals: { readonly gdp: bigint; readonly defence: bigint };
  /** How many figures it produced (for the cost per figure). */
  readonly figures: number;
}

/** Evaluate the model. */
export function referenceModel(input: ReferenceInput): ReferenceResult {
  const n = input.years.length;
  const gdp: bigint[] = [];
  // GDP: the base year's cents grown by the exact factors, rounded each year; the chain stays exact.
  let num = input.baseCents;
  let den = 1n;
  for (let i = 0; i < n; i++) {
    const [a, b] = input.growth[i] as Q;
    num *= a;
    den *= b;
    gdp.push(roundHalfEven(num, den));
  }
  const [sn, sd] = input.share;
  const defence = gdp.map((value, i) => input.amounts.get(i) ?? roundHalfEven(sn * value, sd));
  // A year set by its share of GDP reports that share; a year set by an amount, the amount over GDP.
  const share = defence.map((value, i) => (input.amounts.has(i) ? ([value, gdp[i] as bigint] as Q) : input.share));
  const perCapita = defence.map((value, i) => roundHalfEven(value, input.population[i] as bigint));
  const [un, ud] = input.usd;
  const toUsd = (cents: bigint): bigint => roundHalfEven(cents * un, ud);
  // The plan: even phasing of whole cents, the first item its amount the same way, the rest the remainder.
  const planYears: number[] = [];
  for (let year = input.plan.from; year <= input.plan.to; year++) planYears.push(year);
  const count = BigInt(planYears.length);
  const total = planYears.map(() => input.plan.totalCents / count);
  const first = planYears.map(() => input.plan.itemCents / count);
  const rest = total.map((value, i) => value - (first[i] as bigint));
  let running = 0n;
  const cumulative = total.map((value) => (running += value));
  const targets = input.targets.map((target) => ({
    id: target.id,
    rows: input.years.flatMap((year, i) =>
      year < target.from || year > target.until
        ? []
        : [
            targetRow(
              target,
              year,
              gdp[i] as bigint,
              target.id === 'nato-hague-related-1.5pct' ? 0n : (defence[i] as bigint),
              target.id === 'nato-hague-related-1.5pct' ? ([0n, 1n] as Q) : (share[i] as Q),
            ),
          ],
    ),
  }));
  const usdGdp = gdp.map(toUsd);
  const usdDefence = defence.map(toUsd);
  const usdPlan = total.map(toUsd);
  const sum = (values: readonly bigint[]): bigint => values.reduce((a, b) => a + b, 0n);
  const figures =
    4 * n + 3 * n + 4 * planYears.length + targets.reduce((k, target) => k + 7 * target.rows.length, 0) + 2;
  return {
    gdp,
    defence,
    share,
    perCapita,
    usd: { gdp: usdGdp, defence: usdDefence, plan: usdPlan },
    plan: { years: planYears, total, items: [first, rest], cumulative },
    targets,
    totals: { gdp: sum(gdp), defence: sum(defence) },
    figures,
  };
}

/** Gap points: × 100 for points, 10 places. */
const POINTS = 10n ** 12n;
const TEN_PLACES = 10n ** 10n;
const NO_SHARE: Q = [0n, 1n];

/** A target's row: bounds at the share × GDP rounded; the gap the unrounded shortfall (or excess above a band), rounded once. */
function targetRow(target: ReferenceTarget, year: number, gdp: bigint, spent: bigint, spentShare: Q): ReferenceRow {
  const due = year >= target.dueFrom;
  const low = target.atLeast;
  const high = target.atMost;
  const cap = target.kind === 'cap' && high !== undefined ? roundHalfEven(high[0] * gdp, high[1]) : undefined;
  const actual = cap !== undefined && spent > cap ? cap : spent;
  // The spending as an exact rational: a year at a share of GDP counts its share × GDP unrounded (half a
  // point short is half a point of GDP to the cent); a year set by an amount, the amount.
  const [en, ed] = actual === spent ? ([spentShare[0] * gdp, spentShare[1]] as Q) : ([actual, 1n] as Q);
  let gapNum = 0n;
  let gapDen = 1n;
  if (low !== undefined) {
    const need = low[0] * gdp * ed;
    const have = en * low[1];
    if (need > have) {
      gapNum = need - have;
      gapDen = low[1] * ed;
    }
  }
  if (gapNum === 0n && target.kind === 'band' && high !== undefined) {
    const most = high[0] * gdp * ed;
    const have = en * high[1];
    if (have > most) {
      gapNum = most - have;
      gapDen = high[1] * ed;
    }
  }
  return {
    year,
    due,
    atLeast: target.kind === 'cap' || low === undefined ? undefined : roundHalfEven(low[0] * gdp, low[1]),
    atMost: cap ?? (target.kind === 'band' && high !== undefined ? roundHalfEven(high[0] * gdp, high[1]) : undefined),
    spent,
    actual,
    beyondCap: spent - actual,
    gap: gapNum === 0n ? 0n : roundHalfEven(gapNum, gapDen),
    // Points: the gap's share of GDP × 100, to 10 places.
    gapPoints: gapNum === 0n ? NO_SHARE : [roundHalfEven(gapNum * POINTS, gapDen * gdp), TEN_PLACES],
    // The spending's own share (as the year gives it) unless a counting limit cut it.
    actualShare: actual === spent ? spentShare : [actual, gdp],
  };
}

/** A rational as a decimal to `places` places, half-even, trailing zeros trimmed. */
function decimalOf([p, q]: Q, places: number): string {
  const scaled = roundHalfEven(p * 10n ** BigInt(places), q);
  const sign = scaled < 0n ? '-' : '';
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  return `${sign}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

const euros = (cents: bigint | undefined): string | undefined =>
  cents === undefined ? undefined : decimalOf([cents, 100n], 2);

/** Every figure of the reference against evaluate()'s: the list of those that differ (empty when all agree). */
export function checkReference(result: ScenarioResult, reference: ReferenceResult, years: readonly number[]): string[] {
  const differences: string[] = [];
  const same = (name: string, ours: string | undefined, theirs: string | undefined): void => {
    if (ours !== theirs) differences.push(`${name}: reference ${String(ours)}, evaluate ${String(theirs)}`);
  };
  years.forEach((year, i) => {
    same(`gdp.${String(year)}`, euros(reference.gdp[i]), result.gdp[year]?.amount.toFixed());
    same(`defence.${String(year)}`, euros(reference.defence[i]), result.defence.byYear[year]?.amount.toFixed());
    same(
      `defence.share.${String(year)}`,
      decimalOf(reference.share[i] as Q, 30),
      result.defence.shareOfGdp[year]?.toDecimalPlaces(30).toFixed(),
    );
    same(
      `defence.perCapita.${String(year)}`,
      euros(reference.perCapita[i]),
      result.defence.perCapita[year]?.amount.toFixed(),
    );
    const usd = result.views['USD'];
    same(`gdp.${String(year)}.usd`, euros(reference.usd.gdp[i]), usd?.gdp[year]?.amount.toFixed());
    same(`defence.${String(year)}.usd`, euros(reference.usd.defence[i]), usd?.defence.byYear[year]?.amount.toFixed());
  });
  const plan = result.plans[0];
  reference.plan.years.forEach((year, i) => {
    const row = plan?.schedule.rows.find((candidate) => candidate.year === year);
    same(`plan.${String(year)}`, euros(reference.plan.total[i]), row?.total.amount.toFixed());
    same(`plan.${String(year)}.cumulative`, euros(reference.plan.cumulative[i]), row?.cumulative.amount.toFixed());
    plan?.schedule.items.forEach((item, k) => {
      same(
        `plan.${String(year)}.${item.id}`,
        euros(reference.plan.items[k]?.[i]),
        row?.items[item.id]?.amount.toFixed(),
      );
    });
    same(
      `plan.${String(year)}.usd`,
      euros(reference.usd.plan[i]),
      result.views['USD']?.plans[plan?.id ?? '']?.byYear[year]?.amount.toFixed(),
    );
  });
  for (const target of reference.targets) {
    const theirs = result.targets.find((candidate) => candidate.id === target.id);
    same(
      `targets.${target.id}.years`,
      target.rows.map((row) => row.year).join(','),
      theirs?.rows.map((row) => row.year).join(','),
    );
    for (const row of target.rows) {
      const other = theirs?.rows.find((candidate) => candidate.year === row.year);
      const at = `targets.${target.id}.${String(row.year)}`;
      same(`${at}.due`, String(row.due), String(other?.due));
      same(
        `${at}.bound`,
        euros(row.atLeast ?? row.atMost),
        (other?.atLeast ?? other?.atMost ?? other?.countsUpTo)?.amount.toFixed(),
      );
      if (row.atLeast !== undefined && row.atMost !== undefined)
        same(`${at}.atMost`, euros(row.atMost), other?.atMost?.amount.toFixed());
      same(`${at}.spent`, euros(row.spent), other?.spent.amount.toFixed());
      same(`${at}.actual`, euros(row.actual), other?.actual.amount.toFixed());
      same(`${at}.beyondCap`, euros(row.beyondCap), other?.beyondCap.amount.toFixed());
      same(`${at}.gap`, euros(row.gap), other?.gap.amount.toFixed());
      same(`${at}.gapPoints`, decimalOf(row.gapPoints, 10), other?.gapPoints.toFixed());
      same(`${at}.actualShare`, decimalOf(row.actualShare, 30), other?.actualShare.toDecimalPlaces(30).toFixed());
    }
  }
  same('totals.gdp', euros(reference.totals.gdp), result.totals.gdp.amount.toFixed());
  same('totals.defence', euros(reference.totals.defence), result.totals.defence.amount.toFixed());
  return differences;
}

/**
 * Read every figure of a result that the reference produces (as `checkReference` compares them): each
 * Decimal fetched from the result and its exponent read, so that a result whose figures were made only on
 * reading pays for them in the timing. Returns how many were read.
 */
export function readEveryFigure(result: ScenarioResult, years: readonly number[]): number {
  let read = 0;
  let sink = 0;
  const take = (value: { readonly e: number } | undefined): void => {
    if (value === undefined) return;
    sink += value.e;
    read++;
  };
  const usd = result.views['USD'];
  for (const year of years) {
    take(result.gdp[year]?.amount);
    take(result.defence.byYear[year]?.amount);
    take(result.defence.shareOfGdp[year]);
    take(result.defence.perCapita[year]?.amount);
    take(usd?.gdp[year]?.amount);
    take(usd?.defence.byYear[year]?.amount);
  }
  for (const plan of result.plans) {
    for (const row of plan.schedule.rows) {
      take(row.total.amount);
      take(row.cumulative.amount);
      for (const item of plan.schedule.items) take(row.items[item.id]?.amount);
      take(usd?.plans[plan.id]?.byYear[row.year]?.amount);
    }
  }
  for (const target of result.targets)
    for (const row of target.rows) {
      take((row.atLeast ?? row.countsUpTo)?.amount);
      take(row.atMost?.amount);
      take(row.spent.amount);
      take(row.actual.amount);
      take(row.beyondCap.amount);
      take(row.gap.amount);
      take(row.gapPoints);
      take(row.actualShare);
    }
  take(result.totals.gdp.amount);
  take(result.totals.defence.amount);
  return Number.isNaN(sink) ? -1 : read;
}
