// Every ally's population by year, as the World Bank's World Development Indicators give it (mid-year, from
// national statistical offices or the UN), read from the generated table (scripts/build-population.ts,
// from data/raw/population.csv). Built on first use: the core entry does not pay for it at import.
import { D, type Decimal } from '../../decimal/core';
import { fail, show } from '../../errors/fail';
import type { Figure } from '../figures';
import { NATO_ALLIES } from '../nato/natoShares';
import { POPULATION_SERIES, POPULATION_SOURCES } from './population.generated';

/** Each ally's counts by year, built on first use. */
let byCode: ReadonlyMap<string, Readonly<Record<number, Figure<Decimal>>>> | undefined;

function countsByCode(): ReadonlyMap<string, Readonly<Record<number, Figure<Decimal>>>> {
  if (byCode !== undefined) return byCode;
  const built = new Map<string, Readonly<Record<number, Figure<Decimal>>>>();
  for (const [code, from, persons, sourceId] of POPULATION_SERIES) {
    // The generator checks that every row names a source of the sources file.
    const source = POPULATION_SOURCES[sourceId] as Figure<Decimal>['source'];
    const values: Record<number, Figure<Decimal>> = {};
    persons.split(' ').forEach((count, i) => {
      values[from + i] = Object.freeze({
        value: new D(count),
        source,
        status: 'actual',
        note: 'Mid-year (1 July) population.',
      });
    });
    built.set(code, Object.freeze(values));
  }
  byCode = built;
  return built;
}

/**
 * An ally's population by year, 2014 (the first year of NATO's tables) to the latest the World Bank has
 * (2024): its "Population, total" of the World Development Indicators, a mid-year count of all residents,
 * which the World Bank takes from the national statistical office (directly or through Eurostat) where
 * registration is complete, else from the UN's World Population Prospects. Past years only: no projection.
 *
 * @param code - an ally's ISO 3166 code (`LT`); see {@link NATO_ALLIES}.
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
  const counts = NATO_ALLIES.some((ally) => ally.code === code && !ally.aggregate)
    ? countsByCode().get(code)
    : undefined;
  if (counts !== undefined) return counts;
  return fail(
    'unknown_id',
    `${show(code)} is not an ally's ISO 3166 code: use one such as LT, PL or US (NATO_ALLIES lists them)`,
    ['code'],
    code,
  );
}
