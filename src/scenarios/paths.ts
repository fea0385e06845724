// Override paths: `economy.gdp.realGrowth.default`, `defence.shareOfGdp.2030`,
// `plans[border-countermobility].items[anti-tank-mines].amount`, `fx.EUR/USD.default`.
// Dots separate keys; brackets select an element of a list by id (or by index).
import type * as z from 'zod';
import { fail, show } from '../errors/fail';
import { closest } from './issues';
import { SCENARIO_LIMITS } from './limits';

/** One step of a path: a key of an object or record, or an element of a list. @internal */
export type PathStep = { readonly key: string } | { readonly select: string };

/** Split a path into steps, or fail with `unknown_path` for one that does not parse. @internal */
export function parsePath(path: string): PathStep[] {
  if (typeof path !== 'string' || path.trim() === '')
    return fail(
      'unknown_path',
      'an override path is a non-empty string such as "defence.shareOfGdp.2030"',
      ['path'],
      path,
    );
  if (path.length > SCENARIO_LIMITS.pathLength)
    return fail(
      'input_too_large',
      `an override path has at most ${String(SCENARIO_LIMITS.pathLength)} characters; this one has ${String(path.length)}`,
      ['path'],
      path,
    );
  const steps: PathStep[] = [];
  const pattern = /\[([^\]]+)\]|([^.[\]]+)|(\.)/gy;
  let expectKey = true;
  let match: RegExpExecArray | null;
  let position = 0;
  while (position < path.length && (match = pattern.exec(path)) !== null) {
    position = pattern.lastIndex;
    if (match[1] !== undefined) {
      if (steps.length === 0)
        return fail('unknown_path', `the path ${show(path)} starts with a selector`, ['path'], path);
      steps.push({ select: match[1].trim() });
      expectKey = false;
    } else if (match[2] !== undefined) {
      if (!expectKey)
        return fail('unknown_path', `expected "." or "[" before ${show(match[2])} in ${show(path)}`, ['path'], path);
      steps.push({ key: match[2] });
      expectKey = false;
    } else {
      if (expectKey) return fail('unknown_path', `two separators in a row in ${show(path)}`, ['path'], path);
      expectKey = true;
    }
  }
  if (position < path.length || expectKey)
    return fail('unknown_path', `cannot read the path ${show(path)}`, ['path'], path);
  return steps;
}

/** A path as people write it. @internal */
export function formatSteps(steps: readonly PathStep[]): string {
  return steps.map((step, i) => ('key' in step ? `${i === 0 ? '' : '.'}${step.key}` : `[${step.select}]`)).join('');
}

interface Def {
  readonly type?: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly keyType?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly element?: z.ZodType;
}

const defOf = (node: z.ZodType): Def => (node as unknown as { _zod: { def: Def } })._zod.def;

/** The schemas a node stands for with optional and pipe wrappers removed (unions spread). */
function unwrap(node: z.ZodType): z.ZodType[] {
  const def = defOf(node);
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable')
    return unwrap(def.innerType as z.ZodType);
  if (def.type === 'union') return (def.options ?? []).flatMap(unwrap);
  return [node];
}

/**
 * The schema a path leads to in the scenario schema, or `unknown_path` naming the step that names
 * nothing (with the nearest known key).
 *
 * @internal
 */
export function schemaAt(schema: z.ZodType, steps: readonly PathStep[], path: string): z.ZodType {
  return placeOf(schema, steps, path).schema;
}

/**
 * The schema a path leads to, and whether the place may be left empty (an optional key, a key of a
 * record, an element of a list), so that an override may remove it.
 *
 * @internal
 */
export function placeOf(
  schema: z.ZodType,
  steps: readonly PathStep[],
  path: string,
): { readonly schema: z.ZodType; readonly removable: boolean } {
  let nodes: z.ZodType[] = [schema];
  let removable = false;
  steps.forEach((step, i) => {
    const next: z.ZodType[] = [];
    removable = false;
    const known: string[] = [];
    for (const node of nodes.flatMap(unwrap)) {
      const def = defOf(node);
      if ('key' in step) {
        if (def.type === 'object' && def.shape !== undefined) {
          known.push(...Object.keys(def.shape));
          // Own keys only: "toString" or "__proto__" would otherwise find Object.prototype's.
          const child = Object.hasOwn(def.shape, step.key) ? def.shape[step.key] : undefined;
          if (child !== undefined) {
            next.push(child);
            removable ||= defOf(child).type === 'optional';
          }
        } else if (def.type === 'record' && def.keyType !== undefined && def.valueType !== undefined) {
          if (def.keyType.safeParse(step.key).success) {
            next.push(def.valueType);
            removable = true;
          }
        }
      } else if (def.type === 'array' && def.element !== undefined) {
        next.push(def.element);
        removable = true;
      }
    }
    if (next.length === 0) {
      const at = formatSteps(steps.slice(0, i + 1));
      const suggestion = 'key' in step ? closest(step.key, known) : undefined;
      fail(
        'unknown_path',
        `${show(path)} names nothing: there is no ${show(at)} in a scenario${suggestion === undefined ? '' : `; did you mean ${show(formatSteps([...steps.slice(0, i), { key: suggestion }]))}?`}`,
        ['path'],
        path,
      );
    }
    nodes = next;
  });
  const [first] = nodes;
  if (first === undefined) return fail('unknown_path', `${show(path)} names nothing`, ['path'], path);
  return { schema: first, removable };
}

/** The index a selector picks in a list: by `id` (or the value itself, for lists of ids), or by position. @internal */
export function selectIndex(list: readonly unknown[], select: string, at: string): number {
  const byId = list.findIndex(
    (element) =>
      element === select ||
      (typeof element === 'object' && element !== null && (element as { id?: unknown }).id === select),
  );
  if (byId >= 0) return byId;
  if (/^\d+$/.test(select) && Number(select) < list.length) return Number(select);
  const ids = list
    .map((element) => (typeof element === 'string' ? element : (element as { id?: unknown } | null)?.id))
    .filter((id) => typeof id === 'string');
  return fail(
    'unknown_id',
    `${at} has no element ${show(select)}; it has ${ids.length === 0 ? 'none' : ids.join(', ')}`,
    ['path'],
    select,
  );
}
