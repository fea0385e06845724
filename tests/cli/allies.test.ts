// `budget-whatif allies` (issue 15): the ranked table with NATO's averages, years, every format, the chart,
// and every bad flag a usage error (exit 2) that names the value.
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';

describe('budget-whatif allies', () => {
  it('ranks the allies of 2025 and shows NATO’s averages, with the rows without a number and why', async () => {
    const { code, stdout, stderr } = await cli(['allies', '--year', '2025']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('Allies ranked by defence expenditure as a share of GDP, 2025 (release 2025-08)');
    expect(stdout).toMatch(/^1 +Poland +PL +4\.48% +estimate +\+2\.48 pp +\+0\.98 pp +-0\.52 pp$/m);
    expect(stdout).toMatch(/^2 +Lithuania +LT +4\.00% +estimate/m);
    expect(stdout).toContain('NATO’s averages (NATO’s own figures)');
    expect(stdout).toContain('Germany (DE): NATO published no figure, 2025');
  });

  it('defaults to the release’s last year, and prints years, codes and earlier releases on request', async () => {
    expect((await cli(['allies'])).stdout).toContain('share of GDP, 2025');
    const years = await cli(['allies', '--year', '2014-2016', '--codes', 'lt, lv']);
    expect(years.stdout).toMatch(/^Lithuania +0\.88% +1\.13% +1\.48%$/m);
    expect(years.stdout).toMatch(/^Latvia +0\.97% +1\.07% +1\.49%$/m);
    const older = await cli(['allies', '--year', '2023', '--release', '2023-07', '--codes', 'LT']);
    expect(older.stdout).toMatch(/^1 +Lithuania +LT +2\.54% +estimate/m);
  });

  it('writes csv and json with every row exact, and markdown', async () => {
    const csv = await cli(['allies', '--year', '2024', '--codes', 'LT', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[1]).toBe(
      '2025-08,LT,Lithuania,2024,0.03087800111,3.087800111,estimate,"NATO Public Diplomacy Division, Defence Expenditure of NATO Countries (2014-2025), Table 3: defence expenditure as a share of GDP (%)",,,,,,2888278,GDP,2024',
    ); // the World Bank's mid-2024 population of Lithuania; a share of GDP; of the calendar year
    // The June 2024 release's amounts, as NATO prints them (Novinite: "4.217 billion BGN … 2.325 billion
    // dollars … GDP … 106.721 billion dollars … 31.89% … equipment").
    const amounts = await cli(['allies', '--year', '2024', '--release', '2024-06', '--codes', 'BG', '--format', 'csv']);
    const [header, bulgaria] = amounts.stdout.split('\r\n');
    expect(header?.split(',').slice(-8)).toEqual([
      'currency',
      'expenditure_million',
      'expenditure_usd_million',
      'gdp_usd_million',
      'equipment_percent',
      'population',
      'share_of',
      'period',
    ]);
    expect(bulgaria?.split(',').slice(-8)).toEqual([
      'BGN',
      '4217',
      '2325.09417798597',
      '106720.940590119',
      '31.8923405264406',
      '6441421',
      'GDP',
      '2024',
    ]);
    const withAmounts = JSON.parse(
      (await cli(['allies', '--year', '2024', '--release', '2024-06', '--codes', 'BG', '--format', 'json'])).stdout,
    ) as { code: string; amounts?: { expenditure?: { amount: string; currency: string } }; population?: string }[];
    expect(withAmounts[0]?.amounts?.expenditure).toEqual({ amount: '4217000000', currency: 'BGN' });
    expect(withAmounts.map((row) => row.population)).toEqual(['6441421', undefined, undefined]); // NATO's totals: none
    const json = JSON.parse((await cli(['allies', '--year', '2025', '--codes', 'DE', '--format', 'json'])).stdout) as {
      code: string;
      status: string;
      share?: string;
    }[];
    expect(json.some((row) => 'amounts' in row)).toBe(false); // the August 2025 release: no amounts held
    expect(json.map((row) => [row.code, row.status, row.share])).toEqual([
      ['DE', 'not-published', undefined],
      ['NATO', 'estimate', '0.0276'],
      ['NATO-EUROPE-CANADA', 'estimate', '0.0227'],
    ]);
    expect((await cli(['allies', '--year', '2024', '--format', 'markdown'])).stdout).toContain(
      '| 1 | Poland | PL | 3.79% | estimate |',
    );
  });

  it('says in csv and json what each share divides by: GDP, but Luxembourg’s from 2023', async () => {
    const csv = await cli(['allies', '--year', '2014-2025', '--codes', 'LU', '--format', 'csv']);
    const lines = csv.stdout.trim().split('\r\n');
    const line = (year: number): string =>
      lines.find((candidate) => candidate.startsWith(`2025-08,LU,Luxembourg,${String(year)},`)) ?? '';
    expect(line(2022).endsWith(',GDP,2022')).toBe(true);
    // Quoted: the words hold a comma.
    for (const year of [2023, 2024, 2025])
      expect(line(year).endsWith(`,"gross national income (GNI), as reported",${String(year)}`)).toBe(true);
    const json = JSON.parse(
      (await cli(['allies', '--year', '2025', '--codes', 'LU,DE', '--format', 'json'])).stdout,
    ) as { code: string; shareOf?: string }[];
    // Germany has no 2025 share in this release, so nothing it divides by; NATO's totals are of GDP.
    expect(json.map((row) => [row.code, row.shareOf])).toEqual([
      ['LU', 'gross national income (GNI), as reported'],
      ['DE', undefined],
      ['NATO', 'GDP'],
      ['NATO-EUROPE-CANADA', 'GDP'],
    ]);
  });

  it('says in csv and json which months NATO’s year stands for: Canada’s and the UK’s April to March', async () => {
    const csv = await cli(['allies', '--year', '2023-2024', '--codes', 'GB,CA,LT', '--format', 'csv']);
    const [header, ...lines] = csv.stdout.trim().split('\r\n');
    expect(header?.split(',').at(-1)).toBe('period');
    const periods = lines.map((line) => [line.split(',')[1], line.split(',')[3], line.split(',').at(-1)]);
    // By hand: a fiscal year from April of NATO's year to March of the next; the others, the year as NATO names it.
    expect(periods).toEqual([
      ['GB', '2023', '2023-04/2024-03'],
      ['CA', '2023', '2023-04/2024-03'],
      ['LT', '2023', '2023'],
      ['NATO', '2023', '2023'],
      ['NATO-EUROPE-CANADA', '2023', '2023'],
      ['GB', '2024', '2024-04/2025-03'],
      ['CA', '2024', '2024-04/2025-03'],
      ['LT', '2024', '2024'],
      ['NATO', '2024', '2024'],
      ['NATO-EUROPE-CANADA', '2024', '2024'],
    ]);
    const json = JSON.parse((await cli(['allies', '--year', '2025', '--codes', 'CA', '--format', 'json'])).stdout) as {
      code: string;
      period: string;
    }[];
    expect(json.map((row) => [row.code, row.period])).toEqual([
      ['CA', '2025-04/2026-03'],
      ['NATO', '2025'],
      ['NATO-EUROPE-CANADA', '2025'],
    ]);
  });

  it('draws the chart as SVG or writes its Vega-Lite spec', async () => {
    const svg = await cli(['allies', '--year', '2024', '--codes', 'LT,PL', '--chart', 'allies.svg']);
    expect([svg.code, svg.stderr]).toEqual([0, '']);
    expect(svg.files.get('allies.svg')).toMatch(/^<svg[\s\S]*Lithuania[\s\S]*<\/svg>$/);
    const spec = await cli(['allies', '--year', '2014-2025', '--chart', 'allies.json']);
    expect(JSON.parse(spec.files.get('allies.json') ?? '{}')).toHaveProperty('layer');
  });

  it.each([
    [['--year', '2013'], /--year .* from 2014 to 2025 .* received "2013"/],
    [['--year', '2026'], /received "2026"/],
    [['--year', '2025-2020'], /received "2025-2020"/],
    [['--year', 'last'], /received "last"/],
    [['--year', '2025', '--release', '2024-06'], /from 2014 to 2024 .* received "2025"/],
    [['--codes', 'LT,XX'], /no ally XX/],
    [['--codes', 'LT,,PL'], /an empty code/],
    [['--release', '2020-01'], /--release is 2026-03, 2025-08, 2024-06, 2023-07; received "2020-01"/],
    [['--format', 'xlsx'], /--format is table, markdown, csv, json; received "xlsx"/],
    [['lithuania-baseline'], /allies takes no scenario/],
    [['--chart', 'a.png'], /--chart writes \.svg .* received "a\.png"/],
  ])('%j is a usage error', async (args, message) => {
    const { code, stdout, stderr } = await cli(['allies', ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    if (!args.includes('--chart')) expect(stdout).toBe('');
  });

  it('has help', async () => {
    expect((await cli(['allies', '--help'])).stdout).toContain('Usage: budget-whatif allies [options]');
    expect((await cli(['--help'])).stdout).toContain('allies  ');
  });
});

describe('budget-whatif init --country', () => {
  it('writes a Polish scenario that run evaluates in złoty with a dollar view', async () => {
    const init = await cli(['init', '--country', 'PL', '--share', '5%', '--out', 'poland.json']);
    expect([init.code, init.stderr]).toEqual([0, '']);
    const written = init.files.get('poland.json') ?? '';
    expect(JSON.parse(written)).toMatchObject({ currency: 'PLN', fx: { 'PLN/USD': { default: '1.13/4.2397' } } });
    const run = await cli(['run', 'poland.json'], { files: { 'poland.json': written } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Years 2024–2035, in PLN. Views at the scenario's rates: PLN/USD ≈ 0.26652829.");
    expect(run.stdout).toMatch(/^Year +GDP +Defence +Share of GDP +Defence \(USD\)$/m);
    expect(run.stdout).toMatch(/^2026 .* 5\.00% /m);
  });

  it('writes NATO’s rate with --usd-rate nato, and NATO’s GDP for an ally without a national figure', async () => {
    const init = await cli(['init', '--country', 'PL', '--share', '5%', '--usd-rate', 'nato', '--out', 'p.json']);
    expect([init.code, init.stderr]).toEqual([0, '']);
    const written = init.files.get('p.json') ?? '';
    // NATO's 2024 tables: 34,974.527950522 million dollars for 151,240.714 million złoty.
    expect(JSON.parse(written)).toMatchObject({ fx: { 'PLN/USD': { default: '34974.527950522/151240.714' } } });
    const run = await cli(['run', 'p.json'], { files: { 'p.json': written } });
    expect(run.stdout).toContain('PLN/USD ≈ 0.23125075.'); // 34974.527950522 / 151240.714, by Python's decimal
    const canada = await cli(['init', '--country', 'CA', '--share', '3.5%', '--out', 'c.json']);
    // NATO's GDP of 2024 in dollars (2,233,829.27083567 million) at NATO's rate for the year.
    expect(JSON.parse(canada.files.get('c.json') ?? '')).toMatchObject({
      currency: 'CAD',
      economy: { gdp: { base: { year: 2024, amount: '3004208669995' } } },
    });
  });

  it('takes a rate of your own with --usd-rate, so that Iceland runs too', async () => {
    const args = ['init', '--country', 'IS', '--share', '0.1%', '--gdp', '2024:4600000000000', '--usd-rate', '1/138.9'];
    const init = await cli([...args, '--out', 'i.json']);
    expect([init.code, init.stderr]).toEqual([0, '']);
    const run = await cli(['run', 'i.json'], { files: { 'i.json': init.files.get('i.json') ?? '' } });
    expect(run.stdout).toContain(
      "Years 2025–2035, in ISK. Views at the scenario's rates: ISK/USD ≈ 0.007199424 (1/138.9).",
    );
    expect(run.stdout).toContain('ISK/USD is 1/138.9 in every year, as given when the scenario was made.');
  });

  it('takes a GDP with --gdp, so that Bulgaria runs too, and --usd-rate in any case', async () => {
    // A GDP of 105 billion euros in 2024 (the user's figure here), grown from 2025 at the stand-ins.
    const init = await cli([
      'init',
      '--country',
      'BG',
      '--share',
      '3%',
      '--gdp',
      '2024:105000000000',
      '--out',
      'b.json',
    ]);
    expect([init.code, init.stderr]).toEqual([0, '']);
    const written = JSON.parse(init.files.get('b.json') ?? '') as { economy: { gdp: { base: unknown } } };
    expect([written.economy.gdp.base, (written as { currency?: string }).currency]).toEqual([
      { year: 2024, amount: '105000000000' },
      'EUR',
    ]);
    const run = await cli(['run', 'b.json'], { files: { 'b.json': init.files.get('b.json') ?? '' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Years 2025–2035, in EUR.');
    const nato = await cli(['init', '--country', 'pl', '--share', '5%', '--usd-rate', ' NATO ', '--out', 'p.json']);
    expect(JSON.parse(nato.files.get('p.json') ?? '')).toMatchObject({
      fx: { 'PLN/USD': { default: '34974.527950522/151240.714' } },
    });
  });

  it.each([
    [['--country', 'PL'], /--country needs --share/],
    [['--country', 'XX', '--share', '5%'], /"XX" is not an ally's ISO 3166 code/],
    [['--country', 'PL', '--share', '5%', '--from', 'lithuania-baseline'], /--from and --country/],
    [['--share', '5%'], /--share, --years, --usd-rate and --gdp go with --country/],
    [['--usd-rate', 'nato'], /--share, --years, --usd-rate and --gdp go with --country/],
    [['--gdp', '2024:1e11'], /--share, --years, --usd-rate and --gdp go with --country/],
    [['--country', 'PL', '--share', '5%', '--gdp', '1e11'], /--gdp is a year and an amount .*; received "1e11"/],
    [['--country', 'PL', '--share', '5%', '--gdp', '24:1e11'], /--gdp is a year and an amount/],
    [['--country', 'PL', '--share', '5%', '--gdp', '2024:lots'], /economy\.gdp\.base\.amount/],
    [
      ['--country', 'PL', '--share', '5%', '--usd-rate', 'dollars'],
      /--usd-rate is ecb, nato or a rate in US dollars per unit, such as 0\.0072 or 1\/138\.9; received "dollars"/,
    ],
    [
      ['--country', 'PL', '--share', '5%', '--usd-rate', '0'],
      /fx\["PLN\/USD"\]\.default: an exchange rate must be above 0/,
    ],
    [['--country', 'PL', '--share', '5%', '--years', '2030'], /--years is a range such as 2025-2035; received "2030"/],
    // NATO's table gives Bulgaria in leva; its budget is in euros from 2026: no GDP in its currency.
    [
      ['--country', 'BG', '--share', '5%'],
      /^budget-whatif: the dataset has no GDP for Bulgaria \(BG\): pass one with --gdp, e\.g\. --gdp 2024:<amount>$/m,
    ],
    // Iceland: no defence figures and no dollar rate for the króna in the dataset.
    [
      ['--country', 'IS', '--share', '1%', '--gdp', '2024:4500000000000'],
      /^budget-whatif: the dataset has no US dollar rate for Iceland's ISK \(neither the ECB’s nor NATO’s\): pass one with --usd-rate, e\.g\. --usd-rate 1\/138\.9$/m,
    ],
  ])('init %j is refused, saying why', async (args, message) => {
    const { code, stderr } = await cli(['init', ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
