// Every source behind a scenario, its plans and its targets, without repeats.
import type { Target } from '../economy/targets';
import type { Plan } from '../plans/types';
import type { Source } from '../sources/Source';

const sourcesMemo = new WeakMap<
  object,
  { plans: readonly Plan[]; targets: readonly Target[]; value: readonly Source[] }
>();

/** Every source of the scenario, its plans and its targets, without repeats; kept while they stay the same. @internal */
export function sourcesOf(
  own: readonly Source[],
  plans: readonly Plan[],
  targets: readonly Target[],
): readonly Source[] {
  const hit = sourcesMemo.get(own);
  if (hit !== undefined && sameItems(hit.plans, plans) && sameItems(hit.targets, targets)) return hit.value;
  const value = uniqueSources([
    ...own,
    ...plans.flatMap((plan) => plan.sources),
    ...targets.flatMap((target) => target.sources),
  ]);
  if (Object.isFrozen(own)) sourcesMemo.set(own, { plans, targets, value });
  return value;
}

/** Whether two lists hold the same items, by identity, in order. @internal */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Sources without repeats (the same publisher, title, words and all), in their first order. @internal */
export function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = JSON.stringify(source);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
