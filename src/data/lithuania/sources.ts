// The sources of the Lithuania dataset, as listed in the project's facts file (shared/data/facts.md),
// each with the words or figures as printed.
import type { Source } from '../../sources/Source';

/** @internal */ export const EUROSTAT_TEC00001: Source = {
  publisher: 'Eurostat',
  title: 'Gross domestic product at market prices (tec00001)',
  url: 'https://ec.europa.eu/eurostat/databrowser/view/tec00001/default/table',
  published: '2025',
  quoted: '€77.94 billion (nominal, 2024)',
  note: 'Second-hand: the figure as cited from Eurostat tec00001 in the infobox of Wikipedia, "Economy of Lithuania" (copy at https://friendlywiki.com/article/index.php?title=Economy_of_Lithuania), 2025 vintage.',
};

/** @internal */ export const OECD_SURVEY_2025: Source = {
  publisher: 'OECD',
  title: 'OECD Economic Surveys: Lithuania 2025, Basic statistics of Lithuania, 2024',
  url: 'https://www.oecd.org/en/publications/oecd-economic-surveys-lithuania-2025_4abf1ea5-en/full-report/basic-statistics-of-lithuania-2024_b1c68bb6.html',
  published: '2025',
  quoted: 'In current prices (billion EUR) 77.9; Population (million) 2.9',
};

/** @internal */ export const LITHUANIA_IN_FIGURES_2023: Source = {
  publisher: 'Statistics Lithuania (State Data Agency)',
  title: 'Lithuania in figures (edition 2023), National accounts',
  url: 'https://osp.stat.gov.lt/en_GB/nacionalines-saskaitos1',
  published: '2023',
  quoted:
    'GDP at current prices, EUR million: 2018 45,515; 2019 48,959; 2020 49,873; 2021 56,478; 2022 67,399; 2022 real growth 102.4',
};

/** @internal */ export const STATISTICAL_YEARBOOK_2019: Source = {
  publisher: 'Statistics Lithuania',
  title: 'Statistical Yearbook of Lithuania 2019, National accounts',
  url: 'https://osp.stat.gov.lt/en/lietuvos-statistikos-metrastis/lsm-2019/ukis-ir-finansai/nacionalines-saskaitos',
  published: '2019',
  quoted: '2017: EUR 42 billion 269.4 million; 2018: EUR 45 billion 264.4 million',
};

/** @internal */ export const BALTIC_COURSE_2018: Source = {
  publisher: 'The Baltic Course (reproducing Statistics Lithuania)',
  title: 'GDP table of the Q1 2018 release',
  url: 'http://www.baltic-course.com/eng/analytics/?doc=139703',
  published: '2018',
  quoted: 'EUR million: 2014 36 568.3; 2015 37 426.6; 2016 38 680.9; 2017 41 858.0',
};

/** @internal */ export const FOCUSECONOMICS_2026: Source = {
  publisher: 'FocusEconomics (data: Macrobond)',
  title: 'Lithuania GDP',
  url: 'https://focus.s.nomatter.dev/country-indicator/Lithuania/gdp',
  published: '2026',
  quoted: '2023 74.3; 2024 79.0; 2025 84.0 (EUR bn)',
  note: 'A commercial aggregator (mirror page of 2026); kept as an alternative, not a default.',
};

/** @internal */ export const MOD_BALTIC_SENTINEL_2025: Source = {
  publisher: 'Ministry of National Defence, via The Baltic Sentinel',
  title: 'Poland and Lithuania lead Baltic Sea region defense spending in 2025, followed by Latvia and Estonia',
  url: 'https://balticsentinel.eu/8166562/poland-and-lithuania-lead-baltic-sea-region-defense-spending-in-2025-followed-by-latvia-and-estonia',
  published: '2025-01-07',
  quoted: 'base defense budget for 2025 … 2,4 billion euros … 2.95% of GDP; additional EUR 800 million … 3.9% of GDP',
};

