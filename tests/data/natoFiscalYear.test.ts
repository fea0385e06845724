// Canada's and the United Kingdom's NATO years are fiscal years, April to March (issue 15: say what each
// figure is). The months are worked out by hand here; the reading is checked against the release it was
// confirmed on (the PBO's eleven fiscal years are the June 2024 release's eleven years); then each place
// that shows those allies' years says so, and no other place does.
import { describe, expect, it } from 'vitest';
import { NATO_ALLIES, NATO_RELEASES, natoFiscalYear, natoShareHistory } from '../../src/index';
import { countryData, evaluate, scenarioFor, withOverrides } from '../../src/scenarios/index';
import { alliesReport, vintagesReport } from '../../src/reports/index';
import { catchError } from '../helpers/errors';

describe('natoFiscalYear', () => {
  it('gives NATO’s year as the fiscal year that starts in it, April to March', () => {
    expect(natoFiscalYear('CA', 2024)).toMatchObject({
      code: 'CA',
      year: 2024,
      period: '2024/25',
      months: 'April 2024 – March 2025',
      interval: '2024-04/2025-03',
    });
    expect(natoFiscalYear('GB', 2025)).toMatchObject({
      period: '2025/26',
      months: 'April 2025 – March 2026',
      interval: '2025-04/2026-03',
    });
    // Across a century the short end year keeps its two digits.
    expect(natoFiscalYear('GB', 2099)?.period).toBe('2099/00');
    expect(natoFiscalYear('GB', 1999)?.interval).toBe('1999-04/2000-03');
    expect(natoFiscalYear('GB', 2008)?.period).toBe('2008/09');
  });

  it('is Canada’s and the United Kingdom’s alone, not NATO’s totals, which add each ally’s year', () => {
    const fiscal = NATO_ALLIES.filter((ally) => natoFiscalYear(ally.code, 2024) !== undefined).map((a) => a.code);
    expect(fiscal).toEqual(['CA', 'GB']);
  });

  it('reads the PBO’s words as the dataset’s release: its eleven fiscal years are the June 2024 release’s years', () => {
    const canada = natoFiscalYear('CA', 2024);
    const pbo = canada?.sources.find((source) => source.publisher.startsWith('Office of the Parliamentary Budget'));
    expect(pbo?.quoted).toContain('the 11 fiscal years spanning 2014–15 to 2024–25');
    const june2024 = NATO_RELEASES.find((release) => release.id === '2024-06')?.years;
    expect(june2024).toEqual({ from: 2014, to: 2024 });
    const { from, to } = june2024 ?? { from: 0, to: 0 };
    expect(to - from + 1).toBe(11);
    expect([natoFiscalYear('CA', from)?.period, natoFiscalYear('CA', to)?.period]).toEqual(['2014/15', '2024/25']);
  });

  it('cites each source in full, and NATO’s note for both allies', () => {
    for (const code of ['CA', 'GB']) {
      const sources = natoFiscalYear(code, 2025)?.sources ?? [];
      for (const source of sources)
        for (const field of ['publisher', 'title', 'url', 'published', 'quoted'] as const)
          expect(source[field], `${code} ${field}`).toMatch(/\S/);
      expect(sources[0]?.quoted).toBe(
        'e.g. 2025 represents the fiscal year 2025/2026 for Canada and the United Kingdom',
      );
    }
    // The UK's reading for earlier releases is an assumption, and says it is one.
    expect(natoFiscalYear('GB', 2020)?.note).toContain('is the dataset’s assumption');
  });
});

describe('natoFiscalYear refuses what is not an ally’s code or a year, rather than answer "a calendar year"', () => {
  it.each([['gb'], [''], ['UK'], [5], [null]])('code %j', (code) => {
    expect(catchError(() => natoFiscalYear(code as string, 2024)).issues[0]).toMatchObject({
      code: 'unknown_id',
      path: ['code'],
    });
  });

  // Outside the library's years (1900–2200) too: 1e21 + 1 is 1e21, so its fiscal year could not be written.
  it('a starter scenario with years out of range is refused at its years, not at natoFiscalYear’s', () => {
    const refused = catchError(() => scenarioFor('GB', { share: '3%', years: { from: 1800, to: 2030 } }));
    expect(refused.issues[0]).toMatchObject({ code: 'out_of_range', path: ['years', 'from'] });
  });

  it.each([[2023.5], [Number.NaN], ['2024'], [undefined], [1e21], [-5], [1899], [2201]])('year %j', (year) => {
    expect(catchError(() => natoFiscalYear('GB', year as number)).issues[0]).toMatchObject({
      code: 'invalid_year',
      path: ['year'],
    });
  });
});

