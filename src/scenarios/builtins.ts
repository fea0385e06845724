import { persons } from './persons';
import { lithuania, POPULATION_PROJECTION_METHOD, type DefenceBudget } from '../data/lithuania/dataset';
import { fail, show } from '../errors/fail';
import type { Phasing, Plan } from '../plans/types';
import type { Source } from '../sources/Source';
import { uniqueSources } from './compileSources';
import { parseScenario } from './parseScenario';
import type { PhasingSpec, PlanSpec, Scenario } from './types';

const ECB_2025_AVERAGE: Source = {
  publisher: 'European Central Bank',
  title: 'Euro foreign exchange reference rates, EUR/USD, 2025 average (EXR.A.USD.EUR.SP00.A)',
  url: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip',
  quoted: '1.1300',
  note: 'Computed as the arithmetic mean of the 255 daily reference rates of 2025 (see annualAverage and budget-whatif/ecb).',
};

function figure<T>(
  value: { readonly value: T; readonly source: Source } | undefined,
  what: string,
): { value: T; source: Source } {
  // Stryker disable next-line ConditionalExpression: the dataset is committed with every figure the built-ins read; a guard for editing it.
  if (value === undefined) throw new Error(`the dataset lacks ${what}`);
  return value;
}

function backing(source: Source, about: string): Source {
  return { ...source, about };
}

function shareOf(budget: DefenceBudget): string {
  // Stryker disable next-line ConditionalExpression: as above.
  if (budget.shareOfGdp === undefined) throw new Error('the dataset lacks a printed share of GDP');
  return budget.shareOfGdp.toString();
}

function phasingSpec(phasing: Phasing): PhasingSpec {
  switch (phasing.kind) {
    case 'even':
      return { kind: 'even' };
    case 'weights':
      return { kind: 'weights', weights: phasing.weights.map((weight) => weight.toString()) };
    case 'front-loaded':
    case 'back-loaded':
      return { kind: phasing.kind, ratio: phasing.ratio.toString() };
    case 's-curve':
      return { kind: 's-curve', steepness: phasing.steepness.toString() };
    case 'amounts':
      return {
        kind: 'amounts',
        amounts: Object.fromEntries(
          Object.entries(phasing.amounts).map(([year, amount]) => [year, amount.amount.toString()]),
        ),
      };
  }
}

/** A checked plan written back as a scenario file's plan. @internal */
export function planSpec(plan: Plan): PlanSpec {
  return {
    id: plan.id,
    name: plan.name,
    total: plan.total.amount.toString(),
    years: plan.years,
    phasing: phasingSpec(plan.phasing),
    items: plan.items.map((item) => ({
      id: item.id,
      name: item.name,
      ...(item.basis === 'remainder'
        ? { remainder: true }
        : item.basis === 'share' && item.share !== undefined
          ? { share: item.share.toString() }
          : { amount: item.amount.amount.toString() }),
      ...(item.phasing === undefined ? {} : { phasing: phasingSpec(item.phasing) }),
      ...(item.years === undefined ? {} : { years: item.years }),
    })),
    ...(plan.priceBasis.kind === 'nominal' ? {} : { priceBasis: plan.priceBasis }),
    sources: plan.sources,
    assumptions: plan.assumptions,
  };
}

/** The GDP a voted budget's printed share divides by: the government's projection, not printed itself. */
const IMPLIED_GDP = (year: '2025' | '2026'): string =>
  `the government's GDP projection behind the ${year} budget (not printed with it)`;

