// The numerical building blocks of the Monte Carlo layer, each against an independent reference: the
// authors' C code of xoshiro128** and SplitMix64, SciPy 1.x (scipy.stats.norm, beta, lognorm) and, for
// the beta CDF with whole parameters, the binomial sum worked by hand.
import { describe, expect, it } from 'vitest';
import { betaCdf } from '../../src/uncertainty/beta';
import { correlationRoot } from '../../src/uncertainty/correlation';
import { ci90, discrete, lognormal, normal, pert, triangular, uniform } from '../../src/uncertainty/distributions';
import { normalCdf, normalQuantile } from '../../src/uncertainty/normal';
import { Random } from '../../src/uncertainty/random';
import { samplerOf } from '../../src/uncertainty/sampler';
import { orderStatistics } from '../../src/uncertainty/summary';
import { expectIssue } from '../helpers/errors';

describe('Random (xoshiro128** seeded by SplitMix64)', () => {
  // From the reference C code (prng.di.unimi.it), compiled with gcc: the first six outputs, the 1,000th,
  // and the double built from the two outputs after it as (top 27 bits · 2^26 + top 26 bits + ½) / 2^53.
  const reference: [number, number[], number, number][] = [
    [0, [3737715805, 2584255861, 2876756834, 3286328325, 1553311962, 1625202774], 2387201604, 0.59199228457388386],
    [1, [1695105466, 1423115009, 634581793, 1068227753, 716759206, 4186505319], 1665077326, 0.71857984796217744],
    [42, [1776835114, 4165204688, 17111135, 2317295270, 2792088233, 2554630222], 16075257, 0.07624422305316364],
    [
      Number.MAX_SAFE_INTEGER,
      [1233166643, 1287031142, 661813442, 2960669951, 2601079046, 1036114921],
      1464220257,
      0.11946414284002033,
    ],
  ];

  it.each(reference)('matches the reference outputs for seed %d', (seed, first, thousandth, double) => {
    const random = new Random(seed);
    expect(Array.from({ length: 6 }, () => random.nextUint32())).toEqual(first);
    for (let i = 6; i < 999; i++) random.nextUint32();
    expect(random.nextUint32()).toBe(thousandth);
    expect(random.nextDouble()).toBe(double);
  });

  it('fills rows trial by trial with the same stream as nextDouble', () => {
    const one = new Random(7);
    const rows = [new Float64Array(5), new Float64Array(5), new Float64Array(5)];
    one.fillRows(rows, 5);
    const other = new Random(7);
    for (let b = 0; b < 5; b++) for (const row of rows) expect(row[b]).toBe(other.nextDouble());
    expect(one.nextDouble()).toBe(other.nextDouble());
  });

  it('skips uniforms as if it had drawn them: a range of trials picks up the stream where it stands', () => {
    for (const skipped of [0, 1, 2, 17, 1000]) {
      const drawn = new Random(11);
      for (let i = 0; i < skipped; i++) drawn.nextDouble();
      const skipping = new Random(11);
      skipping.skip(skipped);
      for (let i = 0; i < 5; i++) expect(skipping.nextDouble()).toBe(drawn.nextDouble());
    }
    // And then fills rows as the generator that drew them would.
    const rows = [new Float64Array(3), new Float64Array(3)];
    const skipping = new Random(5);
    skipping.skip(6);
    skipping.fillRows(rows, 3);
    const drawn = new Random(5);
    for (let i = 0; i < 6; i++) drawn.nextDouble();
    for (let b = 0; b < 3; b++) for (const row of rows) expect(row[b]).toBe(drawn.nextDouble());
  });

  it('never draws 0 or 1', () => {
    const random = new Random(3);
    for (let i = 0; i < 10_000; i++) {
      const u = random.nextDouble();
      expect(u > 0 && u < 1).toBe(true);
    }
  });

  it('refuses a seed that is not a whole number from 0 to 2^53 − 1', () => {
    expectIssue(() => new Random(-1), 'out_of_range', ['seed']);
    expectIssue(() => new Random(1.5), 'out_of_range', ['seed']);
    expectIssue(() => new Random(Number.NaN), 'out_of_range', ['seed']);
  });
});

describe('the standard normal', () => {
  // scipy.stats.norm.ppf and .cdf.
  it.each([
    [1e-12, -7.034483825301131],
    [1e-6, -4.753424308822899],
    [0.001, -3.090232306167813],
    [0.025, -1.9599639845400545],
    [0.3, -0.5244005127080409],
    [0.5, 0],
    [0.8, 0.8416212335729143],
    [0.975, 1.959963984540054],
    [0.999999, 4.753424308817087],
  ])('Φ⁻¹(%d) = %d to 1e-15 relative', (p, expected) => {
    expect(Math.abs(normalQuantile(p) - expected)).toBeLessThanOrEqual(1e-15 * Math.max(1, Math.abs(expected)));
  });

  it.each([
    [-8, 6.22096057427174e-16],
    [-5, 2.866515718791933e-7],
    [-3, 0.0013498980316300933],
    [-1.5, 0.06680720126885807],
    [-0.2, 0.42074029056089696],
    [0, 0.5],
    [0.7, 0.758036347776927],
    [2, 0.9772498680518208],
    [4, 0.9999683287581669],
    [6, 0.9999999990134123],
  ])('Φ(%d) = %d to 1e-14 absolute', (x, expected) => {
    expect(Math.abs(normalCdf(x) - expected)).toBeLessThanOrEqual(1e-14);
  });

  it('Φ(Φ⁻¹(p)) = p', () => {
    for (let p = 0.0005; p < 1; p += 0.0137) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 13);
  });
});

