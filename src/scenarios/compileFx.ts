// Exchange rates for views in other currencies, by year.
import { toDecimal } from '../decimal/decimal';
import { fail, type Path } from '../errors/fail';
import { exchangeRate } from '../fx/exchangeRate';
import type { ExchangeRate } from '../fx/types';
import { currencyOf } from '../money/currencies';
import type { YearSeries } from '../series/types';
import type { CompiledScenario } from './compiled';
import { memo, type PartCache } from './compileMemo';
import type { YearlyValues } from './types';

const fxMemo: PartCache<CompiledScenario['fx']> = new WeakMap();
const NO_FX = Object.freeze({});

/** The rates of every pair by year; kept while the part, the currency and the years stay. @internal */
export function fxOf(
  fx: Readonly<Record<string, YearlyValues>> | undefined,
  currency: string,
  years: readonly number[],
): CompiledScenario['fx'] {
  return memo(fxMemo, fx ?? NO_FX, `${currency}|${years.join(',')}`, () => compileFx(fx ?? {}, currency, years));
}

function compileFx(
  fx: Readonly<Record<string, YearlyValues>>,
  currency: string,
  years: readonly number[],
): { readonly quote: string; readonly rates: YearSeries<ExchangeRate> }[] {
  return Object.entries(fx).map(([pair, values]) => {
    const [base = '', quote = ''] = pair.split('/');
    if (base !== currency)
      fail(
        'currency_mismatch',
        `a rate for views must be priced in the scenario's currency: ${currency}/…, received ${pair}`,
        [pair],
        pair,
      );
    currencyOf(quote, [pair]);
    const rates: Record<number, ExchangeRate> = {};
    for (const year of years) {
      const own = Object.hasOwn(values, String(year));
      const raw = own ? values[String(year)] : values['default'];
      if (raw === undefined) return fail('missing_year', `no ${pair} rate for ${String(year)} and no default`, [pair]);
      const path: Path = [pair, own ? String(year) : 'default'];
      // Above 0: the schema has checked its range (vocabulary.ts).
      rates[year] = exchangeRate(base, quote, toDecimal(raw, path));
    }
    return { quote, rates };
  });
}
