// Old names of result fields, kept readable for now (docs/glossary.md lists each with its new name): an
// accessor that is not enumerable, so that JSON writes each value once, under its new name.

/** Old name → new name, for the objects results are made of. @internal */
const OLD_NAMES: Readonly<Record<string, string>> = { amounts: 'byYear', met: 'metCount' };

/**
 * Give an object of a result its deprecated field names as read-only, non-enumerable aliases of the new
 * ones (`amounts` for `byYear`, `met` for `metCount`), and return it. JSON and object spreads see only the
 * new names.
 *
 * @param value - a plain object with some of the new names.
 * @returns the same object.
 * @internal
 */
export function withOldNames<TValue extends object>(value: TValue): TValue {
  for (const [old, current] of Object.entries(OLD_NAMES)) {
    if (Object.hasOwn(value, current) && !Object.hasOwn(value, old))
      Object.defineProperty(value, old, {
        get: () => (value as Record<string, unknown>)[current],
        enumerable: false,
      });
  }
  return value;
}
