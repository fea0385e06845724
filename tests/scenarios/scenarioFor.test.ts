// Country data and starter scenarios for allies (issue 15): Poland in złoty with a dollar view, every
// figure from the dataset cited, every stand-in an assumption; expected figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { CURRENCIES, decimal, latest, NATO_ALLIES, revisions, vintages } from '../../src/index';
import { countryData, evaluate, scenarioFor, withOverrides } from '../../src/scenarios/index';
import { catchError } from '../helpers/errors';
import { rawNatoAmounts } from '../helpers/natoRaw';

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

  it('gives NATO’s GDP and rate of 2024 from its June 2024 tables, where the table is in the ally’s currency', () => {
    // Latvia: Table 5's $45,151.9606450151m at Table 1's €1,318.089042m to Table 2's $1,421.3953942366m:
    // €41,870,337,270.21 (Python's decimal), rounded half-even to a whole euro.
    const latvia = countryData('LV');
    expect(latvia.natoGdp?.year).toBe(2024);
    expect(latvia.natoGdp?.figure.value).toMatchObject({ currency: 'EUR' });
    expect(latvia.natoGdp?.figure.value.amount.toString()).toBe('41870337270');
    expect(latvia.natoGdp?.figure.status).toBe('derived');
    expect(latvia.natoUsdRate).toMatchObject({
      year: 2024,
      pair: 'EUR/USD',
      figure: { value: '1421.3953942366/1318.089042' },
    });
    // A second method: defence over that GDP is NATO's share, 3.15% in Graphic News' chart of the release.
    const share = latvia.natoAmounts.at(-1)?.expenditure?.amount.div(latvia.natoGdp?.figure.value.amount ?? 1);
    expect(share?.times(100).toFixed(2)).toBe('3.15');
    expect(countryData('CA').natoUsdRate?.figure.value).toBe('30495.2345376395/41012.1083055026');
    expect(countryData('US')).toMatchObject({
      natoGdp: { figure: { status: 'estimate', value: { currency: 'USD' } } },
    });
    expect(countryData('US').natoUsdRate).toBeUndefined();
    for (const code of ['BG', 'IS']) {
      expect(Object.keys(countryData(code)), code).not.toContain('natoGdp');
      expect(Object.keys(countryData(code)), code).not.toContain('natoUsdRate');
    }
    expect(Object.keys(countryData('US'))).not.toContain('usdRate');
    // How each was made, in words, with NATO's printed figures.
    expect(latvia.natoGdp?.figure.note).toBe(
      "NATO’s estimate of GDP in 2024 in EUR: Table 5's 45151.9606450151 million US dollars at NATO's rate for the year, Table 1's 1318.089042 million EUR of defence expenditure to Table 2's 1421.3953942366 million dollars; rounded to a whole unit.",
    );
    expect(latvia.natoUsdRate?.figure).toMatchObject({
      status: 'derived',
      note: "US dollars per EUR in NATO’s estimate for 2024: Table 2's 1421.3953942366 million dollars of defence expenditure over Table 1's 1318.089042 million EUR, exactly.",
    });
    expect(countryData('US').natoGdp?.figure.note).toBe(
      'NATO’s estimate of GDP in 2024, Table 5: 28719941.5569791 million US dollars.',
    );
    expect(countryData('PL').natoAmounts.map((row) => row.year)).toEqual([
      2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
  });

  it('builds a starter scenario on NATO’s GDP and rate where the dataset has no national figure, and says so', () => {
    const canada = scenarioFor('CA', { share: '3.5%' });
    expect(canada.economy.gdp.base).toEqual({ year: 2024, amount: '3004208669995' });
    expect(canada.economy.gdp.vintage).toBe('NATO Public Diplomacy Division, published 2024-06-17');
    const said = Object.fromEntries((canada.assumptions ?? []).map((a) => [a.about, a.statement]));
    expect(said['economy.gdp.base']).toBe(
      'GDP in 2024 is NATO’s, from its tables of 2024-06-17 (Table 5’s dollars at NATO’s rate for the year, Table 2 over Table 1).',
    );
    const why = Object.fromEntries((canada.assumptions ?? []).map((a) => [a.about, a.reason]));
    expect(why['economy.gdp.base']).toBe(
      'The dataset has no national statistic of GDP for this ally; NATO’s keeps the scenario on NATO’s own GDP basis. Set economy.gdp.base to use a national statistic.',
    );
    expect(why['fx.CAD/USD']).toBe(
      'Future rates are unknown; NATO’s rate of its latest year in the dataset is held, so that dollars are on NATO’s basis. The ECB’s table has no rate for this currency.',
    );
    // The United States: GDP in dollars from Table 5 as it is, no rate.
    const us = scenarioFor('US', { share: '3.5%' });
    expect(us.economy.gdp.base).toEqual({ year: 2024, amount: '28719941556979.1' });
    expect(us.assumptions?.find((a) => a.about === 'economy.gdp.base')?.statement).toBe(
      'GDP in 2024 is NATO’s, from its tables of 2024-06-17 (Table 5).',
    );
    // Bulgaria, with a GDP given: the ECB's rate, and no NATO rate in euros to name.
    const bulgaria = scenarioFor('BG', { share: '3%', gdp: { year: 2025, amount: '100000000000' } });
    expect(bulgaria.assumptions?.find((a) => a.about === 'fx.EUR/USD')?.reason).toBe(
      'Future rates are unknown; the dataset’s latest annual rate is held. NATO converts at its own rates; its tables in the dataset have none for this currency.',
    );
    // Not NATO's GDP: the one given, said to be given, with no source.
    expect(bulgaria.assumptions?.filter((a) => a.about === 'economy.gdp.base')).toEqual([
      {
        about: 'economy.gdp.base',
        statement: 'GDP in 2025 is 100000000000 EUR, as given when the scenario was made.',
        reason:
          "A figure passed in (scenarioFor's gdp; init --gdp), which cites no source: the dataset has no GDP for Bulgaria.",
      },
    ]);
    // Poland's given GDP replaces the OECD's 3,400,900,000,000 złoty of 2023, and says so.
    const polandGiven = scenarioFor('PL', { share: '5%', gdp: { year: 2024, amount: '3600000000000' } });
    expect(polandGiven.assumptions?.find((a) => a.about === 'economy.gdp.base')?.reason).toBe(
      "A figure passed in (scenarioFor's gdp; init --gdp), which cites no source: it replaces the dataset’s, 3400900000000 PLN in 2023.",
    );
    expect(
      catchError(() => scenarioFor('BG', { share: '3%', usdRate: 'nato', gdp: { year: 2025, amount: '1' } })).message,
    ).toMatch(/no US dollar rate for Bulgaria's EUR \(NATO’s\)/);
    expect(said['fx.CAD/USD']).toBe(
      'CAD/USD is 30495.2345376395/41012.1083055026 in every year (NATO’s rate for 2024).',
    );
    // Dollars at NATO's rate: C$1 is 0.74356661… US dollars (Python's decimal).
    const rate = evaluate(canada).views['USD']?.rates[2030];
    expect(rate?.toFixed(20)).toBe('0.74356661477820076725');
    const poland = scenarioFor('PL', { share: '5%', usdRate: 'nato' });
    expect(poland.fx).toEqual({ 'PLN/USD': { default: '34974.527950522/151240.714' } });
    expect(poland.assumptions?.find((a) => a.about === 'fx.PLN/USD')?.reason).toBe(
      "Future rates are unknown; NATO’s rate of its latest year in the dataset is held, so that dollars are on NATO’s basis. The ECB’s 2025 average is 1.1300/4.2397 (usdRate: 'ecb').",
    );
  });

  it('gives every ally a currency budget-whatif knows', () => {
    for (const ally of NATO_ALLIES.filter((candidate) => !candidate.aggregate))
      expect(Object.hasOwn(CURRENCIES, countryData(ally.code).currency), ally.code).toBe(true);
  });

  it('gives each ally the currency of its budget (ISO 4217, typed here by hand)', () => {
    const expected: Record<string, string> = {
      AL: 'ALL',
      CA: 'CAD',
      CZ: 'CZK',
      DK: 'DKK',
      GB: 'GBP',
      HU: 'HUF',
      IS: 'ISK',
      MK: 'MKD',
      NO: 'NOK',
      PL: 'PLN',
      RO: 'RON',
      SE: 'SEK',
      TR: 'TRY',
      US: 'USD',
    };
    for (const ally of NATO_ALLIES.filter((candidate) => !candidate.aggregate))
      expect(countryData(ally.code).currency, ally.code).toBe(expected[ally.code] ?? 'EUR');
  });

  it('cites the ECB for a dollar rate, and says how a cross rate is made', () => {
    const czk = countryData('CZ').usdRate;
    expect(czk?.pair).toBe('CZK/USD');
    expect(czk?.figure.status).toBe('derived');
    expect(czk?.figure.source).toMatchObject({
      publisher: 'European Central Bank',
      title: 'Euro foreign exchange reference rates, 2025 annual averages',
    });
    expect(czk?.figure.source.note).toContain('US dollars per CZK as the cross rate through the euro, 1.1300/');
    const eur = countryData('FR').usdRate;
    expect(eur?.figure).toMatchObject({ value: '1.1300', status: 'actual', source: { quoted: 'USD 1.1300' } });
    expect(countryData('LT')).toMatchObject({ gdp: { year: 2024 }, population: { year: 2025 } });
    expect(countryData('PL').realGrowth?.[2024]?.source.publisher).toBe('Statistics Poland (GUS), via TASR / teraz.sk');
  });

  it('refuses a code that is not an ally’s, and NATO’s aggregates', () => {
    expect(catchError(() => countryData('XX'))).toMatchObject({ code: 'unknown_id' });
    expect(catchError(() => countryData('NATO')).message).toMatch(/"NATO" is not an ally's ISO 3166 code/);
  });
});

describe('scenarioFor', () => {
  // Evaluated afresh in each test that reads it: a value kept between tests would hide a mutant switched on
  // for a later one (mutation testing switches mutants without reloading the file).
  const polandResult = () => evaluate(scenarioFor('PL', { share: '5%' }));

  it('evaluates Poland in złoty with a dollar view, from the year after its GDP to 2035', () => {
    expect(polandResult().currency).toBe('PLN');
    expect(Object.keys(polandResult().views)).toEqual(['USD']);
    expect(polandResult().years).toEqual({ from: 2024, to: 2035 });
    const scenario = scenarioFor('PL', { share: '5%' });
    // The World Bank's 2024 mid-year population of Poland (data/raw/population.csv), then carried at the UN's
    // average yearly change 2025–2036: 36,559,233 × 36,142,857 / 38,366,664 = 34,440,188 in 2035 (Python's
    // decimal, 60 digits).
    expect([
      scenario.economy.population?.['2024'],
      scenario.economy.population?.['2035'],
      scenario.fx,
      scenario.rounding,
    ]).toEqual(['36559233', '34440188', { 'PLN/USD': { default: '1.13/4.2397' } }, { mode: 'half-even' }]);
  });

  it('grows GDP from the OECD’s 2023 figure by GUS’s 3% and the 2.5% stand-in deflator', () => {
    // 3,400,900,000,000 × 1.03 × 1.025 = 3,590,500,175,000 (by hand).
    expect(polandResult().gdp[2024]?.amount.toFixed()).toBe('3590500175000');
  });

  it('spends NATO’s shares where NATO has one, then the share asked for', () => {
    // 2024: NATO's 3.788951289% of 3,590,500,175,000 = 136,042,302,662.20975575, to the cent .21 (Python's
    // decimal module, as a second method).
    expect(polandResult().defence.byYear[2024]?.amount.toFixed()).toBe('136042302662.21');
    expect(polandResult().defence.shareOfGdp[2025]?.toString()).toBe('0.0448');
    expect(polandResult().defence.shareOfGdp[2026]?.toString()).toBe('0.05');
  });

  it('converts to dollars at the ECB cross rate: złoty × 1.13 ÷ 4.2397', () => {
    const zloty = polandResult().defence.byYear[2024]?.amount;
    // 136,042,302,662.21 × 1.13 / 4.2397 = 36,259,122,581.38 to the cent (Python's decimal gives the same).
    expect(polandResult().views['USD']?.defence.byYear[2024]?.amount.toFixed()).toBe('36259122581.38');
    expect(zloty?.toFixed()).toBe('136042302662.21');
  });

  it('names the scenario and says what it is built from', () => {
    const scenario = scenarioFor('PL', { share: '5%' });
    expect(scenario.name).toBe('Poland at 5% of GDP');
    expect(scenario.description).toBe(
      'A starter scenario for Poland from the dataset: GDP of 2023 in PLN, defence at NATO’s published shares where NATO has one, then 5% of GDP; NATO’s targets.',
    );
    expect(scenario.targets).toEqual([
      'nato-wales-2pct',
      'nato-hague-core-3.5pct',
      'nato-hague-related-1.5pct',
      'nato-hague-total-5pct',
    ]);
    expect(scenario.economy.gdp.realGrowth).toEqual({ default: '0.03', '2024': '0.03' });
    expect(scenario.defence.shareOfGdp).toEqual({ default: '0.05', '2024': '0.03788951289', '2025': '0.0448' });
  });

  it('states every stand-in as an assumption with its reason', () => {
    const byPath = Object.fromEntries(polandResult().assumptions.map((a) => [a.about, `${a.statement} | ${a.reason}`]));
    expect(byPath).toEqual({
      'economy.gdp.realGrowth.default':
        "Real growth after 2024 is 3% a year. | The dataset's last growth figure for Poland is held; no later forecast is in the dataset.",
      'economy.gdp.deflator':
        "The GDP deflator is 2.5% a year. | The dataset has no GDP deflator for Poland; 2.5% is a stand-in, not a forecast: set economy.gdp.deflator to replace it. For comparison, NATO’s tables of 2024-06-17 imply a GDP deflator of 4.54% in 2024 (its estimate; countryData('PL').natoGrowth).",
      'defence.shareOfGdp.default':
        'Defence spending is 5% of GDP in every year without a NATO figure. | The share to explore: the what-if this scenario starts from.',
      'defence.shareOfGdp.2024, defence.shareOfGdp.2025':
        'Defence spending in 2024, 2025 is NATO’s published share of GDP (release 2025-08; estimates marked as such by NATO). | Years NATO has a figure for are not the what-if: its figure stands, applied to this scenario’s GDP (NATO’s own GDP basis differs).',
      'economy.population':
        'The population is the dataset’s by year: counted in 2024; projected in 2025–2035; 34,440,188 in 2035. | The World Bank’s mid-year population to 2024, then that count carried at the average yearly change of the UN’s projection (World Population Prospects 2024, medium variant) from 1 January 2025 to 1 January 2036, −0.54% a year: the UN’s change, not its level (its 1 January 2025 is 4.9% above the 2024 count), and its average, since its first years change steeply for several allies.',
      'fx.PLN/USD':
        "PLN/USD is 1.1300/4.2397 in every year (2025). | Future rates are unknown; the dataset’s latest annual rate is held. NATO converts at its own rates: 34974.527950522/151240.714 for 2024 (usdRate: 'nato').",
      'economy.gdp.base, economy.gdp.known, economy.gdp.series':
        'The GDP figures are from OECD, published 2025. | Every share of GDP in this result divides by this GDP; a published share may divide by another vintage or forecast.',
    });
  });

  it('with no growth figure, says so: 2% a stand-in; the population the World Bank’s carried at the UN’s rate', () => {
    const latvia = scenarioFor('LV', { share: '4%', gdp: { year: 2024, amount: '40000000000' } });
    const growth = latvia.assumptions?.find((a) => a.about === 'economy.gdp.realGrowth.default');
    expect(growth).toMatchObject({
      statement: 'Real growth is 2% a year.',
      reason:
        "The dataset has no growth figure for Latvia; 2% is a stand-in, not a forecast. For comparison, NATO’s tables of 2024-06-17 imply real growth of 1.85% in 2024 (its estimate; countryData('LV').natoGrowth).",
    });
    // Latvia's 2024 mid-year population, 1,866,124 (the World Bank's), × ((1,699,731 / 1,864,050)^(1/11))^k
    // (the UN's 1 January 2036 and 2025): k = 1 1,850,534; k = 11 1,701,622 (Python's decimal, 60 digits).
    expect([latvia.economy.population?.['2025'], latvia.economy.population?.['2035']]).toEqual(['1850534', '1701622']);
    expect(latvia.assumptions?.find((a) => a.about === 'economy.population')?.statement).toBe(
      'The population is the dataset’s by year: projected in 2025–2035; 1,701,622 in 2035.',
    );
    // A projected year rests on the count it starts from and the projection: both cited.
    expect(
      evaluate(latvia)
        .sources.filter((source) => source.about?.includes('economy.population'))
        .map((source) => source.publisher)
        .sort(),
    ).toEqual(['United Nations, Department of Economic and Social Affairs, Population Division', 'World Bank']);
    const later = scenarioFor('PL', { share: '5%', years: { from: 2026, to: 2030 } });
    expect(later.assumptions?.some((a) => a.statement.includes('NATO’s published share'))).toBe(false); // no NATO year inside
    expect(evaluate(scenarioFor('US', { share: '3%', gdp: { year: 2024, amount: '29000000000000' } })).views).toEqual(
      {},
    );
  });

  it('cites every figure it takes, each source once with the paths it backs', () => {
    const about = polandResult().sources.map((source) => `${source.publisher}: ${source.about ?? ''}`);
    expect(about).toContain('OECD: economy.gdp.base');
    expect(about).toContain('World Bank: economy.population');
    expect(about.some((line) => line.startsWith('European Central Bank: fx.PLN/USD'))).toBe(true);
    expect(about).toContain('Statistics Poland (GUS), via TASR / teraz.sk: economy.gdp.realGrowth');
    // Each of NATO's years by its own path: NATO's table for 2024, TASS's report of it for Poland's 2025.
    expect(about).toContain("TASS (reporting NATO's release of 28 August 2025): defence.shareOfGdp.2025");
    expect(about).toContain('NATO Public Diplomacy Division: defence.shareOfGdp.2024');
    // The scenario's own seven: OECD, GUS, the World Bank, the UN, the ECB, NATO's two (the result adds the
    // targets').
    expect(scenarioFor('PL', { share: '5%' }).sources).toHaveLength(7);
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
    // Bulgaria: its budget is in euros from 2026, NATO's table in leva, so neither gives a GDP in euros.
    const missing = catchError(() => scenarioFor('BG', { share: '4%' }));
    expect(missing).toMatchObject({ code: 'missing_field' });
    expect(missing.message).toMatch(/no GDP for Bulgaria \(BG\)/);
    // Iceland: the ECB has no króna rate since 2008, and NATO publishes no defence figure for it.
    const iceland = catchError(() => scenarioFor('IS', { share: '2%', gdp: { year: 2024, amount: '4600000000000' } }));
    expect(iceland.message).toMatch(
      /no US dollar rate for Iceland's ISK \(neither the ECB’s nor NATO’s\): pass one, usdRate: \{ rate \}/,
    );
  });

  it('takes a dollar rate of the caller’s, held in every year and said to be given', () => {
    // Iceland with a GDP and a rate given: 0.1% of 4.6 trillion krónur grown by the stand-ins, in dollars
    // at 1/138.9; the rate replaces none (the dataset has no króna rate).
    const iceland = scenarioFor('IS', {
      share: '0.1%',
      gdp: { year: 2024, amount: '4600000000000' },
      usdRate: { rate: '1/138.9' },
    });
    expect(iceland.fx).toEqual({ 'ISK/USD': { default: '1/138.9' } });
    expect(iceland.description).toBe(
      'A starter scenario for Iceland from the dataset: GDP of 2024 in ISK (given), defence at NATO’s published shares where NATO has one, then 0.1% of GDP; NATO’s targets.',
    );
    expect(iceland.assumptions?.find((a) => a.about === 'fx.ISK/USD')).toEqual({
      about: 'fx.ISK/USD',
      statement: 'ISK/USD is 1/138.9 in every year, as given when the scenario was made.',
      reason:
        "A rate passed in (scenarioFor's usdRate; init --usd-rate), which cites no source: the dataset has no rate for ISK.",
    });
    // 4,600,000,000,000 × 1.02 × 1.025 × 0.001 = 4,809,300,000 krónur in 2025; / 138.9 = 34,624,190.06 dollars
    // to the cent (by hand; Python's decimal agrees).
    expect(evaluate(iceland).views['USD']?.defence.byYear[2025]?.amount.toFixed()).toBe('34624190.06');
    // Poland's given rate replaces the ECB's cross rate, and says which; no ECB source is cited for it.
    const poland = scenarioFor('PL', { share: '5%', usdRate: { rate: '0.25' } });
    expect(iceland.description).toBe(
      'A starter scenario for Iceland from the dataset: GDP of 2024 in ISK (given), defence at NATO’s published shares where NATO has one, then 0.1% of GDP; NATO’s targets.',
    );
    expect(poland.assumptions?.find((a) => a.about === 'fx.PLN/USD')?.reason).toBe(
      "A rate passed in (scenarioFor's usdRate; init --usd-rate), which cites no source: the dataset’s is 1.1300/4.2397 (2025).",
    );
    expect(poland.sources?.some((source) => source.about?.includes('fx.'))).toBe(false);
    // The dollar needs none: a rate given for the United States is not applied.
    expect(scenarioFor('US', { share: '3%', usdRate: { rate: '2' } }).fx).toBeUndefined();
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

describe('a what-if on a starter scenario replaces what it changes, and only that', () => {
  // NATO's shares of 2024 and 2025 back those years alone: moving the share after them (the what-if the
  // scenario is for) leaves them, their assumption and their sources standing, as the result's own
  // warning says ("does not reach 2025"); moving 2025, or the whole share, replaces them.
  const poland = scenarioFor('PL', { share: '5%' });
  const nato = 'Defence spending in 2024, 2025 is NATO’s published share of GDP';
  const after = (path: string, value: unknown) => evaluate(withOverrides(poland, [{ path, value }]));

  it('a new default share: NATO’s years still stated and cited', () => {
    const result = after('defence.shareOfGdp.default', '6%');
    expect(result.defence.shareOfGdp[2025]?.toString()).toBe('0.0448');
    expect(result.assumptions.some((a) => a.statement.startsWith(nato))).toBe(true);
    expect(result.replaced.map((r) => r.assumption.statement)).toEqual([
      'Defence spending is 5% of GDP in every year without a NATO figure.',
    ]);
    expect(result.replacedSources).toEqual([]);
    expect(result.sources.map((source) => source.publisher)).toContain(
      "TASS (reporting NATO's release of 28 August 2025)",
    );
  });

  it('a new 2025: NATO’s figures replaced in part (2024 stands), TASS’s report of 2025 no longer behind a figure', () => {
    const result = after('defence.shareOfGdp.2025', '5%');
    expect(result.replaced).toEqual([]);
    expect(result.partlyReplaced.map((r) => r.assumption.statement.slice(0, nato.length))).toEqual([nato]);
    expect(result.partlyReplaced[0]?.by.map((change) => change.path)).toEqual(['defence.shareOfGdp.2025']);
    // Both years set: NATO's figures are no longer assumed at all.
    const both = evaluate(
      withOverrides(poland, [
        { path: 'defence.shareOfGdp.2024', value: '5%' },
        { path: 'defence.shareOfGdp.2025', value: '5%' },
      ]),
    );
    expect(both.replaced.map((r) => r.assumption.statement.slice(0, nato.length))).toEqual([nato]);
    expect(both.partlyReplaced).toEqual([]);
    expect(result.replacedSources.map((r) => r.source.publisher)).toEqual([
      "TASS (reporting NATO's release of 28 August 2025)",
    ]);
    // NATO's own table still backs 2024.
    expect(result.sources.map((source) => source.publisher)).toContain('NATO Public Diplomacy Division');
  });

  it('the whole share replaced: every NATO year with it', () => {
    const result = after('defence.shareOfGdp', { default: '0.06' });
    expect(result.replaced.map((r) => r.assumption.statement.slice(0, 21))).toEqual([
      'Defence spending is 5',
      'Defence spending in 2',
    ]);
    expect(result.replacedSources.map((r) => r.source.publisher).sort()).toEqual([
      'NATO Public Diplomacy Division',
      "TASS (reporting NATO's release of 28 August 2025)",
    ]);
  });
});

describe('scenarioFor and countryData, what they say when they refuse', () => {
  it('name the field at fault', () => {
    const code = catchError(() => countryData('XX'));
    expect(code.issues[0]?.path).toEqual(['code']);
    expect(code.message).toContain('AL, BE, BG, CA');
    expect(code.message).not.toContain('NATO-EUROPE-CANADA');
    expect(catchError(() => scenarioFor('PL', {} as never)).issues[0]?.path).toEqual(['share']);
    expect(catchError(() => scenarioFor('PL', {} as never)).issues[0]?.message).toBe(
      "scenarioFor needs a share of GDP, such as { share: '5%' }; received {}",
    );
    expect(catchError(() => scenarioFor('BG', { share: '4%' })).issues[0]?.path).toEqual(['gdp']);
    const fx = catchError(() => scenarioFor('IS', { share: '2%', gdp: { year: 2024, amount: '4600000000000' } }));
    expect([fx.code, fx.issues[0]?.path]).toEqual(['missing_field', ['fx']]);
    const kind = catchError(() => scenarioFor('PL', { share: '2%', usdRate: 'imf' as never }));
    expect([kind.code, kind.issues[0]?.path, kind.issues[0]?.message]).toEqual([
      'unknown_id',
      ['usdRate'],
      "usdRate is 'ecb', 'nato' or { rate }, received \"imf\"",
    ]);
    const notText = catchError(() => scenarioFor('PL', { share: '2%', usdRate: { rate: 0.25 } as never }));
    expect([notText.code, notText.issues[0]?.path, notText.issues[0]?.message]).toEqual([
      'invalid_type',
      ['usdRate'],
      "usdRate is 'ecb', 'nato' or { rate }, a string such as { rate: '1/138.9' }; received {\"rate\":0.25}",
    ]);
    const none = catchError(() => scenarioFor('PL', { share: '2%', usdRate: null as never }));
    expect([none.code, none.issues[0]?.path]).toEqual(['unknown_id', ['usdRate']]);
    const negative = catchError(() => scenarioFor('PL', { share: '2%', usdRate: { rate: '-0.25' } }));
    expect([negative.code, negative.issues[0]?.path]).toEqual(['out_of_range', ['fx', 'PLN/USD', 'default']]);
    // A GDP that is not { year, amount } (a null gave a TypeError; found by the fuzz suite).
    for (const gdp of [null, 5, { year: 2024 }, { year: '2024', amount: '1' }])
      expect(catchError(() => scenarioFor('LV', { share: '2%', gdp: gdp as never })).issues[0]?.path).toEqual(['gdp']);
    const noEcb = catchError(() => scenarioFor('CA', { share: '2%', usdRate: 'ecb' }));
    expect(noEcb.message).toMatch(/no US dollar rate for Canada's CAD \(the ECB’s\)/);
  });

  it('mark each figure’s status, and call NATO’s outturns outturns', () => {
    const poland = countryData('PL');
    expect([poland.gdp?.figure.status, poland.realGrowth?.[2024]?.status, poland.population?.figure.status]).toEqual([
      'actual',
      'provisional',
      'actual',
    ]);
    expect(poland.usdRate?.figure.source.quoted).toBe('USD 1.1300; PLN 4.2397');
    const past = scenarioFor('PL', { share: '2%', years: { from: 2023, to: 2023 } });
    expect(past.assumptions?.find((a) => a.about === 'defence.shareOfGdp.2023')?.statement).toBe(
      'Defence spending in 2023 is NATO’s published share of GDP (release 2025-08; outturns).',
    );
  });
});

describe('NATO’s real growth and GDP deflator of 2024, beside the stand-ins', () => {
  // Worked from data/raw/nato-amounts.csv with Python's decimal at 50 digits, rounded to 27 decimals: real
  // growth is Table 5's 2015-price GDP of 2024 over 2023's; the deflator, current-price GDP in the national
  // currency (dollars × Table 1 ÷ Table 2) over 2015-price GDP, 2024's over 2023's.
  const BY_HAND: Readonly<Record<string, readonly [string, string]>> = {
    TR: ['0.033804716482091782273230567', '0.494089504250751284952448399'],
    PL: ['0.029199928460785856119405191', '0.045401006710687676274310078'],
    LT: ['0.017360621603098511357419308', '0.022046693749714979048312828'],
    LV: ['0.018476715484410283670274164', '0.018902964481017984377009348'],
  };

  it.each(Object.entries(BY_HAND))('%s: as worked by hand, to 27 decimals', (code, [growth, deflator]) => {
    const nato = countryData(code).natoGrowth;
    expect(nato?.year).toBe(2024);
    expect(nato?.realGrowth.value.toFixed(27)).toBe(growth);
    expect(nato?.deflator.value.toFixed(27)).toBe(deflator);
    expect([nato?.realGrowth.status, nato?.deflator.status, nato?.deflator.source.published]).toEqual([
      'derived',
      'derived',
      '2024-06-17',
    ]);
  });

  it('every ally with NATO’s figures has them, agreeing with a float reading of the raw file; Iceland has none', () => {
    const raw = rawNatoAmounts();
    const at = (code: string, year: number, measure: string): number => raw(code, year, measure) ?? Number.NaN;
    const nominal = (code: string, year: number): number =>
      (at(code, year, 'gdp-usd') * at(code, year, 'expenditure')) / at(code, year, 'expenditure-usd');
    for (const { code } of NATO_ALLIES.filter((ally) => !ally.aggregate && ally.code !== 'IS')) {
      const nato = countryData(code).natoGrowth;
      const growth = at(code, 2024, 'real-gdp-usd') / at(code, 2023, 'real-gdp-usd') - 1;
      const deflator =
        nominal(code, 2024) / at(code, 2024, 'real-gdp-usd') / (nominal(code, 2023) / at(code, 2023, 'real-gdp-usd')) -
        1;
      expect(Number(nato?.realGrowth.value.toString())).toBeCloseTo(growth, 12);
      expect(Number(nato?.deflator.value.toString())).toBeCloseTo(deflator, 12);
    }
    expect(countryData('IS').natoGrowth).toBeUndefined();
  });

  it('says how each rate was worked out, with the figures it rests on', () => {
    const nato = countryData('TR').natoGrowth;
    // Türkiye's row of Table 5 at 2015 prices in the raw file: 1,248,001.19… (2023) and 1,290,189.51… (2024).
    expect(nato?.realGrowth.note).toBe(
      'NATO’s real GDP growth in 2024: GDP at 2015 prices and exchange rates, Table 5 for 2023 and 2024 (1248001.19161477 and 1290189.51806662 million dollars).',
    );
    expect(nato?.deflator.note).toBe(
      "NATO’s GDP deflator in 2024: GDP at current prices in the national currency (Table 5's dollars at NATO's rate for the year, Table 2 over Table 1) over GDP at 2015 prices, Table 5 for 2023 and 2024.",
    );
  });

  it('says NATO’s rate beside a stand-in, not beside a cited forecast', () => {
    const reasons = (code: string): Record<string, string> =>
      Object.fromEntries((scenarioFor(code, { share: '3.5%' }).assumptions ?? []).map((a) => [a.about, a.reason]));
    expect(reasons('TR')['economy.gdp.deflator']).toContain(
      "For comparison, NATO’s tables of 2024-06-17 imply a GDP deflator of 49.41% in 2024 (its estimate; countryData('TR').natoGrowth).",
    );
    expect(reasons('TR')['economy.gdp.realGrowth.default']).toContain('imply real growth of 3.38% in 2024');
    // Lithuania's growth is cited (the European Commission's), so nothing beside it; its deflator is a stand-in.
    expect(reasons('LT')['economy.gdp.realGrowth.default']).not.toContain('For comparison');
    expect(reasons('LT')['economy.gdp.deflator']).toContain('imply a GDP deflator of 2.20% in 2024');
    // Iceland: NATO's tables have no rate for it, so the stand-in's reason ends where it did.
    const iceland = scenarioFor('IS', {
      share: '0.1%',
      gdp: { year: 2024, amount: '4600000000000' },
      usdRate: { rate: '1/138.9' },
    });
    expect(iceland.assumptions?.find((a) => a.about === 'economy.gdp.deflator')?.reason).toBe(
      'The dataset has no GDP deflator for Iceland; 2.5% is a stand-in, not a forecast: set economy.gdp.deflator to replace it.',
    );
  });
});

describe('countryData’s NATO history (issue 15, item 4)', () => {
  it('holds every release’s figure for a year, oldest first, to read with vintages and revisions', () => {
    const poland = countryData('PL');
    // June 2024: 4.12019098935715%; August 2025: 3.788951289%; March 2026 (2025 only): 4.3%.
    expect(vintages(poland.natoHistory, 2024).map((value) => value.value.shareOfGdp?.toString())).toEqual([
      '0.0412019098935715',
      '0.03788951289',
    ]);
    expect(latest(poland.natoHistory, 2025)?.value.shareOfGdp?.toString()).toBe('0.043');
    expect(revisions(poland.natoHistory, 2025)[0]?.shareChange?.toString()).toBe('-0.0018');
  });
});

describe('every ally’s population by year, counted then projected (issue 15, item 6)', () => {
  it('carries every ally but Lithuania from the World Bank’s 2024 count at the UN’s average rate, to 2050', () => {
    // Every ally's 2025–2050 by a second method (Python's decimal, 60 digits, from the raw files): the sum of
    // all 806 values, and three of them.
    const allies = NATO_ALLIES.filter((ally) => !ally.aggregate && ally.code !== 'LT');
    let sum = decimal(0);
    for (const { code } of allies)
      for (let year = 2025; year <= 2050; year++) {
        const figure = countryData(code).populationPath.values[year];
        expect(figure?.status).toBe('derived');
        sum = sum.plus(figure?.value ?? Number.NaN);
      }
    expect(sum.toString()).toBe('25954701010');
    const valueOf = (code: string, year: number) => countryData(code).populationPath.values[year]?.value.toString();
    expect([valueOf('PL', 2025), valueOf('US', 2050), valueOf('EE', 2030)]).toEqual([
      '36361322',
      '382487222',
      '1322432',
    ]);
    expect([valueOf('US', 2024), valueOf('US', 2051)]).toEqual(['340110988', undefined]);
    expect(countryData('LV').populationPath.values[2035]?.note).toBe(
      '1,866,124 (the World Bank’s, mid-2024) × ((1,699,731 / 1,864,050)^(1/11))^11, rounded to a whole person: the UN’s average yearly change from 1 January 2025 to 1 January 2036 applied to the latest count.',
    );
  });

  it('says the UN’s rate with its sign, and where its level sits from the count', () => {
    // Latvia: (1,699,731 / 1,864,050)^(1/11) − 1 = −0.835%; 1,864,050 / 1,866,124 − 1 = −0.11%. The United
    // States: (364,015,679 / 346,373,570)^(1/11) − 1 = +0.452%; 346,373,570 / 340,110,988 − 1 = +1.84%
    // (Python's decimal).
    expect(countryData('LV').populationPath.method).toContain(
      'to 1 January 2036, −0.84% a year: the UN’s change, not its level (its 1 January 2025 is 0.1% below the 2024 count)',
    );
    expect(countryData('US').populationPath.method).toContain(
      'to 1 January 2036, +0.45% a year: the UN’s change, not its level (its 1 January 2025 is 1.8% above the 2024 count)',
    );
  });

  it('cites the projection only where a year is projected', () => {
    // Lithuania's 2025 and 2026 are counts: neither EUROPOP2023 (via BNS) nor anything else projected is cited.
    const counted = evaluate(scenarioFor('LT', { share: '5%', years: { from: 2025, to: 2026 } }));
    const cited = counted.sources.filter((source) => source.about?.includes('economy.population'));
    expect(cited.map((source) => source.publisher).sort()).toEqual([
      'State Data Agency (Statistics Lithuania), via Wikipedia',
      'State Data Agency, via news-pravda.com',
    ]);
  });

  // 2,886,000 (1 January 2026) × ((2.0 / 2.81)^(1/48))^k, rounded half-even: 2027 (k = 1) 2,865,628;
  // 2035 (k = 9) 2,707,740 (Python's decimal, 50 digits).
  it('gives Lithuania’s counts, then the projection, each with its status', () => {
    const path = countryData('LT').populationPath;
    expect([2025, 2026, 2027, 2035].map((year) => path.values[year]?.value.toString())).toEqual([
      '2890219',
      '2886000',
      '2865628',
      '2707740',
    ]);
    expect([2025, 2026, 2027].map((year) => path.values[year]?.status)).toEqual(['actual', 'provisional', 'derived']);
    expect(path.method).toContain('(2.0 / 2.81)^(1/48) − 1');
    // The projection starts from the 1 January 2026 count and takes EUROPOP2023's rate: both cited.
    expect(countryData('LT').populationPath.basis.map((source) => source.publisher)).toEqual([
      'State Data Agency, via news-pravda.com',
      'BNS, via The Baltic Times (reporting Eurostat’s EUROPOP2023 projections)',
    ]);
  });

  it('puts every year of Lithuania’s starter scenario on the path, and says so instead of holding 2025', () => {
    const scenario = scenarioFor('LT', { share: '5.5%' });
    expect(scenario.economy.population).toMatchObject({
      '2025': '2890219',
      '2027': '2865628',
      '2035': '2707740',
      default: '2707740',
    });
    const said = scenario.assumptions?.find((assumption) => assumption.about === 'economy.population');
    expect(said?.statement).toBe(
      'The population is the dataset’s by year: counted in 2025–2026; projected in 2027–2035; 2,707,740 in 2035.',
    );
    expect(said?.reason).toContain('EUROPOP2023');
    expect(JSON.stringify(scenario.assumptions)).not.toContain('stays at');
    const about = (scenario.sources ?? [])
      .filter((source) => source.about?.includes('economy.population'))
      .map((source) => source.publisher);
    expect(about).toHaveLength(3); // the 2025 count, the 2026 count, EUROPOP2023
    // Per head in 2035: the year's spending over 2,707,740, to the cent.
    const result = evaluate(scenario);
    const spent = result.defence.byYear[2035]?.amount;
    expect(result.defence.perCapita[2035]?.amount.toString()).toBe(spent?.div(2707740).toDecimalPlaces(2).toString());
  });

  it('holds a count for the years the path lacks, and says which', () => {
    const later = scenarioFor('LT', { share: '5.5%', years: { from: 2025, to: 2037 } });
    expect(later.economy.population).toMatchObject({ '2036': '2707740', '2037': '2707740' });
    expect(later.assumptions?.find((assumption) => assumption.about === 'economy.population')?.statement).toBe(
      'The population is the dataset’s by year: counted in 2025–2026; projected in 2027–2035; 2036–2037 at 2035’s; 2,707,740 in 2037.',
    );
    const earlier = scenarioFor('LT', {
      share: '5.5%',
      gdp: { year: 2019, amount: '48000000000' },
      years: { from: 2020, to: 2026 },
    });
    expect(earlier.economy.population).toMatchObject({ '2020': '2794100', '2021': '2794100', '2024': '2888000' });
    expect(earlier.assumptions?.find((assumption) => assumption.about === 'economy.population')?.statement).toBe(
      'The population is the dataset’s by year: counted in 2020, 2024–2026; 2021–2023 at 2020’s; 2,886,000 in 2026.',
    );
    // Before the path starts, its first count: 2019 takes 2020's.
    const before = scenarioFor('LT', {
      share: '5%',
      gdp: { year: 2018, amount: '45000000000' },
      years: { from: 2019, to: 2020 },
    });
    expect(before.economy.population).toMatchObject({ '2019': '2794100', '2020': '2794100' });
    expect(before.assumptions?.find((assumption) => assumption.about === 'economy.population')?.statement).toBe(
      'The population is the dataset’s by year: counted in 2020; 2019 at 2020’s; 2,794,100 in 2020.',
    );
    // Only projected years: no counted part.
    const ahead = scenarioFor('LT', { share: '5%', years: { from: 2028, to: 2030 } });
    expect(ahead.assumptions?.find((assumption) => assumption.about === 'economy.population')?.statement).toBe(
      'The population is the dataset’s by year: projected in 2028–2030; 2,805,369 in 2030.',
    );
  });
});
