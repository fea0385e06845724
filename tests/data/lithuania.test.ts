import { describe, expect, it } from 'vitest';
import {
  contains,
  divideIntervals,
  intersect,
  lithuania,
  moneyInterval,
  multiply,
  parseQuote,
  TARGETS,
  type Figure,
  type Source,
} from '../../src/index';

const isDecimal = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  (value as { toStringTag?: unknown }).toStringTag === '[object Decimal]';

function checkSource(source: unknown, where: string): void {
  const s = source as Partial<Source> | undefined;
  expect(typeof s?.publisher === 'string' && s.publisher.length > 0, `${where}: source.publisher`).toBe(true);
  expect(typeof s?.title === 'string' && s.title.length > 0, `${where}: source.title`).toBe(true);
}

/**
 * Walk the dataset: every Decimal (a share, a rate, a count) or Money must sit inside a figure with a
 * source, or inside a plan or target that lists its sources. Returns how many figures were seen.
 */
function walk(value: unknown, where: string, sourced: boolean): number {
  if (isDecimal(value)) {
    expect(sourced, `${where} is a number without a source`).toBe(true);
    return 0;
  }
  if (typeof value !== 'object' || value === null) return 0;
  const record = value as Record<string, unknown>;
  if ('value' in record && 'source' in record) {
    checkSource(record['source'], where);
    return 1 + walk(record['value'], `${where}.value`, true);
  }
  let inherited = sourced;
  if (Array.isArray(record['sources'])) {
    expect((record['sources'] as unknown[]).length, `${where}.sources is empty`).toBeGreaterThan(0);
    (record['sources'] as unknown[]).forEach((source, i) => {
      checkSource(source, `${where}.sources[${String(i)}]`);
    });
    inherited = true;
  }
  let count = 0;
  for (const [key, child] of Object.entries(record)) {
    if (key === 'sources' || key === 'source') continue;
    count += walk(child, `${where}.${key}`, inherited);
  }
  return count;
}

describe('the Lithuania dataset', () => {
  it('gives every value a source', () => {
    const figures = walk(lithuania, 'lithuania', false);
    expect(figures).toBeGreaterThan(100);
  });

  it('fails the source check for a bare number (the check can fail)', () => {
    expect(() => walk({ gdp: { 2024: lithuania.stateDefenceCouncil.low.value } }, 'broken', false)).toThrow(
      /without a source/,
    );
  });

  it('gives every built-in target its wording and a source', () => {
    for (const target of Object.values(TARGETS)) {
      expect(target.wording?.length ?? 0, target.id).toBeGreaterThan(20);
      walk(target, target.id, false);
    }
  });

  it('names a default, with a reason, wherever sources disagree', () => {
    for (const group of [
      lithuania.gdp,
      lithuania.realGrowth,
      lithuania.inflation,
      lithuania.defenceBudgets,
      lithuania.population,
    ]) {
      expect(Object.keys(group.versions)).toContain(group.default);
      expect(group.reason.length).toBeGreaterThan(40);
    }
  });

  it('holds the figures the issue names', () => {
    expect(lithuania.gdp.versions['eurostat-2025'].values[2024]?.value.amount.toString()).toBe('77940000000');
    expect(lithuania.defenceBudgets.versions.national.values[2026]?.value.amount.amount.toString()).toBe('4790000000');
    expect(lithuania.defenceBudgets.versions.national.values[2026]?.value.shareOfGdp?.toString()).toBe('0.0538');
    expect(lithuania.natoShareOfGdp.LT.values[2024]?.value.toString()).toBe('0.0309');
    expect(lithuania.natoShareOfGdp.PL.values[2025]?.status).toBe('estimate');
    expect(Object.keys(lithuania.natoShareOfGdp)).toEqual(['LT', 'EE', 'LV', 'PL']);
    for (const country of Object.values(lithuania.natoShareOfGdp)) expect(Object.keys(country.values)).toHaveLength(12);
  });

  it('leaves out the figures facts.md marks unverified', () => {
    // HICP 2018 ("2.5") and the final HICP 2023 ("8.7") are from memory; 2023 ships as the 8.8 estimate.
    expect(lithuania.inflation.versions.actual.values[2018]).toBeUndefined();
    expect(lithuania.inflation.versions.actual.values[2023]?.value.toString()).toBe('0.088');
    expect(lithuania.inflation.versions.actual.values[2023]?.status).toBe('estimate');
  });
});

