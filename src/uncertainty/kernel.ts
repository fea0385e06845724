// The numeric kernel of a simulation: the scenario's model (GDP path, spending, plans, views, targets)
// compiled once into steps over Float64Arrays, each row holding one quantity for a block of trials.
// It mirrors compile.ts and evaluation.ts in binary floating point, without the rounding to cents, so
// at any point it agrees with evaluate() to about 1e-12 (tests/uncertainty/kernel.test.ts holds it to
// a relative 1e-9). Decimals appear only when the statistics are reported (summary.ts).
//
// A step whose inputs no trial varies (GDP before the uncertain years, spending fixed in euros) runs once
// when the kernel is built; only the steps downstream of a varied input run for every block.
import type { Path } from '../errors/fail';
import { requirementIn, type Requirement, type SpendingCategory, type Target } from '../economy/targets';
import type { Decimal } from '../decimal/core';
import type { Money } from '../money/core';
import { isMoney } from '../money/core';
import { currencyOf } from '../money/currencies';
import { yearWeights } from '../plans/phasing';
import type { Schedule } from '../plans/schedule';
import type { Plan } from '../plans/types';
import { yearsOf } from '../series/years';
import type { CompiledScenario } from '../scenarios/compile';
import type { MetricRef } from '../scenarios/metricName';
import type { Scenario, YearlyValues } from '../scenarios/types';
import { variableKind, type ValueKind } from '../scenarios/vocabulary';
import { pairView, rateValue, readRate } from '../scenarios/rates';
import {
  addProductTo,
  addTo,
  affine,
  capped,
  gaps,
  grown,
  isZero,
  metCount,
  product,
  ratio,
  rest,
  shrunk,
  scaled,
  type TargetBounds,
} from './loops';

/** What a varied number is, which decides the values it may take (scenarios/vocabulary.ts). @internal */
export type SlotKind = ValueKind;

/** One number of the scenario that a trial may change, and its row of values. @internal */
export interface Slot {
  /** The canonical path: selectors by id, as in `plans[border-countermobility].total`. */
  readonly path: string;
  readonly kind: SlotKind;
  readonly row: Float64Array;
}

/** A step of the kernel over the first `count` trials of a block. */
type Step = (count: number) => void;

/** The met count of a target in a year. @internal */
export interface TargetTally {
  readonly id: string;
  readonly year: number;
  readonly due: boolean;
  met: number;
}

/** An item's amount in a block: its own row, a share of the total, or the remainder. */
type ItemAmount =
  | { readonly basis: 'amount'; readonly row: Float64Array }
  | { readonly basis: 'share'; readonly share: Float64Array; readonly row: Float64Array }
  | { readonly basis: 'remainder'; readonly row: Float64Array };

/** A target in a year: what is spent, what counts, and the bounds it is compared with. */
interface TargetYear {
  readonly spent: Float64Array;
  readonly actual: Float64Array;
  readonly gdp: Float64Array;
  readonly bounds: TargetBounds;
}

/** A requirement's bounds as the loops read them: share × GDP + amount; no floor is −∞, no ceiling +∞. */
function boundsOf(requirement: Requirement): TargetBounds {
  const bound = (value: Decimal | Money | undefined): { share: number; amount: number } | undefined =>
    value === undefined
      ? undefined
      : isMoney(value)
        ? { share: 0, amount: value.amount.toNumber() }
        : { share: value.toNumber(), amount: 0 };
  const floor = bound(requirement.atLeast);
  const ceiling = bound(requirement.atMost);
  return {
    floorShare: floor?.share ?? 0,
    floorAmount: floor?.amount ?? -Infinity,
    ceilingShare: ceiling?.share ?? 0,
    ceilingAmount: ceiling?.amount ?? Infinity,
  };
}

/** The kernel of one scenario. @internal */
export class Kernel {
  readonly blockSize: number;
  readonly tallies: TargetTally[] = [];
  private readonly slotIndex = new Map<string, Slot>();
  private readonly rows = new Map<string, Float64Array>();
  private readonly steps: Step[] = [];
  private readonly targetYears = new Map<string, TargetYear>();
  /** The rows that change from trial to trial: the varied slots and what is computed from them. */
  private readonly varying = new Set<Float64Array>();
  private readonly varied: ReadonlySet<string>;
  private readonly fixedPlans = new Set<string>();
  /** Whether this run counts the trials that meet each target (the first pass over the trials only). */
  private tallying = false;
  private readonly zero: Float64Array;
  private readonly tolerance: number;
  private readonly model: CompiledScenario;
  /** Set when a trial breaks a plan's rule: the trial (in its block) and what went wrong. */
  fault: { readonly trial: number; readonly path: Path; readonly message: string } | undefined;

