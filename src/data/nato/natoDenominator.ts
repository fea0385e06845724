// Where NATO's "share of GDP" for an ally divides by something other than GDP. NATO's tables do not say so
// for Luxembourg; its own numbers do: from 2023 its Table 5 gives Luxembourg a "GDP" two thirds of the
// World Bank's, where the year before the two agree, and EURACTIV reported that allies had agreed to
// measure Luxembourg against its gross national income. Said wherever the dataset puts that share, or
// NATO's "GDP" for Luxembourg, before a reader (the allies report, a starter scenario, docs/data.md).
import type { Source } from '../../sources/Source';
import { checkedCode, checkedYear } from './natoShares';

/**
 * An ally whose NATO figures, from a year on, divide by something other than GDP: what the dataset reads
 * from NATO's numbers, and the sources it reads it from.
 *
 * @category Data
 * @example
 * ```ts
 * import { natoDenominator, type NatoDenominator } from 'budget-whatif';
 * const luxembourg: NatoDenominator | undefined = natoDenominator('LU', 2024);
 * luxembourg?.denominator; // => 'gross national income (GNI), as reported'
 * ```
 */
export interface NatoDenominator {
  /** The ally's ISO 3166 code. */
  readonly code: string;
  /** The first year of NATO's tables the reading applies to; it applies to every later year too. */
  readonly from: number;
  /** What NATO divides by instead of GDP, in a few words, and how sure the dataset is of it. */
  readonly denominator: string;
  /** The evidence and the reading, in a sentence or three, with the numbers. */
  readonly note: string;
  /** Where the numbers and the reading come from (NATO's tables are cited where they are used). */
  readonly sources: readonly Source[];
}

const EURACTIV: Source = {
  publisher: 'EURACTIV (as republished by Active News)',
  title: 'Luxembourg strikes special deal on NATO defence spending target',
  url: 'https://activenews.co.uk/luxembourg-strikes-special-deal-on-nato-defence-spending-target/',
  published: '2023-07',
  quoted:
    'According to the agreement struck between NATO members, Luxembourg would not have to spend 2% of its GDP, but rather, 2% of its Gross National Income (GNI).',
  note: 'Republished from EURACTIV, whose own page was not retrieved. The month is read from the text, which puts the Vilnius summit (11–12 July 2023) "next week".',
};

const WORLD_BANK_GDP: Source = {
  publisher: 'World Bank',
  title: 'World Development Indicators: GDP (current US$) (NY.GDP.MKTP.CD)',
  url: 'https://data.worldbank.org/indicator/NY.GDP.MKTP.CD',
  quoted: 'Luxembourg,LUX,2022,81641807865.75908 … Luxembourg,LUX,2023,85755006123.5976',
  note: 'As in github.com/datasets/gdp, data/gdp.csv (its conversion of the World Bank’s file), commit 822019c of 20 March 2026.',
};

const DENOMINATORS: readonly NatoDenominator[] = Object.freeze([
  Object.freeze({
    code: 'LU',
    from: 2023,
    denominator: 'gross national income (GNI), as reported',
    note: 'From 2023 NATO’s figures for Luxembourg divide by something smaller than its GDP: NATO’s Table 5 (June 2024) gives Luxembourg a “GDP” of 57,529 million US dollars for 2023, 67% of the World Bank’s GDP of 85,755 million, where for 2022 the two agree (81,969 and 81,642 million). EURACTIV reported in July 2023 that allies had agreed to measure Luxembourg against its gross national income. So the dataset reads NATO’s Luxembourg shares from 2023 as shares of that smaller figure, and NATO’s “GDP” for it as not GDP: a reading of NATO’s numbers, which NATO’s tables do not state.',
    sources: Object.freeze([EURACTIV, WORLD_BANK_GDP]),
  }),
]);

/**
 * Whether NATO's figures for an ally in a year divide by something other than GDP, as the dataset reads
 * NATO's numbers: Luxembourg from 2023 (its gross national income, as reported). A share of such an
 * ally is not comparable with another's share of GDP, and NATO's "GDP" for it is not its GDP.
 *
 * @param code - an ally's ISO 3166 code (`LU`).
 * @param year - a year of NATO's tables.
 * @returns what NATO divides by and why the dataset thinks so, or `undefined` where NATO's share is of GDP
 *   (every other ally and year, as far as the dataset knows).
 * @throws {@link BudgetWhatIfError} `unknown_id` for a code that is not an ally's or NATO's aggregate's;
 *   `invalid_year` for a year that is not a whole number.
 * @category Data
 * @example
 * ```ts
 * import { natoDenominator } from 'budget-whatif';
 * natoDenominator('LU', 2023)?.from; // => 2023
 * natoDenominator('LU', 2022); // => undefined
 * natoDenominator('LT', 2024); // => undefined
 * ```
 */
export function natoDenominator(code: string, year: number): NatoDenominator | undefined {
  // An unknown code or a year that is not one is refused, not read as "of GDP".
  const [checked, whole] = [checkedCode(code), checkedYear(year)];
  return DENOMINATORS.find((entry) => entry.code === checked && whole >= entry.from);
}

/** Every reading, for the data document. @internal */
export const NATO_DENOMINATORS: readonly NatoDenominator[] = DENOMINATORS;
