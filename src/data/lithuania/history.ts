// Lithuania's figures as they were published over time: the defence budget of each year as announced,
// proposed, approved and amended, the ministers' and NATO's estimates and NATO's outturns; the border
// plan's envelope as restated; GDP by vintage. Every value cited; a sum of ours says so.
import { decimal } from '../../decimal/decimal';
import type { Money } from '../../money/core';
import { money } from '../../money/money';
import type { Source } from '../../sources/Source';
import type { YearSeries } from '../../series/types';
import type { Alternatives, Figure, FigureStatus } from '../figures';
import { lastDayOf } from '../history/select';
import type { FigureHistory, PublishedValue, Stage } from '../history/types';
import { NATO_BASIS, natoShareHistory } from '../nato/natoShareHistory';
import { AFP_BORDER_PLAN } from './borderPlan';
import * as S from './sources';

/**
 * The bases Lithuania's defence figures count on (a value's `basis`), to filter by: the state budget's
 * appropriations, the ministry's, funding as the government states it, NATO's definition. Two more appear
 * in 2025 (the budget and the ministry's appropriations with the EUR 800 million of borrowing) and one in
 * the draft of October 2024 (the ministry with the Defence Fund).
 *
 * @category Data
 * @example
 * ```ts
 * import { LITHUANIA_BASES, lithuania, vintages } from 'budget-whatif';
 * vintages(lithuania.history.defenceSpending, 2026, { basis: LITHUANIA_BASES.state }).map((v) => v.stage);
 * // => ['proposed', 'approved']
 * ```
 */
export const LITHUANIA_BASES = {
  /** The state budget's appropriations for defence, as the budget law prints them (with in-year allocations). */
  state: 'state budget: defence appropriations',
  /** The Ministry of National Defence's appropriations (the ministry's own budget, Defence Fund included). */
  ministry: 'Ministry of National Defence appropriations',
  /** Defence funding as a minister or leader states it, usually as a share of GDP, borrowing included. */
  stated: 'defence funding as the government states it',
  /** NATO's definition (pensions, paramilitary forces, and other items counted as NATO counts them). */
  nato: NATO_BASIS,
} as const;

const B = LITHUANIA_BASES;

const source = (publisher: string, title: string, url: string, published: string, quoted: string): Source => ({
  publisher,
  title,
  url,
  published,
  quoted,
});

interface Entry {
  readonly year: number;
  readonly stage: Stage;
  readonly date: string;
  readonly basis: string;
  readonly amount?: string;
  readonly share?: string;
  readonly source: Source;
  readonly status?: FigureStatus;
  readonly note?: string;
}

const published = (entry: Omit<Entry, 'year'>): PublishedValue => ({
  value: {
    ...(entry.amount === undefined ? {} : { amount: money(entry.amount, 'EUR') }),
    ...(entry.share === undefined ? {} : { shareOfGdp: decimal(entry.share).div(100) }),
  },
  source: entry.source,
  stage: entry.stage,
  date: entry.date,
  basis: entry.basis,
  ...(entry.status === undefined ? {} : { status: entry.status }),
  ...(entry.note === undefined ? {} : { note: entry.note }),
});