/** @internal */ export const MOD_SEIMAS_2026: Source = {
  publisher: 'Ministry of National Defence of the Republic of Lithuania',
  title: 'The Seimas approves record defence budget of EUR 4.79 billion or 5.38 % of GDP in 2026',
  published: '2025-12-11',
  quoted: 'EUR 4.79 billion or 5.38 % of GDP',
  note: 'Read via the Wayback Machine; the release’s own address was not recorded. The same figures, with addresses: the Seimas vote reported the same day by tportal.hr (https://www.tportal.hr/vijesti/clanak/rekordna-potrosnja-za-obranu-litva-se-katapultirala-u-vrh-nato-a-20251211: "5,38 posto BDP-a … 4,79 milijardi eura"); the government draft by Report.az via LRT (https://report.az/en/other-countries/lithuanian-government-approves-2026-draft-budget-with-record-defence-spending: "€4.79 billion for defence, equal to 5.38% of GDP").',
};

/** @internal */ export const DELFI_BUDGET_2025: Source = {
  publisher: 'Delfi',
  title: 'Nausėda hails defence spending boost in budget plan',
  url: 'https://www.delfi.lt/en/politics/nauseda-hails-defence-spending-boost-in-budget-plan-120073508',
  published: '2024-12-19',
  quoted: 'nearly EUR 2.617 billion … borrowing limit raised by EUR 800 million … 4% of our GDP',
};

/** @internal */ export const EC_AUTUMN_2025: Source = {
  publisher: 'European Commission, via Xinhua (The Star)',
  title: 'European Commission lowers Lithuania’s GDP growth forecasts (Autumn 2025 Economic Forecast)',
  url: 'https://www.thestar.com.my/news/world/2025/11/18/european-commission-lowers-lithuania039s-gdp-growth-forecasts',
  published: '2025-11-18',
  quoted: 'GDP growth 2025 "2.4 percent", 2026 "3 percent"; inflation 2025 3.4, 2026 2.8',
};

/** @internal */ export const IMF_WEO_2025_10: Source = {
  publisher: 'IMF World Economic Outlook, October 2025, via Xinhua',
  title: 'IMF forecasts for Lithuania',
  url: 'https://english.news.cn/20251014/9fed92e06eed4e3492c4d1068c98c260/c.html',
  published: '2025-10-14',
  quoted: 'growth 2025 2.7%, 2026 2.9%; inflation 2025 3.6, 2026 3.1',
};

/** @internal */ export const BANK_OF_LITHUANIA_2025_12: Source = {
  publisher: 'Bank of Lithuania, via Xinhua (The Star)',
  title: 'Lithuania lowers GDP growth forecast for 2025 to 2.5 pct',
  url: 'https://www.thestar.com.my/news/world/2025/12/23/lithuania-lowers-gdp-growth-forecast-for-2025-to-25-pct',
  published: '2025-12-23',
  quoted: '2025 2.5%; 2026 3.2%; 2027 2.3%',
};

/** @internal */ export const EC_SPRING_2025: Source = {
  publisher: 'European Commission',
  title: 'Spring 2025 Economic Forecast: Lithuania',
  url: 'https://economy-finance.ec.europa.eu/economic-surveillance-eu-economies/lithuania/economic-forecast-lithuania_en',
  published: '2025-05-19',
  quoted: 'GDP 2024 2,8; 2025 2,8; 2026 3,1; inflation 2024 0,9; 2025 2,6; 2026 1,2',
  note: 'Read on a mirror of the Commission’s page.',
};

/** @internal */ export const EC_AUTUMN_2024: Source = {
  publisher: 'European Commission',
  title: 'Autumn 2024 Economic Forecast: Lithuania',
  url: 'https://economy-finance.ec.europa.eu/economic-surveillance-eu-economies/lithuania/economic-forecast-lithuania_en',
  published: '2024-11-15',
  quoted: 'real GDP was found to have grown by 0.3% in 2023, up from the 0.3% decrease that was previously estimated',
  note: 'Read on a mirror of the Commission’s page.',
};

