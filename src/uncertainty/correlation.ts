// Correlated inputs through a Gaussian copula: standard normals z are mixed by a square root L of the
// correlation matrix C (L·Lᵀ = C), and each input's value is its quantile at Φ(z'). L comes from the
// eigen-decomposition C = V·Λ·Vᵀ (L = V·√Λ), which, unlike Cholesky, also accepts matrices that are
// positive semi-definite but singular, such as two inputs that move together exactly.
import { fail, show, type Path } from '../errors/fail';
import { numberOf, type NumberInput } from './distributions';

/**
 * Correlations between inputs of a simulation: the inputs (their paths, as in `inputs`) and their
 * correlation matrix, in the same order. The matrix must be symmetric, with 1 on the diagonal, entries
 * from −1 to 1, and positive semi-definite (no set of correlations that cannot happen together). Inputs
 * left out are independent of all others.
 *
 * What the matrix means is `measure`: by default (`normal`) the correlation of the underlying normals of a
 * Gaussian copula, which for normal inputs is the correlation of the inputs themselves and for others only
 * close to their rank correlation (0.6 between two uniforms gives a rank correlation of about 0.58);
 * with `rank`, the Spearman rank correlation of the inputs themselves, whatever their distributions,
 * turned into the copula's by r = 2·sin(π·ρ/6), so that the rank correlation drawn is the one asked for.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import type { Correlations } from 'budget-whatif/uncertainty';
 * const growthAndInflation: Correlations = {
 *   inputs: ['economy.gdp.realGrowth.default', 'economy.gdp.deflator.default'],
 *   matrix: [
 *     [1, 0.4],
 *     [0.4, 1],
 *   ],
 * };
 * ```
 */
export interface Correlations {
  /** The paths of the correlated inputs. */
  readonly inputs: readonly string[];
  /** Their correlation matrix, a row per input in the same order. */
  readonly matrix: readonly (readonly NumberInput[])[];
  /**
   * What the matrix holds: `normal` (default), the correlation of the copula's normals; `rank`, the
   * Spearman rank correlation of the inputs.
   */
  readonly measure?: CorrelationMeasure;
}

/**
 * What a correlation matrix holds: `normal`, the correlation of a Gaussian copula's normals (the
 * correlation of normal inputs); `rank`, the Spearman rank correlation of the inputs, whatever their
 * distributions.
 *
 * @category Uncertainty
 * @example
 * ```ts
 * import type { CorrelationMeasure } from 'budget-whatif/uncertainty';
 * const spearman: CorrelationMeasure = 'rank';
 * ```
 */
export type CorrelationMeasure = 'normal' | 'rank';

/**
 * The copula's correlation that gives a rank (Spearman) correlation ρ between any two continuous inputs:
 * r = 2·sin(π·ρ/6), the inverse of ρ = (6/π)·asin(r/2) for bivariate normals. @internal
 */
export function fromRankCorrelation(rho: number): number {
  return 2 * Math.sin((Math.PI * rho) / 6);
}

/** Tolerances: symmetry and the unit diagonal up to float noise; eigenvalues down to −1e-10. */
const SYMMETRY = 1e-12;
const NEGATIVE_EIGENVALUE = 1e-10;

/** Check a correlation matrix and return a square root L (row-major, n×n) with L·Lᵀ = C. @internal */
export function correlationRoot(
  matrix: unknown,
  size: number,
  path: Path,
  measure: CorrelationMeasure = 'normal',
): Float64Array {
  if (!Array.isArray(matrix) || matrix.length !== size)
    return fail(
      'invalid_type',
      `the matrix needs ${String(size)} rows, one per input, received ${show(matrix)}`,
      path,
      matrix,
    );
  const c = new Float64Array(size * size);
  matrix.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== size)
      fail('invalid_type', `row ${String(i)} needs ${String(size)} entries, received ${show(row)}`, [...path, i], row);
    (row as NumberInput[]).forEach((entry, j) => {
      const value = numberOf(entry, [...path, i, j]);
      if (value < -1 || value > 1)
        fail('out_of_range', `a correlation is from −1 to 1, received ${String(value)}`, [...path, i, j], entry);
      c[i * size + j] = value;
    });
  });
  for (let i = 0; i < size; i++) {
    if (Math.abs((c[i * size + i] as number) - 1) > SYMMETRY)
      fail('out_of_range', `the diagonal of a correlation matrix is 1, received ${String(c[i * size + i])}`, [
        ...path,
        i,
        i,
      ]);
    c[i * size + i] = 1;
    for (let j = 0; j < i; j++) {
      if (Math.abs((c[i * size + j] as number) - (c[j * size + i] as number)) > SYMMETRY)
        fail(
          'out_of_range',
          `a correlation matrix is symmetric: [${String(i)}][${String(j)}] is ${String(c[i * size + j])} but [${String(j)}][${String(i)}] is ${String(c[j * size + i])}`,
          [...path, i, j],
        );
    }
  }
  if (measure === 'rank') for (let k = 0; k < size * size; k++) c[k] = fromRankCorrelation(c[k] as number);
  const { values, vectors } = symmetricEigen(c, size);
  const smallest = Math.min(...values);
  if (smallest < -NEGATIVE_EIGENVALUE)
    fail(
      'out_of_range',
      `the correlation matrix is not positive semi-definite (its smallest eigenvalue is ${smallest.toPrecision(3)}${measure === 'rank' ? ' once its rank correlations are turned into the normals’ by 2·sin(πρ/6)' : ''}): these correlations cannot all hold at once`,
      path,
    );
  const root = new Float64Array(size * size);
  for (let k = 0; k < size; k++) {
    const scale = Math.sqrt(Math.max(0, values[k] as number));
    for (let i = 0; i < size; i++) root[i * size + k] = (vectors[i * size + k] as number) * scale;
  }
  return root;
}

/**
 * Eigenvalues and eigenvectors (as columns) of a symmetric matrix by the cyclic Jacobi method: slow for
 * large matrices, exact to rounding and simple for the few inputs a simulation correlates.
 */
function symmetricEigen(matrix: Float64Array, n: number): { values: number[]; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += (a[p * n + q] as number) ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q] as number;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = ((a[q * n + q] as number) - (a[p * n + p] as number)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const cos = 1 / Math.sqrt(t * t + 1);
        const sin = t * cos;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p] as number;
          const akq = a[k * n + q] as number;
          a[k * n + p] = cos * akp - sin * akq;
          a[k * n + q] = sin * akp + cos * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k] as number;
          const aqk = a[q * n + k] as number;
          a[p * n + k] = cos * apk - sin * aqk;
          a[q * n + k] = sin * apk + cos * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p] as number;
          const vkq = v[k * n + q] as number;
          v[k * n + p] = cos * vkp - sin * vkq;
          v[k * n + q] = sin * vkp + cos * vkq;
        }
      }
    }
  }
  return { values: Array.from({ length: n }, (_, i) => a[i * n + i] as number), vectors: v };
}
