import { definePlan } from '../../plans/definePlan';
import type { Plan } from '../../plans/types';
import type { Source } from '../../sources/Source';

/** AFP's report of the Ministry of National Defence statement of 5 May 2025. @internal */
export const AFP_BORDER_PLAN: Source = {
  publisher: 'AFP',
  title: 'Lithuania to spend $1.2 bn to fortify Russia, Belarus border',
  url: 'https://www.spacewar.com/afp/250505131442.o5btc2wj.html',
  published: '2025-05-05',
  quoted:
    'allocate approximately 1.1 billion euros to the countermobility project over the next 10 years; 800 million euros of the overall sum would be spent on anti-tank mines',
};

/** The news article the library's figures explain. @internal */
export const KYIV_INDEPENDENT_BORDER_PLAN: Source = {
  publisher: 'Kyiv Independent',
  title: 'Lithuania to mine border with Russia, Belarus in new $1.2 billion defense plan',
  url: 'https://kyivindependent.com/lithuania-to-mine-border-with-russia-belarus-in-1-2-billion-defense-plan/',
  published: '2025-05-06',
  quoted:
    '1.1 billion euros ($1.2 billion) over the next decade ... About 800 million euros ($905 million) of it on anti-tank mines',
};

/**
 * Lithuania's border counter-mobility plan, as announced by the Ministry of National Defence on 5 May
 * 2025: about €1.1 billion over the next ten years, of which about €800 million for anti-tank mines; the
 * other counter-mobility measures (engineering obstacles, anti-drone and surveillance systems) take the
 * remaining €300 million.
 *
 * The figures are AFP's and the Kyiv Independent's (see `sources`). The years 2025–2034 and the even
 * phasing are **assumptions** (see `assumptions`): the ministry said "over the next 10 years" and gave no
 * yearly profile.
 *
 * @category Data
 * @example
 * ```ts
 * import { borderPlan, schedule } from 'budget-whatif';
 * borderPlan.total.amount.toString(); // => '1100000000'
 * schedule(borderPlan).rows[0]?.items['anti-tank-mines']?.amount.toString(); // => '80000000'
 * ```
 */
export const borderPlan: Plan = definePlan({
  id: 'border-countermobility',
  name: 'Lithuania border counter-mobility plan (2025 announcement)',
  total: '1100000000',
  currency: 'EUR',
  years: { from: 2025, to: 2034 },
  items: [
    { id: 'anti-tank-mines', name: 'Anti-tank mines and their installation systems', amount: '800000000' },
    { id: 'other-measures', name: 'Other counter-mobility measures', remainder: true },
  ],
  phasing: { kind: 'even' },
  sources: [AFP_BORDER_PLAN, KYIV_INDEPENDENT_BORDER_PLAN],
  assumptions: [
    {
      about: 'years',
      statement: 'The plan runs from 2025 to 2034.',
      reason: 'Announced on 5 May 2025 as spending "over the next 10 years"; the end year is not stated.',
    },
    {
      about: 'phasing',
      statement: 'The plan is spread evenly over its years.',
      reason:
        'No yearly profile was published; even phasing is the neutral default. Try front-loaded or an item span for the mines.',
    },
    {
      about: 'total, items',
      statement: 'The total is €1,100,000,000 and the mines €800,000,000, as printed.',
      reason:
        'The sources print "approximately"/"about" and, elsewhere, "more than"/"over"; parseQuote gives the ranges these stand for.',
    },
  ],
});
