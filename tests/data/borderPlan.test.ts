import { describe, expect, it } from 'vitest';
import { borderPlan, parseQuote, contains, schedule } from '../../src/index';

describe('the border plan dataset', () => {
  it('is €1.1 billion over 2025–2034 with €800 million of mines and €300 million of other measures', () => {
    expect(borderPlan.total.amount.toString()).toBe('1100000000');
    expect(borderPlan.total.currency).toBe('EUR');
    expect(borderPlan.years).toEqual({ from: 2025, to: 2034 });
    expect(borderPlan.items.map((item) => [item.id, item.amount.amount.toString(), item.basis])).toEqual([
      ['anti-tank-mines', '800000000', 'amount'],
      ['other-measures', '300000000', 'remainder'],
    ]);
  });

  it('cites AFP (5 May 2025) and the Kyiv Independent (6 May 2025), with the words as printed', () => {
    expect(borderPlan.sources.map((source) => [source.publisher, source.published])).toEqual([
      ['AFP', '2025-05-05'],
      ['Kyiv Independent', '2025-05-06'],
    ]);
    for (const source of borderPlan.sources) {
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.quoted).toBeTruthy();
    }
  });

  it('states its years and phasing as assumptions, with reasons', () => {
    expect(borderPlan.assumptions.map((assumption) => assumption.about)).toEqual(['years', 'phasing', 'total, items']);
    expect(borderPlan.assumptions[0]?.reason).toContain('over the next 10 years');
  });

  it('holds amounts within the ranges its sources’ wording stands for', () => {
    // AFP: "approximately 1.1 billion euros"; "800 million euros" for the mines.
    expect(contains(parseQuote('approximately 1.1 billion euros').interval, borderPlan.total)).toBe(true);
    expect(contains(parseQuote('800 million euros').interval, borderPlan.items[0]?.amount ?? borderPlan.total)).toBe(
      true,
    );
  });

  it('phases to €110m a year by default', () => {
    expect(schedule(borderPlan).rows.map((row) => row.total.amount.toString())).toEqual(Array(10).fill('110000000'));
  });
});
