// The what-if page: a client of the library's public entries only. It keeps the scenario as written (a
// built-in, a file's text, or an ally's starter scenario) and a map of overrides (path → value) the
// controls own; every change re-evaluates the variant and redraws the numbers at once, then the charts;
// the URL holds the state.
import { zodConfig } from './csp';
import { NATO_ALLIES } from 'budget-whatif';
import { BUILTIN_SCENARIOS, getScenario, parseScenarioText, scenarioFor, type Scenario } from 'budget-whatif/scenarios';
import { ecb } from 'budget-whatif/ecb';
import { connectControls, syncControls } from './controls';
import { byId, showProblems } from './dom';
import { connectDownloads } from './downloads';
import { fromHash, toHash } from './link';
import { problemsOf } from './problems';
import { connectSimulation } from './simulationPanel';
import { editsOf, isUnit, type PageState } from './state';
import { renderPage } from './view';

/** Timings of each update, for the benchmark (bench/page.ts): input → numbers, input → charts, in ms. */
interface Timing {
  numbers: number;
  charts?: number;
}
const timings: Timing[] = [];
(globalThis as unknown as { whatif: { timings: Timing[] } }).whatif = { timings };

const DEFAULT = 'lithuania-baseline';

/** The share an ally's starter scenario explores: NATO's core-defence guideline (The Hague, 2025). */
const ALLY_SHARE = '3.5%';

/** An ally's starter scenario, as `budget-whatif init --country <code> --share 3.5%` writes it. */
function allyScenario(code: string): Scenario {
  return scenarioFor(code, { share: ALLY_SHARE });
}

/** The package's version, written in by the build. */
declare const __VERSION__: string;

async function start(): Promise<void> {
  const select = byId('scenario-select', HTMLSelectElement);
  for (const name of BUILTIN_SCENARIOS) select.append(new Option(name, name));
  const allies = byId('ally-select', HTMLSelectElement);
  for (const ally of NATO_ALLIES.filter((candidate) => !candidate.aggregate))
    allies.append(new Option(`${ally.name} (${ally.code})`, ally.code));
  byId('version', HTMLSpanElement).textContent = __VERSION__;
  const state = await initialState();
  const update = (started = performance.now()): void => {
    refresh(state, started);
  };
  connectControls(state, update, { loadText, loadBuiltin, loadAlly });
  connectDownloads(state);
  connectSimulation(state);
  update();

  function loadBuiltin(name: string): void {
    state.base = getScenario(name);
    state.source = { scenario: name };
    state.edits.clear();
    showProblems(byId('scenario-errors', HTMLDivElement), []);
    update();
  }

  function loadAlly(code: string): void {
    try {
      state.base = allyScenario(code);
    } catch (error) {
      // An ally the dataset cannot start (no GDP for Bulgaria; neither GDP nor rate for Iceland): said why;
      // the scenario shown stays the last one, and so does the list's choice.
      showProblems(byId('scenario-errors', HTMLDivElement), problemsOf(error));
      byId('ally-select', HTMLSelectElement).value = 'ally' in state.source ? state.source.ally : '';
      update();
      return;
    }
    state.source = { ally: code };
    state.edits.clear();
    showProblems(byId('scenario-errors', HTMLDivElement), []);
    update();
  }

  function loadText(text: string): void {
    byId('scenario-text', HTMLTextAreaElement).value = text;
    try {
      state.base = parseScenarioText(text, { rates: ecb });
    } catch (error) {
      // The text stays in the editor as typed; the scenario shown stays the last good one.
      byId('scenario-editor', HTMLDetailsElement).open = true;
      showProblems(byId('scenario-errors', HTMLDivElement), problemsOf(error));
      return;
    }
    state.source = { text };
    state.edits.clear();
    showProblems(byId('scenario-errors', HTMLDivElement), []);
    update();
  }
}

/** The state a link gives, or the default scenario; a link that cannot be read says why. */
async function initialState(): Promise<PageState> {
  const state: PageState = {
    base: getScenario(DEFAULT),
    source: { scenario: DEFAULT },
    edits: new Map(),
    unit: 'million',
  };
  if (location.hash.length <= 1) return state;
  try {
    const link = await fromHash(location.hash);
    if (link.text !== undefined) {
      byId('scenario-text', HTMLTextAreaElement).value = link.text;
      state.base = parseScenarioText(link.text, { rates: ecb });
      state.source = { text: link.text };
    } else if (link.ally !== undefined) {
      state.base = allyScenario(link.ally);
      state.source = { ally: link.ally };
    } else if (link.scenario !== undefined) {
      state.base = getScenario(link.scenario);
      state.source = { scenario: link.scenario };
    }
    for (const edit of link.edits) state.edits.set(edit.path, edit.value);
    if (isUnit(link.unit)) state.unit = link.unit;
  } catch (error) {
    showProblems(byId('scenario-errors', HTMLDivElement), [
      `The link could not be read: ${problemsOf(error).join('; ')}`,
    ]);
  }
  return state;
}

let generation = 0;

function refresh(state: PageState, started: number): void {
  const drawn = renderPage(state);
  if (drawn === undefined) return;
  const timing: Timing = { numbers: performance.now() - started };
  timings.push(timing);
  syncControls(state, drawn.variant);
  const mine = ++generation;
  void drawn.charts.then(() => {
    if (mine === generation) timing.charts = performance.now() - started;
    const status = byId('status', HTMLParagraphElement);
    status.textContent = `Updated: numbers in ${timing.numbers.toFixed(1)} ms${
      timing.charts === undefined ? '' : `, charts in ${timing.charts.toFixed(0)} ms`
    }.`;
  });
  void writeLink(state);
}

async function writeLink(state: PageState): Promise<void> {
  const hash = await toHash({ ...state.source, edits: editsOf(state), unit: state.unit });
  history.replaceState(null, '', `#${hash}`);
  byId('share-link', HTMLInputElement).value = location.href;
}

if (zodConfig.jitless !== true) throw new Error('zod must run without eval (page/src/csp.ts)');
void start();
