import { describe, expect, it } from 'vitest';
import DecimalJs from 'decimal.js';
import { DECIMAL_PRECISION, decimal, fromNumber } from '../../src/index';
import { expectIssue } from '../helpers/errors';

describe('decimal', () => {
  describe('reads the forms analysts write', () => {
    it.each([
      ['1100000000', '1100000000'],
      ['1.1e9', '1100000000'],
      ['1.1E9', '1100000000'],
      ['1_100_000_000', '1100000000'],
      ['-0.055', '-0.055'],
      ['+5', '5'],
      ['.5', '0.5'],
      ['5.', '5'],
      ['1e-7', '0.0000001'],
      ['0.000', '0'],
      ['123456789012345678901.1234567890123456789', '123456789012345678901.1234567890123456789'],
    ])('reads %s as %s', (input, expected) => {
      expect(decimal(input).toString()).toBe(expected);
    });

    it('reads bigints exactly, beyond the safe-integer range', () => {
      expect(decimal(123456789012345678901n).toString()).toBe('123456789012345678901');
    });

    it('reads safe integers', () => {
      expect(decimal(Number.MAX_SAFE_INTEGER).toString()).toBe('9007199254740991');
      expect(decimal(-3).toString()).toBe('-3');
    });

    it('re-reads a Decimal from the global decimal.js at its own precision, not the global one', () => {
      // An application that lowered the global precision must not change our arithmetic.
      const Global = DecimalJs.clone({ precision: 5 });
      const theirs = new Global('1.23456789');
      const ours = decimal(theirs);
      expect(ours.times(3).toString()).toBe('3.70370367');
    });

    it('keeps 40 significant digits exact, and refuses more rather than rounding them', () => {
      const forty = '0.' + '3'.repeat(40);
      expect(decimal(forty).toString()).toBe(forty);
      expectIssue(() => decimal(forty + '3'), 'precision_exceeded');
      expectIssue(() => decimal(10n ** 41n + 1n), 'out_of_range');
    });
  });

  describe('rejects what is not an exact decimal', () => {
    it.each([
      ['', 'invalid_number'],
      [' ', 'invalid_number'],
      ['1,100,000', 'invalid_number'],
      ['1,5', 'invalid_number'],
      [' 12', 'invalid_number'],
      ['0x10', 'invalid_number'],
      ['0b101', 'invalid_number'],
      ['NaN', 'invalid_number'],
      ['Infinity', 'invalid_number'],
      ['1__000', 'invalid_number'],
      ['_1000', 'invalid_number'],
      ['1000_', 'invalid_number'],
      ['1.1 billion', 'invalid_number'],
      ['€5', 'invalid_number'],
      ['1e', 'invalid_number'],
      ['.', 'invalid_number'],
      ['--5', 'invalid_number'],
    ])('rejects the string %j', (input, code) => {
      expectIssue(() => decimal(input), code);
    });

    it.each([0.1 + 0.2, 0.5, 1e20, -1.5, Number.MAX_SAFE_INTEGER + 1])('rejects the unsafe number %d', (input) => {
      expectIssue(() => decimal(input), 'unsafe_number');
    });

    it.each([Number.NaN, Number.POSITIVE_INFINITY])('rejects %d', (input) => {
      expectIssue(() => decimal(input), 'unsafe_number');
    });

    it.each([null, undefined, true, {}, [], Symbol('x')])('rejects %s', (input) => {
      expectIssue(() => decimal(input as never), 'invalid_number');
    });

    it('rejects a non-finite Decimal', () => {
      expectIssue(() => decimal(new DecimalJs(Number.NaN)), 'invalid_number');
    });

    it('suggests the string to pass for a float', () => {
      expect(() => decimal(0.1 + 0.2)).toThrowErrorMatchingInlineSnapshot(
        `[BudgetWhatIfError: [budget-whatif] 0.30000000000000004 is not a safe integer, so it may already carry a binary rounding error; pass the amount as a string, e.g. "0.3", or convert it on purpose with fromNumber()]`,
      );
    });

    it('says how to fix thousands separators', () => {
      expect(() => decimal('1,100,000')).toThrow(/remove the thousands separators/);
    });

    it('says how to fix a decimal comma', () => {
      expect(() => decimal('1,5')).toThrow(/use a point as the decimal separator/);
    });
  });
});

describe('fromNumber', () => {
  it('reads a float as the shortest decimal JavaScript prints for it', () => {
    expect(fromNumber(0.055).toString()).toBe('0.055');
    expect(fromNumber(0.1 + 0.2).toString()).toBe('0.30000000000000004');
    expect(fromNumber(1e20).toString()).toBe('100000000000000000000');
    expect(fromNumber(-0).toString()).toBe('0');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('rejects %d', (input) => {
    expectIssue(() => fromNumber(input), 'invalid_number');
  });
});

describe('DECIMAL_PRECISION', () => {
  it('is at least the 34 digits of decimal128', () => {
    expect(DECIMAL_PRECISION).toBeGreaterThanOrEqual(34);
  });

  it('is the precision division actually carries', () => {
    const third = decimal(1).div(3).toString();
    expect(third.replace('0.', '')).toHaveLength(DECIMAL_PRECISION);
  });
});

describe('decimal and the library’s own Decimals', () => {
  it('rejects an infinite Decimal made by our own arithmetic', () => {
    const infinite = decimal(1).div(0);
    expectIssue(() => decimal(infinite), 'invalid_number');
  });

  it('returns the library’s own finite Decimal unchanged', () => {
    const share = decimal('0.055');
    expect(decimal(share)).toBe(share);
  });
});
