// A GDP path from a chosen vintage (issue 15, item 3): gdpBase picks a vintage's year and amount, with its
// name and source, for gdpPath. Figures from the dataset's sources, arithmetic by hand.
import { describe, expect, it } from 'vitest';
import { gdpBase, gdpPath, lithuania } from '../../src/index';
import { catchError, expectIssue } from '../helpers/errors';

describe('gdpBase', () => {
  it('defaults to the dataset’s default vintage and its latest year (Eurostat, 2024: EUR 77.94 billion)', () => {
    const base = gdpBase(lithuania.gdp);
    expect([base.year, base.amount.amount.toString(), base.vintage]).toEqual([
      2024,
      '77940000000',
      'Eurostat, 2025 vintage',
    ]);
    expect(base.source.publisher).toBe('Eurostat');
  });

  it('takes a named vintage and year', () => {
    const oecd = gdpBase(lithuania.gdp, { vintage: 'oecd-2025' });
    expect([oecd.year, oecd.amount.amount.toString(), oecd.vintage]).toEqual([
      2024,
      '77900000000',
      'OECD Economic Survey 2025',
    ]);
    const older = gdpBase(lithuania.gdp, { vintage: 'statistics-lithuania-2023', year: 2020 });
    expect(older.amount.amount.toString()).toBe('49873000000');
    // The latest year of that vintage is 2022 (EUR 67,399 million, provisional).
    expect(gdpBase(lithuania.gdp, { vintage: 'statistics-lithuania-2023' }).year).toBe(2022);
  });

  it('starts a GDP path: two vintages of 2024, the same growth, paths EUR 40 million apart', () => {
    const rates = { nominalGrowth: { default: '0.05' }, to: 2025 };
    const eurostat = gdpPath({ base: gdpBase(lithuania.gdp), ...rates })[2025];
    const oecd = gdpPath({ base: gdpBase(lithuania.gdp, { vintage: 'oecd-2025' }), ...rates })[2025];
    // 77,940 × 1.05 = 81,837 and 77,900 × 1.05 = 81,795 (EUR million).
    expect(eurostat?.amount.toString()).toBe('81837000000');
    expect(oecd?.amount.toString()).toBe('81795000000');
  });

  it('refuses an unknown vintage (listing them), a year the vintage lacks, and arguments of the wrong shape', () => {
    const unknown = expectIssue(() => gdpBase(lithuania.gdp, { vintage: 'imf-2025' }), 'unknown_id', ['vintage']);
    expect(unknown.message).toContain('eurostat-2025, oecd-2025');
    expectIssue(() => gdpBase(lithuania.gdp, { year: 2019 }), 'missing_year', ['year']);
    expectIssue(() => gdpBase(lithuania.gdp, { vintage: 'toString' }), 'unknown_id', ['vintage']);
    expectIssue(() => gdpBase(null as never), 'invalid_type', ['gdp']);
    expectIssue(() => gdpBase({ default: 'x' } as never), 'invalid_type', ['gdp']);
    expectIssue(() => gdpBase(lithuania.gdp, 'oecd-2025' as never), 'invalid_type', ['options']);
    expectIssue(() => gdpBase(lithuania.gdp, null as never), 'invalid_type', ['options']);
    expectIssue(() => gdpBase({ default: 'x', versions: null } as never), 'invalid_type', ['gdp']);
    expectIssue(() => gdpBase('lithuania' as never), 'invalid_type', ['gdp']);
    expect(catchError(() => gdpBase(null as never)).message).toContain(
      "expected a dataset's GDP versions, such as lithuania.gdp, received null",
    );
    expect(catchError(() => gdpBase(lithuania.gdp, null as never)).message).toContain(
      'expected options { vintage?, year? }, received null',
    );
    expect(catchError(() => gdpBase(lithuania.gdp, { year: 2019 })).message).toContain(
      'the vintage eurostat-2025 has GDP for 2024, not 2019',
    );
    expect(
      catchError(() => gdpBase(lithuania.gdp, { vintage: 'statistics-lithuania-2023', year: 2030 })).message,
    ).toContain('the vintage statistics-lithuania-2023 has GDP for 2018, 2019, 2020, 2021, 2022, not 2030');
  });
});
