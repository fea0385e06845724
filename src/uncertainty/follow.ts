// Inputs that follow another input, and the check of every input's spec (a distribution or a follow).
import { fail, show, type Path } from '../errors/fail';
import { checkDistribution, numberOf, type NumberInput } from './distributions';
import type { Follow, FollowOptions, InputSpec } from './simulationTypes';

/**
 * An input that follows another; see {@link Follow}.
 *
 * @param path - the path of the input followed.
 * @param options - `times` (default 1) and `plus` (default 0).
 * @returns the follow.
 * @category Uncertainty
 * @example
 * ```ts
 * import { follow } from 'budget-whatif/uncertainty';
 * follow('plans[border-countermobility].items[anti-tank-mines].amount', { plus: '300000000' }).plus; // => 300000000
 * ```
 */
export function follow(path: string, options: FollowOptions = {}): Follow {
  return checkFollow({ kind: 'follow', path, times: options.times ?? 1, plus: options.plus ?? 0 }, []);
}

/** An input's spec, checked: a follow or a distribution. @internal */
export function checkSpec(spec: unknown, at: Path): InputSpec {
  if (typeof spec === 'object' && spec !== null && (spec as { kind?: unknown }).kind === 'follow')
    return checkFollow(spec, at);
  return checkDistribution(spec, at);
}

function checkFollow(spec: unknown, at: Path): Follow {
  const value = spec as Record<string, unknown>;
  const path = value['path'];
  if (typeof path !== 'string' || path === '')
    return fail(
      'invalid_type',
      `a follow names the path of another input, received ${show(path)}`,
      [...at, 'path'],
      path,
    );
  for (const key of Object.keys(value))
    if (!['kind', 'path', 'times', 'plus'].includes(key))
      fail('unknown_key', `a follow has path, times and plus, not ${show(key)}`, [...at, key], key);
  return Object.freeze({
    kind: 'follow',
    path,
    times: numberOf((value['times'] ?? 1) as NumberInput, [...at, 'times']),
    plus: numberOf((value['plus'] ?? 0) as NumberInput, [...at, 'plus']),
  });
}
