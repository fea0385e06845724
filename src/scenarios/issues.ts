// From zod's issues to budget-whatif's: our codes, paths and messages, with "did you mean" for a key
// that is one typo away from a known one.
import type * as z from 'zod';
import type { BudgetWhatIfIssue } from '../errors/BudgetWhatIfError';
import type { ErrorCode } from '../errors/codes';
import { show } from '../errors/fail';

// What zod says of a value that matches no member of a union given no words of its own.
const DEFAULT_UNION_MESSAGE = 'Invalid input';

/** Turn a zod error into our issues, one per problem (one per unknown key). @internal */
export function toIssues(error: z.ZodError, schema: z.ZodType): BudgetWhatIfIssue[] {
  return convert(error.issues, [], schema);
}

function convert(
  zodIssues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[],
  schema: z.ZodType,
): BudgetWhatIfIssue[] {
  const issues: BudgetWhatIfIssue[] = [];
  for (const issue of zodIssues) {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // A value that may be of several kinds (a target's id or a target; a share or { amount }): report the
      // problems of the kind the value is, not a bare "invalid input".
      // A value of none of the kinds: the union's own words where it has them ("expected a number written
      // as a string"), else the first kind's.
      // The kind the value is: first one whose problems lie inside the value (`{ amount }` with an amount
      // out of range), then one whose problem is not only the value's type.
      const chosen =
        issue.errors.find((branch) => branch.some((inner) => inner.path.length > 0)) ??
        issue.errors.find(
          (branch) => !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
        ) ??
        (issue.message === DEFAULT_UNION_MESSAGE || issue.input === undefined
          ? issue.errors[0]
          : [{ ...issue, code: 'custom', path: [] }]);
      issues.push(...convert(chosen ?? [], path, schema));
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, path);
      for (const key of issue.keys) {
        const suggestion = closest(key, known);
        issues.push({
          code: 'unknown_key',
          path: [...path, key],
          message: `unknown key ${show(key)}${suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}?`}${
            known.length > 0 && suggestion === undefined ? ` (expected one of ${known.join(', ')})` : ''
          }`,
        });
      }
      continue;
    }
    const input = (issue as { input?: unknown }).input;
    const code = codeOf(issue, input);
    // A bad record key carries the key's own issue inside; its message is ours.
    const inner = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
    const message =
      code === 'missing_field'
        ? `missing ${JSON.stringify(String(path.at(-1) ?? 'value'))}`
        : (inner ?? typeWords(issue, input) ?? issue.message);
    issues.push(input === undefined ? { code, path, message } : { code, path, message, received: show(input) });
  }
  return issues;
}

// The kinds a value may be expected to have, as a reader says them.
const KINDS: Readonly<Record<string, string>> = {
  object: 'an object ({ … })',
  array: 'a list ([ … ])',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
};

/** A value of the wrong kind, in our words ("expected a string, received 5"), for zod's own ("Invalid input: …"). */
function typeWords(issue: z.core.$ZodIssue, input: unknown): string | undefined {
  if (issue.code !== 'invalid_type' || !issue.message.startsWith(DEFAULT_UNION_MESSAGE)) return undefined;
  return `expected ${KINDS[issue.expected] ?? issue.expected}, received ${show(input)}`;
}

function codeOf(issue: z.core.$ZodIssue, input: unknown): ErrorCode {
  switch (issue.code) {
    case 'custom':
      return (issue.params as { code?: ErrorCode } | undefined)?.code ?? 'invalid_type';
    case 'invalid_type':
      return input === undefined ? 'missing_field' : 'invalid_type';
    case 'too_big':
    case 'too_small':
      return 'out_of_range';
    case 'invalid_key':
      return (issue.issues[0]?.message ?? '').includes('year') ? 'invalid_year' : 'invalid_type';
    case 'invalid_format':
      return issue.message.includes('year') ? 'invalid_year' : 'invalid_type';
    default:
      return 'invalid_type';
  }
}

/** The keys an object schema allows at a path, following optional, transform, union, record and array. */
function knownKeys(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let nodes: unknown[] = [schema];
  for (const key of path) nodes = nodes.flatMap((node) => childrenAt(unwrap(node), key));
  return [...new Set(nodes.flatMap((node) => objectKeys(unwrap(node))))];
}

interface Def {
  readonly type?: string;
  readonly shape?: Record<string, unknown>;
  readonly innerType?: unknown;
  readonly in?: unknown;
  readonly options?: readonly unknown[];
  readonly valueType?: unknown;
  readonly element?: unknown;
}

function defOf(node: unknown): Def {
  return (node as { _zod?: { def?: Def } } | undefined)?._zod?.def ?? {};
}

/** The schemas a node stands for once optional, default and pipe wrappers are removed (unions spread). */
function unwrap(node: unknown): unknown[] {
  const def = defOf(node);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return unwrap(def.innerType);
    case 'pipe':
      return unwrap(def.in);
    case 'union':
      return (def.options ?? []).flatMap(unwrap);
    default:
      return [node];
  }
}

function childrenAt(nodes: unknown[], key: string | number): unknown[] {
  return nodes.flatMap((node) => {
    const def = defOf(node);
    if (def.type === 'object' && typeof key === 'string' && def.shape !== undefined && key in def.shape)
      return [def.shape[key]];
    if (def.type === 'record') return [def.valueType];
    if (def.type === 'array') return [def.element];
    return [];
  });
}

function objectKeys(nodes: unknown[]): string[] {
  return nodes.flatMap((node) => {
    const def = defOf(node);
    return def.type === 'object' && def.shape !== undefined ? Object.keys(def.shape) : [];
  });
}

/** The known key closest to `key` by edit distance (at most 2, or a third of its length), if any. @internal */
export function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}