describe('the Lithuania dataset agrees with itself within its printed rounding', () => {
  const figure = <T>(value: Figure<T> | undefined): T => {
    if (value === undefined) throw new Error('missing figure');
    return value.value;
  };

  it('NATO’s 3.09% for 2024 times 2024 GDP gives the NATO-basis spending it reports', () => {
    const gdp = figure(lithuania.gdp.versions['eurostat-2025'].values[2024]);
    const share = figure(lithuania.natoShareOfGdp.LT.values[2024]);
    const spending = figure(lithuania.natoSpending.values[2024]);
    expect(multiply(gdp, share).amount.equals(spending.amount)).toBe(true);
    // 0.0309 × 77.94bn = €2,408,346,000 (by hand).
    expect(spending.amount.toString()).toBe('2408346000');
    // And "3.09%" as printed ([3.085%, 3.095%]) contains the share that spending is of GDP.
    expect(contains(parseQuote('3.09%').interval, spending.amount.div(gdp.amount))).toBe(true);
  });

  it('the GDP implied by each budget lies within what its printed amount and share allow', () => {
    const implied = lithuania.gdp.versions['budget-implied'].values;
    // "EUR 4.79 billion or 5.38 % of GDP": GDP in [4.785/0.05385, 4.795/0.05375] billion.
    const gdp2026 = divideIntervals(parseQuote('EUR 4.79 billion').interval, parseQuote('5.38%').interval);
    expect(contains(gdp2026, figure(implied[2026]))).toBe(true);
    // "2,4 billion euros … 2.95% of GDP".
    const gdp2025 = divideIntervals(parseQuote('EUR 2.4 billion').interval, parseQuote('2.95%').interval);
    expect(contains(gdp2025, figure(implied[2025]))).toBe(true);
  });

  it('the 2025 base budget (2.95%) and the budget with borrowing (3.9%) imply overlapping GDPs', () => {
    const base = divideIntervals(parseQuote('EUR 2.4 billion').interval, parseQuote('2.95%').interval);
    const withBorrowing = divideIntervals(parseQuote('EUR 3.2 billion').interval, parseQuote('3.9%').interval);
    expect(intersect(base, withBorrowing)).toBeDefined();
  });

  it('the 2016 budget’s 1.5% of GDP is consistent with 2016 GDP', () => {
    const gdp2016 = figure(lithuania.gdp.versions['statistics-lithuania-2018'].values[2016]);
    const exact = moneyInterval(gdp2016.amount, gdp2016.amount, 'EUR');
    const share = divideIntervals(parseQuote('EUR 575.2 million').interval, exact);
    expect(intersect(share, parseQuote('1.5%').interval)).toBeDefined();
  });

  it('the State Defence Council’s 5.5% average lies in its 5–6% band', () => {
    const { low, high, average } = lithuania.stateDefenceCouncil;
    expect(average.value.gte(low.value) && average.value.lte(high.value)).toBe(true);
  });
});

