// The inputs: each control writes the overrides it owns into the page's state and asks for an update;
// after each update the controls are set from the variant (so a link, a reset or another control moves
// them too). A value equal to the scenario as written is no override at all.
import { decimal } from 'budget-whatif';
import type { PlanSpec, Scenario } from 'budget-whatif/scenarios';
import { byId, numberIn, show } from './dom';
import {
  amountYears,
  firstPair,
  fromPercent,
  isSharePath,
  movePlan,
  oneShare,
  overrunOf,
  overrunPlan,
  planPath,
  shareIn,
  sharePath,
  sharesByYear,
  stretchPlan,
  toPercent,
  yearsOf,
  type Edit,
} from './edits';
import { isUnit, type PageState } from './state';

type Update = (started?: number) => void;

const input = (id: string): HTMLInputElement => byId(id, HTMLInputElement);

/** The plan the plan controls act on. */
let planId: string | undefined;
/** The scenario the per-year fields and the plan list were built for. */
let builtFor: Scenario | undefined;
/** The variant last shown. */
let variantShown: Scenario | undefined;

/** Wire every control to the state. */
export function connectControls(
  state: PageState,
  update: Update,
  load: {
    readonly loadText: (text: string) => void;
    readonly loadBuiltin: (name: string) => void;
    readonly loadAlly: (code: string) => void;
  },
): void {
  const { loadText, loadBuiltin, loadAlly } = load;
  const select = byId('scenario-select', HTMLSelectElement);
  select.addEventListener('change', () => {
    if (select.value !== '') loadBuiltin(select.value);
  });
  const ally = byId('ally-select', HTMLSelectElement);
  ally.addEventListener('change', () => {
    if (ally.value !== '') loadAlly(ally.value);
  });
  const file = input('scenario-file');
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen !== undefined) void chosen.text().then(loadText);
  });
  byId('scenario-apply', HTMLButtonElement).addEventListener('click', () => {
    loadText(byId('scenario-text', HTMLTextAreaElement).value);
  });
  connectShare(state, update);
  connectEconomy(state, update);
  connectPlan(state, update);
  const unit = byId('unit-select', HTMLSelectElement);
  unit.addEventListener('change', (event) => {
    if (isUnit(unit.value)) state.unit = unit.value;
    update(event.timeStamp);
  });
  byId('reset', HTMLButtonElement).addEventListener('click', (event) => {
    state.edits.clear();
    update(event.timeStamp);
  });
}

/** A slider and its exact field: either one sets the other and reports the value. */
function pair(id: string, onValue: (value: string, started: number) => void): void {
  const range = input(id);
  const exact = input(`${id}-value`);
  range.addEventListener('input', (event) => {
    exact.value = range.value;
    onValue(range.value, event.timeStamp);
  });
  exact.addEventListener('input', (event) => {
    const value = numberIn(exact);
    if (value === undefined) return;
    range.value = value;
    onValue(value, event.timeStamp);
  });
}

/** Replace the edits a control owns. */
function replace(state: PageState, owns: (path: string) => boolean, edits: readonly Edit[]): void {
  for (const path of [...state.edits.keys()]) if (owns(path)) state.edits.delete(path);
  for (const edit of edits) state.edits.set(edit.path, edit.value);
}

function sameDecimal(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && decimal(a).equals(decimal(b));
}

function connectShare(state: PageState, update: Update): void {
  pair('share', (percent, started) => {
    const written = state.base.defence.shareOfGdp;
    const unchanged =
      written !== undefined &&
      Object.keys(written).length === 1 &&
      sameDecimal(written['default'], fromPercent(percent));
    replace(state, isSharePath, unchanged ? [] : oneShare(percent));
    update(started);
  });
  byId('share-years', HTMLDivElement).addEventListener('input', (event) => {
    const typed = new Map<number, string>();
    for (const field of byId('share-years', HTMLDivElement).querySelectorAll('input')) {
      const year = Number(field.dataset['year']);
      const value = numberIn(field);
      if (value !== undefined && !sameDecimal(fromPercent(value), shareIn(state.base, year))) typed.set(year, value);
    }
    replace(state, isSharePath, sharesByYear(typed));
    update(event.timeStamp);
  });
  byId('share-path', HTMLDivElement).addEventListener('input', (event) => {
    const [fromYear, from, toYear, to] = ['path-from-year', 'path-from', 'path-to-year', 'path-to'].map((id) =>
      numberIn(input(id)),
    );
    if (fromYear === undefined || from === undefined || toYear === undefined || to === undefined) return;
    if (Number(toYear) <= Number(fromYear)) return;
    replace(
      state,
      isSharePath,
      sharePath(state.base, { year: Number(fromYear), percent: from }, { year: Number(toYear), percent: to }),
    );
    update(event.timeStamp);
  });
  for (const mode of ['one', 'years', 'path']) {
    input(`share-mode-${mode}`).addEventListener('change', () => {
      showMode(mode);
    });
  }
  input('keep-amounts').addEventListener('change', (event) => {
    if (input('keep-amounts').checked) state.edits.delete('defence.amounts');
    else state.edits.set('defence.amounts', undefined);
    update(event.timeStamp);
  });
}

