// A simulation's inputs, from the options to the kernel's slots: each path checked and named by id, each
// distribution's sampler built once, each follow tied to its source, and every input at its median put in
// a point scenario that evaluate() validates whole (so the kernel never needs messages of its own).
import { checkedFloat } from '../decimal/fromNumber';
import { fail, show, type Path } from '../errors/fail';
import { rethrowAt } from '../errors/underPath';
import { currencyOf } from '../money/currencies';
import type { CompiledScenario } from '../scenarios/compile';
import { foreignAmounts } from '../scenarios/compileTargets';
import { compiledScenario } from '../scenarios/parseScenario';
import { formatSteps, parsePath, selectIndex, type PathStep } from '../scenarios/paths';
import { notReached, shadowedOf } from '../scenarios/shadowed';
import type { Scenario } from '../scenarios/types';
import { notVariable, variableKind } from '../scenarios/vocabulary';
import { withOverrides } from '../scenarios/withOverrides';
import { checkSpec } from './follow';
import { Kernel, type Slot } from './kernel';
import { BLOCK } from './options';
import { samplerOf, type Sampler } from './sampler';
import type { InputSpec, SimulateOptions } from './simulationTypes';

/** One input of a simulation, resolved. @internal */
export interface Input {
  /** The path as given in `inputs`. */
  readonly given: string;
  /** The path with selectors by id. */
  readonly path: string;
  /** How it is drawn; `undefined` for a follow. */
  readonly sampler: Sampler | undefined;
  /** For a follow, the index of the input it follows. */
  readonly source: number | undefined;
  readonly spec: InputSpec;
  readonly slot: Slot;
  readonly at: Path;
}

/** The inputs resolved, the scenario compiled at their medians, and its kernel. @internal */
export interface ResolvedInputs {
  readonly inputs: readonly Input[];
  readonly model: CompiledScenario;
  readonly kernel: Kernel;
  /** Inputs that change nothing (no year reads them). */
  readonly warnings: readonly string[];
}

interface Given {
  readonly path: string;
  readonly spec: InputSpec;
  /** The path with selectors by id. */
  readonly canonical: string;
  readonly sampler: Sampler | undefined;
}

/** Resolve a simulation's inputs against a scenario; every problem is reported at its input. @internal */
export function resolveInputs(scenario: Scenario, inputs: SimulateOptions['inputs']): ResolvedInputs {
  const given = checkedInputs(scenario, inputs);
  const sources = followSources(given);
  const medians = pointValues(given, sources, currencyOf(scenario.currency).minorUnits);
  // One input at a time, so that a problem is reported against the input that causes it.
  const point = given.reduce(
    (document, { path }, i) =>
      atInput(path, () => withOverrides(document, [{ path, value: medians[i] }], { from: 'simulate' })),
    scenario,
  );
  const model = compiledScenario(point);
  const kernel = new Kernel(model, BLOCK, new Set(given.map((input) => input.canonical)));
  const warnings: string[] = [];
  const unread = new Set<string>();
  const resolved = given.map(({ path, spec, canonical, sampler }, i): Input => {
    const at: Path = ['inputs', path];
    const plan = /^plans\[([^\]]+)\]/.exec(canonical)?.[1];
    if (plan !== undefined && kernel.isFixedPlan(plan))
      return fail(
        'unknown_path',
        `${show(path)} cannot be drawn: plan ${plan} is phased by explicit amounts, and its numbers are fixed in a simulation`,
        at,
        path,
      );
    let slot = kernel.slot(canonical);
    if (slot === undefined) {
      unread.add(canonical);
      warnings.push(`${path} changes nothing in this scenario (no year reads it): it is drawn but has no effect`);
      slot = kernel.unreadSlot(canonical);
    }
    return { given: path, path: canonical, spec, slot, at, sampler, source: sources[i] };
  });
  // An input some years do not read (their own value, or a voted amount over a share), unless none does.
  for (const { change, kept } of shadowedOf(model))
    if (change.from === 'simulate' && !unread.has(change.path))
      warnings.push(`${change.path} is drawn but ${notReached(kept)}`);
  warnings.push(...fixedTargetAmounts(model, resolved));
  return { inputs: resolved, model, kernel, warnings };
}