/** @internal */ export const NATO_DEFENCE_EXPENDITURE_2025: Source = {
  publisher: 'NATO Public Diplomacy Division',
  title: 'Defence Expenditure of NATO Countries (2014-2025), Table 3: defence expenditure as a share of GDP',
  url: 'https://www.nato.int/content/dam/nato/webready/documents/finance/def-exp-2025-en.pdf',
  published: '2025-08-28',
  note: '2014–2024 from a public transcription of the release (github.com/namanjain92/NATO-Analytics, data/defence_per.csv, commit c7de616633e6776ad9a6aec277628a6bd1a33414), which matches an independent transcription for seven other allies; the PDF itself was not read. Figures rounded to two decimals as NATO prints them.',
};

/** @internal */ export const NATO_2025_ESTIMATES: Source = {
  publisher: 'TASS (reporting NATO’s release of 28 August 2025)',
  title: 'NATO defence expenditure estimates for 2025',
  url: 'https://tass.com/world/2008301',
  published: '2025-08-28',
  quoted: 'Poland (4.48%), Lithuania (4%), Latvia (3.73%), and Estonia (3.38%)',
  note: 'NATO, "Defence Expenditure of NATO Countries (2014-2025)", https://www.nato.int/content/dam/nato/webready/documents/finance/def-exp-2025-en.pdf, was not read; Polskie Radio (https://www.polskieradio.pl/395/7784/Artykul/3571344) and Reuters via AsiaOne report the same estimates, Lithuania as "the 4% mark" and 4.00.',
};

/**
 * One BNS article (autumn 2022, on the 2023 budget) gives both the 2022 and the 2023 figures: cited once,
 * with its publication year (the day was not recorded), not the year of each figure. @internal
 */
export const DELFI_BUDGET_2023: Source = {
  publisher: 'BNS, via Delfi',
  title: 'Lithuania’s defence budget',
  url: 'https://m.delfi.lt/en/article.php?id=91595347',
  published: '2022',
  quoted: '1.647 billion euros … more than 1.77 billion euros',
};

/** @internal */ export const MOD_ON_X_2024: Source = {
  publisher: 'Ministry of National Defence on X, via Eurointegration',
  title: 'Lithuania increases its defence budget',
  url: 'https://www.eurointegration.com.ua/news/2024/06/26/7188947/',
  published: '2024-06-26',
  quoted: '2.3 billion euros … 3.03% of GDP',
};

/** @internal */ export const SHEPHARD_NATO_2022: Source = {
  publisher: 'Shephard Media (NATO June 2022 release)',
  title: 'NATO estimates that 70% of the member states will not reach 2% of the GDP in defence spending in 2022',
  url: 'https://www.shephardmedia.com/news/defence-notes/nato-estimates-that-70-of-the-member-states-will-not-reach-2-of-the-gdp-in-defence-spending-in-2022/',
  published: '2022-06',
  quoted: 'Lithuania (2.36%)',
};

/** @internal */ export const VIA_BALTICA_2024: Source = {
  publisher: 'Via Baltica / LSM, citing ICDS (NATO June 2024 release)',
  title: 'Baltic defence spending relative to GDP among highest in NATO: report',
  url: 'https://viabaltica.fi/baltic-defence-spending-relative-to-gdp-among-highest-in-nato-report/',
  published: '2024-06-18',
  quoted: 'Lithuania’s defence spending is now at 2.85% of GDP (Estonia 3.43, Latvia 3.15, Poland 4.12)',
};