  /**
   * @param model - the scenario, compiled, with every varied input at a valid value.
   * @param blockSize - the trials in a block.
   * @param varied - the canonical paths that trials vary.
   */
  constructor(model: CompiledScenario, blockSize: number, varied: ReadonlySet<string>) {
    this.model = model;
    this.blockSize = blockSize;
    this.varied = varied;
    this.zero = new Float64Array(blockSize);
    // Half a minor unit: the most by which a rounded amount in evaluate() can differ from the exact one.
    this.tolerance = 0.5 * 10 ** -currencyOf(model.currency).minorUnits;
    const scenario = model.scenario;
    this.buildGdp(scenario);
    // The rates first: amounts written in another currency are converted with them.
    this.buildFx(scenario.fx ?? {});
    this.buildSpending(scenario.defence, 'defence', ['defence']);
    if (scenario.defence.related !== undefined)
      this.buildSpending(scenario.defence.related, 'related', ['defence', 'related']);
    this.buildPopulation(scenario.economy.population);
    this.buildPlans(scenario);
    this.buildTargets();
  }

  /** The slot of a canonical path, or `undefined` when the model does not read it. */
  slot(path: string): Slot | undefined {
    return this.slotIndex.get(path);
  }

  /** Whether a plan is phased by explicit amounts, so that none of its numbers can vary. */
  isFixedPlan(id: string): boolean {
    return this.fixedPlans.has(id);
  }

  /**
   * A slot for a path the model never reads (a share of GDP in a year given as an amount, say): the
   * input is drawn, checked and kept in the samples, and changes nothing.
   */
  unreadSlot(path: string): Slot {
    const slot: Slot = { path, kind: kindOf(path), row: new Float64Array(this.blockSize) };
    this.slotIndex.set(path, slot);
    return slot;
  }

  /** Run the model over the first `count` trials of the block, after the varied slots were written. */
  run(count: number, tally: boolean): void {
    this.tallying = tally;
    for (const step of this.steps) step(count);
  }

  /** A function writing a metric's value for each trial of the block into `out`. */
  reader(ref: MetricRef): (out: Float64Array, count: number) => void {
    switch (ref.kind) {
      case 'amount':
        return this.amountReader(ref);
      case 'share':
      case 'perCapita': {
        const top = this.need(`${ref.of}:${String(ref.year)}`);
        const bottom = this.need(ref.kind === 'share' ? `gdp:${String(ref.year)}` : `pop:${String(ref.year)}`);
        return (out, count) => {
          ratio(out, top, bottom, count, false);
        };
      }
      case 'planShare': {
        const top = this.need(`plan:${ref.plan}:${String(ref.year)}`);
        const bottom = this.need(`${ref.over}:${String(ref.year)}`);
        return (out, count) => {
          ratio(out, top, bottom, count, true);
        };
      }
      case 'target':
        return this.targetReader(ref);
    }
  }

  // ---- building ----

  /**
   * Add a step that reads `reads` and writes `writes`: run for every block when a read row varies,
   * else once, now, for the whole block (its rows then hold the same value for every trial).
   */
  private step(reads: readonly Float64Array[], writes: readonly Float64Array[], run: Step): void {
    if (reads.some((row) => this.varying.has(row))) {
      for (const row of writes) this.varying.add(row);
      this.steps.push(run);
    } else {
      run(this.blockSize);
    }
  }

  private slotFor(path: string, raw: string): Float64Array {
    const existing = this.slotIndex.get(path);
    if (existing !== undefined) return existing.row;
    // A rate may be written as its reciprocal ("1/3.95"): the slot holds the rate itself.
    const row = new Float64Array(this.blockSize).fill(
      raw.includes('/') ? rateValue(readRate(raw)).toNumber() : Number(raw),
    );
    const slot: Slot = { path, kind: kindOf(path), row };
    this.slotIndex.set(path, slot);
    if (this.varied.has(path)) this.varying.add(row);
    return row;
  }

