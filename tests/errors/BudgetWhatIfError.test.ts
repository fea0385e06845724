import { describe, expect, it } from 'vitest';
import { BudgetWhatIfError, isBudgetWhatIfError } from '../../src/index';

describe('BudgetWhatIfError', () => {
  it('carries its issues and the code of a single kind', () => {
    const error = new BudgetWhatIfError([
      { code: 'invalid_number', path: ['plans', 0, 'total'], message: 'bad', received: '"x"' },
    ]);
    expect(error.code).toBe('invalid_number');
    expect(error.name).toBe('BudgetWhatIfError');
    expect(error.message).toBe('[budget-whatif] plans[0].total: bad');
    expect(error).toBeInstanceOf(Error);
  });

  it('lists several issues, one a line, with invalid_input as the code when kinds differ', () => {
    const error = new BudgetWhatIfError([
      { code: 'invalid_number', path: ['a'], message: 'first' },
      { code: 'unknown_currency', path: ['b', 'weird key'], message: 'second' },
    ]);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatchInlineSnapshot(`
      "[budget-whatif] 2 problems:
        - a: first
        - b["weird key"]: second"
    `);
  });

  it('is recognised by the guard, and a look-alike from another copy of the library is too', () => {
    expect(isBudgetWhatIfError(new BudgetWhatIfError([{ code: 'out_of_range', path: [], message: 'x' }]))).toBe(true);
    // What the CJS build's error looks like to the ESM build: another class, the same brand.
    const foreign = Object.assign(new Error('x'), { name: 'BudgetWhatIfError' });
    Object.defineProperty(foreign, Symbol.for('budget-whatif.error'), { value: true });
    expect(isBudgetWhatIfError(foreign)).toBe(true);
  });

  it('is not fooled by an ordinary error of the same name', () => {
    expect(isBudgetWhatIfError(Object.assign(new Error('x'), { name: 'BudgetWhatIfError' }))).toBe(false);
    expect(isBudgetWhatIfError(new TypeError('x'))).toBe(false);
    expect(isBudgetWhatIfError(null)).toBe(false);
    expect(isBudgetWhatIfError('BudgetWhatIfError')).toBe(false);
  });

  it('keeps the brand out of JSON', () => {
    const error = new BudgetWhatIfError([{ code: 'out_of_range', path: [], message: 'x' }]);
    expect(Object.keys(error)).not.toContain(Symbol.for('budget-whatif.error').toString());
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'out_of_range',
      issues: [{ code: 'out_of_range', path: [], message: 'x' }],
      name: 'BudgetWhatIfError',
    });
  });
});
