// A head count as a scenario's words print it.
import type { Decimal } from '../decimal/core';

/** A whole count with thousands separated by commas: 2707740 → "2,707,740". @internal */
export const persons = (count: Decimal): string => count.toFixed(0).replace(/\B(?=(\d{3})+$)/g, ',');
