import { describe, expect, it } from 'vitest';
import {
  addIntervals,
  contains,
  divideIntervals,
  formatInterval,
  interval,
  intersect,
  midpoint,
  money,
  moneyInterval,
  multiplyIntervals,
  subtractIntervals,
  width,
} from '../../src/index';
import { expectIssue } from '../helpers/errors';
import { show } from '../helpers/intervals';

describe('interval and moneyInterval', () => {
  it('are closed unless told otherwise', () => {
    expect(show(interval('1.05', '1.15'))).toBe('[1.05, 1.15]');
    expect(show(interval('800000000', null, { loOpen: true }))).toBe('(800000000, Infinity)');
    expect(show(interval(null, '0'))).toBe('(-Infinity, 0]');
    expect(show(interval('1', '1'))).toBe('[1, 1]');
    expect(moneyInterval('1', '2', 'EUR').currency).toBe('EUR');
  });

  it('reject reversed, empty or badly typed bounds', () => {
    expectIssue(() => interval('2', '1'), 'invalid_interval');
    expectIssue(() => interval('1', '1', { hiOpen: true }), 'invalid_interval');
    expectIssue(() => interval(0.5, '1'), 'unsafe_number', ['lo']);
    expectIssue(() => interval('1', 'x'), 'invalid_number', ['hi']);
    expectIssue(() => moneyInterval('1', '2', 'XYZ'), 'unknown_currency', ['currency']);
  });

  it('serialise their bounds as strings', () => {
    expect(JSON.parse(JSON.stringify(interval('1', null)))).toEqual({
      lo: '1',
      hi: 'Infinity',
      loOpen: false,
      hiOpen: true,
    });
  });
});

describe('interval arithmetic', () => {
  it('adds and subtracts, carrying open ends', () => {
    expect(show(addIntervals(interval('1', '2'), interval('10', '20', { hiOpen: true })))).toBe('[11, 22)');
    expect(show(subtractIntervals(interval('10', '20'), interval('1', '2', { loOpen: true })))).toBe('[8, 19)');
    expect(show(addIntervals(interval('1', null), interval('1', '2')))).toBe('[2, Infinity)');
  });

  it('keeps the currency of money intervals and refuses to mix', () => {
    const sum = addIntervals(moneyInterval('1', '2', 'EUR'), moneyInterval('3', '4', 'EUR'));
    expect(sum.currency).toBe('EUR');
    expectIssue(
      () => addIntervals(moneyInterval('1', '2', 'EUR'), moneyInterval('1', '2', 'USD')),
      'currency_mismatch',
      ['b'],
    );
    expectIssue(() => addIntervals(moneyInterval('1', '2', 'EUR'), interval('1', '2')), 'currency_mismatch', ['b']);
  });

  it('multiplies across signs and with unbounded ends', () => {
    expect(show(multiplyIntervals(interval('-2', '3'), interval('4', '5')))).toBe('[-10, 15]');
    expect(show(multiplyIntervals(interval('-2', '-1'), interval('-3', '4')))).toBe('[-8, 6]');
    expect(show(multiplyIntervals(interval('0', '1'), interval('2', null)))).toBe('[0, Infinity)');
    const spending = multiplyIntervals(moneyInterval('88e9', '90e9', 'EUR'), interval('0.05', '0.06'));
    expect([show(spending), spending.currency]).toEqual(['[4400000000, 5400000000]', 'EUR']);
    expectIssue(
      () => multiplyIntervals(moneyInterval('1', '2', 'EUR'), moneyInterval('1', '2', 'EUR')),
      'currency_mismatch',
      ['b'],
    );
  });

  it('divides with outward rounding: [1.15, 1.25] / [1.05, 1.15] = [1, 1.190476…191]', () => {
    const rate = divideIntervals(interval('1.15', '1.25'), interval('1.05', '1.15'));
    expect(rate.lo.toString()).toBe('1');
    // 1.25/1.05 = 1.190476190476… (period 476190); 40 digits, the last rounded up.
    expect(rate.hi.toString()).toBe('1.190476190476190476190476190476190476191');
  });

  it('rounds a lower bound down, even when half-even would round it up', () => {
    // 2/3 = 0.666…: the lower bound is 0.666…666, the upper 0.666…667.
    const third = divideIntervals(interval('2', '2'), interval('3', '3'));
    expect(third.lo.toString()).toBe(`0.${'6'.repeat(40)}`);
    expect(third.hi.toString()).toBe(`0.${'6'.repeat(39)}7`);
  });

  it('divides money by money into a plain ratio, money by a number into money', () => {
    const share = divideIntervals(
      moneyInterval('799500000', '800500000', 'EUR'),
      moneyInterval('1050000000', '1150000000', 'EUR'),
    );
    expect('currency' in share).toBe(false);
    // 799.5/1150 = 0.69521739…, 800.5/1050 = 0.76238095…
    expect(share.lo.toDecimalPlaces(6).toString()).toBe('0.695217');
    expect(share.hi.toDecimalPlaces(6).toString()).toBe('0.762381');
    expect(divideIntervals(moneyInterval('10', '20', 'EUR'), interval('2', '2')).currency).toBe('EUR');
    expectIssue(() => divideIntervals(interval('1', '2'), moneyInterval('1', '2', 'EUR')), 'currency_mismatch', ['b']);
  });

  it('refuses to divide by an interval containing zero, but not by one open at zero', () => {
    expectIssue(() => divideIntervals(interval('1', '2'), interval('-1', '1')), 'division_by_zero', ['b']);
    expectIssue(() => divideIntervals(interval('1', '2'), interval('0', '1')), 'division_by_zero', ['b']);
    expect(show(divideIntervals(interval('1', '2'), interval('0', '4', { loOpen: true })))).toBe('[0.25, Infinity)');
    expect(show(divideIntervals(interval('1', '2'), interval('-4', '0', { hiOpen: true })))).toBe('(-Infinity, -0.25]');
    // 1 ÷ y for y ≥ 2 comes ever closer to 0 and never reaches it: the lower end is open.
    expect(show(divideIntervals(interval('1', '2'), interval('2', null)))).toBe('(0, 1]');
  });
});

