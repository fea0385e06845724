// checkTextDepth's count, at the limit of 64 levels (issue 11): brackets and braces outside quotes and
// comments, the block indentation levels open, and the "- " and "? " indicators that start a line. Each
// row is one text, counted by hand: one level for the first line's indentation, plus what it opens.
import { describe, expect, it } from 'vitest';
import { checkTextDepth } from '../../src/scenarios/limits';
import { expectIssue } from '../helpers/errors';

const open = (n: number, c = '['): string => c.repeat(n);
const lines = (n: number): string => Array.from({ length: n }, (_, k) => `${' '.repeat(k)}k${String(k)}:`).join('\n');

describe('checkTextDepth', () => {
  it.each([
    ['63 brackets on a first line (1 + 63 = 64)', open(63), true],
    ['64 brackets on a first line (65)', open(64), false],
    ['64 braces', open(64, '{'), false],
    ['brackets that close before others open', `${open(40)}${']'.repeat(40)}${open(40)}`, true],
    ['closing brackets with none open', `${']'.repeat(10)}${open(63)}`, true],
    ['brackets in double quotes', `"${open(100)}"`, true],
    ['brackets in single quotes', `'${open(100)}'`, true],
    ['an escaped double quote that does not end the string', `"\\"${open(100)}"`, true],
    ['a single-quoted string that ends at the line', `'${open(10)}\n${open(64)}`, false],
    ['brackets after the quote closes', `"a"${open(64)}`, false],
    ['brackets in a comment', `# ${open(100)}`, true],
    ['brackets in a comment after a value', `a: 1 # ${open(100)}`, true],
    ['a "#" inside a word is not a comment', `a#${open(64)}`, false],
    ['a comment ends with its line', `# x\n${open(64)}`, false],
    ['flow brackets open across lines', `${open(32)}\n${open(32)}`, false],
    ['64 indentation levels', lines(64), true],
    ['65 indentation levels', lines(65), false],
    ['levels closed by a dedent', `${lines(40)}\n${lines(40)}`, true],
    ['63 "- " indicators on a line (1 + 63)', `${'- '.repeat(63)}x`, true],
    ['64 "- " indicators on a line', `${'- '.repeat(64)}x`, false],
    ['64 "? " indicators', `${'? '.repeat(64)}x`, false],
    ['indicators ending the line', `${'- '.repeat(63)}-\n`, false],
    ['"-" without a space is a value', '-'.repeat(100), true],
  ])('%s', (_, text, accepted) => {
    if (accepted)
      expect(() => {
        checkTextDepth(text);
      }).not.toThrow();
    else
      expect(
        expectIssue(
          () => {
            checkTextDepth(text);
          },
          'input_too_large',
          [],
        ).message,
      ).toBe('[budget-whatif] the text nests deeper than 64 levels; a scenario needs fewer than 10');
  });
});