/** @internal */ export const GOVERNMENT_PORTAL_POPULATION: Source = {
  publisher: 'renkuosilietuva.lt ("I choose Lithuania", government portal)',
  title: 'Area and population',
  url: 'https://www.renkuosilietuva.lt/en/area-and-population-/',
  quoted: '2.888 million inhabitants (beginning of 2024)',
};

/** @internal */ export const STATE_DATA_AGENCY_POPULATION_2025: Source = {
  publisher: 'State Data Agency (Statistics Lithuania), via Wikipedia',
  title: 'Population on 1 January 2025',
  url: 'https://friendlywiki.com/article/index.php?title=Economy_of_Lithuania',
  quoted: '2,890,219 (2025 January)',
  note: 'Second-hand: Wikipedia’s "Economy of Lithuania" infobox, citing the State Data Agency.',
};

/** @internal */ export const STATE_DATA_AGENCY_POPULATION_2026: Source = {
  publisher: 'State Data Agency, via news-pravda.com',
  title: 'Minus 3,8 tūkst.: Lietuvoje fiksuojamas gyventojų skaičiaus mažėjimas',
  url: 'https://lt.news-pravda.com/world/2026/01/30/51551.html',
  published: '2026-01-30',
  quoted:
    '2026 m. sausio 1 d. šalyje buvo 2,886 mln. nuolatinių gyventojų. Tai beveik 3,8 tūkst. (0,1 proc.) mažiau nei prieš metus, praneša Valstybinė duomenų agentūra.',
  note: 'A re-post of the State Data Agency’s release by an aggregator; consistent with the 1 January 2025 count (2,890,219 less about 3.8 thousand is about 2.886 million). Preliminary.',
};

/** @internal */ export const STATISTICS_LITHUANIA_POPULATION_2020: Source = {
  publisher: 'Statistics Lithuania',
  title: 'Duomenų bazių naujienos: gyventojų skaičius ir sudėtis',
  url: 'https://osp.stat.gov.lt/duomenu-bazes-naujienos',
  published: '2020',
  quoted:
    '2020 m. pradžioje Lietuvoje gyveno 2 mln. 794,1 tūkst. nuolatinių gyventojų, t. y. 94 mažiau negu 2019 m. pradžioje.',
};

/** @internal */ export const EUROSTAT_EUROPOP2023: Source = {
  publisher: 'BNS, via The Baltic Times (reporting Eurostat’s EUROPOP2023 projections)',
  title: 'Lithuania’s population will decrease by one-third by 2100 – Eurostat’s projections',
  url: 'https://www.baltictimes.com/lithuania_s_population_will_decrease_by_one-third_by_2100___eurostat_s_projections/',
  published: '2023-04-04',
  quoted:
    'Lithuania is currently home to 2.81 million people, based on the latest census data. According to the projections, Lithuania’s population will decrease to 2 million people by 2070 and will shrink further, to 1.85 million people, by 2085 … to 1.78 million people, by 2100',
  note: 'Eurostat’s own table (proj_23np) was not read; the figures are the article’s, rounded as it prints them. EUROPOP2023 starts from the population of 1 January 2022.',
};

/** @internal */ export const DELFI_STATE_DEFENCE_COUNCIL: Source = {
  publisher: 'Delfi',
  title: 'Lithuania to allocate 5-6% of GDP for defence in 2026-2030 – Nausėda',
  url: 'https://www.delfi.lt/en/politics/lithuania-to-allocate-5-6-of-gdp-for-defence-in-2026-2030-nauseda-120079654',
  published: '2025-01-17',
  quoted:
    'We have agreed that in the 2026-2030 period we will annually earmark from 5 to 6 [percent] of the gross domestic product for defence',
};

/** @internal */ export const OGRES_ZINAS_COUNCIL: Source = {
  publisher: 'Ogres Ziņas',
  title: 'State Defence Council meeting of 17 January 2025',
  url: 'https://ogreszinas.news/?p=23276',
  published: '2025-01-17',
  quoted: 'maintain defence spending at an average 5.5% during this period',
};