describe('the beta CDF', () => {
  it('matches the binomial sum for whole parameters, worked by hand', () => {
    // I_x(2, 4) = Σ_{j=2..5} C(5, j) x^j (1 − x)^(5−j); at 0.1: 0.0729 + 0.0081 + 0.00045 + 0.00001.
    expect(betaCdf(0.1, 2, 4)).toBeCloseTo(0.08146, 15);
    // At 0.5: (10 + 10 + 5 + 1) / 32.
    expect(betaCdf(0.5, 2, 4)).toBeCloseTo(26 / 32, 15);
    // I_x(1, 5) = 1 − (1 − x)^5.
    expect(betaCdf(0.05, 1, 5)).toBeCloseTo(1 - 0.95 ** 5, 14);
  });

  it.each([
    [0.3, 1.6666666666666667, 4.333333333333333, 0.5995317521191008],
    [0.75, 1.6666666666666667, 4.333333333333333, 0.9929954560500323],
    [0.99, 5, 1, 0.9509900498999999],
    [0.4, 3.6, 1.4, 0.06417028372742932],
  ])('I_%d(%d, %d) matches SciPy', (x, a, b, expected) => {
    expect(Math.abs(betaCdf(x, a, b) - expected)).toBeLessThanOrEqual(1e-14);
  });
});

describe('samplers', () => {
  it('PERT: quantiles and CDF within 1e-8 of SciPy’s beta', () => {
    const sampler = samplerOf(pert(720e6, 800e6, 1200e6), []);
    // 720M + 480M × scipy.stats.beta.ppf(u, 1 + 4·80/480, 1 + 4·400/480).
    const expected: [number, number][] = [
      [0.001, 722101556.9048138],
      [0.05, 743230659.0634525],
      [0.25, 789043569.4279498],
      [0.5, 840937909.027813],
      [0.75, 905764426.765089],
      [0.95, 1006069788.9179357],
      [0.999, 1124483164.594563],
    ];
    for (const [u, x] of expected) {
      expect(Math.abs(sampler.quantile(u) - x) / 480e6).toBeLessThan(1e-8);
      expect(Math.abs(sampler.cdf(x) - u)).toBeLessThan(1e-8);
    }
  });

  it('triangular: the closed form, by hand', () => {
    const sampler = samplerOf(triangular(0, 1, 4), []);
    // F(x) = x²/4 up to the mode; 1 − (4 − x)²/12 after it.
    expect(sampler.cdf(1)).toBeCloseTo(0.25, 15);
    expect(sampler.cdf(2)).toBeCloseTo(1 - 4 / 12, 15);
    expect(sampler.quantile(0.25)).toBeCloseTo(1, 14);
    expect(sampler.quantile(1 - 4 / 12)).toBeCloseTo(2, 14);
  });

  it('lognormal fitted by ci90 has the interval as its 5th and 95th percentiles (SciPy)', () => {
    const fitted = ci90(1.0, 1.3);
    expect(fitted.kind).toBe('lognormal');
    expect(fitted.fit).toBe('a lognormal fitted to the 90% interval 1 to 1.3');
    const sampler = samplerOf(fitted, []);
    expect(sampler.quantile(0.05)).toBeCloseTo(1.0, 14);
    expect(sampler.quantile(0.95)).toBeCloseTo(1.3, 14);
    expect(sampler.quantile(0.25)).toBeCloseTo(1.0804628364478865, 14);
    expect(sampler.quantile(0.5)).toBeCloseTo(1.140175425099138, 14);
  });

  it('a normal ci90 puts the mean in the middle', () => {
    const fitted = ci90('1%', '5%', { shape: 'normal' });
    expect(fitted.kind).toBe('normal');
    expect(fitted.kind === 'normal' ? fitted.mean : NaN).toBeCloseTo(0.03, 15);
    expect(samplerOf(fitted, []).quantile(0.95)).toBeCloseTo(0.05, 15);
    expect(ci90(-0.01, 0.02).kind).toBe('normal');
  });

  it('discrete: values sorted with their weights', () => {
    const sampler = samplerOf(discrete([3, 1, 2], [1, 1, 2]), []);
    expect([0.1, 0.3, 0.5, 0.74, 0.76, 0.99].map((u) => sampler.quantile(u))).toEqual([1, 2, 2, 2, 3, 3]);
    expect(sampler.cdf(2)).toBe(0.75);
  });

  it('truncation keeps values within the bounds and renormalises', () => {
    const sampler = samplerOf(normal(0, 1, { truncate: { min: 0 } }), []);
    // The upper half of a standard normal: its median is Φ⁻¹(0.75).
    expect(sampler.quantile(0.5)).toBeCloseTo(normalQuantile(0.75), 14);
    expect(sampler.quantile(1e-9)).toBeGreaterThanOrEqual(0);
    expect(sampler.cdf(-1)).toBe(0);
    expectIssue(() => samplerOf(normal(0, 1, { truncate: { min: 50 } }), ['x']), 'out_of_range', ['x', 'truncate']);
  });
});