function showMode(mode: string): void {
  byId('share-one', HTMLDivElement).hidden = mode !== 'one';
  byId('share-years', HTMLDivElement).hidden = mode !== 'years';
  byId('share-path', HTMLDivElement).hidden = mode !== 'path';
}

function connectEconomy(state: PageState, update: Update): void {
  for (const [id, key] of [
    ['growth', 'realGrowth'],
    ['deflator', 'deflator'],
  ] as const) {
    pair(id, (percent, started) => {
      const path = `economy.gdp.${key}.default`;
      if (sameDecimal(fromPercent(percent), state.base.economy.gdp[key]?.['default'])) state.edits.delete(path);
      else state.edits.set(path, fromPercent(percent));
      update(started);
    });
  }
  pair('fx', (rate, started) => {
    const written = firstPair(state.base);
    if (written === undefined) return;
    const path = `fx.${written.pair}.default`;
    if (sameDecimal(rate, written.rate)) state.edits.delete(path);
    else state.edits.set(path, rate);
    update(started);
  });
}

function plans(scenario: Scenario | undefined): { written: PlanSpec; variant: PlanSpec } | undefined {
  const variant = scenario?.plans?.find((plan) => plan.id === planId);
  const written = builtFor?.plans?.find((plan) => plan.id === planId);
  return variant === undefined || written === undefined ? undefined : { written, variant };
}

function connectPlan(state: PageState, update: Update): void {
  const owns = (suffix: string) => (path: string) => path.startsWith(`plans[${planId ?? ''}]`) && path.includes(suffix);
  const yearsChanged = (edits: readonly Edit[], written: PlanSpec): Edit[] =>
    edits.filter((edit) => edit.value !== (edit.path.endsWith('.from') ? written.years.from : written.years.to));
  byId('plan-select', HTMLSelectElement).addEventListener('change', () => {
    planId = byId('plan-select', HTMLSelectElement).value;
    if (variantShown !== undefined) syncPlan(variantShown);
  });
  input('plan-start').addEventListener('input', (event) => {
    const found = plans(variantShown);
    const first = numberIn(input('plan-start'));
    if (found === undefined || first === undefined || !Number.isInteger(Number(first))) return;
    replace(state, owns('.years.'), yearsChanged(movePlan(found.variant, Number(first)), found.written));
    update(event.timeStamp);
  });
  input('plan-end').addEventListener('input', (event) => {
    const found = plans(variantShown);
    const last = numberIn(input('plan-end'));
    if (found === undefined || last === undefined || !Number.isInteger(Number(last))) return;
    // The first year stays where it is (moved or not); the last year moves.
    const edits = [
      { path: `${planPath(found.variant)}.years.from`, value: found.variant.years.from },
      ...stretchPlan(found.variant, Number(last)),
    ];
    replace(state, owns('.years.'), yearsChanged(edits, found.written));
    update(event.timeStamp);
  });
  pair('overrun', (percent, started) => {
    const found = plans(variantShown);
    if (found === undefined) return;
    const amounts = (path: string): boolean => owns('.total')(path) || owns('.amount')(path);
    try {
      replace(state, amounts, decimal(percent).isZero() ? [] : overrunPlan(found.written, percent));
    } catch {
      return;
    }
    update(started);
  });
}

