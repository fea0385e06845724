import { describe, expect, it } from 'vitest';
import { convert, cross, exchangeRate, invert, money } from '../../src/index';
import { expectIssue } from '../helpers/errors';

// ECB reference rates (eurofxref-hist): 5 May 2025 USD 1.1343; 13 April 2026 USD 1.1684, PLN 4.2543.
const may5 = exchangeRate('EUR', 'USD', '1.1343', { date: '2025-05-05' });

describe('exchangeRate', () => {
  it('keeps base, quote, exact rate, date, source and note', () => {
    const rate = exchangeRate('EUR', 'USD', '1.1343', {
      date: '2025-05-05',
      source: { publisher: 'European Central Bank', title: 'Euro foreign exchange reference rates' },
      note: 'as printed',
    });
    expect([rate.base, rate.quote, rate.rate.toString(), rate.date, rate.note]).toEqual([
      'EUR',
      'USD',
      '1.1343',
      '2025-05-05',
      'as printed',
    ]);
  });

  it('rejects bad currencies, rates and dates', () => {
    expectIssue(() => exchangeRate('EUR', 'XYZ', '1'), 'unknown_currency', ['quote']);
    expectIssue(() => exchangeRate('EUR', 'EUR', '1'), 'currency_mismatch', ['quote']);
    expectIssue(() => exchangeRate('EUR', 'USD', '0'), 'out_of_range', ['rate']);
    expectIssue(() => exchangeRate('EUR', 'USD', '-1.1'), 'out_of_range', ['rate']);
    expectIssue(() => exchangeRate('EUR', 'USD', 1.1343), 'unsafe_number', ['rate']);
    expectIssue(() => exchangeRate('EUR', 'USD', '1.1', { date: '2025-02-30' }), 'invalid_date', ['date']);
    expectIssue(() => exchangeRate('EUR', 'USD', '1.1', { date: '5 May 2025' }), 'invalid_date', ['date']);
  });
});

describe('convert', () => {
  it('converts exactly: €800m at 1.1343 is $907.44m (Kyiv Post printed "$907 million")', () => {
    expect(convert(money('800000000', 'EUR'), may5).amount.toString()).toBe('907440000');
    expect(convert(money('1100000000', 'EUR'), may5).amount.toString()).toBe('1247730000');
  });

  it('rounds on request', () => {
    const rate = exchangeRate('EUR', 'USD', '1.13435');
    expect(convert(money('1', 'EUR'), rate).amount.toString()).toBe('1.13435');
    expect(convert(money('1', 'EUR'), rate, { round: true }).amount.toString()).toBe('1.13');
    expect(convert(money('1', 'EUR'), rate, { round: { scale: 4, mode: 'half-up' } }).amount.toString()).toBe('1.1344');
    expect(convert(money('1', 'EUR'), rate, { round: false }).amount.toString()).toBe('1.13435');
  });

  it('refuses a rate whose base is not the amount’s currency', () => {
    expectIssue(() => convert(money('1', 'USD'), may5), 'currency_mismatch', ['rate', 'base']);
  });
});

describe('invert and cross', () => {
  it('invert swaps the pair and keeps date and source', () => {
    const usdEur = invert(exchangeRate('EUR', 'USD', '1.25', { date: '2025-01-02' }));
    expect([usdEur.base, usdEur.quote, usdEur.rate.toString(), usdEur.date]).toEqual([
      'USD',
      'EUR',
      '0.8',
      '2025-01-02',
    ]);
    expect(usdEur.note).toContain('inverse of EUR/USD 1.25');
  });

  it('cross goes through the shared currency, whichever side it is on', () => {
    const eurUsd = exchangeRate('EUR', 'USD', '1.1684', { date: '2026-04-13' });
    const eurPln = exchangeRate('EUR', 'PLN', '4.2543', { date: '2026-04-13' });
    // 4.2543 / 1.1684 = 3.64113317357…
    const usdPln = cross(eurUsd, eurPln);
    expect([usdPln.base, usdPln.quote, usdPln.rate.toDecimalPlaces(8).toString(), usdPln.date]).toEqual([
      'USD',
      'PLN',
      '3.64113317',
      '2026-04-13',
    ]);
    const viaInverse = cross(invert(eurUsd), eurPln);
    expect(viaInverse.rate.toDecimalPlaces(8).toString()).toBe('3.64113317');
    const plnUsd = cross(eurPln, eurUsd);
    expect([plnUsd.base, plnUsd.quote]).toEqual(['PLN', 'USD']);
  });

  it('cross needs exactly one shared currency', () => {
    const eurUsd = exchangeRate('EUR', 'USD', '1.1');
    expectIssue(() => cross(eurUsd, exchangeRate('GBP', 'PLN', '5')), 'currency_mismatch', ['b']);
    expectIssue(() => cross(eurUsd, exchangeRate('USD', 'EUR', '0.9')), 'currency_mismatch', ['b']);
  });
});