function lithuaniaScenario(share: '0.05' | '0.055' | '0.06', name: string, description: string): Scenario {
  const gdp2024 = figure(lithuania.gdp.versions['eurostat-2025'].values[2024], 'GDP 2024');
  const growth = lithuania.realGrowth.versions['ec-autumn-2025'].values;
  const inflation = lithuania.inflation.versions['ec-autumn-2025'].values;
  const growth2025 = figure(growth[2025], 'real growth 2025');
  const growth2026 = figure(growth[2026], 'real growth 2026');
  const inflation2025 = figure(inflation[2025], 'inflation 2025');
  const inflation2026 = figure(inflation[2026], 'inflation 2026');
  const budgets = lithuania.defenceBudgets.versions.national.values;
  const budget2025 = figure(budgets[2025], 'the 2025 defence budget');
  const budget2026 = figure(budgets[2026], 'the 2026 defence budget');
  const counted = lithuania.population.versions['state-data-agency'].values;
  const population2025 = figure(counted[2025], 'population 2025');
  const population2026 = figure(counted[2026], 'population 2026');
  const projected = Object.entries(lithuania.population.versions.projected.values);
  const population2035 = figure(lithuania.population.versions.projected.values[2035], 'population 2035');
  const council = lithuania.stateDefenceCouncil;
  return parseScenario({
    name,
    description,
    currency: 'EUR',
    years: { from: 2025, to: 2035 },
    economy: {
      gdp: {
        base: { year: 2024, amount: gdp2024.value.amount.toString() },
        realGrowth: {
          default: growth2026.value.toString(),
          '2025': growth2025.value.toString(),
          '2026': growth2026.value.toString(),
        },
        deflator: { default: '0.025', '2025': inflation2025.value.toString(), '2026': inflation2026.value.toString() },
        vintage: lithuania.gdp.versions['eurostat-2025'].name,
      },
      population: {
        '2025': population2025.value.toString(),
        '2026': population2026.value.toString(),
        ...Object.fromEntries(projected.map(([year, value]) => [year, value.value.toString()])),
      },
    },
    fx: { 'EUR/USD': { default: '1.13' } },
    defence: {
      shareOfGdp: { default: share },
      amounts: { '2025': budget2025.value.amount.amount.toString(), '2026': budget2026.value.amount.amount.toString() },
    },
    plans: [planSpec(lithuania.borderPlan)],
    targets: [
      'nato-wales-2pct',
      'nato-hague-core-3.5pct',
      'nato-hague-related-1.5pct',
      'nato-hague-total-5pct',
      'lithuania-2026-2030',
    ],
    rounding: { mode: 'half-even' },
    // The voted budgets' own shares of GDP, beside the modelled ones (their GDP basis differs).
    published: [
      {
        metric: 'defence.share.2025',
        value: shareOf(budget2025.value),
        source: budget2025.source,
        gdp: IMPLIED_GDP('2025'),
      },
      {
        metric: 'defence.share.2026',
        value: shareOf(budget2026.value),
        source: budget2026.source,
        gdp: IMPLIED_GDP('2026'),
      },
    ],
    // The growth and inflation forecasts come from one article: cited once.
    // Each source says which figures it backs, so that a what-if replacing them all lists it as replaced.
    sources: uniqueSources([
      backing(gdp2024.source, 'economy.gdp.base'),
      backing(growth2025.source, 'economy.gdp.realGrowth, economy.gdp.deflator'),
      backing(inflation2025.source, 'economy.gdp.realGrowth, economy.gdp.deflator'),
      backing(budget2025.source, 'defence.amounts.2025'),
      backing(budget2026.source, 'defence.amounts.2026'),
      backing(population2025.source, 'economy.population.2025'),
      backing(population2026.source, 'economy.population.2026'),
      backing(population2035.source, 'economy.population'),
      backing(council.average.source, 'defence.shareOfGdp'),
      backing(council.low.source, 'defence.shareOfGdp'),
      backing(ECB_2025_AVERAGE, 'fx.EUR/USD'),
    ]),
    assumptions: [
      {
        about: 'economy.gdp.realGrowth.default',
        statement: `Real growth after 2026 is ${growth2026.value.times(100).toString()}% a year.`,
        reason: 'The European Commission’s Autumn 2025 forecast ends in 2026; its 2026 rate is held.',
      },
      {
        about: 'economy.gdp.deflator',
        statement:
          'The GDP deflator follows HICP inflation: the Commission’s forecast for 2025–2026, then 2.5% a year.',
        reason:
          'No GDP-deflator forecast for 2025–2030 was found; HICP stands in, and 2.5% is near the euro-area norm after the forecast.',
      },
      {
        about: 'defence.shareOfGdp.default',
        statement: `Defence spending is ${share === '0.055' ? '5.5%' : share === '0.05' ? '5%' : '6%'} of GDP from 2027 to 2035.`,
        reason:
          share === '0.055'
            ? 'The State Defence Council decided on 5–6% a year for 2026–2030, 5.5% on average; no decision covers 2031–2035, so the average is held.'
            : 'A variant at the edge of the State Defence Council’s 5–6% band, held to 2035.',
      },
      {
        about: 'defence.amounts',
        statement:
          'Defence spending is the voted budget in 2025 (the €2.4 billion base budget) and 2026 (€4.79 billion).',
        reason:
          'Budgets already voted take precedence over a share of GDP; the 2025 base excludes the extra €800 million of borrowing.',
      },
      {
        about: 'fx.EUR/USD',
        statement: 'EUR/USD is 1.13 in every year.',
        reason:
          'The ECB reference rate averaged 1.1300 in 2025; future rates are unknown, so the last full year is held.',
      },
      {
        about: 'economy.population',
        statement: `The population is the count of 1 January in 2025 (${persons(population2025.value)}) and 2026 (${persons(population2026.value)}, provisional), then falls about 0.71% a year, to ${persons(population2035.value)} in 2035.`,
        reason: POPULATION_PROJECTION_METHOD,
      },
    ],
  });
}

