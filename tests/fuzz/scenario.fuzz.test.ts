import fc from 'fast-check';
import { describe, it } from 'vitest';
import { stringify } from 'yaml';
import { ecb } from '../../src/entries/ecb';
import { evaluate, parseScenario, parseScenarioText, safeParseScenario } from '../../src/scenarios/index';
import { checkResult, fuzz } from './harness';
import { mutatedDocument, mutatedDocuments } from './mutate';

describe('fuzz: scenario documents', () => {
  it('a mutated document is a scenario that evaluates to a result that adds up, or a clean error', () => {
    fuzz(mutatedDocument, (document) => {
      const parsed = safeParseScenario(document);
      if (!parsed.success) {
        // The safe twin and the throwing one agree.
        const issues = parsed.issues.length;
        try {
          parseScenario(document);
        } catch (error) {
          if ((error as { issues?: unknown[] }).issues?.length !== issues)
            throw new Error('parse and safeParse disagree');
          throw error;
        }
        throw new Error('safeParseScenario failed where parseScenario succeeded');
      }
      checkResult(evaluate(parsed.scenario));
    });
  });

  it('with the daily rate table passed, the same: a scenario that adds up, or a clean error', () => {
    fuzz(mutatedDocument, (document) => {
      checkResult(evaluate(parseScenario(document, { rates: ecb })));
    });
  });
});

/** YAML and JSON text: written from mutated documents, then cut, spliced and salted with YAML's own features. */
// Serialising a 3,000-level document would overflow the writer's stack: text nests through its insertions.
const shallow = mutatedDocuments(60);
const text: fc.Arbitrary<string> = fc.oneof(
  shallow.map((document) => stringify(document, { aliasDuplicateObjects: false })),
  shallow.map((document) => JSON.stringify(document)),
  fc
    .tuple(
      shallow.map((document) => stringify(document, { aliasDuplicateObjects: false })),
      fc.nat(),
      fc.constantFrom(
        '*x',
        '&x ',
        '!!binary AAAA',
        '!!js/function "x"',
        '? ',
        ': ',
        '- ',
        '[',
        '{',
        '"',
        "'",
        '\t',
        '\n  - ',
        '<<: *x\n',
        '---\n',
        '...\n',
        '%YAML 1.1\n',
        '['.repeat(200),
        '['.repeat(5000),
        '- '.repeat(3000),
        'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n',
        '\u0000',
        '\ufeff',
      ),
    )
    .map(
      ([source, at, insert]) =>
        source.slice(0, at % (source.length + 1)) + insert + source.slice(at % (source.length + 1)),
    ),
  fc.string({ unit: 'binary', maxLength: 400 }),
);

describe('fuzz: scenario text (JSON and YAML)', () => {
  it('text is a scenario that evaluates, or a clean error with its line', () => {
    fuzz(text, (source) => {
      checkResult(evaluate(parseScenarioText(source)));
    });
  });
});
