// NATO's shares of GDP for every ally (issue 15): every ally and year of the latest release has a row, a
// number or a mark, never a filled gap; the values agree with the project's facts file (a second
// transcription, by hand, for the Baltic states and Poland) and with the Lithuania dataset; earlier
// releases are vintages of the same year.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  lithuania,
  NATO_ALLIES,
  NATO_RELEASES,
  natoShare,
  natoSharesIn,
  natoShareVintages,
  type NatoShare,
} from '../../src/index';
import { ALLY_CODES, isAlly } from '../../src/data/nato/natoShares';
import { catchError } from '../helpers/errors';

const ALLIES = NATO_ALLIES.filter((ally) => !ally.aggregate);

describe('NATO_ALLIES', () => {
  it('has the 32 allies and NATO’s two aggregates, each code once', () => {
    expect(ALLIES).toHaveLength(32);
    expect(NATO_ALLIES.filter((ally) => ally.aggregate).map((ally) => ally.code)).toEqual([
      'NATO-EUROPE-CANADA',
      'NATO',
    ]);
    expect(new Set(NATO_ALLIES.map((ally) => ally.code)).size).toBe(NATO_ALLIES.length);
  });

  it('tells an ally’s code from an aggregate’s, a lower-case one or no string (isAlly)', () => {
    expect(ALLY_CODES).toEqual(ALLIES.map((ally) => ally.code));
    expect(['LT', 'PL', 'US', 'AL'].map(isAlly)).toEqual([true, true, true, true]);
    expect(['NATO', 'NATO-EUROPE-CANADA', 'lt', ' LT', 'XX', '', 'toString', 5, null, undefined].map(isAlly)).toEqual(
      Array<boolean>(10).fill(false),
    );
  });
});

