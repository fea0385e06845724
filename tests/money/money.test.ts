import { describe, expect, it } from 'vitest';
import { CURRENCIES, getCurrency, isCurrencyCode, money } from '../../src/index';
import { expectIssue } from '../helpers/errors';

describe('money', () => {
  it('keeps the amount exactly as given', () => {
    expect(money('0.3', 'EUR').amount.toString()).toBe('0.3');
    expect(money('0.005', 'EUR').amount.toString()).toBe('0.005');
    expect(money('1.1e9', 'EUR').amount.toString()).toBe('1100000000');
    expect(money(1100000000, 'EUR').amount.toString()).toBe('1100000000');
    expect(money(1_100_000_000n, 'EUR').amount.toString()).toBe('1100000000');
  });

  it('returns a plain object that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(money('1.10', 'EUR')))).toEqual({ amount: '1.1', currency: 'EUR' });
  });

  it('rejects 0.1 + 0.2 with a message that says to pass a string', () => {
    const error = expectIssue(() => money(0.1 + 0.2, 'EUR'), 'unsafe_number', ['amount']);
    expect(error.message).toContain('pass the amount as a string, e.g. "0.3"');
    expect(error.issues[0]?.received).toBe('0.30000000000000004');
  });

  it('names the amount in the error for a bad string', () => {
    expect(() => money('1.1 bn', 'EUR')).toThrowErrorMatchingInlineSnapshot(
      `[BudgetWhatIfError: [budget-whatif] amount: expected a decimal number such as "1100000000", "0.055", "1.1e9" or "1_100_000_000", received "1.1 bn"]`,
    );
  });

  it.each(['XYZ', 'eur', 'EURO', '', 'XDR'])('rejects the unknown currency %j', (code) => {
    expectIssue(() => money('1', code), 'unknown_currency', ['currency']);
  });

  it('suggests the upper-case code', () => {
    expect(() => money('1', 'eur')).toThrow(/did you mean "EUR"/);
  });
});

describe('currencies', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['GBP', 2],
    ['PLN', 2],
    ['SEK', 2],
    ['NOK', 2],
    ['DKK', 2],
    ['CHF', 2],
    ['CZK', 2],
    ['HUF', 2],
    ['JPY', 0],
    ['KWD', 3],
  ])('%s has %d minor units (ISO 4217)', (code, minorUnits) => {
    expect(getCurrency(code).minorUnits).toBe(minorUnits);
  });

  it('knows the litas as withdrawn', () => {
    expect(getCurrency('LTL').withdrawn).toBe('2015-01-01');
  });

  it('has a table whose keys are the codes', () => {
    for (const [key, currency] of Object.entries(CURRENCIES)) expect(currency.code).toBe(key);
  });

  it('tells codes from other strings', () => {
    expect(isCurrencyCode('PLN')).toBe(true);
    expect(isCurrencyCode('pln')).toBe(false);
    expect(isCurrencyCode('toString')).toBe(false);
    expect(isCurrencyCode(42)).toBe(false);
  });

  it('rejects a code that exists only on Object.prototype', () => {
    expectIssue(() => getCurrency('constructor'), 'unknown_currency', ['currency']);
  });
});
