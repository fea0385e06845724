/**
 * Where a figure comes from: who published it, in what, where and when, and the words as printed.
 *
 * Every figure budget-whatif ships carries one, and every result lists the sources of the inputs it used.
 * A figure that is not a source's (a computation, an assumption) says so in `note`.
 *
 * @category Sources
 * @example
 * ```ts
 * import type { Source } from 'budget-whatif';
 * const afp: Source = {
 *   publisher: 'AFP',
 *   title: 'Lithuania to spend $1.2 bn to fortify Russia, Belarus border',
 *   url: 'https://www.spacewar.com/afp/250505131442.o5btc2wj.html',
 *   published: '2025-05-05',
 *   quoted: 'allocate approximately 1.1 billion euros to the countermobility project over the next 10 years',
 * };
 * ```
 */
export interface Source {
  /** The organisation or outlet that published the figure ("European Central Bank", "AFP"). */
  readonly publisher: string;
  /** The title of the publication, table or data series. */
  readonly title: string;
  /** Where to read it. */
  readonly url?: string;
  /** When it was published, as an ISO date (`2025-05-05`) or year-month (`2025-05`). */
  readonly published?: string;
  /** The figure or sentence as printed. */
  readonly quoted?: string;
  /** How the figure was obtained from the source when it is not printed there as is (derived, computed, mirrored). */
  readonly note?: string;
  /**
   * In a scenario: the path (or paths, comma-separated) of the figures it backs (`fx.EUR/USD`). A what-if
   * that changes every one of them lists the source as replaced: it no longer backs a figure shown.
   */
  readonly about?: string;
}

/**
 * Render a source as one line for people: publisher, title, date and URL.
 *
 * @param source - the source.
 * @returns `Publisher, "Title", date, url` with the parts that are present.
 * @category Sources
 * @example
 * ```ts
 * import { formatSource } from 'budget-whatif';
 * formatSource({ publisher: 'AFP', title: 'Lithuania to spend $1.2 bn to fortify Russia, Belarus border', published: '2025-05-05' });
 * // => 'AFP, "Lithuania to spend $1.2 bn to fortify Russia, Belarus border", 2025-05-05'
 * ```
 */
export function formatSource(source: Source): string {
  const parts = [source.publisher, `"${source.title}"`];
  if (source.published !== undefined) parts.push(source.published);
  if (source.url !== undefined) parts.push(source.url);
  return parts.join(', ');
}

/**
 * A value that is not a source's figure but an analyst's choice, stated as one, with the reason.
 *
 * @category Sources
 * @example
 * ```ts
 * import type { Assumption } from 'budget-whatif';
 * const years: Assumption = {
 *   about: 'years',
 *   statement: 'The plan runs from 2025 to 2034.',
 *   reason: 'Announced in May 2025 "over the next 10 years"; the end year is not stated.',
 * };
 * ```
 */
export interface Assumption {
  /**
   * What the assumption is about: a path in the scenario (`fx.EUR/USD`, `economy.gdp.deflator`), relative
   * to its plan for a plan's (`years`, `phasing`), or several separated by commas (`total, items`). A
   * what-if that sets every figure they hold replaces the assumption: reports list it as replaced, not as
   * made. One that sets some of them (a year of a record by year) replaces it in part: reports list it as
   * made, followed by the changes that set a figure.
   */
  readonly about: string;
  /** The assumption itself. */
  readonly statement: string;
  /** Why it was made. */
  readonly reason: string;
}