// Issue 13, data corrections: each checked against the source's words (../shared/data/facts.md, §2a, §2b).
describe('the dataset says what kind of figure each is, and when its source was published', () => {
  const national = lithuania.defenceBudgets.versions.national.values;

  it('the 2022 budget is a plan: its autumn-2022 source says the ministry "will receive" it', () => {
    expect(national[2022]?.status).toBe('plan');
    expect(national[2022]?.note).toContain('"will receive"');
    // One article gives 2022 and 2023: cited once, dated with its year of publication, not each figure's.
    expect(national[2022]?.source).toBe(national[2023]?.source);
    expect(national[2022]?.source.published).toBe('2022');
    expect(national[2022]?.source.quoted).toBe('1.647 billion euros … more than 1.77 billion euros');
  });

  it('the 2025 budget with borrowing (EUR 3.2bn) is our sum: derived, saying so', () => {
    const withBorrowing = lithuania.defenceBudgets.versions['with-borrowing-2025'].values[2025];
    expect(withBorrowing?.status).toBe('derived');
    expect(withBorrowing?.value.amount.amount.toString()).toBe('3200000000');
    expect(withBorrowing?.note?.startsWith('Our sum, not a printed amount')).toBe(true);
  });

  it('NATO’s 2025 estimate cites a report with its address and its words', () => {
    const estimate = lithuania.natoShareOfGdp.LT.values[2025];
    expect(estimate?.value.toString()).toBe('0.04');
    expect(estimate?.source.url).toBe('https://tass.com/world/2008301');
    expect(estimate?.source.quoted).toContain('Lithuania (4%)');
  });

  it('an undated page gives no publication date; the 2026 budget names reports with addresses', () => {
    expect(national[2018]?.source.published).toBeUndefined();
    expect(national[2019]?.source.published).toBeUndefined();
    expect(national[2026]?.source.note).toContain('https://www.tportal.hr/');
    expect(national[2026]?.source.note).toContain('https://report.az/');
  });
});

describe('population by year (issue 15, item 6)', () => {
  const { versions } = lithuania.population;

  it('counts the start of 2020, 2024, 2025 and 2026 (provisional)', () => {
    const counts = Object.entries(versions['state-data-agency'].values).map(([year, figure]) => [
      year,
      figure.value.toString(),
      figure.status,
    ]);
    expect(counts).toEqual([
      ['2020', '2794100', 'actual'],
      ['2024', '2888000', 'actual'],
      ['2025', '2890219', 'actual'],
      ['2026', '2886000', 'provisional'],
    ]);
    // "beveik 3,8 tūkst. mažiau nei prieš metus" (almost 3.8 thousand fewer): the 2026 count, printed to the
    // thousand, agrees with the 2025 one to within that thousand.
    const fall = versions['state-data-agency'].values[2025]?.value.minus(
      versions['state-data-agency'].values[2026]?.value ?? 0,
    );
    expect(fall?.toNumber()).toBeGreaterThanOrEqual(3800 - 1000);
    expect(fall?.toNumber()).toBeLessThanOrEqual(3800 + 1000);
  });

  it('projects 2027–2035 at EUROPOP2023’s average rate from the 2026 count (Python’s decimal, 50 digits)', () => {
    const projected = Object.fromEntries(
      Object.entries(versions.projected.values).map(([year, figure]) => [year, figure.value.toString()]),
    );
    expect(projected).toEqual({
      2027: '2865628',
      2028: '2845399',
      2029: '2825313',
      2030: '2805369',
      2031: '2785566',
      2032: '2765902',
      2033: '2746377',
      2034: '2726990',
      2035: '2707740',
    });
    for (const figure of Object.values(versions.projected.values)) {
      expect(figure.status).toBe('derived');
      expect(figure.note).toContain('(2.0 / 2.81)^(1/48)');
    }
  });

  it('keeps EUROPOP2023’s own figures as printed: 2.81 million (2022), 2.0 (2070), 1.85 (2085), 1.78 (2100)', () => {
    const europop = Object.entries(versions['eurostat-europop2023'].values).map(([year, figure]) => [
      year,
      figure.value.toString(),
    ]);
    expect(europop).toEqual([
      ['2022', '2810000'],
      ['2070', '2000000'],
      ['2085', '1850000'],
      ['2100', '1780000'],
    ]);
  });
});