  /** The slot of a yearly value: the year's own, or the default's. */
  private yearly(values: YearlyValues, prefix: string, year: number): Float64Array | undefined {
    const own = values[String(year)];
    if (own !== undefined) return this.slotFor(`${prefix}.${String(year)}`, own);
    const fallback = values['default'];
    return fallback === undefined ? undefined : this.slotFor(`${prefix}.default`, fallback);
  }

  private newRow(name: string): Float64Array {
    const row = new Float64Array(this.blockSize);
    this.rows.set(name, row);
    return row;
  }

  private need(name: string): Float64Array {
    const row = this.rows.get(name);
    // evaluate() has checked every metric before the kernel reads it; a missing row is a bug here.
    if (row === undefined) throw new Error(`budget-whatif: the simulation kernel has no ${name}`);
    return row;
  }

  private buildGdp(scenario: Scenario): void {
    const spec = scenario.economy.gdp;
    const years = this.model.years;
    if (spec.series !== undefined) {
      for (const year of years) {
        const raw = spec.series[String(year)];
        if (raw !== undefined)
          this.rows.set(`gdp:${String(year)}`, this.slotFor(`economy.gdp.series.${String(year)}`, raw));
      }
      return;
    }
    let startYear: number;
    let previous: Float64Array;
    if (spec.base !== undefined) {
      startYear = spec.base.year;
      previous = this.slotFor('economy.gdp.base.amount', spec.base.amount);
      if (years.includes(startYear)) this.rows.set(`gdp:${String(startYear)}`, previous);
    } else {
      const known = spec.known ?? {};
      const knownYears = Object.keys(known)
        .map(Number)
        .sort((a, b) => a - b);
      for (const year of knownYears) {
        const row = this.slotFor(`economy.gdp.known.${String(year)}`, known[String(year)] as string);
        if (years.includes(year)) this.rows.set(`gdp:${String(year)}`, row);
      }
      const lastKnown = knownYears.at(-1);
      if (lastKnown === undefined) return; // evaluate() has already refused such a scenario
      startYear = lastKnown;
      // The last known year's slot (made in the loop above), the start of the projection.
      previous = this.slotFor(`economy.gdp.known.${String(startYear)}`, known[String(startYear)] as string);
    }
    // Each year from the one before: GDP × (1 + real growth)(1 + deflator), or × (1 + nominal growth).
    const last = years.at(-1) ?? startYear;
    for (let year = startYear + 1; year <= last; year++) {
      const nominal =
        spec.nominalGrowth === undefined
          ? undefined
          : this.yearly(spec.nominalGrowth, 'economy.gdp.nominalGrowth', year);
      const real = nominal ?? this.yearly(spec.realGrowth ?? {}, 'economy.gdp.realGrowth', year);
      const deflator =
        nominal === undefined ? this.yearly(spec.deflator ?? {}, 'economy.gdp.deflator', year) : undefined;
      if (real === undefined) return; // evaluate() has already refused such a scenario
      const out = this.newRow(`gdp:${String(year)}`);
      const from = previous;
      this.step(deflator === undefined ? [from, real] : [from, real, deflator], [out], (count) => {
        grown(out, from, real, deflator, count);
      });
      previous = out;
    }
  }

  private buildSpending(spec: Scenario['defence'], name: 'defence' | 'related', at: Path): void {
    const prefix = at.join('.');
    for (const year of this.model.years) {
      const amount = spec.amounts?.[String(year)];
      if (amount !== undefined) {
        const written = this.slotFor(`${prefix}.amounts.${String(year)}`, amount);
        const own = spec.currency ?? this.model.currency;
        this.rows.set(
          `${name}:${String(year)}`,
          own === this.model.currency ? written : this.inReportingCurrency(written, own, year),
        );
        continue;
      }
      const share = this.yearly(spec.shareOfGdp ?? {}, `${prefix}.shareOfGdp`, year);
      const gdp = this.rows.get(`gdp:${String(year)}`);
      if (share === undefined || gdp === undefined) continue;
      const out = this.newRow(`${name}:${String(year)}`);
      this.step([share, gdp], [out], (count) => {
        product(out, share, gdp, count);
      });
    }
  }

