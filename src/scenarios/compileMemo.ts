// Compiled parts, kept by the scenario part they come from. Scenarios are frozen and overrides copy only
// what lies on their path, so an unchanged part keeps its identity and its compiled form: a sweep over the
// share of GDP recompiles nothing but the spending rules. A part's key holds what else it depends on.

/** A cache of compiled parts by the identity of their scenario part. @internal */
export type PartCache<TValue> = WeakMap<object, { key: string; value: TValue }>;

/** The compiled form of a part: the cached one when the part and its key are the same, else computed (and cached when the part is frozen). @internal */
export function memo<TValue>(cache: PartCache<TValue>, part: object, key: string, compute: () => TValue): TValue {
  const hit = cache.get(part);
  if (hit?.key === key) return hit.value;
  const value = compute();
  if (Object.isFrozen(part)) cache.set(part, { key, value });
  return value;
}

/** The years from one to another, both included. @internal */
export function rangeOf(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}
