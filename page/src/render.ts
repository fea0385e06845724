// Reports as HTML: the library's Report (the same tables the CLI prints) laid out as tables, each number
// formatted by the library (formatCell) and carrying the cell's decimal in data-value (in the table's unit,
// as reconciled: exact to the cent with the unit "one"). Built with the DOM, never from strings of HTML: a
// scenario's names and notes are text, whatever they contain.
import type { Change } from 'budget-whatif/scenarios';
import { formatCell, type Report, type ReportCell, type ReportTable } from 'budget-whatif/reports';

/** An element with text. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attributes: Readonly<Record<string, string>> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** One table of a report: a caption with its unit, a header, rows, the total and its notes. */
export function tableElement(table: ReportTable, headingLevel: 'h3' | 'h4' = 'h3'): HTMLElement {
  const section = element('section', undefined, { class: 'report-table', 'data-table': table.title });
  section.append(element(headingLevel, `${table.title} (${table.unit})`));
  const wrap = element('div', undefined, { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': table.title });
  const html = element('table');
  const head = element('tr');
  for (const column of table.columns) head.append(element('th', column, { scope: 'col' }));
  const thead = element('thead');
  thead.append(head);
  html.append(thead);
  const body = element('tbody');
  for (const row of table.rows) body.append(rowElement(row, table));
  if (table.total !== undefined) body.append(rowElement(table.total, table, 'total'));
  html.append(body);
  wrap.append(html);
  section.append(wrap);
  for (const note of table.notes) section.append(element('p', note, { class: 'note' }));
  return section;
}

function rowElement(cells: readonly ReportCell[], table: ReportTable, kind?: 'total'): HTMLTableRowElement {
  const row = element('tr', undefined, kind === undefined ? {} : { class: kind });
  const label = typeof cells[0] === 'string' ? cells[0] : '';
  row.setAttribute('data-row', label);
  cells.forEach((cell, c) => {
    const column = table.columns[c] ?? '';
    if (c === 0) {
      row.append(element('th', formatCell(cell, table), { scope: 'row' }));
      return;
    }
    row.append(element('td', formatCell(cell, table), { 'data-col': column, ...exactOf(cell) }));
  });
  return row;
}

function exactOf(cell: ReportCell): Record<string, string> {
  if (typeof cell === 'string') return {};
  const value = 'amount' in cell ? cell.amount : 'percent' in cell ? cell.percent : cell.points;
  return { 'data-value': value.toFixed(), class: 'number' };
}

/** A whole report: intro paragraphs, tables; its lists (sources, assumptions, warnings) go to `lists`. */
export function reportElements(report: Report): { intro: HTMLElement[]; tables: HTMLElement[]; lists: HTMLElement[] } {
  return {
    intro: report.intro.map((line) => element('p', line)),
    tables: report.tables.map((table) => tableElement(table)),
    lists: report.lists.map((list) => {
      const details = element('details', undefined, { 'data-list': list.title });
      details.append(element('summary', `${list.title} (${String(list.items.length)})`));
      const items = element('ol');
      for (const item of list.items) items.append(element('li', item));
      details.append(items);
      return details;
    }),
  };
}

/** The overrides of a variant, with each value before and after. */
export function changesElement(changes: readonly Change[]): HTMLElement {
  if (changes.length === 0) return element('p', 'None: the scenario as written.', { class: 'hint' });
  const html = element('table', undefined, { class: 'changes' });
  const head = element('tr');
  for (const column of ['Path', 'Before', 'After']) head.append(element('th', column, { scope: 'col' }));
  const thead = element('thead');
  thead.append(head);
  html.append(thead);
  const body = element('tbody');
  for (const change of changes) {
    const row = element('tr', undefined, { 'data-path': change.path });
    row.append(
      element('th', change.path, { scope: 'row' }),
      element('td', shown(change.before)),
      element('td', shown(change.after)),
    );
    body.append(row);
  }
  html.append(body);
  const wrap = element('div', undefined, { class: 'scroll' });
  wrap.append(html);
  return wrap;
}

function shown(value: unknown): string {
  if (value === undefined) return 'none';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