  private buildPopulation(values: YearlyValues | undefined): void {
    if (values === undefined) return;
    for (const year of this.model.years) {
      const row = this.yearly(values, 'economy.population', year);
      if (row !== undefined) this.rows.set(`pop:${String(year)}`, row);
    }
  }

  private buildFx(fx: Readonly<Record<string, YearlyValues>>): void {
    const years = new Set(this.model.years);
    for (const plan of this.model.plans) for (let y = plan.years.from; y <= plan.years.to; y++) years.add(y);
    for (const [pair, values] of Object.entries(fx)) {
      const { view, inverse } = pairView(pair, this.model.currency);
      for (const year of years) {
        const row = this.yearly(values, `fx.${pair}`, year);
        if (row !== undefined) this.rows.set(`fx:${view}:${String(year)}`, inverse ? this.reciprocal(row) : row);
      }
    }
  }

  /** An amount in the currency of a view, in the scenario's: ÷ the year's rate (1 of the scenario's currency in the view's). */
  private inReportingCurrency(amount: Float64Array, currency: string, year: number): Float64Array {
    const rate = this.need(`fx:${currency}:${String(year)}`);
    const out = new Float64Array(this.blockSize);
    this.step([amount, rate], [out], (count) => {
      ratio(out, amount, rate, count, false);
    });
    return out;
  }

  /** A pair written the other way round (USD/PLN in a PLN scenario): amounts are multiplied by 1/rate. */
  private reciprocal(row: Float64Array): Float64Array {
    const out = new Float64Array(this.blockSize);
    this.step([row], [out], (count) => {
      for (let i = 0; i < count; i++) out[i] = 1 / (row[i] as number);
    });
    return out;
  }

  private buildPlans(scenario: Scenario): void {
    this.model.plans.forEach((current, p) => {
      // A plan written in constant prices is built as written, then indexed with the deflator's rows.
      const prices = this.model.prices[p];
      // A plan in another currency likewise, then converted with the rate's rows: drawing the rate moves it.
      const own = this.model.currencies[p];
      const plan = prices?.asWritten ?? own?.asWritten ?? current;
      const name = prices === undefined && own === undefined ? '' : 'written:';
      this.buildPlan(scenario, plan, prices?.schedule ?? own?.schedule ?? this.model.schedules[p], name);
      if (prices !== undefined) this.indexPlan(scenario, plan, prices.year);
      if (own !== undefined) this.convertPlan(plan);
    });
  }

  /** A plan written in another currency, in the scenario's: each row ÷ the year's rate for it. */
  private convertPlan(plan: Plan): void {
    this.eachWrittenRow(plan, (row, written, year) => {
      this.rows.set(row, this.inReportingCurrency(written, plan.total.currency, year));
    });
  }

  /** Each row of a plan built as written (`written:` rows): the plan's and its items', year by year. */
  private eachWrittenRow(plan: Plan, visit: (row: string, written: Float64Array, year: number) => void): void {
    for (let y = plan.years.from; y <= plan.years.to; y++) {
      const names = [
        `plan:${plan.id}:${String(y)}`,
        ...plan.items.map((item) => `item:${plan.id}:${item.id}:${String(y)}`),
      ];
      for (const row of names) {
        const written = this.rows.get(`written:${row}`);
        // Stryker disable next-line ConditionalExpression: buildPlan wrote every row of the plan's years.
        if (written !== undefined) visit(row, written, y);
      }
    }
  }