describe('intersect, contains, width and midpoint', () => {
  it('intersect finds the common part or nothing', () => {
    expect(show(intersect(interval('1', '1.1905'), interval('1.1299', '1.1326')) ?? interval('0', '0'))).toBe(
      '[1.1299, 1.1326]',
    );
    expect(intersect(interval('1', '2'), interval('3', '4'))).toBeUndefined();
    expect(intersect(interval('1', '2', { hiOpen: true }), interval('2', '3'))).toBeUndefined();
    expect(show(intersect(interval('1', '2'), interval('2', '3')) ?? interval('0', '0'))).toBe('[2, 2]');
    expect(show(intersect(interval('1', '3', { loOpen: true }), interval('1', '2')) ?? interval('0', '0'))).toBe(
      '(1, 2]',
    );
  });

  it('contains respects open ends and currencies', () => {
    const implied = interval('1.129919', '1.132583');
    expect(contains(implied, '1.1325')).toBe(true);
    expect(contains(implied, '1.1343')).toBe(false);
    expect(contains(interval('1', '2', { loOpen: true }), 1)).toBe(false);
    expect(contains(moneyInterval('1', '2', 'EUR'), money('1.5', 'EUR'))).toBe(true);
    expectIssue(() => contains(moneyInterval('1', '2', 'EUR'), money('1.5', 'USD')), 'currency_mismatch', ['value']);
    expectIssue(() => contains(interval('1', '2'), money('1.5', 'EUR')), 'currency_mismatch', ['value']);
  });

  it('width and midpoint', () => {
    expect(width(interval('1.05', '1.15')).toString()).toBe('0.1');
    expect(width(interval('1', null)).toString()).toBe('Infinity');
    expect(midpoint(interval('0.05', '0.06')).toString()).toBe('0.055');
    expectIssue(() => midpoint(interval('1', null)), 'invalid_interval');
  });
});

describe('formatInterval', () => {
  it('writes brackets for closed ends and parentheses for open ones', () => {
    expect(formatInterval(interval('1.05', '1.15'))).toBe('[1.05, 1.15]');
    expect(formatInterval(interval('800000000', null, { loOpen: true }))).toBe('(800000000, ∞)');
    expect(formatInterval(interval(null, '0'))).toBe('(−∞, 0]');
  });

  it('rounds outward to the places asked', () => {
    expect(formatInterval(interval('1.129918800749', '1.132582864290'), { places: 5 })).toBe('[1.12991, 1.13259]');
    expect(formatInterval(interval('-1.5', '1.5'), { places: 0 })).toBe('[-2, 2]');
    expect(formatInterval(interval('0.6952173', '0.7623809'), { places: 2, percent: true })).toBe('[69.52%, 76.24%]');
    expectIssue(() => formatInterval(interval('1', '2'), { places: -1 }), 'invalid_scale', ['places']);
  });
});
