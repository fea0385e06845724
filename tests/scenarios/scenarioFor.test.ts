// Country data and starter scenarios for allies (issue 15): Poland in złoty with a dollar view, every
// figure from the dataset cited, every stand-in an assumption; expected figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { CURRENCIES, NATO_ALLIES } from '../../src/index';
import { countryData, evaluate, scenarioFor } from '../../src/scenarios/index';
import { catchError } from '../helpers/errors';

describe('countryData', () => {
  it('gives Poland’s currency, GDP, growth, population, NATO shares and a dollar rate, each cited', () => {
    const poland = countryData('PL');
    expect(poland).toMatchObject({ code: 'PL', name: 'Poland', currency: 'PLN' });
    expect(poland.gdp?.year).toBe(2023);
    expect(poland.gdp?.figure.value.amount.toString()).toBe('3400900000000');
    expect(poland.gdp?.figure.source.quoted).toContain('In current prices (billion PLN, 2023) 3 400.9');
    expect(poland.population?.figure.value.toString()).toBe('36700000');
    expect(poland.realGrowth?.[2024]?.value.toString()).toBe('0.03');
    expect(poland.natoShares.map((row) => row.year)).toEqual([
      2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    // The ECB's 2025 averages: 1.1300 dollars and 4.2397 złoty per euro, so 1.13/4.2397 dollars per złoty.
    expect(poland.usdRate).toMatchObject({ year: 2025, pair: 'PLN/USD', figure: { value: '1.1300/4.2397' } });
  });

  it('agrees with the OECD’s own rate: the ECB’s 2024 averages give 3.98 złoty per dollar, as the survey prints', () => {
    // 4.3058 złoty per euro ÷ 1.0824 dollars per euro = 3.978 (the survey's "Exchange rate (PLN per USD) 3.98").
    expect((4.3058 / 1.0824).toFixed(2)).toBe('3.98');
  });

  it('gives a euro ally the ECB’s EUR/USD, the United States none, and an ally without cited figures no GDP', () => {
    expect(countryData('LV')).toMatchObject({
      currency: 'EUR',
      usdRate: { pair: 'EUR/USD', figure: { value: '1.1300' } },
    });
    expect(countryData('LV').gdp).toBeUndefined();
    expect(countryData('US').usdRate).toBeUndefined();
    expect(countryData('CA').usdRate).toBeUndefined(); // the ECB table has no Canadian dollar
  });

  it('gives every ally a currency budget-whatif knows', () => {
    for (const ally of NATO_ALLIES.filter((candidate) => !candidate.aggregate))
      expect(Object.hasOwn(CURRENCIES, countryData(ally.code).currency), ally.code).toBe(true);
  });

  it('refuses a code that is not an ally’s, and NATO’s aggregates', () => {
    expect(catchError(() => countryData('XX'))).toMatchObject({ code: 'unknown_id' });
    expect(catchError(() => countryData('NATO')).message).toMatch(/"NATO" is not an ally's ISO 3166 code/);
  });
});

describe('scenarioFor', () => {
  const poland = evaluate(scenarioFor('PL', { share: '5%' }));

  it('evaluates Poland in złoty with a dollar view, from the year after its GDP to 2035', () => {
    expect(poland.currency).toBe('PLN');
    expect(Object.keys(poland.views)).toEqual(['USD']);
    expect(poland.years).toEqual({ from: 2024, to: 2035 });
  });

  it('grows GDP from the OECD’s 2023 figure by GUS’s 3% and the 2.5% stand-in deflator', () => {
    // 3,400,900,000,000 × 1.03 × 1.025 = 3,590,500,175,000 (by hand).
    expect(poland.gdp[2024]?.amount.toFixed()).toBe('3590500175000');
  });

  it('spends NATO’s shares where NATO has one, then the share asked for', () => {
    // 2024: NATO's 3.788951289% of 3,590,500,175,000 = 136,042,302,662.20975575, to the cent .21 (Python's
    // decimal module, as a second method).
    expect(poland.defence.byYear[2024]?.amount.toFixed()).toBe('136042302662.21');
    expect(poland.defence.shareOfGdp[2025]?.toString()).toBe('0.0448');
    expect(poland.defence.shareOfGdp[2026]?.toString()).toBe('0.05');
  });

  it('converts to dollars at the ECB cross rate: złoty × 1.13 ÷ 4.2397', () => {
    const zloty = poland.defence.byYear[2024]?.amount;
    // 136,042,302,662.21 × 1.13 / 4.2397 = 36,259,122,581.38 to the cent (Python's decimal gives the same).
    expect(poland.views['USD']?.defence.byYear[2024]?.amount.toFixed()).toBe('36259122581.38');
    expect(zloty?.toFixed()).toBe('136042302662.21');
  });

  it('states every stand-in as an assumption and cites every figure', () => {
    const statements = poland.assumptions.map((assumption) => assumption.statement);
    expect(statements).toContain('The GDP deflator is 2.5% a year.');
    expect(statements).toContain('Real growth after 2024 is 3% a year.');
    expect(statements).toContain('PLN/USD is 1.1300/4.2397 in every year (2025).');
    const about = poland.sources.map((source) => `${source.publisher}: ${source.about ?? ''}`);
    expect(about).toContain('OECD: economy.gdp.base, economy.population');
    expect(about.some((line) => line.startsWith('European Central Bank: fx.PLN/USD'))).toBe(true);
  });

  it('builds Lithuania in euros with the dataset’s forecasts, and NATO’s 4.00% in 2025', () => {
    const lithuania = evaluate(scenarioFor('LT', { share: '5.5%', years: { from: 2025, to: 2030 } }));
    expect(lithuania.currency).toBe('EUR');
    expect(lithuania.defence.shareOfGdp[2025]?.toString()).toBe('0.04');
    expect(lithuania.defence.shareOfGdp[2026]?.toString()).toBe('0.055');
    expect(lithuania.years).toEqual({ from: 2025, to: 2030 });
  });

  it('takes a GDP the dataset lacks, and says what is missing when nothing is given', () => {
    const latvia = evaluate(scenarioFor('LV', { share: '4%', gdp: { year: 2024, amount: '40000000000' } }));
    expect(latvia.currency).toBe('EUR');
    expect(latvia.defence.shareOfGdp[2025]?.toString()).toBe('0.0373');
    const missing = catchError(() => scenarioFor('LV', { share: '4%' }));
    expect(missing).toMatchObject({ code: 'missing_field' });
    expect(missing.message).toMatch(/no GDP for Latvia \(LV\)/);
    const canada = catchError(() => scenarioFor('CA', { share: '2%', gdp: { year: 2024, amount: '3000000000000' } }));
    expect(canada.message).toMatch(/no US dollar rate for Canada/);
  });

  it('refuses a bad share where the scenario reads it, and a missing one', () => {
    expect(catchError(() => scenarioFor('PL', { share: 'five' })).issues[0]?.path).toEqual([
      'defence',
      'shareOfGdp',
      'default',
    ]);
    expect(catchError(() => scenarioFor('PL', {} as never))).toMatchObject({ code: 'missing_field' });
    expect(catchError(() => scenarioFor('PL', null as never))).toMatchObject({ code: 'missing_field' });
  });
});
