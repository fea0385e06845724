// The Monte Carlo panel: runs the variant's simulation in a Web Worker with a progress bar, a cancel
// button (which ends the worker), the fan chart of defence spending and the odds of each target by year.
import { draw } from './charts';
import { byId, numberIn } from './dom';
import { element } from './render';
import { variedInputs, type SimulationMessage, type SimulationRequest } from './simulation';
import type { PageState } from './state';
import { shown } from './view';

let worker: Worker | undefined;

/** Wire the panel. */
export function connectSimulation(state: PageState): void {
  const run = byId('sim-run', HTMLButtonElement);
  const cancel = byId('sim-cancel', HTMLButtonElement);
  const status = byId('sim-status', HTMLParagraphElement);
  const progress = byId('sim-progress', HTMLProgressElement);
  const describe = (): void => {
    const variant = shown()?.variant ?? state.base;
    const words = variedInputs(variant).map((input) => input.words);
    byId('sim-inputs', HTMLParagraphElement).textContent =
      words.length === 0
        ? 'This scenario has no input the page varies.'
        : `Varies, around this variant's values: ${words.join('; ')}.`;
  };
  run.addEventListener('focus', describe);
  describe();
  run.addEventListener('click', () => {
    const variant = shown()?.variant;
    const trials = numberIn(byId('sim-trials', HTMLInputElement));
    const seed = numberIn(byId('sim-seed', HTMLInputElement));
    if (variant === undefined || trials === undefined || seed === undefined) {
      status.textContent = 'Trials must be a whole number from 1 to 10,000,000 and the seed a whole number from 0.';
      return;
    }
    describe();
    const request: SimulationRequest = {
      scenario: variant,
      trials: Number(trials),
      seed: Number(seed),
      inputs: Object.fromEntries(variedInputs(variant).map((input) => [input.path, input.spec])),
    };
    worker?.terminate();
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    run.disabled = true;
    cancel.disabled = false;
    progress.value = 0;
    status.textContent = `Running ${Number(trials).toLocaleString('en')} trials…`;
    worker.onmessage = ({ data }: MessageEvent<SimulationMessage>) => {
      if (data.kind === 'progress') {
        progress.value = data.done / data.total;
        status.textContent = `Running: ${data.done.toLocaleString('en')} of ${data.total.toLocaleString('en')} trials.`;
        return;
      }
      finish();
      if (data.kind === 'error') {
        status.textContent = `The simulation stopped: ${data.message}`;
        return;
      }
      progress.value = 1;
      status.textContent = `Done: ${data.trials.toLocaleString('en')} trials in ${(data.milliseconds / 1000).toFixed(2)} s (seed ${seed}).${
        data.warnings.length === 0 ? '' : ` ${data.warnings.join(' ')}`
      }`;
      void draw('fan', byId('chart-fan', HTMLDivElement), data.fan as Parameters<typeof draw>[2]);
      byId('sim-odds', HTMLDivElement).replaceChildren(oddsTable(data.odds));
    };
    worker.postMessage(request);
  });
  cancel.addEventListener('click', () => {
    const done = Math.round(progress.value * 100);
    finish();
    status.textContent = `Cancelled at ${String(done)}% of the trials; nothing was kept.`;
  });

  function finish(): void {
    worker?.terminate();
    worker = undefined;
    run.disabled = false;
    cancel.disabled = true;
  }
}

/** The odds of each target by year: a row a year, a column a target. */
function oddsTable(odds: Extract<SimulationMessage, { kind: 'done' }>['odds']): HTMLElement {
  const section = element('section', undefined, { 'data-table': 'odds' });
  section.append(element('h4', 'Odds of meeting each target'));
  const table = element('table');
  const head = element('tr');
  head.append(element('th', 'Year', { scope: 'col' }));
  for (const target of odds) head.append(element('th', target.name, { scope: 'col', title: target.id }));
  const thead = element('thead');
  thead.append(head);
  table.append(thead);
  const body = element('tbody');
  const years = [...new Set(odds.flatMap((target) => target.rows.map((row) => row.year)))].sort((a, b) => a - b);
  for (const year of years) {
    const row = element('tr', undefined, { 'data-row': String(year) });
    row.append(element('th', String(year), { scope: 'row' }));
    for (const target of odds) {
      const found = target.rows.find((entry) => entry.year === year);
      const text =
        found === undefined ? '' : `${(Number(found.probability) * 100).toFixed(1)}%${found.due ? '' : ' *'}`;
      row.append(
        element('td', text, {
          'data-col': target.id,
          ...(found === undefined ? {} : { 'data-value': found.probability }),
        }),
      );
    }
    body.append(row);
  }
  table.append(body);
  const wrap = element('div', undefined, { class: 'scroll' });
  wrap.append(table);
  section.append(
    wrap,
    element(
      'p',
      '* Not yet due: the target’s deadline is later; the odds are of being at or above its level that year.',
      { class: 'note' },
    ),
  );
  return section;
}