describe('the latest release (2025-08)', () => {
  it('has a row for every ally and aggregate in every year 2014–2025, a number or a reason', () => {
    for (let year = 2014; year <= 2025; year++) {
      const rows = natoSharesIn(year);
      expect(rows.map((row) => row.code)).toEqual(NATO_ALLIES.map((ally) => ally.code));
      for (const row of rows) {
        const numbered = row.status === 'outturn' || row.status === 'estimate';
        expect(row.share !== undefined, `${row.code} ${String(year)}`).toBe(numbered);
        expect(row.source !== undefined, `${row.code} ${String(year)}`).toBe(row.status !== 'not-retrieved');
      }
    }
  });

  it('has the same rows as the raw file it is generated from (counted there by a second reader)', () => {
    const lines = readFileSync(new URL('../../data/raw/nato-share-of-gdp.csv', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    const latest = lines.filter((line) => line.startsWith('2025-08,'));
    expect(latest).toHaveLength(34 * 12);
    const numbered = latest.filter((line) => /,(outturn|estimate),/.test(line)).length;
    let count = 0;
    for (let year = 2014; year <= 2025; year++)
      count += natoSharesIn(year).filter((row) => row.share !== undefined).length;
    expect(count).toBe(numbered);
  });

  it('marks Iceland (no armed forces) in every year and Germany’s 2025 (no approved budget at the cut-off)', () => {
    for (let year = 2014; year <= 2025; year++) expect(natoShare('IS', year)?.status).toBe('not-published');
    const germany = natoShare('DE', 2025);
    expect(germany).toMatchObject({ status: 'not-published' });
    expect(germany?.share).toBeUndefined();
    expect(germany?.source?.quoted).toContain('NATO has not published an estimate for Berlin');
  });

  it('rounds to the facts file’s two decimals for Lithuania, Estonia, Latvia and Poland, 2014–2025', () => {
    // shared/data/facts.md, §2a, typed here by hand.
    const facts: Record<string, readonly string[]> = {
      LT: ['0.88', '1.13', '1.48', '1.71', '1.95', '1.98', '2.05', '1.95', '2.44', '2.71', '3.09', '4.00'],
      EE: ['1.90', '1.99', '2.03', '1.97', '1.97', '2.00', '2.26', '2.02', '2.14', '3.00', '3.37', '3.38'],
      LV: ['0.97', '1.07', '1.49', '1.65', '2.13', '2.09', '2.23', '2.16', '2.25', '2.97', '3.36', '3.73'],
      PL: ['1.86', '2.21', '1.99', '1.88', '2.00', '1.96', '2.21', '2.19', '2.21', '3.27', '3.79', '4.48'],
    };
    for (const [code, values] of Object.entries(facts))
      values.forEach((value, i) => {
        const row = natoShare(code, 2014 + i);
        expect(row?.share?.times(100).toFixed(2), `${code} ${String(2014 + i)}`).toBe(value);
      });
  });

  it('agrees with the Lithuania dataset’s NATO shares, year by year', () => {
    for (const code of ['LT', 'EE', 'LV', 'PL'] as const)
      for (const [year, figure] of Object.entries(lithuania.natoShareOfGdp[code].values))
        expect(natoShare(code, Number(year))?.share?.toDecimalPlaces(4).toString(), `${code} ${year}`).toBe(
          figure.value.toString(),
        );
  });

  it('marks the last two years as NATO’s estimates, the earlier ones as outturns', () => {
    expect(natoSharesIn(2023).every((row) => row.status === 'outturn' || row.code === 'IS')).toBe(true);
    expect(natoShare('US', 2024)?.status).toBe('estimate');
    expect(natoShare('US', 2025)).toMatchObject({ status: 'estimate', printed: '3.22' });
  });
});

describe('vintages: earlier releases of the same year', () => {
  it('gives every release that covers a year, newest first', () => {
    const lt = natoShareVintages('LT', 2024);
    expect(lt.map((row) => [row.release, row.printed, row.status])).toEqual([
      ['2025-08', '3.087800111', 'estimate'],
      ['2024-06', '2.84955158895708', 'estimate'],
    ]);
    // The June 2024 estimate is the one the Lithuania dataset keeps from another report of that release,
    // which prints it to two decimals (2.85%).
    expect(lithuania.natoEarlierEstimates.values[2024]?.value.toString()).toBe(
      lt[1]?.share?.toDecimalPlaces(4).toString(),
    );
    expect(natoShareVintages('LT', 2014).map((row) => row.release)).toEqual(['2025-08', '2024-06', '2023-07']);
    // 2023: the outturn (August 2025), the June 2024 workbook's estimate, July 2023's.
    expect(natoShareVintages('LT', 2023).map((row) => row.printed)).toEqual([
      '2.712640331',
      '2.78072016179581',
      '2.543653957',
    ]);
  });

  it('has no row for Sweden in the release before it joined', () => {
    expect(natoShare('SE', 2023, { release: '2023-07' })).toBeUndefined();
    expect(natoShare('SE', 2024, { release: '2024-06' })?.printed).toBe('2.14321015177606');
    // The June 2024 release gives Sweden's earlier years too (2014: 1.06443057628814% in NATO's workbook,
    // 1.06443 in the earlier transcription's six digits, 1.06 in Graphic News' chart).
    expect(natoShare('SE', 2014, { release: '2024-06' })?.printed).toBe('1.06443057628814');
  });

  it('lists the releases newest first, with the years each covers', () => {
    expect(NATO_RELEASES.map((release) => `${release.id} ${String(release.years.to)}`)).toEqual([
      '2026-03 2025',
      '2025-08 2025',
      '2024-06 2024',
      '2023-07 2023',
    ]);
  });
});

describe('bad input', () => {
  it.each([
    [() => natoShare('XX', 2024), 'unknown_id', /"XX" is not an ally's code/],
    [() => natoShare('lt', 2024), 'unknown_id', /"lt"/],
    [() => natoShare('LT', 2024.5), 'invalid_year', /2024\.5/],
    [() => natoShare('LT', 2024, { release: '2019-01' as never }), 'unknown_id', /"2019-01" is not a release/],
    [() => natoSharesIn(2025, { release: '2024-06' }), 'invalid_year', /covers 2014–2024, not 2025/],
    [() => natoSharesIn(2013), 'invalid_year', /not 2013/],
    [() => natoShareVintages(42 as unknown as string, 2024), 'unknown_id', /42/],
  ] as const)('%#: %s', (call, code, message) => {
    const error = catchError(call);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('names the field at fault and lists what there is', () => {
    expect(catchError(() => natoShare('XX', 2024)).issues[0]?.path).toEqual(['code']);
    const release = catchError(() => natoShare('LT', 2024, { release: '2019-01' as never }));
    expect(release.issues[0]?.path).toEqual(['release']);
    expect(release.message).toContain('2025-08, 2024-06, 2023-07');
    expect(catchError(() => natoShare('LT', Number.NaN)).issues[0]?.path).toEqual(['year']);
    expect(catchError(() => natoSharesIn(2026)).issues[0]?.path).toEqual(['year']);
    expect(catchError(() => natoShare('LT', '2024' as never)).code).toBe('invalid_year');
    const codes = catchError(() => natoSharesIn(2024, { codes: 'LT' as never }));
    expect([codes.code, codes.issues[0]?.path]).toEqual(['invalid_type', ['codes']]);
  });

  it('gives frozen rows, the dataset unchanged by a caller', () => {
    const row = natoShare('LT', 2024) as NatoShare;
    expect(Object.isFrozen(row)).toBe(true);
    expect(Object.isFrozen(NATO_ALLIES)).toBe(true);
  });
});

describe('the Annual Report of March 2026 (release 2026-03): 2025, to one decimal, as POLITICO reported it', () => {
  it('holds the figures as printed, for every ally the article names', () => {
    // POLITICO, "Who gets a gold star and who gets detention?": the figures typed from its text.
    const printed: Readonly<Record<string, string>> = {
      PL: '4.3',
      LT: '4.0',
      LV: '3.7',
      EE: '3.4',
      DK: '3.3',
      NO: '3.2',
      FI: '2.9',
      GR: '2.8',
      NL: '2.6',
      SE: '2.5',
      DE: '2.4',
      TR: '2.3',
      US: '3.2',
      GB: '2.3',
      RO: '2.2',
      MK: '2.1',
      LU: '2.1',
      BG: '2.1',
      HR: '2.1',
      FR: '2.1',
      SK: '2.1',
      ME: '2.1',
      SI: '2.0',
      IT: '2.0',
      AL: '2.0',
      BE: '2.0',
      CA: '2.0',
      PT: '2.0',
      ES: '2.0',
    };
    const rows = natoSharesIn(2025, { release: '2026-03' });
    const withNumber = Object.fromEntries(
      rows.filter((row) => row.printed !== undefined).map((row) => [row.code, row.printed]),
    );
    expect(withNumber).toEqual(printed);
    for (const row of rows.filter((one) => one.printed !== undefined)) expect(row.status).toBe('estimate');
    // No figure for Czechia or Hungary in the article, nor NATO's averages; Iceland has no armed forces.
    const without = rows.filter((row) => row.printed === undefined).map((row) => `${row.code} ${row.status}`);
    expect(without).toEqual([
      'CZ not-retrieved',
      'HU not-retrieved',
      'IS not-published',
      'NATO-EUROPE-CANADA not-retrieved',
      'NATO not-retrieved',
    ]);
  });

  it('covers 2025 alone, and is not the default: natoShare gives the August 2025 table unless asked', () => {
    expect(natoShare('PL', 2025)?.printed).toBe('4.48');
    expect(natoShare('PL', 2025, { release: '2026-03' })?.printed).toBe('4.3');
    expect(natoShare('PL', 2024, { release: '2026-03' })).toBeUndefined();
    expect(natoShareVintages('DE', 2025).map((row) => `${row.release} ${row.printed ?? row.status}`)).toEqual([
      '2026-03 2.4',
      '2025-08 not-published',
    ]);
  });
});

describe('the June 2024 release (2024-06): NATO’s workbook, every ally 2014–2024', () => {
  // Graphic News' text of its chart of the release (GN46054T, July 2024), each ally's 2014 and 2024 shares
  // to two decimals, the lower first as its labels are drawn: a second transcription of the same table.
  const GRAPHIC_NEWS: Readonly<Record<string, readonly [string, string]>> = {
    PL: ['1.88', '4.12'],
    EE: ['1.93', '3.43'],
    US: ['3.38', '3.71'],
    LV: ['0.94', '3.15'],
    GR: ['2.22', '3.08'],
    LT: ['0.88', '2.85'],
    FI: ['1.45', '2.41'],
    DK: ['1.15', '2.37'],
    GB: ['2.14', '2.33'],
    RO: ['1.35', '2.25'],
    MK: ['1.09', '2.22'],
    NO: ['1.54', '2.20'],
    BG: ['1.31', '2.18'],
    SE: ['1.06', '2.14'],
    DE: ['1.19', '2.12'],
    HU: ['0.86', '2.11'],
    CZ: ['0.94', '2.10'],
    TR: ['1.45', '2.09'],
    FR: ['1.82', '2.06'],
    NL: ['1.15', '2.05'],
    AL: ['1.35', '2.03'],
    ME: ['1.50', '2.02'],
    SK: ['0.98', '2.00'],
    HR: ['1.81', '1.81'],
    PT: ['1.31', '1.55'],
    IT: ['1.14', '1.49'],
    CA: ['1.01', '1.37'],
    BE: ['0.97', '1.30'],
    LU: ['0.37', '1.29'],
    SI: ['0.97', '1.29'],
    ES: ['0.92', '1.28'],
  };
  const rounded = (code: string, year: number): string =>
    natoShare(code, year, { release: '2024-06' })?.share?.times(100).toFixed(2) ?? 'none';

  it('agrees with Graphic News’ chart for all 31 allies in 2014 and 2024, to two decimals', () => {
    for (const [code, pair] of Object.entries(GRAPHIC_NEWS))
      expect([rounded(code, 2014), rounded(code, 2024)].sort(), code).toEqual([...pair].sort());
  });

  it('has the United States at 3.38% in 2024 (Defense Daily), after 3.71% in 2014: the chart’s pair in year order', () => {
    expect(rounded('US', 2024)).toBe('3.38');
    expect(rounded('US', 2014)).toBe('3.71');
    // Defense Daily: "Poland at 4.12 percent with the Slovak Republic at 2 percent … Spain … at 1.28 percent".
    expect(['PL', 'SK', 'ES'].map((code) => rounded(code, 2024))).toEqual(['4.12', '2.00', '1.28']);
  });

  it('has every ally in every year 2014–2024, Iceland marked, 2023 and 2024 as estimates', () => {
    for (let year = 2014; year <= 2024; year++) {
      const rows = natoSharesIn(year, { release: '2024-06' }).filter((row) => row.code.length === 2);
      expect(rows, String(year)).toHaveLength(32);
      for (const row of rows) {
        if (row.code === 'IS') expect(row.status).toBe('not-published');
        else expect(row.status, `${row.code} ${String(year)}`).toBe(year >= 2023 ? 'estimate' : 'outturn');
      }
    }
  });

  it('has NATO’s totals from the workbook, as Defense Daily rounds them (2.69% in 2020, 2.53% in 2023, 2.71% in 2024)', () => {
    const total = (code: string, year: number): NatoShare | undefined => natoShare(code, year, { release: '2024-06' });
    expect([2020, 2023, 2024].map((year) => total('NATO', year)?.share?.times(100).toFixed(2))).toEqual([
      '2.69',
      '2.53',
      '2.71',
    ]);
    // NATO's workbook, Table 3, has every year of both aggregates (checked against its amounts in
    // natoAmounts.test.ts).
    for (let year = 2014; year <= 2024; year++)
      for (const code of ['NATO', 'NATO-EUROPE-CANADA'])
        expect(total(code, year)?.status, `${code} ${String(year)}`).toBe(year >= 2023 ? 'estimate' : 'outturn');
  });
});

describe('the July 2023 release (2023-07): Graphic News’ pairs put in year order', () => {
  it('has the allies whose share fell with 2023 below 2014 (Visual Capitalist: 3.5, 2.1, 1.8, 1.3 in 2023)', () => {
    const pair = (code: string): string[] =>
      [2014, 2023].map((year) => natoShare(code, year, { release: '2023-07' })?.share?.times(100).toFixed(2) ?? 'none');
    expect(pair('US')).toEqual(['3.72', '3.49']);
    expect(pair('GB')).toEqual(['2.14', '2.07']);
    expect(pair('HR')).toEqual(['1.82', '1.79']);
    expect(pair('TR')).toEqual(['1.45', '1.31']);
    expect(pair('PL')).toEqual(['1.88', '3.90']);
  });

  it('takes 2023 from NATO’s workbook, which Graphic News’ chart agrees with for all 30 allies', () => {
    // Graphic News' text (GN45478T, July 2023): each ally's two values, lower first.
    const chart: Readonly<Record<string, readonly [string, string]>> = {
      PL: ['1.88', '3.90'],
      US: ['3.49', '3.72'],
      GR: ['2.22', '3.01'],
      EE: ['1.93', '2.73'],
      LT: ['0.88', '2.54'],
      FI: ['1.45', '2.45'],
      RO: ['1.35', '2.44'],
      HU: ['0.86', '2.43'],
      LV: ['0.94', '2.27'],
      GB: ['2.07', '2.14'],
      SK: ['0.98', '2.03'],
      FR: ['1.82', '1.90'],
      ME: ['1.50', '1.87'],
      MK: ['1.09', '1.87'],
      BG: ['1.31', '1.84'],
      HR: ['1.79', '1.82'],
      AL: ['1.35', '1.76'],
      NL: ['1.15', '1.70'],
      NO: ['1.54', '1.67'],
      DK: ['1.15', '1.65'],
      DE: ['1.19', '1.57'],
      CZ: ['0.94', '1.50'],
      PT: ['1.31', '1.48'],
      IT: ['1.14', '1.46'],
      CA: ['1.01', '1.38'],
      SI: ['0.97', '1.35'],
      TR: ['1.31', '1.45'],
      ES: ['0.92', '1.26'],
      BE: ['0.97', '1.13'],
      LU: ['0.37', '0.72'],
    };
    for (const [code, values] of Object.entries(chart)) {
      const shown = natoShare(code, 2023, { release: '2023-07' });
      expect(values, code).toContain(shown?.share?.times(100).toFixed(2));
      expect(shown?.source?.title, code).toMatch(/230707-def-exp-2023-TABLES-en/);
    }
    expect(natoShare('US', 2023, { release: '2023-07' })?.printed).toBe('3.492852704');
    // The United Kingdom's every year is in the workbook: 2.346166134% in 2020.
    expect(natoShare('GB', 2020, { release: '2023-07' })?.printed).toBe('2.346166134');
    expect(natoShare('DE', 2020, { release: '2023-07' })?.status).toBe('not-retrieved');
  });
});

describe('the August 2025 release’s 2025 estimates filled from reports of it', () => {
  it('has each as the report prints it, with its source, and marks the rest not retrieved', () => {
    const printed = (code: string): string | undefined => natoShare(code, 2025)?.printed;
    // Agerpres 2.28%, Ekonomim 2.33%, ANP 2.5%, Forces News 2.4%, Pénzcentrum 2.1%.
    expect(['RO', 'TR', 'NL', 'GB', 'HU'].map(printed)).toEqual(['2.28', '2.33', '2.5', '2.4', '2.1']);
    expect(natoShare('HU', 2025)?.source?.publisher).toBe('Pénzcentrum');
    const missing = natoSharesIn(2025).filter((row) => row.status === 'not-retrieved');
    expect(missing.map((row) => row.code).sort()).toEqual(['BG', 'FI', 'FR', 'GR', 'HR', 'ME', 'SE', 'SI', 'SK']);
  });
});

describe('every ally and year, across the releases (issue 15, acceptance 1)', () => {
  it('has a number for every ally in every year 2014–2025 in at least one release, Iceland alone marked', () => {
    const without = ALLIES.flatMap((ally) =>
      Array.from({ length: 12 }, (_, k) => 2014 + k)
        .filter((year) => !natoShareVintages(ally.code, year).some((row) => row.share !== undefined))
        .map((year) => `${ally.code} ${String(year)}`),
    );
    expect(without).toEqual(Array.from({ length: 12 }, (_, k) => `IS ${String(2014 + k)}`));
    expect(natoShareVintages('IS', 2020).every((row) => row.status === 'not-published')).toBe(true);
  });
});

describe('every release, complete for the allies it covers', () => {
  it('has a row, a number or a mark, for each of its allies and NATO’s aggregates in every year it covers', () => {
    for (const release of NATO_RELEASES) {
      const { from, to } = release.years;
      const allies = new Set(natoSharesIn(to, { release: release.id }).map((row) => row.code));
      for (let year = from; year <= to; year++) {
        const codes = natoSharesIn(year, { release: release.id }).map((row) => row.code);
        expect(new Set(codes), `${release.id} ${String(year)}`).toEqual(allies);
      }
    }
    // July 2023: 30 allies with a number, Iceland marked; Sweden not yet an ally.
    expect(natoSharesIn(2019, { release: '2023-07' }).length).toBe(33);
    expect(natoShare('LT', 2019, { release: '2023-07' })?.status).toBe('not-retrieved');
    expect(natoShare('IS', 2019, { release: '2023-07' })?.status).toBe('not-published');
  });
});