const DELFI_2018 = source(
  'BNS, via Delfi',
  'Valstybės gynimo taryba aptars prioritetinius šalies gynybos poreikius',
  'https://www.delfi.lt/news/daily/lithuania/valstybes-gynimo-taryba-aptars-prioritetinius-salies-gynybos-poreikius.d?id=77471535',
  '2018-03',
  'Lietuva šiemet pirmą kartą krašto apsaugai skiria kiek daugiau nei 2 proc. bendrojo vidaus produkto, arba 873 mln. eurų',
);
const LRT_2019 = source(
  'LRT',
  'Lithuanian government to spend 2.02 percent of GDP on defence next year',
  'https://www.lrt.lt/en/news-in-english/19/1104979/lithuanian-government-to-spend-2-02-percent-of-gdp-on-defence-next-year',
  '2019',
  "the government was proposing spending the equivalent of 2.02 percent of the country's GDP on defence next year … This year's defence budget stands at 948 million euros",
);
const XINHUA_2019 = source(
  'Xinhua',
  'Lithuania to spend 2.02 pct of GDP on defense in 2020',
  'http://xinhuanet.com/english/2019-10/09/c_138456733.htm',
  '2019-10-09',
  "The Lithuanian government proposed to the country's parliament on Tuesday to allocate 2.02 percent of the country's GDP on defense for the next year … reaching 1.027 billion euros, reported local media",
);
const LRT_2020 = source(
  'BNS, via LRT',
  'Lithuanian defence budget to stay above NATO 2-percent threshold',
  'https://www.lrt.lt/en/news-in-english/19/1253738/lithuanian-defence-budget-to-stay-above-nato-2-percent-threshold',
  '2020-10-15',
  'On Wednesday, the government presented the budget bill for 2021 that included the same financing for the country’s defence system as this year – 1.17 billion euros. Lithuania would therefore spend between 2.01 and 2.09 percent of GDP on defence.',
);
const LRT_2021 = source(
  'BNS, via LRT',
  'Lithuania to up defence spending to 2.05 percent GDP',
  'https://www.lrt.lt/en/news-in-english/19/1517922/lithuania-to-up-defence-spending-to-2-05-percent-gdp',
  '2021-10-11',
  '"It was 2.03 percent of GDP in 2021, and the proposal is 2.05 percent of GDP in 2022" … This year\'s defence budget initially amounted to 1.028 billion euros However, the government allocated additional 20.7 million euros during a budgetary review',
);
const REUTERS_2022 = source(
  'Reuters, via Devdiscourse',
  'Lithuania to ramp up military spending, PM says',
  'https://www.devdiscourse.com/article/law-order/1952475-lithuania-to-ramp-up-military-spending-pm-says',
  '2022-03-07',
  "Lithuania's original plan was to spend 1.2 billion euros ($1.31 billion) in 2022, corresponding to 2.05% of GDP.",
);
const DELFI_2022_AMENDMENT = source(
  'BNS, via Delfi',
  'Lithuania raises defense spending to 2.52 percent',
  'https://www.delfi.lt/en/politics/lithuania-raises-defense-spending-to-252-percent-89725635',
  '2022-03',
  'The 2022 budget amendment … passed the Seimas with 123 votes in favor … ensuring defense allocations at 2.52 percent of GDP … raising defense spending by a total of 297.99 million euros this year',
);
const DELFI_2024_AUGUST = source(
  'Delfi',
  'Additional EUR 130mn will be allocated to accelerate procurement of weapon systems still this year',
  'https://www.delfi.lt/en/politics/additional-eur-130mn-will-be-allocated-to-accelerate-procurement-of-weapon-systems-still-this-year-120043400',
  '2024-08-14',
  'The Ministry of National Defence will be allocated EUR 130 million out of borrowed funds … Defence funding this year, including these additional funds, will reach 3.2 % of the gross domestic product',
);
const DELFI_2024_OCTOBER = source(
  'Delfi',
  'Defence funding may reach 3.5% of GDP next year – minister',
  'https://www.delfi.lt/en/politics/defence-funding-may-reach-35-of-gdp-next-year-minister-120059808',
  '2024-10-24',
  'next year, I have almost no doubt, we can reach 3.5 percent of GDP',
);
const FINMIN_REVISED_DRAFT = source(
  'Ministry of Finance of Lithuania',
  'Approved revised draft budgetary plan which starts to implement the new Government Programme already in 2025',
  'https://finmin.lrv.lt/en/news/approved-revised-draft-budgetary-plan-which-starts-to-implement-the-new-government-programme-already-in-2025/',
  '2024-12-13',
  'we will strive for our set target of at least 3.5% of GDP for defence financing, therefore, we have significantly increased the borrowing limit',
);
const FINMIN_APPROVED = source(
  'Ministry of Finance of Lithuania',
  'The Seimas approved the budget for 2025-2027',
  'https://finmin.lrv.lt/en/news/the-seimas-approved-the-budget-for-2025-2027/',
  '2024-12',
  'The initial draft budgetary plan already envisaged that the funding of the Ministry of National Defence, including the Defence Fund, will be above EUR 2.5 billion next year.',
);
const DELFI_2025_APRIL = source(
  'ELTA, via Delfi',
  'EUR 187mn will be additionally provided for defence',
  'https://www.delfi.lt/en/politics/eur-187mn-will-be-additionally-provided-for-defence-120103048',
  '2025-04-18',
  'EUR 150 million of the amount will be used for payment for infantry fighting vehicles of engineering purpose, while EUR 37.7 million for the medium range air defence systems NASAMS … The extra funding in question will be borrowed by the state.',
);
const LETA_2025_JUNE = source(
  'LETA, via Apollo.lv',
  'Lietuvas aizsardzības izdevumi šogad pārsniegs 4% no IKP, atklāj ministre',
  'https://www.apollo.lv/8265790/lietuvas-aizsardzibas-izdevumi-sogad-parsniegs-4-no-ikp-atklaj-ministre',
  '2025-06',
  '"Provizoriski šogad varētu būtu 4,04% no IKP," viņa sacīja.',
);
const LRYTAS_2025_AUGUST = source(
  'BNS, via Lrytas',
  'Vyriausybė skyrė 461 mln. eurų avansiniam mokėjimui už tankus „Leopard“',
  'https://www.lrytas.lt/lietuvosdiena/aktualijos/2025/08/13/news/vyriausybe-skyre-461-mln-euru-avansiniam-mokejimui-uz-tankus-leopard--39066094/',
  '2025-08-13',
  'Trečiadienį patvirtintame Ministrų kabineto nutarime teigiama, kad papildomos valstybės vardu pasiskolintos lėšos skiriamos … avansinį mokėjimą – 461,1 mln. eurų.',
);
const TV3_2025_NOVEMBER = source(
  'BNS, via TV3',
  'Vyriausybė skyrė 151 mln. eurų avansui už oro gynybos sistemas',
  'https://www.tv3.lt/naujiena/verslas/vyriausybe-skyre-151-mln-euru-avansui-uz-oro-gynybos-sistemas-n1472995',
  '2025-11-26',
  'Vyriausybė trečiadienį iš valstybės vardu pasiskolintų lėšų skyrė 151,2 mln. eurų … Tai trečiasis ir paskutinis lėšų skyrimas iš 800 mln. eurų, kuriais šių metų biudžete buvo padidintas skolinimosi limitas.',
);
const TV3_2025_OCTOBER = source(
  'BNS, via TV3',
  'Ant Vyriausybės stalo – valstybės biudžeto projektas',
  'https://www.tv3.lt/naujiena/lietuva/ant-vyriausybes-stalo-valstybes-biudzeto-projektas-n1460916',
  '2025-10-16',
  'Kitais metais krašto apsaugos finansavimui planuojama skirti 5,38 proc. nuo bendrojo vidaus produkto (BVP) arba 4,75 mlrd. eurų',
);

