/**
 * A value computed when a test first asks for it, then kept for the file's other tests.
 *
 * Why not a module-level `const`: code that runs while a test file is collected runs before mutation
 * testing switches a mutant on (docs/testing.md, "Survivors left"), so a scenario evaluated there can never
 * show a mutant's effect. Computed inside the first test that needs it, it can.
 */
export function once<T>(make: () => T): () => T {
  let made: { readonly value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
