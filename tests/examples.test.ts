// Every example runs (from the sources, through tsconfig.json's paths), and prints the figures it is
// about. Each expected figure is worked out independently in the comment next to it: by hand, or from
// the published source.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function runExample(name: string): string {
  const result = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['--tsconfig', 'tsconfig.json', path.join('examples', name)],
    { cwd: root, encoding: 'utf8' },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('examples', { timeout: 60_000 }, () => {
  it('allocate-budget.ts', () => {
    const out = runExample('allocate-budget.ts');
    // €1.1bn less the €800m of mines (both printed by AFP) leaves €300m.
    expect(out).toContain('anti-tank mines: €800,000,000.00; other counter-mobility measures: €300,000,000.00');
    // 100,000,000,001 cents in three: 33,333,333,333 each and 2 left, to the first two.
    expect(out).toContain('€333,333,333.34 + €333,333,333.34 + €333,333,333.33 = €1,000,000,000.01');
    expect(out).toContain('Ten times 0.1: float 0.9999999999999999, exact 1');
  });

  it('article-figures.ts', () => {
    const out = runExample('article-figures.ts');
    // 904.5/800.5 = 1.129919… (down) and 905.5/799.5 = 1.132583… (up).
    expect(out).toContain('"800 million euros ($905 million)"    [1.12991, 1.13259]');
    // The ECB's reference rate of 6 May 2025 was 1.1325 (ecb-eurofxref-hist.csv).
    expect(out).toContain('2025-05-06  1.1325');
    // 799.5/1150 = 69.52% and 800.5/1050 = 76.24%.
    expect(out).toContain('[69.52%, 76.24%]');
  });

  it('border-plan.ts', () => {
    const out = runExample('border-plan.ts');
    // A tenth of €800m and of €300m a year.
    expect(out).toMatch(/2025\s+€80,000,000\s+€30,000,000\s+€110,000,000\s+€110,000,000/);
    // Front-loaded, ratio 3, over four years: weights 9, 7, 5, 3 of 24; €800m × 9/24 and × 7/24.
    expect(out).toMatch(/2025\s+€300,000,000\s+€30,000,000/);
    expect(out).toMatch(/2026\s+€233,333,333\s+€30,000,000/);
  });

  it('gdp-scenarios.ts', () => {
    const out = runExample('gdp-scenarios.ts');
    // 5% of €87.38bn is €4.369bn.
    expect(out).toMatch(/2026\s+€87\.38B\s+€4\.37B/);
    // €6bn ÷ €108.56bn = 5.527%.
    expect(out).toContain('To spend €6 billion in 2030 on a GDP of €108.56B: 5.527% of GDP');
    // NATO, August 2025 release: Lithuania 3.09% of GDP in 2024.
    expect(out).toMatch(/2024\s+3\.09%/);
  });

  it('what-if.ts', () => {
    const out = runExample('what-if.ts');
    // (€25bn − €4.79bn voted for 2026) ÷ GDP 2027–2030 (€92.25 + 97.39 + 102.82 + 108.56 = €401.03bn) = 5.0396%.
    expect(out).toContain('€25 billion over 2026–2030: 5.0396%');
    // €26.85bn at 1.05 dollars a euro is $28.19bn.
    expect(out).toMatch(/weaker euro \(EUR\/USD 1\.05\)\s+€26\.85B\s+\$28\.19B/);
  });

  it('monte-carlo.ts', () => {
    const out = runExample('monte-carlo.ts');
    expect(out).toContain('100000 trials, seed 2026, xoshiro128** 1.1, seeded by SplitMix64');
    // The median of 2026–2030 spending sits at the deterministic €26.85bn (every input at its median),
    // within sampling error.
    const line = /Defence spending 2026–2030 \(EUR\)\s+€([\d.]+)B\s+€([\d.]+)B\s+€([\d.]+)B/.exec(out);
    const [p5, p50, p95] = [line?.[1], line?.[2], line?.[3]].map(Number);
    expect(Math.abs((p50 ?? 0) - 26.85)).toBeLessThan(0.1);
    expect((p5 ?? 0) < (p50 ?? 0) && (p50 ?? 0) < (p95 ?? 0)).toBe(true);
    // A budget set in euros at exactly 5% of the forecast reaches 5% when GDP is at or below it: about half
    // the time (growth and inflation are symmetric about the forecast).
    const euros = /2028\s+100\.0%\s+([\d.]+)%/.exec(out);
    expect(Math.abs(Number(euros?.[1]) - 50)).toBeLessThan(2);
  });
});
