/**
 * Whether a value is an array with at least one element. Not a type guard on purpose: narrowing with
 * `Array.isArray` turns a typed `readonly T[]` into `any[]`, and the callers keep their element types.
 * The check is still needed at run time: the what-if tools are called from plain JavaScript too.
 *
 * @internal
 */
export function isNonEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

/** Whether a value is a plain object (not null, not an array): a part of a scenario document. @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