  /** A plan's item and year rows, named with `name` before the usual `item:` and `plan:`. */
  private buildPlan(scenario: Scenario, plan: Plan, table: Schedule | undefined, name: string): void {
    const spec = (scenario.plans ?? []).find((candidate) => candidate.id === plan.id);
    const years = yearsOf(plan.years);
    const explicit = plan.phasing.kind === 'amounts' || plan.items.some((item) => item.phasing?.kind === 'amounts');
    if (spec === undefined || explicit) {
      this.fixedPlans.add(plan.id);
      // Phased by explicit amounts: the schedule cannot move with the plan's numbers, so none of them
      // becomes a slot (an input on them is refused) and the rows are the exact schedule's.
      for (const row of table?.rows ?? []) {
        this.rows.set(`${name}plan:${plan.id}:${String(row.year)}`, this.constant(row.total.amount.toNumber()));
        for (const item of plan.items)
          this.rows.set(
            `${name}item:${plan.id}:${item.id}:${String(row.year)}`,
            this.constant(row.items[item.id]?.amount.toNumber() ?? 0),
          );
      }
      return;
    }
    const at = `plans[${plan.id}]`;
    const total = this.slotFor(`${at}.total`, spec.total);
    const amounts: ItemAmount[] = plan.items.map((item, i) => {
      const itemSpec = spec.items[i];
      if (item.basis === 'amount')
        return {
          basis: 'amount',
          row: this.slotFor(`${at}.items[${item.id}].amount`, itemSpec?.amount ?? '0'),
        };
      if (item.basis === 'share')
        return {
          basis: 'share',
          share: this.slotFor(`${at}.items[${item.id}].share`, itemSpec?.share ?? '0'),
          row: new Float64Array(this.blockSize),
        };
      return { basis: 'remainder', row: new Float64Array(this.blockSize) };
    });
    // Each item's yearly amounts: its amount × its phasing's weight of the year (0 outside its years).
    const cells = plan.items.flatMap((item, i) => {
      const phasing = item.phasing ?? plan.phasing;
      const span = item.years ?? plan.years;
      const weights = phasing.kind === 'amounts' ? [] : yearWeights(phasing, span, []);
      const sumOfWeights = weights.reduce((a, w) => a + w, 0n);
      return years.map((year) => {
        const w = weights[year - span.from];
        const weight = w === undefined || sumOfWeights === 0n ? 0 : Number(w) / Number(sumOfWeights);
        return {
          row: this.newRow(`${name}item:${plan.id}:${item.id}:${String(year)}`),
          weight,
          amount: (amounts[i] as ItemAmount).row,
        };
      });
    });
    const planRows = years.map((year) => ({
      row: this.newRow(`${name}plan:${plan.id}:${String(year)}`),
      items: plan.items.map(
        (item) => this.rows.get(`${name}item:${plan.id}:${item.id}:${String(year)}`) as Float64Array,
      ),
    }));
    const tolerance = this.tolerance;
    const remainder = amounts.find((amount) => amount.basis === 'remainder');
    const given = amounts.filter((amount) => amount.basis !== 'remainder').map((amount) => amount.row);
    const reads = [total, ...amounts.flatMap((amount) => (amount.basis === 'share' ? [amount.share] : [amount.row]))];
    const writes = [
      ...amounts.map((amount) => amount.row),
      ...cells.map((cell) => cell.row),
      ...planRows.map((r) => r.row),
    ];
    this.step(reads, writes, (count) => {
      for (const amount of amounts) if (amount.basis === 'share') product(amount.row, amount.share, total, count);
      // The remainder is the total less the other items; without one, the items must make the total.
      const bad = rest(remainder?.row, total, given, tolerance, count);
      if (bad >= 0) {
        let sumOfItems = 0;
        for (const part of given) sumOfItems += part[bad] as number;
        this.fault ??= {
          trial: bad,
          path: ['plans', plan.id, 'items'],
          message: `the items of plan ${plan.id} add up to ${sumOfItems.toFixed(2)}, ${remainder === undefined ? 'not' : 'more than'} its total of ${(total[bad] as number).toFixed(2)}`,
        };
        return;
      }
      for (const { row, weight, amount } of cells) scaled(row, amount, weight, count);
      for (const { row, items } of planRows) {
        row.fill(0, 0, count);
        for (const item of items) addTo(row, item, count);
      }
    });
  }

  /**
   * The rows of a plan written in constant prices of `year`, in current prices: each year's rows × P(y) ÷
   * P(year), the index built from the scenario's deflator rows (so a simulation that varies the deflator
   * re-prices the plan in every trial, as evaluate() would).
   */
  private indexPlan(scenario: Scenario, plan: Plan, year: number): void {
    const deflator = scenario.economy.gdp.deflator ?? {};
    const index = new Map<number, Float64Array>([[year, this.constant(1)]]);
    const from = Math.min(year, plan.years.from);
    const to = Math.max(year, plan.years.to);
    for (let y = year + 1; y <= to; y++) index.set(y, this.priceStep(index.get(y - 1), deflator, y, 1));
    for (let y = year - 1; y >= from; y--) index.set(y, this.priceStep(index.get(y + 1), deflator, y + 1, -1));
    this.eachWrittenRow(plan, (row, written, y) => {
      const level = index.get(y) as Float64Array;
      const out = this.newRow(row);
      this.step([written, level], [out], (count) => {
        product(out, written, level, count);
      });
    });
  }

