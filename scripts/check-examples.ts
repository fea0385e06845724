// `npm run check:examples`: every example is code. Extracts every `@example` block of the public API
// (src/, TSDoc) and every fenced `ts` block of README.md and docs/*.md, compiles them together against the
// built package (dist/, through package.json's `exports`, as users get it) with the strict flags users
// may have, runs each, and checks every `// => value` and `// throws` comment:
//
//   metric(result, 'defence.2026').value.toString(); // => '4790000000'   (deep-equal; a Decimal reads as its digits)
//   const x = f(); // => 5                                                (checks x)
//   console.log(error.code); // => 'unsafe_number'                        (checks what is logged)
//   money(0.1 + 0.2, 'EUR'); // throws: unsafe_number                     (a BudgetWhatIfError, of that code)
//   f(); // => '1.05985' (1.034 × 1.025)                                  (a note in parentheses is not checked)
//
// Strings compare with no-break spaces read as spaces (Intl prints "1,1 mlrd. €" with U+00A0).
// The fenced blocks of one section of a Markdown file (between `##` headings) run as one module, in order,
// as a reader meets them. Build first (`npm run build`). Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const out = join(root, '.examples');

/** One example: its code and where it came from (file and first line). */
interface Example {
  readonly source: string;
  readonly line: number;
  readonly code: string;
}

function files(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, ending);
    return entry.name.endsWith(ending) ? [path] : [];
  });
}

/** The `@example` blocks of exported declarations that are not `@internal`. */
function tsdocExamples(path: string): Example[] {
  const text = readFileSync(path, 'utf8');
  const examples: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const body = comment[0];
    if (/@internal\b/.test(body) || !body.includes('@example')) continue;
    const startLine = text.slice(0, comment.index).split('\n').length;
    const lines = body.split('\n').map((line) => line.replace(/^\s*\*? ?/, ''));
    let inExample = false;
    let block: string[] | undefined;
    let blockLine = 0;
    lines.forEach((line, i) => {
      if (/^@\w+/.test(line)) inExample = line.startsWith('@example');
      if (!inExample) return;
      if (block === undefined && /^```(ts|typescript)\s*$/.test(line)) {
        block = [];
        blockLine = startLine + i + 1;
      } else if (block !== undefined && /^```\s*$/.test(line)) {
        examples.push({ source: relative(root, path), line: blockLine, code: block.join('\n') });
        block = undefined;
      } else if (block !== undefined) block.push(line);
    });
  }
  return examples;
}

