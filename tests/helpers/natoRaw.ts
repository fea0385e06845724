// NATO's June 2024 amounts read straight from the raw file, with a reader of the tests' own (a plain split:
// no field the tests read quotes a comma), so that a check does not go through the library's generator.
import { readFileSync } from 'node:fs';

/** A value of `data/raw/nato-amounts.csv`'s 2024-06 rows as a float, or `undefined` where it has none. */
export type RawNatoAmount = (code: string, year: number, measure: string) => number | undefined;

/** Read the raw file once; the returned function looks a value up. */
export function rawNatoAmounts(): RawNatoAmount {
  const lines = readFileSync(new URL('../../data/raw/nato-amounts.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n');
  const values = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const [release, code, year, , measure, , value] = line.split(',');
    if (release === '2024-06' && value !== undefined && value !== '')
      values.set(`${code ?? ''} ${year ?? ''} ${measure ?? ''}`, Number(value));
  }
  return (code, year, measure) => values.get(`${code} ${String(year)} ${measure}`);
}