describe('distributions refuse bad parameters, naming them', () => {
  it.each([
    ['a negative standard deviation', () => normal(0.03, -0.01), 'out_of_range', ['sd']],
    ['a zero standard deviation', () => normal(0.03, 0), 'out_of_range', ['sd']],
    ['low above high', () => uniform(0.06, 0.05), 'out_of_range', ['max']],
    ['a ci90 with low above high', () => ci90(1.3, 1.0), 'out_of_range', ['high']],
    ['a lognormal ci90 from 0', () => ci90(0, 1, { shape: 'lognormal' }), 'out_of_range', ['low']],
    ['a mode above max', () => pert(1, 5, 4), 'out_of_range', ['mode']],
    ['min above max', () => pert(5, 5, 4), 'out_of_range', ['max']],
    ['a mode below min', () => triangular(2, 1, 4), 'out_of_range', ['mode']],
    ['a zero lambda', () => pert(1, 2, 4, { lambda: 0 }), 'out_of_range', ['lambda']],
    ['a zero sigma', () => lognormal(0, 0), 'out_of_range', ['sigma']],
    ['a negative weight', () => discrete([1, 2], [1, -1]), 'out_of_range', ['weights', 1]],
    ['no values', () => discrete([]), 'empty_input', ['values']],
    ['NaN', () => normal(Number.NaN, 1), 'invalid_number', ['mean']],
    ['a word', () => normal('three', 1), 'invalid_number', ['mean']],
    ['reversed truncation', () => normal(0, 1, { truncate: { min: 1, max: 0 } }), 'out_of_range', ['truncate', 'max']],
  ] as const)('%s', (_, make, code, path) => {
    expectIssue(make, code, path);
  });
});

describe('correlation matrices', () => {
  const multiply = (root: Float64Array, n: number): number[][] =>
    Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => {
        let sum = 0;
        for (let k = 0; k < n; k++) sum += (root[i * n + k] as number) * (root[j * n + k] as number);
        return sum;
      }),
    );

  it('gives a root L with L·Lᵀ = C', () => {
    const c = [
      [1, 0.5, -0.2],
      [0.5, 1, 0.3],
      [-0.2, 0.3, 1],
    ];
    const product = multiply(correlationRoot(c, 3, []), 3);
    product.forEach((row, i) => {
      row.forEach((value, j) => {
        expect(value).toBeCloseTo(c[i]?.[j] ?? NaN, 12);
      });
    });
  });

  it('accepts a singular but positive semi-definite matrix (two inputs moving together)', () => {
    const product = multiply(
      correlationRoot(
        [
          [1, 1],
          [1, 1],
        ],
        2,
        [],
      ),
      2,
    );
    expect(product[0]?.[1]).toBeCloseTo(1, 12);
  });

  it.each([
    [
      'not positive semi-definite',
      [
        [1, 0.9, -0.9],
        [0.9, 1, 0.9],
        [-0.9, 0.9, 1],
      ],
      ['m'],
    ],
    [
      'not symmetric',
      [
        [1, 0.5],
        [0.2, 1],
      ],
      ['m', 1, 0],
    ],
    [
      'not 1 on the diagonal',
      [
        [0.9, 0],
        [0, 1],
      ],
      ['m', 0, 0],
    ],
    [
      'an entry above 1',
      [
        [1, 1.5],
        [1.5, 1],
      ],
      ['m', 0, 1],
    ],
  ])('refuses a matrix %s', (_, matrix, path) => {
    expectIssue(() => correlationRoot(matrix, matrix.length, ['m']), 'out_of_range', path);
  });

  it('refuses a matrix of the wrong size', () => {
    expectIssue(() => correlationRoot([[1]], 2, ['m']), 'invalid_type', ['m']);
  });
});

describe('order statistics by selection', () => {
  it('agree with a full sort', () => {
    const random = new Random(11);
    const values = Float64Array.from({ length: 5001 }, () => random.nextDouble() * 100 - 50);
    const sorted = Float64Array.from(values).sort();
    const ranks = [0, 1, 250, 1250, 2500, 2501, 3750, 4750, 4999, 5000];
    const found = orderStatistics(values, ranks);
    for (const rank of ranks) expect(found.get(rank)).toBe(sorted[rank]);
  });
});