  /** P(y) from P(y − 1) × (1 + π(y)) (direction 1), or P(y − 1) from P(y) ÷ (1 + π(y)) (direction −1). */
  private priceStep(
    from: Float64Array | undefined,
    deflator: YearlyValues,
    year: number,
    direction: 1 | -1,
  ): Float64Array {
    const rate = this.yearly(deflator, 'economy.gdp.deflator', year);
    const out = new Float64Array(this.blockSize);
    if (from === undefined || rate === undefined) return out.fill(Number.NaN); // compile() has refused such a plan
    this.step([from, rate], [out], (count) => {
      if (direction === 1) grown(out, from, rate, undefined, count);
      else shrunk(out, from, rate, count);
    });
    return out;
  }

  private constant(value: number): Float64Array {
    return new Float64Array(this.blockSize).fill(value);
  }

  private buildTargets(): void {
    const tolerance = this.tolerance;
    for (const [t, written] of this.model.targets.entries()) {
      for (const year of this.model.years) {
        // A target with amounts in another currency has a form of its own in each year (compile).
        const target = this.model.targetYears[t]?.[year] ?? written;
        const gdp = this.rows.get(`gdp:${String(year)}`);
        const requirement = requirementIn(target, year);
        const rows = gdp === undefined ? undefined : this.targetRows(target, year, gdp);
        if (rows === undefined || gdp === undefined || requirement === undefined) continue;
        const bounds = boundsOf(target.rule === 'counting-limit' ? { due: requirement.due } : requirement);
        const actual = rows.counted;
        this.targetYears.set(`${target.id}:${String(year)}`, { ...rows, actual, gdp, bounds });
        const tally: TargetTally = { id: target.id, year, due: requirement.due, met: 0 };
        this.tallies.push(tally);
        // Met within half a minor unit, as evaluate() compares amounts rounded to it. Where nothing
        // varies, every trial meets it or none does: counted once, added per block. A counting limit
        // asks nothing: every trial meets it (its bounds are −∞ and +∞).
        if (this.varying.has(actual) || this.varying.has(gdp)) {
          this.steps.push((count) => {
            if (this.tallying) tally.met += metCount(actual, gdp, bounds, tolerance, count);
          });
        } else {
          const always = metCount(actual, gdp, bounds, tolerance, 1) === 1;
          this.steps.push((count) => {
            if (this.tallying && always) tally.met += count;
          });
        }
      }
    }
  }

  /**
   * A target's spending in a year: everything spent in its categories, and what of it counts (each
   * category in full or up to its limit, as evaluate() counts it); `undefined` without spending figures.
   */
  private targetRows(
    target: Target,
    year: number,
    gdp: Float64Array,
  ): { readonly spent: Float64Array; readonly counted: Float64Array } | undefined {
    const counts =
      target.rule === 'counting-limit'
        ? [{ category: target.category as SpendingCategory, upTo: target.countsUpTo }]
        : target.counts;
    const parts: { raw: Float64Array; counted: Float64Array }[] = [];
    for (const count of counts) {
      const raw = this.categoryRow(count.category, year);
      if (raw === undefined) return undefined;
      parts.push({ raw, counted: count.upTo === undefined ? raw : this.cappedRow(raw, gdp, count.upTo, year) });
    }
    return {
      spent: this.sumRow(
        parts.map((part) => part.raw),
        `${target.id}:spent:${String(year)}`,
      ),
      counted: this.sumRow(
        parts.map((part) => part.counted),
        `${target.id}:counted:${String(year)}`,
      ),
    };
  }

  /** Spending of one category in a year; zero where a scenario has no related spending at all. */
  private categoryRow(category: SpendingCategory, year: number): Float64Array | undefined {
    if (category === 'defence') return this.rows.get(`defence:${String(year)}`);
    return this.model.related === undefined ? this.zero : this.rows.get(`related:${String(year)}`);
  }

