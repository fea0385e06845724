import { fail, show, type Path } from '../errors/fail';
import { defineTarget, type Target } from '../economy/targets';
import type { Source } from '../sources/Source';

const NATO_WALES: Source = {
  publisher: 'NATO',
  title: 'Wales Summit Declaration (Press Release (2014) 120), Defence Investment Pledge',
  url: 'https://www.nato.int/cps/en/natohq/news_112461.htm',
  published: '2014-09-05',
  quoted:
    'Allies currently meeting the 2% guideline on defence spending will aim to continue to do so; Allies whose current proportion of GDP spent on defence is below this level will: halt any decline; aim to increase defence expenditure in real terms as GDP grows; and aim to move towards the 2% guideline within a decade with a view to meeting their NATO Capability Targets and filling NATO’s capability shortfalls.',
  note: 'Wording from a secondary copy of NATO’s description of the Defence Investment Pledge.',
};

const NATO_HAGUE: Source = {
  publisher: 'NATO',
  title: 'The Hague Summit Declaration',
  url: 'https://www.nato.int/en/about-us/official-texts-and-resources/official-texts/2025/06/25/the-hague-summit-declaration',
  published: '2025-06-25',
  note: 'Wording as reproduced by Firstpost / Asianet News, Qazinform and public code quoting the declaration, not read on nato.int directly; secondary sources number the paragraphs 2 or 3.',
};

const HAGUE_TOTAL =
  'Allies commit to invest 5% of GDP annually on core defence requirements as well as defence-and security-related spending by 2035 to ensure our individual and collective obligations, in accordance with Article 3 of the Washington Treaty.';
const HAGUE_CORE =
  'Allies will allocate at least 3.5% of GDP annually based on the agreed definition of NATO defence expenditure by 2035 to resource core defence requirements, and to meet the NATO Capability Targets. Allies agree to submit annual plans showing a credible, incremental path to reach this goal.';
const HAGUE_RELATED =
  'Allies will account for up to 1.5% of GDP annually to inter alia protect our critical infrastructure, defend our networks, ensure our civil preparedness and resilience, unleash innovation, and strengthen our defence industrial base.';
const LITHUANIA_WORDING =
  'We have agreed that in the 2026-2030 period we will annually earmark from 5 to 6 [percent] of the gross domestic product for defence';

/**
 * The built-in targets, by id: NATO's 2% (Wales 2014), The Hague 2025's 3.5% core, up to 1.5% related and
 * 5% in all by 2035, and Lithuania's 5–6% a year in 2026–2030. Each carries its wording and source.
 *
 * - `nato-wales-2pct`: at least 2% of GDP on defence, "within a decade" of 2014: due from 2024.
 * - `nato-hague-core-3.5pct`: at least 3.5% on core defence by 2035 (shown from 2025, due from 2035).
 * - `nato-hague-related-1.5pct`: defence-related spending **counts** up to 1.5% of GDP: a counting limit,
 *   not a ceiling ("Allies will account for up to 1.5%"); spending more is allowed and does not count.
 * - `nato-hague-total-5pct`: 5% by 2035 of what counts: core spending in full, related spending up to 1.5%.
 * - `lithuania-2026-2030`: between 5% and 6% of GDP every year from 2026 to 2030 (State Defence Council).
 *
 * @category Data
 * @example
 * ```ts
 * import { TARGETS } from 'budget-whatif';
 * TARGETS['nato-hague-core-3.5pct']?.atLeast?.toString(); // => '0.035'
 * Object.keys(TARGETS).length; // => 5
 * ```
 */
