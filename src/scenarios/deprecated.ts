// Old names of result fields, kept readable for now (docs/glossary.md lists each with its new name): an
// accessor that is not enumerable, so that JSON writes each value once, under its new name.

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
  // One shared getter per old name (no closure per object): a result has dozens of these objects.
  if (Object.hasOwn(value, 'byYear') && !Object.hasOwn(value, 'amounts'))
    Object.defineProperty(value, 'amounts', AMOUNTS);
  if (Object.hasOwn(value, 'metCount') && !Object.hasOwn(value, 'met')) Object.defineProperty(value, 'met', MET);
  return value;
}

const AMOUNTS: PropertyDescriptor = {
  get(this: { readonly byYear: unknown }) {
    return this.byYear;
  },
  enumerable: false,
};
const MET: PropertyDescriptor = {
  get(this: { readonly metCount: unknown }) {
    return this.metCount;
  },
  enumerable: false,
};