/** The approved 2025 figure, and the three allocations from the €800 million borrowing limit, in euros. */
const APPROVED_2025 = 2_617_000_000;
const ALLOCATED_2025 = [187_700_000, 461_100_000, 151_200_000] as const;
const amended2025 = (count: number): string =>
  String(APPROVED_2025 + ALLOCATED_2025.slice(0, count).reduce((sum, next) => sum + next, 0));
const ALLOCATION_WORDS = ['EUR 187.7m in April', 'EUR 461.1m in August', 'EUR 151.2m in November 2025'] as const;
const sumNote = (count: number): string =>
  `Our sum, not a printed total: the approved "nearly EUR 2.617 billion" plus the allocations from the EUR 800 million defence borrowing limit made by then (${ALLOCATION_WORDS.slice(0, count).join(', ')}), each by a government resolution under the budget law, not by a Seimas amendment; the base is approximate.`;

const NATIONAL: readonly Entry[] = [
  {
    year: 2018,
    stage: 'approved',
    date: '2018-03',
    basis: B.ministry,
    amount: '873000000',
    source: DELFI_2018,
    note: 'Printed with "kiek daugiau nei 2 proc." (a little over 2%); the ministry\'s undated budget page gives 2.01% (http://radviluzygis.kam.lt/en/budget_1065.html).',
  },
  {
    year: 2019,
    stage: 'approved',
    date: '2019',
    basis: B.ministry,
    amount: '948000000',
    source: LRT_2019,
    note: 'The ministry\'s undated budget page gives "EUR 948 million … 1.99% of GDP" (http://radviluzygis.kam.lt/en/budget_1065.html).',
  },
  {
    year: 2020,
    stage: 'proposed',
    date: '2019-10-08',
    basis: B.ministry,
    amount: '1027000000',
    share: '2.02',
    source: XINHUA_2019,
    note: 'The government’s bill, as the minister put it to the Seimas; the amount as "reported by local media". A later version of the bill gave EUR 1.017 billion after the growth forecast changed (Baltic Word, undated: https://balticword.eu/lithuania-to-reach-nato-defence-spending-threshold-with-e10m-less-than-planned/).',
  },
  {
    year: 2020,
    stage: 'amended',
    date: '2020-10-15',
    basis: B.ministry,
    amount: '1170000000',
    source: LRT_2020,
    note: 'The year’s financing as the 2021 bill restated it ("the same financing … as this year"); the in-year changes that took it from the bill’s EUR 1.017–1.027 billion were not found one by one.',
  },
  {
    year: 2021,
    stage: 'proposed',
    date: '2020-10-14',
    basis: B.ministry,
    amount: '1170000000',
    source: LRT_2020,
    note: 'The 2021 bill: "between 2.01 and 2.09 percent of GDP", depending on the economy (a range, not recorded as a share).',
  },
  {
    year: 2021,
    stage: 'approved',
    date: '2021-10-11',
    basis: 'national defence budget (Finance Ministry)',
    amount: '1028000000',
    source: LRT_2021,
    note: 'The budget as passed ("initially amounted to 1.028 billion euros"), dated by the report that gives it; it was passed in December 2020.',
  },
  {
    year: 2021,
    stage: 'amended',
    date: '2021-10-11',
    basis: 'national defence budget (Finance Ministry)',
    amount: '1048700000',
    share: '2.03',
    status: 'derived',
    source: LRT_2021,
    note: 'Our sum: EUR 1.028 billion plus the 20.7 million the government added in its budget review; the 2.03% is the minister’s ("It was 2.03 percent of GDP in 2021").',
  },
  {
    year: 2022,
    stage: 'proposed',
    date: '2021-10-11',
    basis: B.stated,
    share: '2.05',
    source: LRT_2021,
    note: 'The government’s 2022 bill: the defence budget up EUR 128 million.',
  },
  {
    year: 2022,
    stage: 'approved',
    date: '2022-03-07',
    basis: B.ministry,
    amount: '1200000000',
    share: '2.05',
    source: REUTERS_2022,
    note: 'The budget passed in December 2021; dated here by the report that gives it, whose day is cited.',
  },
  {
    year: 2022,
    stage: 'amended',
    date: '2022-03',
    basis: B.stated,
    share: '2.52',
    source: DELFI_2022_AMENDMENT,
    note: 'A budget amendment adding EUR 297.99 million, borrowed.',
  },
  {
    year: 2022,
    stage: 'amended',
    date: '2022',
    basis: B.ministry,
    amount: '1647000000',
    share: '2.52',
    source: S.DELFI_BUDGET_2023,
    note: 'What the ministry "will receive" in 2022, including about 446 million euros added during the year (the article\'s figures, paraphrased).',
  },
  {
    year: 2023,
    stage: 'approved',
    date: '2022',
    basis: B.ministry,
    amount: '1770000000',
    share: '2.52',
    source: S.DELFI_BUDGET_2023,
    note: 'Printed as "more than 1.77 billion euros", the base budget; 2.63% including the mobility package and road.',
  },
  {
    year: 2024,
    stage: 'amended',
    date: '2024-06-26',
    basis: B.ministry,
    amount: '2300000000',
    share: '3.03',
    source: S.MOD_ON_X_2024,
    note: 'After the government added EUR 136 million in June 2024.',
  },
  {
    year: 2024,
    stage: 'amended',
    date: '2024-08-14',
    basis: B.stated,
    share: '3.2',
    source: DELFI_2024_AUGUST,
    note: 'With EUR 130 million more from borrowed funds.',
  },
  {
    year: 2025,
    stage: 'announced',
    date: '2024-10-24',
    basis: B.stated,
    share: '3.5',
    source: DELFI_2024_OCTOBER,
    note: 'The defence minister, Laurynas Kasčiūnas, on the radio.',
  },
  {
    year: 2025,
    stage: 'proposed',
    date: '2024-10-17',
    basis: `${B.ministry}, Defence Fund included`,
    amount: '2500000000',
    source: FINMIN_APPROVED,
    note: 'The outgoing government\'s draft, presented to the Seimas on 17 October 2024 (Delfi, https://www.delfi.lt/en/politics/government-presents-2025-state-budget-plan-to-seimas-120058014); its defence figure as the Finance Ministry recalled it in December, "above EUR 2.5 billion" (a lower bound). The Baltic Times gives "about 2.5 billion euros for defense, or just over 3 percent of GDP".',
  },
  {
    year: 2025,
    stage: 'proposed',
    date: '2024-12-13',
    basis: B.stated,
    share: '3.5',
    source: FINMIN_REVISED_DRAFT,
    note: 'The new government\'s revised draft: a target ("at least 3.5%"), with the borrowing limit raised by EUR 800 million.',
  },
  {
    year: 2025,
    stage: 'approved',
    date: '2024-12-19',
    basis: B.state,
    amount: String(APPROVED_2025),
    source: S.DELFI_BUDGET_2025,
    note: 'Printed as "nearly EUR 2.617 billion"; the budget law also raised the borrowing limit for defence by EUR 800 million.',
  },
  {
    year: 2025,
    stage: 'approved',
    date: '2024-12-19',
    basis: 'state budget with the EUR 800 million defence borrowing limit',
    share: '4',
    source: S.DELFI_BUDGET_2025,
    note: 'The President: "we will allocate 4% of our GDP to defence", if the borrowing is used in full.',
  },
  {
    year: 2025,
    stage: 'approved',
    date: '2025-01-07',
    basis: B.ministry,
    amount: '2400000000',
    share: '2.95',
    source: S.MOD_BALTIC_SENTINEL_2025,
    note: "The ministry's base budget.",
  },
  {
    year: 2025,
    stage: 'approved',
    date: '2025-01-07',
    basis: 'Ministry of National Defence appropriations with the EUR 800 million borrowing',
    share: '3.9',
    source: S.MOD_BALTIC_SENTINEL_2025,
    note: 'The base budget with the "additional EUR 800 million".',
  },
  {
    year: 2025,
    stage: 'amended',
    date: '2025-04',
    basis: B.state,
    amount: amended2025(1),
    status: 'derived',
    source: DELFI_2025_APRIL,
    note: `${sumNote(1)} The April allocation was proposed on 18 April and decided by the Cabinet that month (BNS, 26 November 2025).`,
  },
  {
    year: 2025,
    stage: 'estimate',
    date: '2025-06',
    basis: B.stated,
    share: '4.04',
    source: LETA_2025_JUNE,
    note: 'The defence minister, Dovilė Šakalienė: provisionally 4.04% of GDP this year; the budget\'s "about 2.5 billion euros, a little over 3% of GDP" raised by the borrowing, and about EUR 116 million more from the Bank of Lithuania\'s profit contribution.',
  },
  {
    year: 2025,
    stage: 'amended',
    date: '2025-08-13',
    basis: B.state,
    amount: amended2025(2),
    status: 'derived',
    source: LRYTAS_2025_AUGUST,
    note: sumNote(2),
  },
  {
    year: 2025,
    stage: 'amended',
    date: '2025-11-26',
    basis: B.state,
    amount: amended2025(3),
    status: 'derived',
    source: TV3_2025_NOVEMBER,
    note: `${sumNote(3)} The third and last allocation: the three sum to the EUR 800 million limit.`,
  },
  {
    year: 2026,
    stage: 'announced',
    date: '2025-04-18',
    basis: B.stated,
    share: '5.25',
    source: DELFI_2025_APRIL,
    note: 'Prime Minister Gintautas Paluckas to LRT, as the article reports: "Lithuania\'s defence spending would amount to 5.25% of GDP in 2026".',
  },
  {
    year: 2026,
    stage: 'proposed',
    date: '2025-10-16',
    basis: B.state,
    amount: '4750000000',
    share: '5.38',
    source: TV3_2025_OCTOBER,
    note: 'The government\'s draft before it went to the Seimas; "4,8 mlrd." (EUR 4.8 billion) in other reports of the same draft.',
  },
  {
    year: 2026,
    stage: 'approved',
    date: '2025-12-11',
    basis: B.state,
    amount: '4790000000',
    share: '5.38',
    source: S.MOD_SEIMAS_2026,
  },
];

