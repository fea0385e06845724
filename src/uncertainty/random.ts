// The random numbers behind every simulation: xoshiro128** 1.1 (Blackman & Vigna,
// https://prng.di.unimi.it/xoshiro128starstar.c), a small, fast, well-tested generator with a period of
// 2^128 − 1, seeded as its authors recommend, from SplitMix64 (https://prng.di.unimi.it/splitmix64.c).
// tests/uncertainty/random.test.ts checks the outputs against the authors' C code. Not for cryptography.
import { fail } from '../errors/fail';

/** The generator's name, as a simulation result reports it. @internal */
export const GENERATOR = 'xoshiro128** 1.1, seeded by SplitMix64';

const MASK64 = (1n << 64n) - 1n;

/** SplitMix64 from a seed, `count` outputs (as BigInts); used only to seed, so speed does not matter. */
function splitMix64(seed: bigint, count: number): bigint[] {
  let x = seed & MASK64;
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) {
    x = (x + 0x9e3779b97f4a7c15n) & MASK64;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    out.push(z ^ (z >> 31n));
  }
  return out;
}

/**
 * A seeded stream of random numbers. The state is four 32-bit words: the low and high halves of the
 * first two SplitMix64 outputs from the seed.
 *
 * @internal
 */
export class Random {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    if (!Number.isSafeInteger(seed) || seed < 0)
      fail('out_of_range', `a seed is a whole number from 0 to 2^53 − 1, received ${String(seed)}`, ['seed'], seed);
    const [a = 0n, b = 0n] = splitMix64(BigInt(seed), 2);
    this.s0 = Number(a & 0xffffffffn);
    this.s1 = Number(a >> 32n);
    this.s2 = Number(b & 0xffffffffn);
    this.s3 = Number(b >> 32n);
  }

  /** The next 32-bit output, as an unsigned integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const times5 = Math.imul(s1, 5);
    const result = Math.imul((times5 << 7) | (times5 >>> 25), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  /**
   * Fill the first `count` entries of each row with uniforms, trial by trial (entry 0 of every row, then
   * entry 1, ...): the same stream as `nextDouble` in that order, with the state kept in locals.
   */
  fillRows(rows: readonly Float64Array[], count: number): void {
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    const k = rows.length;
    for (let b = 0; b < count; b++) {
      for (let i = 0; i < k; i++) {
        let times5 = Math.imul(s1, 5);
        const high = Math.imul((times5 << 7) | (times5 >>> 25), 9) >>> 5;
        let t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        times5 = Math.imul(s1, 5);
        const low = Math.imul((times5 << 7) | (times5 >>> 25), 9) >>> 6;
        t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        (rows[i] as Float64Array)[b] = (high * 67108864 + low + 0.5) / 9007199254740992;
      }
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }

  /**
   * Move past `doubles` uniforms (two outputs each) without making them: where a range of trials that
   * does not start at the first picks up the stream. A step costs a few nanoseconds (a million trials of
   * five inputs: about 30 ms).
   */
  skip(doubles: number): void {
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    for (let n = 2 * doubles; n > 0; n--) {
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }

  /**
   * A uniform number strictly between 0 and 1 with 53 random bits: (k + ½) / 2^53, where k joins the top
   * 27 bits of one output and the top 26 of the next. Never 0 or 1, so every quantile function is defined.
   */
  nextDouble(): number {
    const high = this.nextUint32() >>> 5;
    const low = this.nextUint32() >>> 6;
    return (high * 67108864 + low + 0.5) / 9007199254740992;
  }
}
