// The hand-written Scenario type and the zod schema's output, tied: a field added to one and not the
// other, or typed differently, fails this test (vitest --typecheck), where a cast would hide it.
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { scenarioSchema } from '../../src/scenarios/schema';
import type { Scenario } from '../../src/scenarios/types';

/** Readonly all the way down, so that only the shapes are compared, not their mutability. */
type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends readonly (infer E)[]
    ? readonly DeepReadonly<E>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

describe('Scenario and the schema', () => {
  it('the schema parses to exactly the Scenario type', () => {
    expectTypeOf<DeepReadonly<z.output<typeof scenarioSchema>>>().toEqualTypeOf<DeepReadonly<Scenario>>();
  });

  it('a parsed scenario is assignable to Scenario without a cast', () => {
    expectTypeOf<z.output<typeof scenarioSchema>>().toExtend<Scenario>();
  });
});
