// The bench's reference (bench/reference/bigintModel.ts, issue 18): the baseline's model written by hand on
// exact BigInt arithmetic gives evaluate()'s figures, every one of them, for the baseline and for variants
// of the share of GDP; so the bench compares like with like, and a change of the model shows here first.
import { describe, expect, it } from 'vitest';
import { checkReference, referenceInput, referenceModel } from '../../bench/reference/bigintModel';
import { evaluate, getScenario, withOverrides } from '../../src/scenarios/index';

const baseline = getScenario('lithuania-baseline');

describe('the BigInt reference of the bench', () => {
  it('gives every figure of evaluate(), to the cent, for the baseline and other shares of GDP', () => {
    for (const share of [undefined, '0.04', '0.0437', '0.06', '0.0699']) {
      const scenario =
        share === undefined
          ? baseline
          : withOverrides(baseline, [{ path: 'defence.shareOfGdp.default', value: share }]);
      const input = referenceInput(scenario);
      const reference = referenceModel(input);
      expect(reference.figures).toBe(462);
      expect(checkReference(evaluate(scenario), reference, input.years), share).toEqual([]);
    }
  });

  it('tells a figure that differs', () => {
    const input = referenceInput(baseline);
    const reference = referenceModel({ ...input, share: [56n, 1000n] });
    expect(checkReference(evaluate(baseline), reference, input.years)).toContain(
      'defence.2030: reference 6079160695.64, evaluate 5970604254.65',
    );
  });
});
