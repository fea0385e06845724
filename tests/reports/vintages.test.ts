// The vintages report (issue 15): a table per year of every published value, the revisions table within a
// basis, notes for our own sums, sources; expected values from the sources' figures, worked out by hand.
import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal/core';
import { lithuania, money, natoShareHistory, vintages } from '../../src/index';
import { renderMarkdown, renderText, vintagesReport } from '../../src/reports/index';
import { column, value } from '../helpers/cells';
import { expectIssue } from '../helpers/errors';

const DEFENCE = lithuania.history.defenceSpending;

describe('vintagesReport', () => {
  it('lists Lithuania’s 2025 values oldest first, amounts in EUR million, our sums marked', () => {
    const report = vintagesReport(DEFENCE, { key: 2025 });
    const [values, changes] = report.tables;
    expect(values?.title).toBe('2025: as published');
    expect(values?.columns).toEqual(['Date', 'Stage', 'Basis', 'EUR million', '% of GDP', 'Source']);
    expect(column(values, 0)).toEqual([
      '2024-10-17',
      '2024-10-24',
      '2024-12-13',
      '2024-12-19',
      '2024-12-19',
      '2025-01-07',
      '2025-01-07',
      '2025-04',
      '2025-06',
      '2025-08-13',
      '2025-08-28',
      '2025-11-26',
      '2026-03-26',
    ]);
    // 2,617 + 187.7 = 2,804.7; + 461.1 = 3,265.8; + 151.2 = 3,417.0 (EUR million).
    expect(
      column(values, 3)
        .map(value)
        .filter((cell) => cell?.endsWith(' d')),
    ).toEqual(['2804.7 d', '3265.8 d', '3417 d']);
    expect(values?.notes.some((note) => note.startsWith('d : our arithmetic'))).toBe(true);
    expect(changes?.columns).toEqual(['Year', 'Basis', 'From', 'To', 'Change, EUR million', 'Change, %', 'Change, pp']);
    expect(
      column(changes, 4)
        .map(value)
        .filter((cell) => cell !== '–'),
    ).toEqual(['187.7', '461.1', '151.2']);
    // 3.5% (proposed) to 4.04% (the minister's June estimate): +0.54 pp, stated by the government both times.
    expect(changes?.rows.find((row) => row[3] === '2025-06 estimate')?.map(value)).toEqual([
      '2025',
      'defence funding as the government states it',
      '2024-12-13 proposed',
      '2025-06 estimate',
      '–',
      '–',
      '0.0054',
    ]);
    expect(report.lists.map((list) => list.title)).toEqual(['Notes', 'Sources']);
    expect(report.lists[1]?.items.some((item) => item.includes('tv3.lt'))).toBe(true);
  });

  it('shows only what was published by a date', () => {
    const report = vintagesReport(DEFENCE, { key: 2025, asOf: '2025-06-30' });
    expect(column(report.tables[0], 0).at(-1)).toBe('2025-06');
    expect(report.intro).toContain('Only what was published by 2025-06-30.');
    expect(column(report.tables[1], 3)).not.toContain('2025-08-13 amended');
    const none = vintagesReport(DEFENCE, { key: 2025, asOf: '2024-01' });
    expect(none.tables).toEqual([]);
    expect(none.intro).toContain('No published value matches.');
  });

  it('drops the money columns where every value is a share (NATO’s 2025) and shows NATO’s revision in pp', () => {
    const shares = vintagesReport(natoShareHistory('LT'), { key: 2025 });
    expect(shares.tables[0]?.columns).toEqual(['Date', 'Stage', 'Basis', '% of GDP', 'Source']);
    expect(shares.tables[1]?.columns).toEqual(['Year', 'Basis', 'From', 'To', 'Change, pp']);
    // 2024: NATO's June 2024 tables give the amount too (€2,132.904 million), its August 2025 one the share
    // alone: the money columns stay, the change in money is not stated.
    const report = vintagesReport(natoShareHistory('LT'), { key: 2024 });
    expect(report.tables[0]?.columns).toEqual(['Date', 'Stage', 'Basis', 'EUR million', '% of GDP', 'Source']);
    expect(report.tables[1]?.columns).toEqual([
      'Year',
      'Basis',
      'From',
      'To',
      'Change, EUR million',
      'Change, %',
      'Change, pp',
    ]);
    // 3.087800111 − 2.84955158895708 = +0.23824852204292 pp (Python's decimal).
    expect(value(report.tables[1]?.rows[0]?.[6])).toBe('0.0023824852204292');
  });

  it('covers every year without a key, filters by stage, and renders', () => {
    const all = vintagesReport(lithuania.history.gdp);
    expect(all.tables.map((table) => table.title).slice(0, 2)).toEqual(['2014: as published', '2015: as published']);
    const approved = vintagesReport(DEFENCE, { filter: { stage: 'approved' } });
    expect(
      approved.tables.every((table) =>
        column(table, 1).every((cell) => cell === 'approved' || table.title.startsWith('Revisions')),
      ),
    ).toBe(true);
    expect(renderText(vintagesReport(lithuania.history.borderPlan))).toMatch(
      /^total +counter-mobility .* +500\.0 +83\.3% +–$/m,
    );
    expect(renderMarkdown(vintagesReport(DEFENCE, { key: 2026 }))).toContain('| 2025-12-11 | approved |');
  });

  it('refuses a bad date or key, by name', () => {
    expectIssue(() => vintagesReport(DEFENCE, { asOf: 'soon' }), 'invalid_date', ['asOf']);
    expectIssue(() => vintagesReport(DEFENCE, { key: 2025.5 }), 'invalid_type', ['key']);
  });

  it('says what it shows, in words, units and notes', () => {
    const report = vintagesReport(DEFENCE, { key: 2025 });
    expect(report.title).toBe('Lithuania: defence spending');
    expect(report.intro).toEqual([
      'Every value as it was published, oldest first: its stage (announced, proposed, approved, amended, executed, estimate, outturn), date, and basis (what it counts).',
      'Values on different bases count different things (a ministry’s appropriations, NATO’s definition): revisions are shown within a basis only.',
    ]);
    const [values, changes] = report.tables;
    expect(values?.unit).toBe('EUR million; % of GDP');
    expect(values?.notes).toEqual([
      '– : not stated by that publication. Shares shown to two decimals; the exact values are in the CSV and JSON.',
      'd : our arithmetic on published figures, not a printed total (see Notes).',
    ]);
    expect(changes?.unit).toBe('EUR million; change in % and in pp');
    expect(changes?.notes).toEqual([
      'Change: the later value less the earlier one with the same basis, where both state it (– where either does not).',
    ]);
    // A share that a value does not state is a dash; a note for every value that has one, with its key.
    expect(column(values, 4).filter((cell) => cell === '–')).toHaveLength(5);
    expect(
      report.lists[0]?.items[0]?.startsWith(
        '2025, 2024-10-17 proposed (Ministry of National Defence appropriations, Defence Fund included): ',
      ),
    ).toBe(true);
    expect(report.lists[0]?.items).toHaveLength(vintages(DEFENCE, 2025).filter((one) => one.note !== undefined).length);
    // Each source once: twelve values from ten publications and NATO's two releases.
    const sources = report.lists[1]?.items ?? [];
    expect(new Set(sources).size).toBe(sources.length);
    expect(sources).toHaveLength(new Set(vintages(DEFENCE, 2025).map((one) => one.source)).size);
  });

  it('has no notes list, no "d" note and no revisions for a history without them; units of shares alone', () => {
    const report = vintagesReport(natoShareHistory('LT'), { key: 2025 });
    expect(report.lists.map((list) => list.title)).toEqual(['Sources']);
    expect(report.tables.map((table) => table.title)).toEqual([
      '2025: as published',
      'Revisions: each value beside the one before it on the same basis',
    ]);
    expect(report.tables[0]?.unit).toBe('% of GDP');
    expect(report.tables[0]?.notes).toHaveLength(1);
    expect(report.tables[1]?.unit).toBe('change in pp');
    for (const table of report.tables) for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    // 2026 opens with the Prime Minister's 5.25% alone, and has amounts after it: the money columns are there.
    expect(vintages(DEFENCE, 2026)[0]?.value.amount).toBeUndefined();
    expect(vintagesReport(DEFENCE, { key: 2026 }).tables[0]?.columns).toContain('EUR million');
    const once = vintagesReport(lithuania.history.borderPlan, { asOf: '2024-12-31' });
    expect(once.tables.map((table) => table.title)).toEqual(['total: as published']);
    expect(once.intro).not.toContain('No published value matches.');
  });

  it('shows an amount in another currency as words, and an amount with no mark as a number', () => {
    const mixed = {
      name: 'mixed',
      entries: {
        1: [
          {
            value: { amount: money('5000000', 'EUR') },
            source: { publisher: 'P', title: 'T' },
            stage: 'approved' as const,
            date: '2020',
            basis: 'b',
          },
          {
            value: { amount: money('7500000', 'USD') },
            source: { publisher: 'P', title: 'T' },
            stage: 'amended' as const,
            date: '2021',
            basis: 'b',
          },
        ],
      },
    };
    const [values] = vintagesReport(mixed).tables;
    expect(column(values, 3)).toStrictEqual([{ amount: new D('5') }, '7.5 USD million']);
  });
});