describe('where the dataset shows Canada’s or the UK’s years, it says which months they are', () => {
  it('NATO’s share history notes each of their values; Poland’s and Luxembourg’s say nothing of it', () => {
    const notes = (code: string, year: number): Set<string | undefined> =>
      new Set((natoShareHistory(code).entries[String(year)] ?? []).map((v) => v.note));
    expect(notes('GB', 2024)).toEqual(
      new Set(["NATO’s 2024 is the fiscal year 2024/25, April 2024 – March 2025 (natoFiscalYear('GB', 2024))."]),
    );
    expect(notes('CA', 2014)).toEqual(
      new Set(["NATO’s 2014 is the fiscal year 2014/15, April 2014 – March 2015 (natoFiscalYear('CA', 2014))."]),
    );
    expect(notes('PL', 2024)).toEqual(new Set([undefined]));
    expect([...notes('LU', 2024)].every((note) => note?.includes('fiscal') === false)).toBe(true);
  });

  it('each noted value carries its note’s sources, and the vintages report lists them with the values’', () => {
    const cited = (code: string, year: number): string[][] =>
      (natoShareHistory(code).entries[String(year)] ?? []).map((v) => (v.noteSources ?? []).map((s) => s.publisher));
    expect(new Set(cited('GB', 2023).map((publishers) => publishers.join(' | ')))).toEqual(
      new Set(['NATO Public Diplomacy Division (as quoted in github.com/xternal/public-ledger)']),
    );
    expect(cited('CA', 2024)[0]).toEqual([
      'NATO Public Diplomacy Division (as quoted in github.com/xternal/public-ledger)',
      'Office of the Parliamentary Budget Officer, Canada (as quoted by Janes)',
    ]);
    expect(cited('LU', 2024)[0]).toEqual(['EURACTIV (as republished by Active News)', 'World Bank']);
    expect(cited('PL', 2024).flat()).toEqual([]);
    const sources = vintagesReport(natoShareHistory('GB'), { key: 2023 }).lists.find((l) => l.title === 'Sources');
    expect(sources?.items.some((item) => item.includes('Note to readers (page 14)'))).toBe(true);
    const poland = vintagesReport(natoShareHistory('PL'), { key: 2023 }).lists.find((l) => l.title === 'Sources');
    expect(poland?.items.some((item) => item.includes('Note to readers'))).toBe(false);
  });

  it('countryData: NATO’s GDP and rate of 2024 for them say whose year they are; Poland’s say nothing of it', () => {
    const said = ' NATO’s 2024 is the fiscal year 2024/25, April 2024 – March 2025 (natoFiscalYear).';
    for (const code of ['CA', 'GB']) {
      const data = countryData(code);
      expect(data.natoGdp?.figure.note?.endsWith(said), code).toBe(true);
      expect(data.natoUsdRate?.figure.note?.endsWith(said), code).toBe(true);
    }
    const poland = countryData('PL');
    expect(`${poland.natoGdp?.figure.note ?? ''} ${poland.natoUsdRate?.figure.note ?? ''}`).not.toMatch(/fiscal/);
  });

  it('the allies report says it in its text, its tables and its sources, for the allies shown only', () => {
    const report = alliesReport({ year: 2024, codes: ['CA', 'GB', 'PL'] });
    expect(report.intro.filter((line) => line.includes('April to March'))).toHaveLength(2);
    const line =
      'Canada, United Kingdom: NATO’s years are fiscal years, April to March, named by the year they start in: 2024 is April 2024 – March 2025 (see the text above).';
    expect(report.tables[0]?.notes).toContain(line);
    const sources = report.lists.find((list) => list.title === 'Sources')?.items ?? [];
    expect(sources.some((item) => item.includes('Parliamentary Budget Officer'))).toBe(true);
    const ukOnly = alliesReport({ year: { from: 2020, to: 2021 }, codes: ['GB'] });
    expect(ukOnly.tables[0]?.notes).toContain(
      'United Kingdom: NATO’s years are fiscal years, April to March, named by the year they start in: 2020 is April 2020 – March 2021 (see the text above).',
    );
    expect(ukOnly.lists.flatMap((list) => list.items).some((item) => item.includes('Parliamentary Budget'))).toBe(
      false,
    );
    const none = alliesReport({ year: 2024, codes: ['PL', 'LT'] });
    expect(JSON.stringify(none)).not.toMatch(/fiscal|April/);
  });

  it('the amounts table says their dollars per head divide a fiscal year by a calendar year’s people', () => {
    const amounts = alliesReport({ year: 2023, codes: ['CA', 'LT'], release: '2024-06' }).tables.find((table) =>
      table.title.startsWith('NATO’s amounts'),
    );
    expect(amounts?.notes.at(-1)).toBe(
      'Canada: NATO’s years are fiscal years, April to March, named by the year they start in: 2023 is April 2023 – March 2024 (see the text above). Their dollars per head divide a fiscal year’s dollars by the calendar year’s mid-year population.',
    );
  });

  it('a starter scenario says its years are fiscal years, cites why, and a what-if on a year’s share keeps it', () => {
    const uk = evaluate(scenarioFor('GB', { share: '2.5%' }));
    const fiscal = uk.assumptions.find((a) => a.statement.startsWith('Each year of this scenario is a fiscal year'));
    expect(fiscal).toMatchObject({
      about: 'economy.gdp.base',
      statement:
        'Each year of this scenario is a fiscal year, as NATO’s years are for this ally: 2025 is April 2025 – March 2026.',
    });
    // The UK's dollars are at the ECB's rate, a calendar year's average: said; Canada's are NATO's: not.
    expect(fiscal?.reason).toMatch(/ECB’s rate \(a year’s average\) are of calendar years: a quarter apart\.$/);
    const canada = evaluate(scenarioFor('CA', { share: '2%' }));
    expect(canada.assumptions.find((a) => a.statement.startsWith('Each year'))?.reason).toMatch(
      /The population \(mid-year\) is of calendar years: a quarter apart\.$/,
    );
    expect(uk.sources.filter((s) => s.about?.includes('economy.gdp.base')).map((s) => s.title)).toContain(
      'Defence Investment of NATO Countries (2014-2026), Note to readers (page 14)',
    );
    const share = evaluate(
      withOverrides(scenarioFor('GB', { share: '2.5%' }), [{ path: 'defence.shareOfGdp.2025', value: '3%' }]),
    );
    expect(share.assumptions.some((a) => a.statement.startsWith('Each year'))).toBe(true);
    const base = evaluate(
      withOverrides(scenarioFor('GB', { share: '2.5%' }), [
        { path: 'economy.gdp.base.amount', value: '3000000000000' },
      ]),
    );
    expect(base.replaced.map((r) => r.assumption.statement)).toContain(fiscal?.statement);
  });

  it('on a GDP of the caller’s, it is about NATO’s shares kept; with none kept, not said', () => {
    const given = scenarioFor('CA', { share: '2%', gdp: { year: 2024, amount: '3000000000000' } });
    expect(given.assumptions?.find((a) => a.statement.startsWith('Each year'))).toMatchObject({
      about: 'defence.shareOfGdp.2025',
      reason: expect.stringMatching(/^NATO’s shares it keeps are of NATO’s years\./) as unknown,
    });
    const later = scenarioFor('CA', {
      share: '2%',
      years: { from: 2030, to: 2035 },
      gdp: { year: 2029, amount: '3500000000000' },
    });
    expect(later.assumptions?.some((a) => a.statement.startsWith('Each year'))).toBe(false);
    expect(JSON.stringify(scenarioFor('PL', { share: '5%' }))).not.toMatch(/fiscal year/);
    // On NATO's GDP: with NATO's share of 2025 kept, and from 2030, with none.
    const reason = (scenario: ReturnType<typeof scenarioFor>): string | undefined =>
      scenario.assumptions?.find((a) => a.statement.startsWith('Each year'))?.reason;
    expect(reason(scenarioFor('GB', { share: '3%' }))).toMatch(
      /^NATO’s GDP it grows from and NATO’s shares it keeps are of NATO’s years\./,
    );
    const from2030 = scenarioFor('GB', { share: '3%', years: { from: 2030, to: 2035 } });
    expect(reason(from2030)).toMatch(/^NATO’s GDP it grows from is of NATO’s years\./);
    expect(from2030.assumptions?.find((a) => a.statement.startsWith('Each year'))?.statement).toContain(
      '2030 is April 2030 – March 2031',
    );
    // A GDP of 2023 given, so NATO's shares of 2024 and 2025 kept: about both.
    const both = scenarioFor('CA', { share: '2%', gdp: { year: 2023, amount: '2900000000000' } });
    expect(both.assumptions?.find((a) => a.statement.startsWith('Each year'))?.about).toBe(
      'defence.shareOfGdp.2024, defence.shareOfGdp.2025',
    );
    // A dollar rate of the caller's is no calendar year's average: only the population is said to be one.
    expect(reason(scenarioFor('GB', { share: '3%', usdRate: { rate: '1.3' } }))).toMatch(
      /The population \(mid-year\) is of calendar years: a quarter apart\.$/,
    );
  });
});
