// Luxembourg's NATO figures from 2023 divide by less than its GDP (issue 15: one GDP basis per comparison).
// The reading is checked against NATO's raw table, read here with a reader of its own, and the World Bank's
// GDP as the source quotes it: the note's numbers are those, rounded by hand; and no other ally's NATO GDP
// breaks like Luxembourg's, so the one reading is all the dataset needs. Then each place that shows
// Luxembourg's share or NATO's "GDP" for it says so, and no other place does.
import { describe, expect, it } from 'vitest';
import { NATO_ALLIES, natoDenominator, natoShareHistory } from '../../src/index';
import { countryData, evaluate, scenarioFor } from '../../src/scenarios/index';
import { alliesReport } from '../../src/reports/index';
import { NATO_DENOMINATORS } from '../../src/data/nato/natoDenominator';
import { catchError } from '../helpers/errors';
import { rawNatoAmounts } from '../helpers/natoRaw';

const raw = rawNatoAmounts();

/** NATO's GDP in the ally's currency: Table 5's dollars at NATO's rate (Table 1 over Table 2). */
function nationalGdp(code: string, year: number): number | undefined {
  const [gdp, spent, dollars] = ['gdp-usd', 'expenditure', 'expenditure-usd'].map((m) => raw(code, year, m));
  return gdp === undefined || spent === undefined || dollars === undefined || dollars === 0
    ? undefined
    : (gdp * spent) / dollars;
}

describe('Luxembourg from 2023: NATO’s “GDP” is not GDP', () => {
  const luxembourg = natoDenominator('LU', 2023);

  it('states NATO’s and the World Bank’s figures as they are in the raw file and the source’s quote', () => {
    const worldBank = luxembourg?.sources.find((source) => source.publisher === 'World Bank')?.quoted ?? '';
    const [wb2022, wb2023] = [...worldBank.matchAll(/LUX,(\d{4}),([\d.]+)/g)].map((m) => Number(m[2]) / 1e6);
    const [nato2022, nato2023] = [raw('LU', 2022, 'gdp-usd'), raw('LU', 2023, 'gdp-usd')];
    // By hand: 57,528.6 / 85,755.0 = 0.6708; 81,969.4 / 81,641.8 = 1.0040.
    expect((nato2023 ?? 0) / (wb2023 ?? 1)).toBeCloseTo(0.6708, 4);
    expect((nato2022 ?? 0) / (wb2022 ?? 1)).toBeCloseTo(1.004, 3);
    const note = luxembourg?.note ?? '';
    for (const figure of [
      '57,529 million',
      '67% of the World Bank’s GDP of 85,755 million',
      '(81,969 and 81,642 million)',
    ])
      expect(note).toContain(figure);
  });

  it('is the only break of its kind: outside 2020, no other ally’s NATO GDP falls by a seventh in a year', () => {
    // In its own currency, so that the dollar's moves do not count; 2020 is the pandemic's fall everywhere.
    const falls: string[] = [];
    for (const { code } of NATO_ALLIES.filter((ally) => !ally.aggregate))
      for (let year = 2015; year <= 2024; year++) {
        const [before, now] = [nationalGdp(code, year - 1), nationalGdp(code, year)];
        if (year !== 2020 && before !== undefined && now !== undefined && now / before < 6 / 7)
          falls.push(`${code} ${String(year)} ${(now / before - 1).toFixed(3)}`);
      }
    expect(falls).toEqual(['LU 2023 -0.316']);
    expect(NATO_DENOMINATORS.map((entry) => [entry.code, entry.from])).toEqual([['LU', 2023]]);
  });

  it('applies from 2023 on, to Luxembourg alone', () => {
    expect([2022, 2023, 2024, 2025, 2035].map((year) => natoDenominator('LU', year)?.from)).toEqual([
      undefined,
      2023,
      2023,
      2023,
      2023,
    ]);
    expect(['LT', 'BE', 'US', 'NATO'].map((code) => natoDenominator(code, 2024))).toEqual(
      Array<undefined>(4).fill(undefined),
    );
    expect(luxembourg?.sources.map((source) => source.publisher)).toEqual([
      'EURACTIV (as republished by Active News)',
      'World Bank',
    ]);
  });
});

describe('natoDenominator refuses what is not an ally’s code or a year, rather than answer "of GDP"', () => {
  it.each([['lu'], [''], ['XX'], [5], [null]])('code %j', (code) => {
    expect(catchError(() => natoDenominator(code as string, 2024)).issues[0]).toMatchObject({
      code: 'unknown_id',
      path: ['code'],
    });
  });

  it.each([[2023.5], [Number.NaN], ['2024'], [undefined]])('year %j', (year) => {
    expect(catchError(() => natoDenominator('LU', year as number)).issues[0]).toMatchObject({
      code: 'invalid_year',
      path: ['year'],
    });
  });
});

