// Every ally's population by year: the World Bank's mid-year counts of 2014–2024 (World Development
// Indicators) and the UN's projection of 1 January 2025–2051 (World Population Prospects 2024, medium
// variant), read from the generated table (scripts/build-population.ts, from data/raw/population*.csv).
// Built on first use: the core entry does not pay for them at import.
import { D, type Decimal } from '../../decimal/core';
import { fail, show } from '../../errors/fail';
import type { Figure, FigureStatus } from '../figures';
import { POPULATION_PROJECTION_SERIES, POPULATION_SERIES, POPULATION_SOURCES } from './population.generated';

type ByYear = Readonly<Record<number, Figure<Decimal>>>;

/** A generated table's series as each ally's figures by year, every one with its status and note. */
function figuresByCode(
  series: readonly (readonly [string, number, string, string])[],
  status: FigureStatus,
  note: string,
): ReadonlyMap<string, ByYear> {
  const built = new Map<string, ByYear>();
  for (const [code, from, persons, sourceId] of series) {
    // The generator checks that every row names a source of the sources file.
    const source = POPULATION_SOURCES[sourceId] as Figure<Decimal>['source'];
    const values: Record<number, Figure<Decimal>> = {};
    persons.split(' ').forEach((count, i) => {
      values[from + i] = Object.freeze({ value: new D(count), source, status, note });
    });
    built.set(code, Object.freeze(values));
  }
  return built;
}

let counts: ReadonlyMap<string, ByYear> | undefined;
let projections: ReadonlyMap<string, ByYear> | undefined;

/** An ally's series from a table (the generator checks that it has every ally and nothing else), or `unknown_id`. */
function ofAlly(table: ReadonlyMap<string, ByYear>, code: string): ByYear {
  const found = table.get(code);
  if (found !== undefined) return found;
  return fail(
    'unknown_id',
    `${show(code)} is not an ally's ISO 3166 code: use one such as LT, PL or US (NATO_ALLIES lists them)`,
    ['code'],
    code,
  );
}

/**
 * An ally's population by year, 2014 (the first year of NATO's tables) to the latest the World Bank has
 * (2024): its "Population, total" of the World Development Indicators, a mid-year count of all residents,
 * which the World Bank takes from the national statistical office (directly or through Eurostat) where
 * registration is complete, else from the UN's World Population Prospects. Past years only; the years
 * ahead are {@link allyPopulationProjection}'s.
 *
 * @param code - an ally's ISO 3166 code (`LT`); see {@link budget-whatif!NATO_ALLIES}.
 * @returns the counts by year, each with its source.
 * @throws {@link BudgetWhatIfError} `unknown_id` for a code that is not an ally's.
 * @category Data
 * @example
 * ```ts
 * import { allyPopulation } from 'budget-whatif';
 * allyPopulation('LT')[2024]?.value.toString(); // => '2888278'
 * allyPopulation('PL')[2023]?.value.toString(); // => '36687353'
 * allyPopulation('IS')[2014]?.source.publisher; // => 'World Bank'
 * allyPopulation('LT')[2025]; // => undefined
 * ```
 */
export function allyPopulation(code: string): Readonly<Record<number, Figure<Decimal>>> {
  counts ??= figuresByCode(POPULATION_SERIES, 'actual', 'Mid-year (1 July) population.');
  return ofAlly(counts, code);
}

/**
 * An ally's projected population on 1 January of each year 2025–2051: the medium variant of the UN's World
 * Population Prospects 2024 (the median of its probabilistic projections), published 11 July 2024. The
 * UN's own level, which can differ from {@link allyPopulation}'s by several per cent (Poland: 38.4 million
 * on 1 January 2025, against the World Bank's 36.6 million in mid-2024); a starter scenario takes its
 * average yearly change, not its level (see `countryData`).
 *
 * @param code - an ally's ISO 3166 code (`LT`); see {@link budget-whatif!NATO_ALLIES}.
 * @returns the projection by year (1 January), each a `forecast` with its source.
 * @throws {@link BudgetWhatIfError} `unknown_id` for a code that is not an ally's.
 * @category Data
 * @example
 * ```ts
 * import { allyPopulationProjection } from 'budget-whatif';
 * allyPopulationProjection('LT')[2025]?.value.toString(); // => '2851406'
 * allyPopulationProjection('LT')[2036]?.value.toString(); // => '2586559'
 * allyPopulationProjection('US')[2051]?.status; // => 'forecast'
 * allyPopulationProjection('LT')[2024]; // => undefined
 * ```
 */
export function allyPopulationProjection(code: string): Readonly<Record<number, Figure<Decimal>>> {
  projections ??= figuresByCode(
    POPULATION_PROJECTION_SERIES,
    'forecast',
    'Population on 1 January, the UN’s medium-variant projection.',
  );
  return ofAlly(projections, code);
}