/** Set every control from the variant shown; rebuild the per-year fields and plan list for a new scenario. */
export function syncControls(state: PageState, variant: Scenario): void {
  if (builtFor !== state.base) rebuild(state);
  variantShown = variant;
  const years = yearsOf(variant);
  const share = variant.defence.shareOfGdp?.['default'] ?? shareIn(variant, years[years.length - 1] ?? 0) ?? '0';
  show(input('share'), toPercent(share));
  show(input('share-value'), toPercent(share));
  for (const field of byId('share-years', HTMLDivElement).querySelectorAll('input'))
    show(field, toPercent(shareIn(variant, Number(field.dataset['year'])) ?? '0'));
  input('keep-amounts').checked = !(
    state.edits.has('defence.amounts') && state.edits.get('defence.amounts') === undefined
  );
  for (const [id, key] of [
    ['growth', 'realGrowth'],
    ['deflator', 'deflator'],
  ] as const) {
    const value = variant.economy.gdp[key]?.['default'];
    if (value !== undefined) {
      show(input(id), toPercent(value));
      show(input(`${id}-value`), toPercent(value));
    }
  }
  const rate = firstPair(variant)?.rate;
  if (rate !== undefined && /^[0-9.]+$/.test(rate)) {
    show(input('fx'), rate);
    show(input('fx-value'), rate);
  }
  syncPlan(variant);
  byId('unit-select', HTMLSelectElement).value = state.unit;
}

function syncPlan(variant: Scenario): void {
  const found = plans(variant);
  if (found === undefined) return;
  show(input('plan-start'), String(found.variant.years.from));
  show(input('plan-end'), String(found.variant.years.to));
  const overrun = overrunOf(found.written, found.variant);
  show(input('overrun'), overrun);
  show(input('overrun-value'), overrun);
}

/** A new scenario: its years' share fields, its plans, its path's default years, which controls apply. */
function rebuild(state: PageState): void {
  const base = state.base;
  builtFor = base;
  const select = byId('scenario-select', HTMLSelectElement);
  const own = select.querySelector('option[value=""]');
  if ('scenario' in state.source) {
    own?.remove();
    select.value = state.source.scenario;
  } else {
    const label = 'ally' in state.source ? `NATO ally: ${base.name}` : `Your file: ${base.name}`;
    if (own === null) select.append(new Option(label, ''));
    else own.textContent = label;
    select.value = '';
  }
  byId('ally-select', HTMLSelectElement).value = 'ally' in state.source ? state.source.ally : '';
  const years = yearsOf(base);
  const fields = years.map((year) => {
    const label = document.createElement('label');
    label.textContent = String(year);
    const field = document.createElement('input');
    Object.assign(field, { type: 'number', min: '0', max: '100', step: '0.01', id: `share-year-${String(year)}` });
    field.dataset['year'] = String(year);
    field.setAttribute('aria-label', `Share of GDP in ${String(year)} (%)`);
    label.append(field);
    return label;
  });
  byId('share-years', HTMLDivElement).replaceChildren(...fields);
  const voted = amountYears(base);
  const firstFree = years.find((year) => !voted.includes(year)) ?? years[0] ?? 0;
  input('path-from-year').value = String(firstFree);
  input('path-from').value = toPercent(shareIn(base, firstFree) ?? '0');
  input('path-to-year').value = String(years[years.length - 1] ?? firstFree + 1);
  input('path-to').value = toPercent(shareIn(base, years[years.length - 1] ?? 0) ?? '0');
  input('keep-amounts').disabled = voted.length === 0;
  byId('keep-amounts-label', HTMLSpanElement).textContent =
    voted.length === 0
      ? 'The scenario writes no defence amounts'
      : `Amounts the scenario writes win over the share in their years (${voted.join(', ')})`;
  for (const [id, key] of [
    ['growth', 'realGrowth'],
    ['deflator', 'deflator'],
  ] as const) {
    const absent = base.economy.gdp[key]?.['default'] === undefined;
    input(id).disabled = absent;
    input(`${id}-value`).disabled = absent;
  }
  const pairOf = firstPair(base);
  byId('fx-label', HTMLLabelElement).textContent =
    pairOf === undefined ? 'Exchange rate (the scenario has none)' : `${pairOf.pair}, default`;
  const fixedRate = pairOf?.rate === undefined || !/^[0-9.]+$/.test(pairOf.rate);
  input('fx').disabled = fixedRate;
  input('fx-value').disabled = fixedRate;
  const planSelect = byId('plan-select', HTMLSelectElement);
  planSelect.replaceChildren(...(base.plans ?? []).map((plan) => new Option(plan.name ?? plan.id, plan.id)));
  planId = base.plans?.[0]?.id;
  byId('plan-fieldset', HTMLFieldSetElement).disabled = planId === undefined;
  const shareEdits = [...state.edits.keys()].filter(isSharePath);
  const mode = shareEdits.some((path) => path !== 'defence.shareOfGdp') ? 'years' : 'one';
  input(`share-mode-${mode}`).checked = true;
  showMode(mode);
}