describe('where the dataset shows Luxembourg’s NATO figures, it says so', () => {
  it('countryData: NATO’s “GDP” for Luxembourg says it is not GDP; Belgium’s says nothing of the kind', () => {
    expect(countryData('LU').natoGdp?.figure.note).toContain('Not GDP: From 2023 NATO’s figures for Luxembourg');
    expect(countryData('BE').natoGdp?.figure.note).not.toContain('Not GDP');
  });

  it('a starter scenario on NATO’s figure says its “shares of GDP” are of that figure, and cites why', () => {
    const result = evaluate(scenarioFor('LU', { share: '2%' }));
    const base = result.assumptions.find((a) => a.about === 'economy.gdp.base');
    expect(base?.statement).toContain(
      'which is not its GDP but NATO’s smaller denominator for it from 2023 (its gross national income (GNI), as reported): every “share of GDP” in this scenario is of that figure, as NATO’s are.',
    );
    expect(base?.reason).toContain('From 2023 NATO’s figures for Luxembourg divide by something smaller than its GDP');
    const cited = result.sources.filter((source) => source.about === 'economy.gdp.base').map((s) => s.publisher);
    expect(cited).toEqual(expect.arrayContaining(['EURACTIV (as republished by Active News)', 'World Bank']));
    // On its own GDP basis, NATO's share of 2025 applies as NATO applies it: nothing more to say there.
    expect(result.assumptions.find((a) => a.about === 'defence.shareOfGdp.2025')?.reason).not.toContain('smaller');
  });

  it('a scenario on a GDP of the caller’s says NATO’s Luxembourg shares overstate spending on it', () => {
    const result = evaluate(scenarioFor('LU', { share: '2%', gdp: { year: 2024, amount: '80000000000' } }));
    expect(result.assumptions.find((a) => a.about === 'defence.shareOfGdp.2025')?.reason).toContain(
      'NATO’s shares for Luxembourg from 2023 are of a figure smaller than GDP (its gross national income (GNI), as reported): applied to a GDP, they give more spending than NATO counts.',
    );
    expect(result.sources.filter((s) => s.about === 'defence.shareOfGdp.2025').map((s) => s.publisher)).toContain(
      'World Bank',
    );
    expect(result.assumptions.some((a) => a.about === 'economy.gdp.base' && a.statement.includes('not its GDP'))).toBe(
      false,
    );
    // From 2020, NATO's shares of 2020–2022 are of GDP and those of 2023 on are not: the later ones are found.
    const since2020 = scenarioFor('LU', {
      share: '2%',
      years: { from: 2020, to: 2030 },
      gdp: { year: 2019, amount: '62000000000' },
    });
    expect(
      since2020.assumptions?.find(
        (a) =>
          a.about ===
          'defence.shareOfGdp.2020, defence.shareOfGdp.2021, defence.shareOfGdp.2022, defence.shareOfGdp.2023, defence.shareOfGdp.2024, defence.shareOfGdp.2025',
      )?.reason,
    ).toContain('NATO’s shares for Luxembourg from 2023 are of a figure smaller than GDP');
  });

  it('NATO’s share history for Luxembourg notes each value from 2023 (vintages lists the notes)', () => {
    const history = natoShareHistory('LU');
    const notes = (year: number): (string | undefined)[] => (history.entries[String(year)] ?? []).map((v) => v.note);
    expect(notes(2024).length).toBeGreaterThan(1);
    expect(new Set(notes(2024))).toEqual(
      new Set([
        "A share of Luxembourg’s gross national income (GNI), as reported, not of GDP (natoDenominator('LU', 2024)).",
      ]),
    );
    expect(new Set(notes(2022))).toEqual(new Set([undefined]));
    expect(
      Object.values(natoShareHistory('PL').entries)
        .flat()
        .some((v) => v.note !== undefined),
    ).toBe(false);
  });

  it('Belgium’s scenario, on NATO’s GDP too, says none of it', () => {
    const text = JSON.stringify(evaluate(scenarioFor('BE', { share: '2%' })).assumptions);
    expect(text).not.toMatch(/not its GDP|smaller than GDP|EURACTIV/);
  });

  it('the allies report marks Luxembourg’s shares from 2023 with †, and its notes say what † means', () => {
    const note =
      '† Luxembourg from 2023: a share of its gross national income (GNI), as reported, not of GDP (see the text above).';
    const ranked = alliesReport({ year: 2024, codes: ['LU', 'LT'] }).tables[0];
    const byCode = Object.fromEntries((ranked?.rows ?? []).map((row) => [row[2], row[3]]));
    expect(byCode.LU).toMatchObject({ mark: '†' });
    expect(byCode.LT).not.toHaveProperty('mark');
    expect(ranked?.notes).toContain(note);
    const years = alliesReport({ year: { from: 2022, to: 2024 }, codes: ['LU'] }).tables[0];
    const luxembourg = years?.rows.find((row) => row[0] === 'Luxembourg') ?? [];
    // 2022 of GDP (no mark), 2023 an outturn of GNI, 2024 NATO's estimate of GNI.
    expect(luxembourg.slice(1).map((cell) => (typeof cell === 'object' ? (cell.mark ?? '') : cell))).toEqual([
      '',
      '†',
      'e†',
    ]);
    expect(years?.notes).toContain(note);
    expect(alliesReport({ year: 2022, codes: ['LU'] }).tables[0]?.notes.some((line) => line.startsWith('†'))).toBe(
      false,
    );
  });

  it('the allies report says it, with its sources, once, where Luxembourg’s share of 2023 or later is shown', () => {
    const says = (options: Parameters<typeof alliesReport>[0]): number[] => {
      const report = alliesReport(options);
      const intro = report.intro.filter((line) => line.startsWith('From 2023 NATO’s figures for Luxembourg')).length;
      const cited = (report.lists.find((list) => list.title === 'Sources')?.items ?? []).filter((item) =>
        /EURACTIV|GDP \(current US\$\)/.test(item),
      ).length;
      return [intro, cited];
    };
    expect(says({ year: 2024, release: '2024-06', codes: ['LU', 'LT'] })).toEqual([1, 2]);
    expect(says({ year: { from: 2021, to: 2024 }, release: '2024-06', codes: ['LU'] })).toEqual([1, 2]);
    expect(says({ year: 2025 })).toEqual([1, 2]);
    expect(says({ year: 2022, codes: ['LU'] })).toEqual([0, 0]);
    expect(says({ year: 2024, release: '2024-06', codes: ['LT', 'BE'] })).toEqual([0, 0]);
  });
});