export const TARGETS: Readonly<Record<string, Target>> = Object.fromEntries(
  [
    defineTarget({
      id: 'nato-wales-2pct',
      name: 'NATO 2% of GDP (Wales 2014)',
      atLeast: '0.02',
      from: 2014,
      by: 2024,
      wording: NATO_WALES.quoted ?? '',
      sources: [NATO_WALES],
      note: 'A pledge to "move towards" 2% "within a decade" of 2014, so due from 2024 here (our reading).',
    }),
    defineTarget({
      id: 'nato-hague-core-3.5pct',
      name: 'NATO core defence, at least 3.5% of GDP by 2035 (The Hague 2025)',
      atLeast: '0.035',
      from: 2025,
      by: 2035,
      wording: HAGUE_CORE,
      sources: [{ ...NATO_HAGUE, quoted: HAGUE_CORE }],
      note: 'Shown from 2025, the year of the declaration; due from 2035. pathTo() gives a straight path to it.',
    }),
    defineTarget({
      id: 'nato-hague-related-1.5pct',
      name: 'NATO defence-related spending, counted up to 1.5% of GDP (The Hague 2025)',
      category: 'defence-related',
      countsUpTo: '0.015',
      from: 2025,
      by: 2035,
      wording: HAGUE_RELATED,
      sources: [{ ...NATO_HAGUE, quoted: HAGUE_RELATED }],
      note: 'A counting limit, not a ceiling: "Allies will account for up to 1.5%" limits how much defence-related spending (infrastructure, resilience, industry) counts towards the 5%; spending more is allowed, and the part beyond 1.5% of GDP simply does not count.',
    }),
    defineTarget({
      id: 'nato-hague-total-5pct',
      name: 'NATO 5% of GDP on defence and related spending by 2035 (The Hague 2025)',
      category: 'defence-and-related',
      atLeast: '0.05',
      counts: [{ category: 'defence' }, { category: 'defence-related', upTo: '0.015' }],
      from: 2025,
      by: 2035,
      wording: HAGUE_TOTAL,
      sources: [{ ...NATO_HAGUE, quoted: `${HAGUE_TOTAL} ${HAGUE_CORE} ${HAGUE_RELATED}` }],
      note: 'A floor on what counts: core defence in full, defence-related spending up to 1.5% of GDP (the two categories of the declaration); related spending beyond 1.5% does not count towards the 5%.',
    }),
    defineTarget({
      id: 'lithuania-2026-2030',
      name: 'Lithuania 5–6% of GDP a year, 2026–2030 (State Defence Council)',
      atLeast: '0.05',
      atMost: '0.06',
      from: 2026,
      until: 2030,
      wording: LITHUANIA_WORDING,
      sources: [
        {
          publisher: 'Delfi',
          title: 'Lithuania to allocate 5-6% of GDP for defence in 2026-2030 – Nausėda',
          url: 'https://www.delfi.lt/en/politics/lithuania-to-allocate-5-6-of-gdp-for-defence-in-2026-2030-nauseda-120079654',
          published: '2025-01-17',
          quoted: LITHUANIA_WORDING,
        },
      ],
      note: 'A band: spending above 6% counts as outside it, as spending below 5% does.',
    }),
  ].map((target) => [target.id, target]),
);

/**
 * Look up a built-in target by id.
 *
 * @param id - one of the ids of {@link TARGETS}.
 * @returns the target.
 * @throws {@link BudgetWhatIfError} `unknown_id` naming the known ids.
 * @category Data
 * @example
 * ```ts
 * import { getTarget } from 'budget-whatif';
 * getTarget('nato-wales-2pct').by; // => 2024
 * getTarget('nato-3pct'); // throws: unknown_id
 * ```
 */
export function getTarget(id: string): Target {
  return targetById(id, ['id']);
}

/** {@link getTarget} with a path for the error. @internal */
export function targetById(id: unknown, path: Path): Target {
  const target = typeof id === 'string' && Object.hasOwn(TARGETS, id) ? TARGETS[id] : undefined;
  if (target === undefined) {
    return fail(
      'unknown_id',
      `unknown target ${show(id)}; the built-in targets are ${Object.keys(TARGETS).join(', ')}`,
      path,
      id,
    );
  }
  return target;
}
