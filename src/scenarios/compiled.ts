// What compile() makes of a scenario: the domain objects evaluate and the simulation kernel work on.
import type { Decimal } from '../decimal/core';
import type { RoundingMode } from '../decimal/rounding';
import type { Target } from '../economy/targets';
import type { ExchangeRate } from '../fx/types';
import type { Money } from '../money/core';
import type { Schedule } from '../plans/schedule';
import type { Plan } from '../plans/types';
import type { YearSeries } from '../series/types';
import type { Assumption, Source } from '../sources/Source';
import type { PlanPrices } from './compilePlans';
import type { Change, Scenario } from './types';

/** A plan written in another currency: as written, and its schedule there (planCurrency.ts). @internal */
export interface PlanCurrency {
  /** The plan as written, in its own currency. */
  readonly asWritten: Plan;
  /** Its schedule in its own currency. */
  readonly schedule: Schedule;
}

/** How one year's spending of a category is set. @internal */
export type SpendingRule =
  | {
      readonly basis: 'amount';
      /** In the scenario's currency. */
      readonly amount: Money;
      /** The amount as written, when in another currency (`amount` is it converted at the year's rate). */
      readonly written?: Money;
    }
  | { readonly basis: 'share'; readonly share: Decimal };

/** A scenario as domain objects, ready to evaluate. @internal */
export interface CompiledScenario {
  readonly scenario: Scenario;
  readonly currency: string;
  readonly mode: RoundingMode;
  readonly years: readonly number[];
  /** Nominal GDP by scenario year, rounded to the minor unit. */
  readonly gdp: YearSeries<Money>;
  readonly population: YearSeries<Decimal>;
  readonly defence: YearSeries<SpendingRule>;
  readonly related: YearSeries<SpendingRule> | undefined;
  readonly fx: readonly {
    readonly quote: string;
    readonly rates: YearSeries<ExchangeRate>;
    /** The years whose conversion divides (a pair the other way round, a fraction): × times ÷ over, exactly. */
    readonly fractions: YearSeries<{ readonly times: Decimal; readonly over: Decimal }>;
  }[];
  /** The plans in current prices (a plan written in constant prices indexed with the GDP deflator). */
  readonly plans: readonly Plan[];
  /** For each plan written in constant prices, what it was and the index that brought it to current prices. */
  readonly prices: readonly (PlanPrices | undefined)[];
  /** For each plan written in another currency, the plan as written (`plans` has it converted). */
  readonly currencies: readonly (PlanCurrency | undefined)[];
  /** Each plan's schedule, computed once: plans do not change. */
  readonly schedules: readonly Schedule[];
  readonly targets: readonly Target[];
  /** For a target with amounts in another currency: its form in each year, those amounts converted at the year's rate. */
  readonly targetYears: readonly (YearSeries<Target> | undefined)[];
  readonly warnings: readonly string[];
  /** Every source behind the scenario, its plans and its targets, without repeats. */
  readonly sources: readonly Source[];
  /** The scenario's and its plans' assumptions, each with the path its `about` is relative to. */
  readonly stated: readonly {
    readonly assumption: Assumption;
    readonly scope: string;
    /** Replaced whole by any change that touches it: its figures are one basis (a named GDP vintage). */
    readonly whole?: true;
  }[];
  /** The assumptions the library makes (a constant-price plan indexed with the deflator). */
  readonly generated: readonly Assumption[];
  /** The scenario's record of changes. */
  readonly changes: readonly Change[];
}