/** NATO's June 2022 estimate for 2022, a release the NATO table does not hold. */
const NATO_2022_ESTIMATE: Entry = {
  year: 2022,
  stage: 'estimate',
  date: '2022-06',
  basis: B.nato,
  share: '2.36',
  source: S.SHEPHARD_NATO_2022,
};

/** Every year's values in the order they were published (equal dates: as listed). */
function byYear(values: readonly (readonly [number, PublishedValue])[]): Record<string, readonly PublishedValue[]> {
  const entries: Record<string, PublishedValue[]> = {};
  for (const [year, value] of values) (entries[String(year)] ??= []).push(value);
  for (const list of Object.values(entries))
    list.sort((a, b) => lastDayOf(a.date, ['date']) - lastDayOf(b.date, ['date']));
  return entries;
}

/**
 * Lithuania's defence spending by year, 2018–2026, as published: national figures at each stage (the
 * budget announced, proposed, approved, amended in the year; ministers' estimates) and NATO's estimates
 * and outturns from every release the project holds. Each value has its basis ({@link LITHUANIA_BASES}).
 * @internal
 */
export const DEFENCE_SPENDING_HISTORY: FigureHistory = {
  name: 'Lithuania: defence spending',
  entries: byYear([
    ...[...NATIONAL, NATO_2022_ESTIMATE].map((entry) => [entry.year, published(entry)] as const),
    ...Object.entries(natoShareHistory('LT').entries).flatMap(([year, values]) =>
      values.map((value) => [Number(year), value] as const),
    ),
  ]),
};

