import { describe, expect, it } from 'vitest';
import { equals, fromJSON, money, toJSON } from '../../src/index';
import { expectIssue } from '../helpers/errors';

describe('toJSON and fromJSON', () => {
  it('write amounts as strings with the currency’s decimals', () => {
    expect(toJSON(money('1100000000', 'EUR'))).toEqual({ amount: '1100000000.00', currency: 'EUR' });
    expect(toJSON(money('1234', 'JPY'))).toEqual({ amount: '1234', currency: 'JPY' });
    expect(toJSON(money('-0.5', 'KWD'))).toEqual({ amount: '-0.500', currency: 'KWD' });
  });

  it('never round: extra decimals are kept', () => {
    expect(JSON.stringify(toJSON(money('0.005', 'EUR')))).toBe('{"amount":"0.005","currency":"EUR"}');
  });

  it('read back what they wrote', () => {
    const original = money('800000000.01', 'EUR');
    expect(equals(fromJSON(JSON.parse(JSON.stringify(toJSON(original)))), original)).toBe(true);
  });

  it('reject JSON of the wrong shape with the path', () => {
    expectIssue(() => fromJSON(null), 'invalid_type');
    expectIssue(() => fromJSON([]), 'invalid_type');
    expectIssue(() => fromJSON('1 EUR'), 'invalid_type');
    expectIssue(() => fromJSON({ currency: 'EUR' }), 'invalid_type', ['amount']);
    expectIssue(() => fromJSON({ amount: '1', currency: 'EUR', note: 'x' }), 'invalid_type', ['note']);
    expectIssue(() => fromJSON({ amount: 1.5, currency: 'EUR' }), 'unsafe_number', ['amount']);
    expectIssue(() => fromJSON({ amount: '1', currency: 'eur' }), 'unknown_currency', ['currency']);
    expectIssue(() => fromJSON({ amount: '1' }), 'unknown_currency', ['currency']);
  });
});