/** The fenced `ts` blocks of a Markdown file, one example per section (`##` heading). */
function markdownExamples(path: string): Example[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const sections: { line: number; code: string[] }[] = [];
  let current: { line: number; code: string[] } | undefined;
  let inBlock = false;
  lines.forEach((line, i) => {
    if (!inBlock && /^##\s/.test(line)) current = undefined;
    if (!inBlock && /^```(ts|typescript)\s*$/.test(line)) {
      inBlock = true;
      if (current === undefined) {
        current = { line: i + 2, code: [] };
        sections.push(current);
      } else current.code.push(`// (${relative(root, path)}:${String(i + 2)})`);
      return;
    }
    if (inBlock && /^```\s*$/.test(line)) {
      inBlock = false;
      return;
    }
    if (inBlock) current?.code.push(line);
  });
  return sections.map((section) => ({
    source: relative(root, path),
    line: section.line,
    code: section.code.join('\n'),
  }));
}

/** Whether a text parses as one expression. */
function isExpression(text: string): boolean {
  const parsed = ts.createSourceFile('value.ts', `(${text});`, ts.ScriptTarget.ES2022, true);
  return (parsed as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length === 0;
}

/** The value after `// =>`: a literal, optionally followed by a note in parentheses: `'1.05985' (1.034 × 1.025)`. */
function literalOf(text: string): string | undefined {
  if (isExpression(text)) return text;
  const withoutNote = text.replace(/\s+\([^()]*\)$/, '');
  return withoutNote !== text && isExpression(withoutNote) ? withoutNote : undefined;
}

/** The example rewritten as a module: imports first, the rest in a function, each check made a call. */
function transform(example: Example): { module: string; checks: number; problems: string[] } {
  const file = ts.createSourceFile('example.ts', example.code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const text = example.code;
  const edits: { start: number; end: number; text: string }[] = [];
  const problems: string[] = [];
  let checks = 0;
  const at = (node: ts.Node): string =>
    `${example.source}:${String(example.line + file.getLineAndCharacterOfPosition(node.getStart()).line)}`;
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) {
      const comment = ts
        .getTrailingCommentRanges(text, node.end)
        ?.map((range) => text.slice(range.pos, range.end))
        .find((candidate) => /^\/\/\s*(=>|throws\b)/.test(candidate));
      if (comment !== undefined) {
        const where = JSON.stringify(at(node));
        if (/^\/\/\s*throws\b/.test(comment)) {
          const code = /^\/\/\s*throws:?\s*([a-z]+(?:_[a-z]+)+)\b/.exec(comment)?.[1];
          edits.push({
            start: node.getStart(),
            end: node.end,
            text: `__throws(() => { ${node.getText()} }, ${code === undefined ? 'undefined' : JSON.stringify(code)}, ${where});`,
          });
          checks++;
        } else {
          const expected = literalOf(comment.replace(/^\/\/\s*=>\s*/, '').trim());
          if (expected === undefined) {
            problems.push(`${at(node)}: the value after "// =>" is not a literal: ${comment}`);
          } else if (ts.isExpressionStatement(node)) {
            let expression = node.expression;
            // console.log(x); // => v  checks x.
            if (
              ts.isCallExpression(expression) &&
              expression.expression.getText() === 'console.log' &&
              expression.arguments.length === 1
            )
              expression = expression.arguments[0] as ts.Expression;
            edits.push({
              start: node.getStart(),
              end: node.end,
              text: `__expect(${expression.getText()}, (${expected}), ${where});`,
            });
            checks++;
          } else {
            const declaration = node.declarationList.declarations[0];
            if (declaration !== undefined && ts.isIdentifier(declaration.name)) {
              edits.push({
                start: node.end,
                end: node.end,
                text: ` __expect(${declaration.name.text}, (${expected}), ${where});`,
              });
              checks++;
            }
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let body = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    body = body.slice(0, edit.start) + edit.text + body.slice(edit.end);
  // Imports move to the top of the module; everything else runs inside the example's function.
  const rewritten = ts.createSourceFile('example.ts', body, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const imports = rewritten.statements.filter(ts.isImportDeclaration).map((statement) => statement.getText());
  const rest = rewritten.statements
    .filter((statement) => !ts.isImportDeclaration(statement))
    .map((statement) => statement.getFullText())
    .join('');
  const module = [
    `// ${example.source}:${String(example.line)}`,
    "import { __expect, __throws } from './check.mjs';",
    ...imports,
    'export default async function example(): Promise<void> {',
    rest,
    '}',
    '',
  ].join('\n');
  return { module, checks, problems };
}

const CHECK = `import { isDeepStrictEqual } from 'node:util';

const failures: string[] = [];
export function failed(): string[] {
  return failures;
}

function isDecimal(value: unknown): value is { toString(): string } {
  return typeof value === 'object' && value !== null && (value as { toStringTag?: unknown }).toStringTag === '[object Decimal]';
}

/**
 * A value as it compares with an example's literal: a Decimal as its digits, recursively, and the
 * no-break spaces Intl prints as plain spaces, as the example shows them.
 */
function plain(value: unknown, expected: unknown): unknown {
  if (typeof value === 'string') return value.replace(/[\u00a0\u202f]/g, ' ');
  if (isDecimal(value)) return typeof expected === 'number' ? Number(value.toString()) : value.toString();
  if (Array.isArray(value))
    return (value as unknown[]).map((element: unknown, i: number) => plain(element, Array.isArray(expected) ? (expected as unknown[])[i] : undefined));
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, element]) => [key, plain(element, (expected as Record<string, unknown> | undefined)?.[key])]),
    );
  }
  return value;
}

export function __expect(actual: unknown, expected: unknown, at: string): void {
  const value = plain(actual, expected);
  if (!isDeepStrictEqual(value, expected))
    failures.push(\`\${at}: expected \${JSON.stringify(expected)}, got \${JSON.stringify(value) ?? String(value)}\`);
}

export function __throws(run: () => unknown, code: string | undefined, at: string): void {
  try {
    run();
  } catch (error) {
    const name = (error as { name?: unknown }).name;
    const thrown = (error as { code?: unknown }).code;
    if (name !== 'BudgetWhatIfError') failures.push(\`\${at}: expected a BudgetWhatIfError, got \${String(error)}\`);
    else if (code !== undefined && thrown !== code) failures.push(\`\${at}: expected the code \${code}, got \${String(thrown)}\`);
    return;
  }
  failures.push(\`\${at}: expected it to throw\`);
}
`;

const examples = [
  ...files(join(root, 'src'), '.ts').flatMap(tsdocExamples),
  ...[
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => join('docs', name)),
  ].flatMap((name) => markdownExamples(join(root, name))),
];

rmSync(out, { recursive: true, force: true });
mkdirSync(out);
writeFileSync(join(out, 'check.mts'), CHECK);
let checks = 0;
const problems: string[] = [];
const modules = examples.map((example, i) => {
  const name = `example${String(i).padStart(4, '0')}.mts`;
  const transformed = transform(example);
  checks += transformed.checks;
  problems.push(...transformed.problems);
  writeFileSync(join(out, name), transformed.module);
  return { name, example };
});
writeFileSync(
  join(out, 'run.mts'),
  [
    "import { failed } from './check.mjs';",
    ...modules.map(({ name }, i) => `import example${String(i)} from './${name.replace(/\.mts$/, '.mjs')}';`),
    'const log = console.log;',
    'const all: [string, () => Promise<void>][] = [',
    ...modules.map(
      ({ example }, i) => `  [${JSON.stringify(`${example.source}:${String(example.line)}`)}, example${String(i)}],`,
    ),
    '];',
    'for (const [at, run] of all) {',
    '  console.log = () => undefined;',
    '  try {',
    '    await run();',
    '  } catch (error) {',
    '    failed().push(`${at}: threw ${error instanceof Error ? error.message : String(error)}`);',
    '  } finally {',
    '    console.log = log;',
    '  }',
    '}',
    'for (const failure of failed()) console.error(`FAIL ${failure}`);',
    'process.exitCode = failed().length === 0 ? 0 : 1;',
    '',
  ].join('\n'),
);
writeFileSync(
  join(out, 'tsconfig.json'),
  JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noImplicitOverride: true,
        target: 'ES2022',
        lib: ['ES2023'],
        types: ['node'],
        module: 'nodenext',
        moduleResolution: 'nodenext',
        noEmit: true,
        skipLibCheck: false,
        typeRoots: [join(root, 'node_modules', '@types')],
      },
      include: ['*.mts'],
    },
    null,
    2,
  ),
);
// No package.json here: `budget-whatif` then resolves to this package itself (its name and `exports`).

console.log(`${String(examples.length)} examples, ${String(checks)} checked values`);
for (const problem of problems) console.error(`FAIL ${problem}`);

// Compile: every error, mapped back to the example it came from.
const compiled = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', out], {
  cwd: root,
  encoding: 'utf8',
});
const compileErrors = compiled.stdout
  .split('\n')
  .filter((line) => /^\.examples\/example\d+\.mts/.test(line))
  .map((line) => {
    const match = /^\.examples\/(example\d+\.mts)\((\d+),\d+\): (.*)$/.exec(line);
    const found = modules.find((module) => module.name === match?.[1]);
    return found === undefined
      ? line
      : `${found.example.source}:${String(found.example.line)} (.examples/${found.name}:${match?.[2] ?? ''}): ${match?.[3] ?? ''}`;
  });
for (const error of compileErrors) console.error(`FAIL compile ${error}`);
if (compiled.status !== 0 && compileErrors.length === 0) console.error(compiled.stdout);

// Run them all, in one process.
const ran = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(out, 'run.mts')], {
  cwd: root,
  encoding: 'utf8',
});
process.stderr.write(ran.stderr);
const runFailures = ran.stderr.split('\n').filter((line) => line.startsWith('FAIL')).length;
const total =
  problems.length + compileErrors.length + runFailures + (compiled.status !== 0 && compileErrors.length === 0 ? 1 : 0);
console.log(
  total === 0
    ? `every example compiles and runs, and every checked value holds`
    : `${String(compileErrors.length)} compile errors, ${String(runFailures)} failures when run, ${String(problems.length)} malformed checks`,
);
process.exit(total === 0 && ran.status === 0 ? 0 : 1);