/**
 * The border counter-mobility plan's envelope as restated: about EUR 600 million for the next decade
 * (August 2024), about EUR 1.1 billion over ten years (May 2025). Keyed `total`. @internal
 */
export const BORDER_PLAN_HISTORY: FigureHistory = {
  name: 'Lithuania: border counter-mobility plan, total',
  entries: {
    total: [
      published({
        stage: 'announced',
        date: '2024-08-22',
        basis: 'counter-mobility measures over the next decade',
        amount: '600000000',
        source: source(
          'Delfi',
          'Storage facility for countermobility measures opens in eastern Lithuania',
          'https://www.delfi.lt/en/politics/storage-facility-for-countermobility-measures-opens-in-eastern-lithuania-120044879',
          '2024-08-22',
          'EUR 600 million would be allocated for countermobility measures in the next decade',
        ),
        note: 'The defence minister, Laurynas Kasčiūnas; mostly for mining.',
      }),
      published({
        stage: 'announced',
        date: '2025-05-05',
        basis: 'counter-mobility measures over the next decade',
        amount: '1100000000',
        source: AFP_BORDER_PLAN,
        note: 'Of which about EUR 800 million for anti-tank mines. A later figure, "about EUR 812 million to 2035, about EUR 189 million of it from the EU\'s SAFE loans" (Defence Minister Robertas Kaunas, via news.mail.ru), is not recorded: its date was not found.',
      }),
    ],
  },
};

const GDP_STAGES: Readonly<Record<FigureStatus, Stage>> = {
  actual: 'outturn',
  provisional: 'estimate',
  estimate: 'estimate',
  forecast: 'estimate',
  plan: 'estimate',
  derived: 'estimate',
};

/**
 * Nominal GDP by year as each vintage published it: every version of the dataset's GDP, dated by its
 * source. The GDP implied by a budget and its printed share has its own basis. @internal
 */
export function gdpHistory(gdp: Alternatives<{ readonly values: YearSeries<Figure<Money>> }>): FigureHistory {
  const values = Object.entries(gdp.versions).flatMap(([key, vintage]) =>
    Object.entries(vintage.values).map(([year, figure]) => {
      const value: PublishedValue = {
        ...figure,
        value: { amount: figure.value },
        stage: GDP_STAGES[figure.status ?? 'actual'],
        date: figure.source.published ?? year,
        basis:
          key === 'budget-implied'
            ? 'GDP implied by a defence budget and its printed share'
            : 'nominal GDP, national accounts',
      };
      return [Number(year), value] as const;
    }),
  );
  return { name: 'Lithuania: nominal GDP', entries: byYear(values) };
}
