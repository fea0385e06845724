// ISO calendar dates (YYYY-MM-DD), checked. Strings compare in date order, so tables keep them as is.
import { fail, show, type Path } from '../errors/fail';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Check that a value is a real calendar date written `YYYY-MM-DD`. @internal */
export function checkDate(value: unknown, path: Path): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match !== null) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return value as string;
    }
  }
  return fail('invalid_date', `expected a calendar date written YYYY-MM-DD, received ${show(value)}`, path, value);
}

/** The English name of a date's weekday. @internal */
export function weekday(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] as string;
}
