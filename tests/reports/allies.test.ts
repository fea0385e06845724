// The allies report and chart (issue 15): ranks, distances to NATO's lines, NATO's own averages, earlier
// releases; expected values worked out by hand from data/raw/nato-share-of-gdp.csv.
import { describe, expect, it } from 'vitest';
import { decimal } from '../../src/index';
import { alliesChart, alliesReport, renderMarkdown } from '../../src/reports/index';
import { column, value } from '../helpers/cells';
import { catchError } from '../helpers/errors';

describe('alliesReport for one year', () => {
  it('ranks the allies by share, largest first', () => {
    // 2024: Poland 3.789, Estonia 3.3655, Latvia 3.3600, United States 3.2054, Lithuania 3.0878.
    const [ranked] = alliesReport({ year: 2024 }).tables;
    expect(column(ranked, 1).slice(0, 5)).toEqual(['Poland', 'Estonia', 'Latvia', 'United States', 'Lithuania']);
    expect(column(ranked, 0).slice(0, 5)).toEqual(['1', '2', '3', '4', '5']);
    // The last of 32: Luxembourg at 1.19%.
    expect(ranked?.rows).toHaveLength(32);
    expect(column(ranked, 1).at(-2)).toBe('Luxembourg');
    expect(column(ranked, 1).at(-1)).toBe('Iceland'); // no number: after every ranked ally
  });

  it('gives equal shares one rank, and the next rank counts them (2025: three at 2.01%, six at 2.00%)', () => {
    const [ranked] = alliesReport({ year: 2025 }).tables;
    const ranks = Object.fromEntries((ranked?.rows ?? []).map((row) => [row[2], row[0]]));
    // Above 2.01%: Poland, Lithuania, Latvia, Estonia, Norway, the United States and Denmark at 3.22%, then
    // the Netherlands 2.5, the United Kingdom 2.4, Türkiye 2.33, Romania 2.28, Hungary 2.1: twelve.
    expect([ranks.US, ranks.DK]).toEqual(['6', '6']);
    expect([ranks.NL, ranks.GB, ranks.TR, ranks.RO, ranks.HU]).toEqual(['8', '9', '10', '11', '12']);
    expect([ranks.AL, ranks.CA, ranks.IT]).toEqual(['13', '13', '13']);
    expect([ranks.BE, ranks.ES, ranks.PT]).toEqual(['16', '16', '16']);
    expect([ranks.DE, ranks.IS, ranks.FR]).toEqual(['–', '–', '–']);
  });

  it('gives each ally’s distance to 2%, 3.5% and 5% in points (Poland 2025: 4.48%)', () => {
    const [ranked] = alliesReport({ year: 2025, codes: ['PL'] }).tables;
    expect(ranked?.rows[0]?.slice(3).map(value)).toEqual(['0.0448', 'estimate', '0.0248', '0.0098', '-0.0052']);
  });

  it('shows NATO’s own averages, not a mean of the allies shown', () => {
    const [, averages] = alliesReport({ year: 2024, codes: ['PL', 'LT'] }).tables;
    expect(column(averages, 0)).toEqual(['NATO total', 'NATO Europe and Canada']);
    expect(column(averages, 1).map(value)).toEqual(['0.02614896246', '0.01989713087']);
    // 2025: 2.76% for all allies and 2.27% for Europe and Canada (Euronews, 28 August 2025).
    const [, in2025] = alliesReport({ year: 2025 }).tables;
    expect(column(in2025, 1).map(value)).toEqual(['0.0276', '0.0227']);
    expect(column(in2025, 2)).toEqual(['estimate', 'estimate']);
  });

  it('shows how an earlier release estimated the same year, and the revision since', () => {
    const vintages = alliesReport({ year: 2024, codes: ['LT', 'PL'] }).tables[2];
    expect(vintages?.columns).toEqual(['Ally', 'Release 2025-08', 'Release 2024-06', 'Revision since 2024-06']);
    // Lithuania: 3.087800111% now, 2.84955158895708% in June 2024: +0.23824852204292 points. Poland:
    // 3.788951289 − 4.12019098935715 = −0.33123970035715 (Python's decimal).
    expect(vintages?.rows.map((row) => row.map(value))).toEqual([
      ['Lithuania', '0.03087800111', '0.0284955158895708', '0.0023824852204292'],
      ['Poland', '0.03788951289', '0.0412019098935715', '-0.0033123970035715'],
    ]);
    expect(alliesReport({ year: 2025 }).tables.map((table) => table.title)).toHaveLength(2); // no earlier release has 2025
  });

  it('lists every row without a number with its reason, and the sources of every number', () => {
    const report = alliesReport({ year: 2025, codes: ['DE', 'PL', 'FR'] });
    const missing = report.lists.find((list) => list.title === 'Without a number')?.items ?? [];
    expect(missing).toContain('Germany (DE): NATO published no figure, 2025');
    expect(missing).toContain(
      'France (FR): NATO published a figure; not yet retrieved from a source the project can cite, 2025',
    );
    const sources = report.lists.find((list) => list.title === 'Sources')?.items ?? [];
    expect(sources.some((source) => source.startsWith('TASS'))).toBe(true);
    expect(renderMarkdown(report)).toContain('| 1 | Poland | PL | 4.48% | estimate |');
  });
});