  /** min(row, limit): a category counted up to a share of GDP (or an amount). */
  private cappedRow(row: Float64Array, gdp: Float64Array, upTo: Decimal | Money, year: number): Float64Array {
    const out = this.newRow(`capped:${String(this.rows.size)}:${String(year)}`);
    const share = isMoney(upTo) ? 0 : upTo.toNumber();
    const amount = isMoney(upTo) ? upTo.amount.toNumber() : 0;
    this.step([row, gdp], [out], (count) => {
      capped(out, row, gdp, share, amount, count);
    });
    return out;
  }

  /** The sum of rows: the row itself for one, a new row for more. */
  private sumRow(rows: readonly Float64Array[], name: string): Float64Array {
    if (rows.length === 1) return rows[0] as Float64Array;
    const out = this.newRow(name);
    this.step(rows, [out], (count) => {
      out.fill(0, 0, count);
      for (const row of rows) addTo(out, row, count);
    });
    return out;
  }

  // ---- reading ----

  private amountReader(ref: Extract<MetricRef, { kind: 'amount' }>): (out: Float64Array, count: number) => void {
    const { series, span, view } = ref;
    const prefix =
      series.kind === 'plan'
        ? `plan:${series.plan}`
        : series.kind === 'item'
          ? `item:${series.plan}:${series.item}`
          : series.kind;
    let years: number[];
    if (span.kind === 'year') years = [span.year];
    else if (span.kind === 'range') years = yearsOf(span);
    else if (series.kind === 'plan' || series.kind === 'item') {
      const plan = this.model.plans.find((candidate) => candidate.id === series.plan);
      years = plan === undefined ? [] : yearsOf(plan.years);
    } else years = [...this.model.years];
    // A year without a row adds nothing: evaluate() has already refused the metrics where that matters.
    const terms = years
      .map((year) => ({
        row: this.rows.get(`${prefix}:${String(year)}`),
        rate: view === undefined ? undefined : this.rows.get(`fx:${view}:${String(year)}`),
      }))
      .filter((term): term is { row: Float64Array; rate: Float64Array | undefined } => term.row !== undefined);
    return (out, count) => {
      out.fill(0, 0, count);
      for (const { row, rate } of terms) {
        if (rate === undefined) addTo(out, row, count);
        else addProductTo(out, row, rate, count);
      }
    };
  }

  private targetReader(ref: Extract<MetricRef, { kind: 'target' }>): (out: Float64Array, count: number) => void {
    const target = this.targetYears.get(`${ref.id}:${String(ref.year)}`);
    if (target === undefined)
      throw new Error(`budget-whatif: the simulation kernel has no target ${ref.id} in ${String(ref.year)}`);
    const { spent, actual, gdp, bounds } = target;
    const tolerance = this.tolerance;
    switch (ref.field) {
      case 'spent':
        return (out, count) => {
          out.set(spent.subarray(0, count));
        };
      case 'counted':
        return (out, count) => {
          out.set(actual.subarray(0, count));
        };
      case 'beyondCap':
        return (out, count) => {
          affine(out, actual, -1, 0, count);
          addTo(out, spent, count);
        };
      case 'gap':
        return (out, count) => {
          gaps(out, actual, gdp, bounds, tolerance, count);
        };
      case 'met':
        return (out, count) => {
          gaps(out, actual, gdp, bounds, tolerance, count);
          isZero(out, out, count);
        };
      case 'gapPoints':
        return (out, count) => {
          gaps(out, actual, gdp, bounds, tolerance, count);
          ratio(out, out, gdp, count, false);
          scaled(out, out, 100, count);
        };
      case 'atLeast':
        return (out, count) => {
          affine(out, gdp, bounds.floorShare, bounds.floorAmount, count);
        };
      case 'atMost':
        return (out, count) => {
          affine(out, gdp, bounds.ceilingShare, bounds.ceilingAmount, count);
        };
    }
  }
}

/** The kind of a slot's path: every path the kernel makes a slot of is one a simulation can vary. */
function kindOf(path: string): SlotKind {
  const kind = variableKind(path);
  if (kind === undefined) throw new Error(`budget-whatif: the simulation kernel made a slot of ${path}`);
  return kind;
}
