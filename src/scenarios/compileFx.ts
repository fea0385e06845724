// Exchange rates for views in other currencies, by year.
import type { Decimal } from '../decimal/core';
import { fail } from '../errors/fail';
import { exchangeRate } from '../fx/exchangeRate';
import type { ExchangeRate } from '../fx/types';
import { currencyOf } from '../money/currencies';
import type { CompiledScenario } from './compiled';
import { memo, type PartCache } from './compileMemo';
import { conversionOf, pairView, readRate } from './rates';
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
): CompiledScenario['fx'] {
  const views = new Map<string, string>();
  return Object.entries(fx).map(([pair, values]) => {
    const { view, inverse } = pairView(pair, currency);
    currencyOf(view, [pair]);
    const other = views.get(view);
    if (other !== undefined)
      fail('currency_mismatch', `two rates give the ${view} view: ${other} and ${pair}; keep one`, [pair], pair);
    views.set(view, pair);
    const rates: Record<number, ExchangeRate> = {};
    const fractions: Record<number, { readonly times: Decimal; readonly over: Decimal }> = {};
    for (const year of years) {
      const own = Object.hasOwn(values, String(year));
      const raw = own ? values[String(year)] : values['default'];
      if (raw === undefined) return fail('missing_year', `no ${pair} rate for ${String(year)} and no default`, [pair]);
      const conversion = conversionOf(readRate(raw, [pair, own ? String(year) : 'default']), inverse);
      // A division (a pair the other way round, a fraction) is done exactly; its rate is for showing.
      if (!conversion.over.eq(1)) fractions[year] = conversion;
      rates[year] = exchangeRate(currency, view, conversion.times.div(conversion.over));
    }
    return { quote: view, rates, fractions };
  });
}
