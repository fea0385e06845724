// Share and keep: the link to this view, and downloads of the variant (JSON, YAML), its report (CSV,
// Markdown, a workbook) and each chart (SVG, PNG), all made in the page.
import { renderMarkdown, resultToCsv, toWorkbook } from 'budget-whatif/reports';
import { stringify } from 'yaml';
import { exportChart } from './charts';
import { byId, save } from './dom';
import type { PageState } from './state';
import { shown } from './view';

const CHARTS = ['spending', 'share', 'plan', 'fan'] as const;

/** A file name from a scenario's name: "lithuania-baseline-5-5-of-gdp…". */
function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'scenario'
  );
}

/** Wire the link and every download button. */
export function connectDownloads(state: PageState): void {
  byId('copy-link', HTMLButtonElement).addEventListener('click', () => {
    const link = byId('share-link', HTMLInputElement);
    link.select();
    // Selected as well: where the clipboard is refused (no permission, no secure context), Ctrl-C copies it.
    navigator.clipboard.writeText(link.value).catch(() => undefined);
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-download]')) {
    button.addEventListener('click', () => {
      download(button.dataset['download'] ?? '');
    });
  }
  for (const caption of document.querySelectorAll<HTMLElement>('figcaption[data-chart]')) {
    const chart = caption.dataset['chart'] ?? '';
    if (!(CHARTS as readonly string[]).includes(chart)) continue;
    for (const format of ['svg', 'png'] as const) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `Chart (${format.toUpperCase()})`;
      button.setAttribute('aria-label', `Download the ${chart} chart as ${format.toUpperCase()}`);
      button.addEventListener('click', () => {
        void exportChart(chart, format).then((content) => {
          if (content === undefined) return;
          const name = `${slug(state.base.name)}-${chart}.${format}`;
          if (format === 'svg') save(name, content, 'image/svg+xml');
          else saveDataUrl(name, content);
        });
      });
      caption.append(button);
    }
  }
}

function download(kind: string): void {
  const now = shown();
  if (now === undefined) return;
  const name = slug(now.variant.name);
  if (kind === 'scenario.json') save(`${name}.json`, `${JSON.stringify(now.variant, null, 2)}\n`, 'application/json');
  else if (kind === 'scenario.yaml') save(`${name}.yaml`, stringify(now.variant), 'text/yaml');
  else if (kind === 'report.csv') save(`${name}.csv`, resultToCsv(now.result), 'text/csv');
  else if (kind === 'report.md') save(`${name}.md`, renderMarkdown(now.report), 'text/markdown');
  else if (kind === 'report.xlsx')
    save(`${name}.xlsx`, toWorkbook(now.result), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
}

function saveDataUrl(name: string, url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
}
