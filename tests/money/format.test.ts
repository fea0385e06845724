import { describe, expect, it } from 'vitest';
import { format, money } from '../../src/index';
import { expectIssue } from '../helpers/errors';

// Intl output uses narrow no-break spaces in some locales; normalise them for readable expectations.
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
  it('prints the border plan compactly in English', () => {
    expect(format(money('1100000000', 'EUR'), { notation: 'compact', locale: 'en' })).toBe('€1.1B');
  });

  it('prints the Lithuanian compact form', () => {
    expect(plain(format(money('1100000000', 'EUR'), { notation: 'compact', locale: 'lt-LT' }))).toBe('1,1 mlrd. €');
  });

  it('prints minor units in standard notation, English by default', () => {
    expect(format(money('1100000000', 'EUR'))).toBe('€1,100,000,000.00');
    expect(plain(format(money('1100000000', 'EUR'), { locale: 'lt-LT' }))).toBe('1 100 000 000,00 €');
    expect(format(money('1234', 'JPY'))).toBe('¥1,234');
    expect(plain(format(money('1.235', 'KWD')))).toBe('KWD 1.235');
    expect(plain(format(money('905000000', 'USD'), { currencyDisplay: 'code' }))).toBe('USD 905,000,000.00');
  });

  it('prints every digit of a large amount (no float on the way)', () => {
    expect(format(money('12345678901234567.89', 'EUR'))).toBe('€12,345,678,901,234,567.89');
  });

  it('rounds what it shows half-even unless told otherwise', () => {
    expect(format(money('0.125', 'EUR'))).toBe('€0.12');
    expect(format(money('0.125', 'EUR'), { mode: 'half-up' })).toBe('€0.13');
    expect(format(money('-0.001', 'EUR'), { signDisplay: 'negative' })).toBe('€0.00');
  });

  it('accepts explicit digits', () => {
    expect(format(money('1100000000', 'EUR'), { maximumFractionDigits: 0, minimumFractionDigits: 0 })).toBe(
      '€1,100,000,000',
    );
    expect(format(money('905000000', 'USD'), { notation: 'compact' })).toBe('$905M');
  });

  it('rejects a bad rounding mode and lets Intl reject a bad locale', () => {
    expectIssue(() => format(money('1', 'EUR'), { mode: 'bankers' as never }), 'invalid_rounding_mode', ['mode']);
    expect(() => format(money('1', 'EUR'), { locale: 'not a locale!' })).toThrow(RangeError);
  });
});
