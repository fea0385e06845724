// Where in the text a problem is (issue 11): line and column of the value at fault (of the key, for an
// unknown key; of the nearest ancestor the text has, for a missing one), counted by hand from the text.
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenarios/index';
import { catchError } from '../helpers/errors';

const issuesOf = (text: string, format?: 'json' | 'yaml'): unknown =>
  catchError(() => parseScenarioText(text, format === undefined ? {} : { format })).issues;

const valid = [
  'name: x',
  'currency: EUR',
  'years: { from: 2025, to: 2026 }',
  'economy:',
  '  gdp:',
  '    series: { 2025: "1", 2026: "1" }',
  'defence:',
  '  shareOfGdp:',
  '    default: 5%',
].join('\n');

describe('parseScenarioText locates', () => {
  it('a value out of range at the value', () => {
    expect(issuesOf(valid.replace('default: 5%', 'default: 150%'))).toEqual([
      {
        code: 'out_of_range',
        path: ['defence', 'shareOfGdp', 'default'],
        message: 'a share of GDP is from 0 to 1 ("0.055" or "5.5%"), received 150%',
        received: '"150%"',
        line: 9,
        column: 14,
      },
    ]);
  });

  it('an unknown key at the key, in YAML and in JSON', () => {
    expect(issuesOf(`${valid}\nnmae: y`)).toEqual([
      { code: 'unknown_key', path: ['nmae'], message: 'unknown key "nmae"; did you mean "name"?', line: 10, column: 1 },
    ]);
    const json = '{\n  "name": "x",\n  "nmae": 1\n}';
    expect(issuesOf(json)).toContainEqual({
      code: 'unknown_key',
      path: ['nmae'],
      message: 'unknown key "nmae"; did you mean "name"?',
      line: 3,
      column: 3,
    });
  });

  it('a missing key at the object that lacks it', () => {
    expect(issuesOf(valid.replace('name: x\n', ''))).toEqual([
      { code: 'missing_field', path: ['name'], message: 'missing "name"', line: 1, column: 1 },
    ]);
  });

  it('a repeated YAML key', () => {
    expect(issuesOf(`${valid}\nname: y`)).toEqual([
      {
        code: 'invalid_syntax',
        path: [],
        message: 'not valid YAML: Map keys must be unique at line 10, column 1:',
        line: 10,
        column: 1,
      },
    ]);
  });

  it('aliases to no anchor, and aliases that expand too much', () => {
    expect(issuesOf('a: &x [1]\nb: *y\n')).toEqual([
      {
        code: 'invalid_syntax',
        path: [],
        message: 'not valid YAML: Unresolved alias (the anchor must be set before the alias): y',
      },
    ]);
    const bomb = [
      'a: &a [1,1,1,1,1,1,1,1,1,1]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: [*c,*c]',
    ].join('\n');
    expect(issuesOf(bomb)).toEqual([
      { code: 'invalid_syntax', path: [], message: 'not valid YAML: its aliases expand more than 100 times' },
    ]);
  });

  it('JSON that does not parse, reading text as JSON when it starts with a brace or when asked', () => {
    expect(issuesOf('{"name": }')).toEqual([
      {
        code: 'invalid_syntax',
        path: [],
        message: 'not valid JSON: Unexpected token \'}\', "{"name": }" is not valid JSON',
      },
    ]);
    expect(issuesOf('name: x', 'json')).toEqual([
      {
        code: 'invalid_syntax',
        path: [],
        message: 'not valid JSON: Unexpected token \'a\', "name: x" is not valid JSON',
      },
    ]);
    // Where YAML can read the broken JSON's lines, they are given.
    const broken = issuesOf('{\n  "name": "x",\n  "currency": [\n}') as readonly { line?: number }[];
    expect(broken[0]?.line).toBeGreaterThanOrEqual(3);
    // A YAML file that starts with spaces is still YAML.
    expect(parseScenarioText(`   ${valid.replace(/\n/g, '\n   ')}`).name).toBe('x');
  });
});

describe('parseScenarioText reads', () => {
  it('text up to 10,000,000 characters, and refuses one more', () => {
    // A JSON object padded with spaces: at the limit it parses (and lacks every field); one more is refused.
    const padded = (length: number): string => `{${' '.repeat(length - 2)}}`;
    const atLimit = issuesOf(padded(10_000_000)) as readonly { code: string }[];
    expect(atLimit.map((issue) => issue.code)).toContain('missing_field');
    expect(issuesOf(padded(10_000_001))).toEqual([
      {
        code: 'input_too_large',
        path: [],
        message: 'the text has 10000001 characters; a scenario has at most 10000000',
      },
    ]);
  });

  it('text that starts with a brace after blank lines as JSON; a brace later on does not make it JSON', () => {
    expect((issuesOf('\n   \n  {"name": }') as readonly { message: string }[])[0]?.message).toMatch(
      /^not valid JSON: /,
    );
    // YAML whose first value is a flow mapping, after a key: still YAML.
    expect((issuesOf('name: {') as readonly { message: string }[])[0]?.message).toMatch(/^not valid YAML: /);
  });

  it('only the formats it knows', () => {
    expect(issuesOf(valid, 'xml' as 'json')).toEqual([
      {
        code: 'invalid_type',
        path: ['options', 'format'],
        message: 'format is "json" or "yaml", received "xml"',
        received: '"xml"',
      },
    ]);
  });
});