const BUILDERS: Readonly<Record<string, () => Scenario>> = {
  'lithuania-baseline': () =>
    lithuaniaScenario(
      '0.055',
      'Lithuania baseline: 5.5% of GDP on average, 2026–2030',
      'Defence at 5.5% of GDP from 2027 (the average of the State Defence Council’s 5–6% for 2026–2030), the voted budgets of 2025 and 2026, the 2025 border plan, GDP from Eurostat 2024 grown by the European Commission’s Autumn 2025 forecast.',
    ),
  'lithuania-5pct': () =>
    lithuaniaScenario(
      '0.05',
      'Lithuania at 5% of GDP, 2027–2035',
      'The baseline with defence at the low end of the 5–6% band.',
    ),
  'lithuania-6pct': () =>
    lithuaniaScenario(
      '0.06',
      'Lithuania at 6% of GDP, 2027–2035',
      'The baseline with defence at the high end of the 5–6% band.',
    ),
};

// Built on first use: parsing loads zod's work, which `import` should not pay for.
const built = new Map<string, Scenario>();

/**
 * The names of the built-in scenarios: `lithuania-baseline`, `lithuania-5pct`, `lithuania-6pct`.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { BUILTIN_SCENARIOS } from 'budget-whatif/scenarios';
 * BUILTIN_SCENARIOS; // => ['lithuania-baseline', 'lithuania-5pct', 'lithuania-6pct']
 * ```
 */
export const BUILTIN_SCENARIOS: readonly string[] = Object.keys(BUILDERS);

/**
 * A built-in scenario by name, from the cited Lithuania dataset (also in the repository's `scenarios/`
 * folder as JSON files to copy and edit).
 *
 * @param name - one of {@link BUILTIN_SCENARIOS}.
 * @returns the scenario, parsed and frozen.
 * @throws {@link budget-whatif!BudgetWhatIfError} `unknown_id` naming the built-in scenarios.
 * @category Scenarios
 * @example
 * ```ts
 * import { getScenario } from 'budget-whatif/scenarios';
 * getScenario('lithuania-6pct').defence.shareOfGdp?.['default']; // => '0.06'
 * ```
 */
export function getScenario(name: string): Scenario {
  let scenario = built.get(name);
  if (scenario === undefined) {
    scenario = buildScenario(name);
    built.set(name, scenario);
  }
  return scenario;
}

/** A built-in scenario built afresh from the dataset, not kept: what getScenario keeps. @internal */
export function buildScenario(name: string): Scenario {
  const build = Object.hasOwn(BUILDERS, name) ? BUILDERS[name] : undefined;
  if (build === undefined)
    return fail(
      'unknown_id',
      `no built-in scenario ${show(name)}; there are ${BUILTIN_SCENARIOS.join(', ')}`,
      ['name'],
      name,
    );
  return build();
}