describe('alliesReport with NATO’s amounts (the June 2024 release)', () => {
  it('ranks the allies by defence expenditure in dollars, with GDP and equipment, NATO’s totals last', () => {
    const report = alliesReport({ year: 2024, release: '2024-06', codes: ['BG', 'DE', 'LT', 'IS'] });
    const amounts = report.tables.find((table) => table.title.startsWith('NATO’s amounts'));
    expect(amounts?.title).toBe(
      'NATO’s amounts, 2024 (release 2024-06): defence expenditure in US dollars at NATO’s rates',
    );
    expect([amounts?.unit, amounts?.places, amounts?.columns]).toEqual([
      'USD million; per head in USD; equipment as % of defence expenditure',
      1,
      ['Ally', 'Code', 'Defence', 'GDP', 'Per head', 'Equipment', 'Status'],
    ]);
    expect(amounts?.notes).toEqual([
      'Ranked by defence expenditure in dollars, NATO’s totals last. Dollars at NATO’s rate for each ally and year (its Table 2); national currencies, real figures at 2015 prices: natoAmounts (budget-whatif) and docs/data.md.',
      'Per head: NATO’s dollars over the World Bank’s mid-year population of 2024 (allyPopulation, budget-whatif), derived here, not NATO’s; none for NATO’s totals.',
      '– : not in NATO’s tables (Iceland’s defence figures; the totals’ equipment share).',
    ]);
    // Bulgaria's $2,325.1 million is above Lithuania's $2,300.1 million.
    expect(column(amounts, 0)).toEqual([
      'Germany',
      'Bulgaria',
      'Lithuania',
      'Iceland',
      'NATO total',
      'NATO Europe and Canada',
    ]);
    // dpa: Germany 90.6 billion euros, about 97.7 billion dollars at NATO's 2024 rate; Novinite: Bulgaria
    // $2.325 billion, GDP $106.721 billion, 31.89% on equipment.
    const bulgaria = amounts?.rows[1] ?? [];
    expect(value(bulgaria[2])).toBe('2325.09417798597');
    expect(value(bulgaria[3])).toBe('106720.940590119');
    // Per head: 2,325,094,177.98597 / 6,441,421 (the World Bank's mid-2024 Bulgaria) = 360.9598… (Python's
    // decimal); Lithuania 2,300,072,169.13714 / 2,888,278 = 796.3472…
    expect(value(bulgaria[4])?.slice(0, 8)).toBe('360.9598');
    expect(value(amounts?.rows[2]?.[4])?.slice(0, 8)).toBe('796.3472');
    expect(value(bulgaria[5])).toBe('0.318923405264406');
    expect(amounts?.rows[3]?.slice(2)).toEqual([
      '–',
      { amount: decimal('32894.4896562749') },
      '–',
      '–',
      'not-published',
    ]);
    expect(amounts?.rows[4]?.slice(4, 6)).toEqual(['–', '–']); // NATO's total: no per head, no equipment share
    const sources = report.lists.find((list) => list.title === 'Sources')?.items ?? [];
    expect(sources.filter((source) => source.startsWith('NATO Public Diplomacy Division'))).toHaveLength(1);
    expect(sources.at(-1)).toMatch(/^World Bank, "World Development Indicators: Population, total/);
    // No amounts table, no population: not in another release's report, nor over years.
    const others = [
      alliesReport({ year: 2024, codes: ['LT'] }),
      alliesReport({ year: { from: 2023, to: 2024 }, release: '2024-06', codes: ['LT'] }),
    ];
    for (const other of others) {
      const items = other.lists.find((list) => list.title === 'Sources')?.items ?? [];
      expect(items.join(' ')).not.toContain('World Bank');
      expect(items.every((item) => /^[^"]+, "[^"]+"/.test(item))).toBe(true); // each a formatted source
    }
  });

  it('says where the amounts are when the report’s release has none for the year, and only then', () => {
    const pointer =
      'NATO’s amounts for 2024 (dollars, GDP, equipment) are in the dataset for release 2024-06 only: ask for that release to see them.';
    expect(alliesReport({ year: 2024, codes: ['LT'] }).intro).toContain(pointer);
    expect(alliesReport({ year: 2024, codes: ['LT'] }).tables.some((t) => t.title.startsWith('NATO’s amounts'))).toBe(
      false,
    );
    expect(alliesReport({ year: 2025, codes: ['PL'] }).intro).toHaveLength(2);
    expect(alliesReport({ year: 2014, codes: ['PL'] }).intro.at(-1)).toBe(
      'NATO’s amounts for 2014 (dollars, GDP, equipment) are in the dataset for release 2024-06 only: ask for that release to see them.',
    );
    expect(alliesReport({ year: { from: 2023, to: 2024 }, codes: ['LT'] }).intro.join(' ')).not.toContain(
      'NATO’s amounts',
    );
    expect(alliesReport({ year: 2024, release: '2024-06', codes: ['LT'] }).intro).toHaveLength(2);
    expect(alliesReport({ year: 2023, release: '2023-07', codes: ['LT'] }).intro).toContain(
      'NATO’s amounts for 2023 (dollars, GDP, equipment) are in the dataset for release 2024-06 only: ask for that release to see them.',
    );
  });
});

describe('alliesReport over years', () => {
  it('is a table of allies by year, estimates marked, NATO’s averages last', () => {
    const [table] = alliesReport({ year: { from: 2023, to: 2025 }, codes: ['LT'] }).tables;
    expect(table?.columns).toEqual(['Ally', '2023', '2024', '2025']);
    expect(column(table, 0)).toEqual(['Lithuania', 'NATO Europe and Canada', 'NATO total']);
    expect(table?.rows[0]?.slice(1)).toEqual([
      { percent: decimal('0.02712640331') },
      { percent: decimal('0.03087800111'), mark: 'e' },
      { percent: decimal('0.04'), mark: 'e' },
    ]);
    expect(table?.rows[2]?.[3]).toEqual({ percent: decimal('0.0276'), mark: 'e' });
  });

  it('refuses years that run backwards or that the release does not cover', () => {
    expect(catchError(() => alliesReport({ year: { from: 2024, to: 2020 } })).code).toBe('invalid_year');
    expect(catchError(() => alliesReport({ year: 2025, release: '2024-06' })).message).toMatch(/covers 2014–2024/);
    expect(catchError(() => alliesReport({ codes: ['XX'] })).code).toBe('unknown_id');
    // A range's end that is not a whole year is refused, not cut to 2020 (it was, silently).
    for (const year of [
      { from: 2014, to: 2020.5 },
      { from: '2014', to: 2020 },
    ] as never[]) {
      const error = catchError(() => alliesReport({ year }));
      expect([error.code, error.issues[0]?.path]).toEqual(['invalid_year', ['year']]);
      expect(catchError(() => alliesChart({ year })).code).toBe('invalid_year');
    }
  });
});

describe('alliesChart', () => {
  it('draws a year as ranked bars of the allies with a number, the three lines and NATO’s total', () => {
    const spec = alliesChart({ year: 2024, codes: ['LT', 'PL', 'IS'] });
    const [bars, lines, total] = spec['layer'] as { data: { values: Record<string, unknown>[] } }[];
    expect(bars?.data.values.map((point) => point['ally'])).toEqual(['Lithuania', 'Poland']);
    expect(lines?.data.values.map((point) => point['percent'])).toEqual([2, 3.5, 5]);
    expect(total?.data.values.map((point) => point['ally'])).toEqual(['NATO total']);
    expect((spec['title'] as { subtitle: string[] }).subtitle.join(' ')).toContain('no number for IS');
  });

  it('says in its subtitle what the bars and lines cannot: a share not of GDP, a year not the calendar’s', () => {
    const subtitle = (options: Parameters<typeof alliesChart>[0]): string[] =>
      (alliesChart(options)['title'] as { subtitle: string[] }).subtitle;
    expect(subtitle({ year: 2024, codes: ['LU', 'CA', 'LT'] })).toEqual([
      'NATO, release 2025-08',
      'Luxembourg from 2023: a share of its gross national income (GNI), as reported, not of GDP',
      'Canada: NATO’s years are fiscal years (2024 is April 2024 – March 2025)',
      "dashed: NATO total, 2.61% (NATO's own figure)",
    ]);
    // Over years, Luxembourg's shares of GDP before 2023 need no line; its later ones do.
    expect(subtitle({ year: { from: 2014, to: 2022 }, codes: ['LU', 'GB'] })).toEqual([
      'NATO, release 2025-08',
      'United Kingdom: NATO’s years are fiscal years (2014 is April 2014 – March 2015)',
    ]);
    expect(subtitle({ year: { from: 2022, to: 2023 }, codes: ['LU'] })).toContain(
      'Luxembourg from 2023: a share of its gross national income (GNI), as reported, not of GDP',
    );
    expect(subtitle({ year: 2024, codes: ['LT', 'PL'] })).toHaveLength(2);
  });

  it('draws years as a line per ally, each named at its last point', () => {
    const spec = alliesChart({ year: { from: 2023, to: 2025 }, codes: ['LT'] });
    const [lines, labels] = spec['layer'] as { data: { values: Record<string, unknown>[] } }[];
    expect(lines?.data.values).toHaveLength(6); // Lithuania and NATO's total, 2023–2025
    expect(labels?.data.values.map((point) => [point['ally'], point['year']])).toEqual([
      ['Lithuania', 2025],
      ['NATO total', 2025],
    ]);
    // France's 2025 estimate is not retrieved: its line ends, and is named, at 2024.
    const france = alliesChart({ year: { from: 2023, to: 2025 }, codes: ['FR'] });
    const [frenchLines, frenchLabels] = france['layer'] as { data: { values: Record<string, unknown>[] } }[];
    expect(frenchLines?.data.values).toHaveLength(5);
    expect(frenchLabels?.data.values.map((point) => [point['ally'], point['year']])).toEqual([
      ['France', 2024],
      ['NATO total', 2025],
    ]);
  });
});

describe('alliesReport’s words', () => {
  it('titles and explains each table, and says where the figures come from', () => {
    const report = alliesReport({ year: 2024, codes: ['LT', 'IS'] });
    expect(report.title).toBe('NATO defence expenditure as a share of GDP, 2024');
    expect(report.intro).toEqual([
      'From NATO\'s "Defence Expenditure of NATO Countries (2014-2025)" (release 2025-08): defence expenditure on NATO\'s definition as a share of GDP, as NATO publishes it; estimates marked.',
      'NATO total and NATO Europe and Canada are NATO’s own figures, not a mean of the allies shown.',
      'NATO’s amounts for 2024 (dollars, GDP, equipment) are in the dataset for release 2024-06 only: ask for that release to see them.',
    ]);
    const [ranked, averages, vintages] = report.tables;
    expect([ranked?.title, ranked?.unit, ranked?.places]).toEqual([
      'Allies ranked by defence expenditure as a share of GDP, 2024 (release 2025-08)',
      '% of GDP; distance to each line in pp',
      2,
    ]);
    expect(ranked?.columns).toEqual([
      'Rank',
      'Ally',
      'Code',
      '% of GDP',
      'Status',
      'vs 2% (Wales 2014)',
      'vs 3.5% (The Hague 2025, core)',
      'vs 5% (The Hague 2025, total)',
    ]);
    expect(ranked?.rows[1]).toEqual(['–', 'Iceland', 'IS', '–', 'not-published', '–', '–', '–']);
    expect(ranked?.notes[1]).toBe('– : no number (see "Without a number").');
    expect([averages?.title, averages?.unit, averages?.columns]).toEqual([
      'NATO’s averages (NATO’s own figures)',
      '% of GDP',
      ['Aggregate', '% of GDP', 'Status'],
    ]);
    expect([vintages?.title, vintages?.unit, vintages?.notes]).toEqual([
      "Earlier releases for the same year: how NATO's figures moved",
      '% of GDP; revision in pp',
      ['A revision is this release’s figure less the earlier one.'],
    ]);
    expect(vintages?.rows[1]).toEqual(['Iceland', '–', '–', '–']);
    expect(report.lists.map((list) => list.title)).toEqual(['Without a number', 'Sources']);
    expect(alliesReport({ year: 2024, codes: ['LT'] }).tables[0]?.notes).toHaveLength(1);
  });

  it('over years: a title with the range, the table’s unit and its notes', () => {
    const report = alliesReport({ year: { from: 2014, to: 2016 }, codes: ['PL'] });
    expect(report.title).toBe('NATO defence expenditure as a share of GDP, 2014–2016');
    expect([report.tables[0]?.title, report.tables[0]?.unit, report.tables[0]?.notes]).toEqual([
      'Allies by year',
      '% of GDP',
      ['e : NATO’s estimate. – : no number (see "Without a number").'],
    ]);
    expect(report.lists.map((list) => list.title)).toEqual(['Sources']); // nothing missing in 2014–2016
  });

  it('shows the earlier release’s figure as missing where that release has none (Sweden, not yet an ally in July 2023)', () => {
    // The June 2024 release gives Sweden's 2023; the July 2023 one, before it joined, does not.
    const vintages = alliesReport({ year: 2023, codes: ['SE', 'LT'], release: '2024-06' }).tables[2];
    expect(vintages?.columns).toEqual(['Ally', 'Release 2024-06', 'Release 2023-07', 'Revision since 2023-07']);
    expect(vintages?.rows[0]?.slice(2)).toEqual(['–', '–']);
    expect(vintages?.rows[1]?.[0]).toBe('Lithuania');
    // Sweden's 2023 in no release older than July 2023's: no table of earlier releases.
    expect(alliesReport({ year: 2023, codes: ['SE'], release: '2023-07' }).tables).toHaveLength(2);
  });
});

describe('alliesReport on figures printed to one decimal in their source', () => {
  it('names the rounded ones where only some are (the Netherlands’ 2.5% from ANP beside Poland’s 4.48%)', () => {
    const mixed = alliesReport({ year: 2025, codes: ['NL', 'PL', 'GB'] });
    expect(mixed.intro).toContain(
      'Printed to one decimal in their source and shown with two, so up to 0.05 pp from NATO’s own: Netherlands 2025 (release 2025-08), United Kingdom 2025 (release 2025-08).',
    );
    expect(alliesReport({ year: 2025, codes: ['PL'] }).intro.join(' ')).not.toMatch(/one decimal/);
  });

  it('says so of an earlier release’s rounded figure too, beside the newer release’s rounding', () => {
    const vintages = alliesReport({ year: 2025, codes: ['NL', 'PL', 'HU'], release: '2026-03' }).tables[2];
    expect(vintages?.notes).toEqual([
      'A revision is this release’s figure less the earlier one.',
      'This release is printed to one decimal: up to 0.05 pp of each revision is its rounding.',
      'Earlier figures printed to one decimal in their source: Netherlands (release 2025-08), Hungary (release 2025-08); up to 0.05 pp more of their revisions is rounding.',
    ]);
  });
});

describe('alliesChart’s specification', () => {
  it('for a year: ranked bars, three guideline rules coloured by name, NATO’s total dashed, estimates lighter', () => {
    const spec = alliesChart({ year: 2024, codes: ['PL'] });
    expect(spec['$schema']).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    expect(spec['title']).toEqual({
      text: 'Defence expenditure as a share of GDP, 2024',
      subtitle: ['NATO, release 2025-08', "dashed: NATO total, 2.61% (NATO's own figure)"],
    });
    const [bars, lines, total] = spec['layer'] as Record<string, unknown>[];
    expect(bars?.['mark']).toEqual({ type: 'bar', color: '#4c78a8' });
    expect(bars?.['encoding']).toMatchObject({
      y: { field: 'ally', type: 'nominal', sort: '-x' },
      x: { field: 'percent', type: 'quantitative', title: '% of GDP' },
      opacity: { field: 'status', scale: { domain: ['outturn', 'estimate'], range: [1, 0.6] } },
    });
    expect((bars?.['data'] as { values: unknown[] }).values).toEqual([
      { ally: 'Poland', year: 2024, percent: 3.788951289, status: 'estimate' },
    ]);
    expect(lines?.['mark']).toMatchObject({ type: 'rule' });
    expect(lines?.['encoding']).toMatchObject({
      x: { field: 'percent' },
      color: { field: 'line', scale: { range: ['#1b9e77', '#7570b3', '#e7298a'] } },
    });
    expect(total?.['mark']).toMatchObject({ type: 'rule', strokeDash: [4, 4] });
  });

  it('over years: a line and a point per ally, coloured apart from the guidelines, named at the end', () => {
    const spec = alliesChart({ year: { from: 2023, to: 2024 }, codes: ['LT'] });
    expect((spec['title'] as { text: string }).text).toBe('Defence expenditure as a share of GDP, 2023–2024');
    const [series, labels, lines] = spec['layer'] as Record<string, unknown>[];
    expect(series?.['mark']).toEqual({ type: 'line', point: true });
    expect(series?.['encoding']).toMatchObject({
      x: { field: 'year', type: 'ordinal' },
      y: { field: 'percent', type: 'quantitative' },
      color: { field: 'ally', type: 'nominal' },
    });
    expect(labels?.['mark']).toMatchObject({ type: 'text', align: 'left' });
    expect(labels?.['encoding']).toMatchObject({ text: { field: 'ally' } });
    expect(lines?.['encoding']).toMatchObject({ y: { field: 'percent' } });
    expect(spec['resolve']).toEqual({ scale: { color: 'independent' } });
    expect(alliesChart({ year: 2024 })['layer']).toHaveLength(3); // every ally by default
  });
});

describe('alliesReport and a release printed to one decimal (2026-03)', () => {
  it('says so, and compares it with the August 2025 release only, never a later one with an earlier', () => {
    const report = alliesReport({ year: 2025, release: '2026-03', codes: ['PL', 'LT'] });
    expect(report.intro).toContain(
      'These figures are printed to one decimal in their source and shown with two: each may be up to 0.05 pp from NATO’s own.',
    );
    const earlier = report.tables.find((table) => table.title.startsWith('Earlier releases'));
    expect(earlier?.columns).toEqual(['Ally', 'Release 2026-03', 'Release 2025-08', 'Revision since 2025-08']);
    // Poland: 4.3 − 4.48 = −0.18 pp; Lithuania: 4.0 − 4.00 = 0.
    expect(earlier?.rows.map((row) => value(row[3]))).toEqual(['-0.0018', '0']);
    expect(earlier?.notes).toContain(
      'This release is printed to one decimal: up to 0.05 pp of each revision is its rounding.',
    );
    const latestFull = alliesReport({ year: 2025, codes: ['PL', 'LT'] });
    expect(latestFull.tables.some((table) => table.title.startsWith('Earlier releases'))).toBe(false);
    expect(latestFull.intro.some((line) => line.includes('one decimal'))).toBe(false);
  });
});
