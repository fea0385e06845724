import { describe, expect, it } from 'vitest';
import { checkShare, interval, money, moneyInterval, parseQuote } from '../../src/index';
import { expectIssue } from '../helpers/errors';

// The figures of the border plan: "800 million euros" of "€1.1 billion" (AFP, 5 May 2025); the share
// interval is [799.5/1150, 800.5/1050] = [0.6952, 0.7624] (by hand).
const mines = parseQuote('800 million euros');
const plan = parseQuote('€1.1 billion');

describe('checkShare', () => {
  it('"three quarters" (BelTA) is possible but not implied by the rounded figures', () => {
    const check = checkShare(mines, plan, 'three quarters');
    expect(check.verdict).toBe('undecidable');
    expect(check.claim.lo.toString()).toBe('0.75');
  });

  it('a claim the figures rule out is inconsistent', () => {
    expect(checkShare(mines, plan, '90%').verdict).toBe('inconsistent');
    expect(checkShare(mines, plan, 'half').verdict).toBe('inconsistent');
  });

  it('a claim every reading supports is consistent', () => {
    expect(checkShare(mines, plan, '60–80%').verdict).toBe('consistent');
    expect(checkShare(money('800000000', 'EUR'), money('1100000000', 'EUR'), interval('0.72', '0.73')).verdict).toBe(
      'consistent',
    );
  });

  it('reads fractions in words, with or without hyphens', () => {
    expect(checkShare(money('1', 'EUR'), money('3', 'EUR'), 'a third').verdict).toBe('consistent');
    expect(checkShare(money('2', 'EUR'), money('3', 'EUR'), 'two-thirds').verdict).toBe('consistent');
    expect(checkShare(money('3', 'EUR'), money('4', 'EUR'), 'Three quarters').verdict).toBe('consistent');
  });

  it('rejects claims that are not shares and mixed currencies', () => {
    expectIssue(() => checkShare(mines, plan, '€5'), 'invalid_quote', ['claim']);
    expectIssue(() => checkShare(mines, plan, 'most of it'), 'invalid_quote', ['text']);
    expectIssue(() => checkShare(mines, parseQuote('$1.2 billion'), '72%'), 'currency_mismatch', ['whole']);
    expectIssue(() => checkShare(mines, moneyInterval('0', '1', 'EUR'), '72%'), 'division_by_zero', ['b']);
  });
});

describe('checkShare of amounts that are not money', () => {
  it('names the part or whole that is not', () => {
    expectIssue(() => checkShare(parseQuote('5%'), plan, '72%'), 'invalid_quote', ['part']);
    expectIssue(() => checkShare(mines, interval('1', '2') as never, '72%'), 'invalid_type', ['whole']);
  });
});