/**
 * Targets whose amounts are in a currency whose rate is drawn: their bounds stay converted at the
 * scenario's rates (spending and plans move with the drawn rate; a target's bound does not).
 */
function fixedTargetAmounts(model: CompiledScenario, inputs: readonly Input[]): string[] {
  const drawn = new Set(
    inputs.flatMap((input) => {
      const pair = /^fx\.([A-Z]{3}\/[A-Z]{3})\./.exec(input.path)?.[1];
      return pair === undefined ? [] : pair.split('/');
    }),
  );
  return model.targets.flatMap((target, t) => {
    const spec = model.scenario.targets?.[t];
    // Only a custom target (an object) has amounts of its own.
    if (typeof spec !== 'object') return [];
    const currencies = foreignAmounts(spec, model.currency)
      .map((amount) => amount.currency)
      .filter((code) => drawn.has(code));
    return currencies.length === 0
      ? []
      : [
          `target ${target.id}'s amounts in ${[...new Set(currencies)].join(', ')} stay converted at the scenario's rates: drawing the rate moves spending and plans, not the target`,
        ];
  });
}

/** Each input's spec checked, its path named by id and checked to be one a simulation varies, its sampler built once (a PERT's is a table). */
function checkedInputs(scenario: Scenario, inputs: unknown): Given[] {
  if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs))
    return fail(
      'invalid_type',
      `inputs maps scenario paths to distributions, received ${show(inputs)}`,
      ['inputs'],
      inputs,
    );
  return Object.entries(inputs).map(([path, raw]) => {
    const spec = checkSpec(raw, ['inputs', path]);
    const canonical = atInput(path, () => canonicalPath(path, scenario));
    if (variableKind(canonical) === undefined) notVariable(path, ['inputs', path]);
    return { path, spec, canonical, sampler: spec.kind === 'follow' ? undefined : samplerOf(spec, ['inputs', path]) };
  });
}

/** For each follow, the index of the input with a distribution that it follows. */
function followSources(given: readonly Given[]): (number | undefined)[] {
  return given.map(({ path, spec }) => {
    if (spec.kind !== 'follow') return undefined;
    const source = given.findIndex(
      (candidate) =>
        candidate.sampler !== undefined && (candidate.path === spec.path || candidate.canonical === spec.path),
    );
    if (source < 0)
      return fail(
        'unknown_path',
        `${show(spec.path)} is not an input with a distribution, so nothing to follow`,
        ['inputs', path, 'path'],
        spec.path,
      );
    return source;
  });
}

/** An input path with list elements selected by id, as the kernel names its slots. */
function canonicalPath(path: string, scenario: Scenario): string {
  const steps = parsePath(path);
  let node: unknown = scenario;
  const named: PathStep[] = steps.map((step, i) => {
    if ('key' in step) {
      node = (node as Record<string, unknown> | undefined)?.[step.key];
      return step;
    }
    const list = Array.isArray(node) ? (node as unknown[]) : [];
    const index = selectIndex(list, step.select, formatSteps(steps.slice(0, i)));
    node = list[index];
    const id = (node as { id?: unknown } | undefined)?.id;
    return { select: typeof id === 'string' ? id : step.select };
  });
  return formatSteps(named);
}

/** Each input at its median (a follow at its source's), written as the scenario file would hold it. */
function pointValues(given: readonly Given[], sources: readonly (number | undefined)[], minorUnits: number): string[] {
  const medians = given.map(({ sampler }) => sampler?.quantile(0.5));
  return given.map(({ path, spec, canonical }, i) => {
    const source = sources[i];
    const value =
      spec.kind === 'follow' && source !== undefined
        ? spec.times * (medians[source] as number) + spec.plus
        : (medians[i] as number);
    // Amounts in whole minor units, as plans need them; rates and shares as they are.
    const kind = variableKind(canonical);
    const exact = checkedFloat(value, ['inputs', path]);
    return kind === 'amount' || kind === 'gdp' ? exact.toDecimalPlaces(minorUnits).toFixed() : exact.toFixed();
  });
}

/** Run a step on one input, reporting every issue it throws at that input: `['inputs', path]`. */
function atInput<T>(path: string, step: () => T): T {
  return rethrowAt(step, () => ['inputs', path]);
}
