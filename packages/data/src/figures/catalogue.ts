import type { FigureSource, Indicator } from '@verkosto/core';

/**
 * The indicator catalogue, written by hand from `reference/comparison/README.md`: Finnish
 * names are StatFi's labels as the README quotes them, English names StatFi's English labels;
 * Swedish names are Verkosto's translations (the sources we hold carry no Swedish labels).
 * The years, area divisions and sources of each indicator come from the CSVs (generated).
 */
export type CatalogueEntry = Omit<Indicator, 'coverage'>;

const KEY_FIGURES_CAVEAT = {
  fi: 'Kuntien avainluvut, vuoden 2019 aluejako (311 kuntaa). Työssäkäyntiin perustuvat luvut ovat vuodelta 2017, muut vuodelta 2018. Tilastokeskuksen myöhemmissä julkaisuissa arvot voivat olla tarkistettuja.',
  en: 'StatFi municipal key figures, 2019 division (311 municipalities). Employment-based figures are for 2017, the rest for 2018; later StatFi editions may hold revised values.',
};
const KTA_CAVEAT = {
  fi: 'Kuntien talous ja toiminta 2020, vuoden 2020 aluejako (310 kuntaa). Tilastokeskus julkaisi arvot kokonaislukuina.',
  en: 'StatFi municipal finances 2020, 2020 division (310 municipalities). StatFi published the values as integers.',
};

const kf = (
  id: string,
  fi: string,
  sv: string,
  en: string,
  unit: string,
  extra?: { fi: string; en: string },
): CatalogueEntry => ({
  id,
  name: { fi, sv, en },
  unit,
  definition: {
    fi: `${fi} (${unit}).`,
    en: `${en} (${unit}), as published by Statistics Finland.`,
  },
  caveat: extra
    ? { fi: `${KEY_FIGURES_CAVEAT.fi} ${extra.fi}`, en: `${KEY_FIGURES_CAVEAT.en} ${extra.en}` }
    : KEY_FIGURES_CAVEAT,
});

const EMPLOYMENT_2017 = {
  fi: 'Vuosi 2017.',
  en: 'Year 2017.',
};
const WORKPLACE_SHARES = {
  fi: 'Vuosi 2017. Alkutuotannon, jalostuksen ja palvelujen osuudet eivät summaudu sataan: loput on ”toimiala tuntematon”, jota aineistossa ei ole.',
  en: 'Year 2017. Primary, secondary and service shares do not sum to 100: the rest is “industry unknown”, which is not in the data.',
};

export const FIGURE_CATALOGUE: CatalogueEntry[] = [
  {
    id: 'population',
    name: { fi: 'Väkiluku 31.12.', sv: 'Folkmängd 31.12.', en: 'Population, 31 Dec' },
    unit: 'persons',
    definition: {
      fi: 'Väkiluku vuoden viimeisenä päivänä (henkilöä).',
      en: 'Population on 31 December of the year (persons).',
    },
    caveat: {
      fi: 'Vuosi 2018: Kuntien avainluvut, vuoden 2019 aluejako. Vuodet 2019–2022: THL Sotkanet (indikaattori 127, alkuperäinen lähde Tilastokeskus), vuoden 2024 aluejako: Valtimo sisältyy Nurmekseen ja Honkajoki Kankaanpäähän myös ennen liitoksia, eikä niillä ole omia rivejä; Pertunmaa on erillään Mäntyharjusta.',
      en: 'For 2018: StatFi key figures, 2019 division. For 2019–2022: THL Sotkanet (indicator 127, original source Statistics Finland) on the 2024 division: Valtimo is inside Nurmes and Honkajoki inside Kankaanpää even before their mergers, with no rows of their own; Pertunmaa is separate from Mäntyharju.',
    },
  },
  kf(
    'population_change_pct',
    'Väkiluvun muutos edellisestä vuodesta',
    'Folkmängdens förändring från föregående år',
    'Population change from the previous year',
    '%',
  ),
  kf(
    'share_age_0_14_pct',
    'Alle 15-vuotiaiden osuus väestöstä',
    'Andel personer under 15 år av befolkningen',
    'Share of persons aged under 15',
    '%',
  ),
  kf(
    'share_age_15_64_pct',
    '15–64-vuotiaiden osuus',
    'Andel 15–64-åringar',
    'Share of persons aged 15–64',
    '%',
  ),
  kf(
    'share_age_65_plus_pct',
    'Yli 64-vuotiaiden osuus',
    'Andel personer över 64 år',
    'Share of persons aged over 64',
    '%',
  ),
  kf(
    'share_swedish_speakers_pct',
    'Ruotsinkielisten osuus',
    'Andel svenskspråkiga',
    'Share of Swedish-speakers',
    '%',
  ),
  kf(
    'share_foreign_citizens_pct',
    'Ulkomaan kansalaisten osuus',
    'Andel utländska medborgare',
    'Share of foreign citizens',
    '%',
  ),
  kf(
    'natural_increase_persons',
    'Syntyneiden enemmyys',
    'Födelseöverskott',
    'Excess of births',
    'persons',
  ),
  kf(
    'net_intermunicipal_migration_persons',
    'Kuntien välinen muuttovoitto/-tappio',
    'Flyttningsvinst/-förlust mellan kommuner',
    'Intermunicipal migration gain/loss',
    'persons',
  ),
  kf('families', 'Perheiden lukumäärä', 'Antal familjer', 'Number of families', 'count'),
  kf(
    'household_dwelling_units',
    'Asuntokuntien lukumäärä',
    'Antal bostadshushåll',
    'Number of household-dwelling units',
    'count',
  ),
  kf(
    'share_households_terraced_detached_pct',
    'Rivi- ja pientaloissa asuvien asuntokuntien osuus',
    'Andel bostadshushåll i rad- och småhus',
    'Household-dwelling units in terraced and detached houses',
    '%',
  ),
  kf(
    'share_households_rental_pct',
    'Vuokra-asunnoissa asuvien asuntokuntien osuus',
    'Andel bostadshushåll i hyresbostäder',
    'Household-dwelling units in rental dwellings',
    '%',
  ),
  kf(
    'share_upper_secondary_or_higher_15plus_pct',
    'Vähintään toisen asteen tutkinnon suorittaneiden osuus 15 vuotta täyttäneistä',
    'Andel personer med minst examen på andra stadiet av 15 år fyllda',
    'Persons aged 15+ with at least an upper secondary qualification',
    '%',
  ),
  kf(
    'share_tertiary_15plus_pct',
    'Korkea-asteen tutkinnon suorittaneiden osuus 15 vuotta täyttäneistä',
    'Andel personer med examen på högre nivå av 15 år fyllda',
    'Persons aged 15+ with a tertiary qualification',
    '%',
  ),
  kf('urbanisation_degree_pct', 'Taajama-aste', 'Tätortsgrad', 'Degree of urbanisation', '%'),
  kf(
    'employed_labour_force',
    'Alueella asuvan työllisen työvoiman määrä',
    'Sysselsatt arbetskraft bosatt i området',
    'Employed labour force resident in the area',
    'persons',
    EMPLOYMENT_2017,
  ),
  kf(
    'employment_rate_pct',
    'Työllisyysaste',
    'Sysselsättningsgrad',
    'Employment rate',
    '%',
    EMPLOYMENT_2017,
  ),
  kf(
    'unemployment_rate_pct',
    'Työttömien osuus työvoimasta',
    'Andel arbetslösa av arbetskraften',
    'Unemployed as a share of the labour force',
    '%',
    {
      fi: 'Vuosi 2017, Tilastokeskuksen työssäkäyntitilasto (vuoden lopun tilanne). Ei sama kuin TEM:n työttömien työnhakijoiden osuus (registered_unemployment_rate_pct) eikä työvoimatutkimuksen työttömyysaste.',
      en: 'Year 2017, StatFi employment statistics (end of year). Not the TEM share of unemployed jobseekers (registered_unemployment_rate_pct) nor the Labour Force Survey rate.',
    },
  ),
  kf(
    'share_pensioners_pct',
    'Eläkeläisten osuus väestöstä',
    'Andel pensionärer av befolkningen',
    'Pensioners as a share of the population',
    '%',
    EMPLOYMENT_2017,
  ),
  kf(
    'economic_dependency_ratio',
    'Taloudellinen huoltosuhde',
    'Ekonomisk försörjningskvot',
    'Economic dependency ratio',
    'non-employed per 100 employed',
    EMPLOYMENT_2017,
  ),
  kf(
    'share_working_in_home_municipality_pct',
    'Asuinkunnassaan työssäkäyvien osuus',
    'Andel sysselsatta som arbetar i sin hemkommun',
    'Employed people working in their municipality of residence',
    '%',
    EMPLOYMENT_2017,
  ),
  kf(
    'workplaces',
    'Alueella olevien työpaikkojen lukumäärä',
    'Antal arbetsplatser i området',
    'Number of workplaces in the area',
    'count',
    EMPLOYMENT_2017,
  ),
  kf(
    'share_workplaces_primary_pct',
    'Alkutuotannon työpaikkojen osuus',
    'Andel arbetsplatser inom primärproduktion',
    'Share of workplaces in primary production',
    '%',
    WORKPLACE_SHARES,
  ),
  kf(
    'share_workplaces_secondary_pct',
    'Jalostuksen työpaikkojen osuus',
    'Andel arbetsplatser inom förädling',
    'Share of workplaces in secondary production',
    '%',
    WORKPLACE_SHARES,
  ),
  kf(
    'share_workplaces_services_pct',
    'Palvelujen työpaikkojen osuus',
    'Andel arbetsplatser inom tjänster',
    'Share of workplaces in services',
    '%',
    WORKPLACE_SHARES,
  ),
  kf(
    'workplace_self_sufficiency',
    'Työpaikkaomavaraisuus',
    'Arbetsplatssjälvförsörjning',
    'Workplace self-sufficiency',
    'workplaces per 100 employed residents',
    EMPLOYMENT_2017,
  ),
  kf(
    'annual_margin_eur_per_capita',
    'Vuosikate, euroa/asukas',
    'Årsbidrag, euro/invånare',
    'Annual contribution margin',
    'EUR per capita',
  ),
  {
    id: 'loan_stock_eur_per_capita',
    name: {
      fi: 'Lainakanta, euroa/asukas',
      sv: 'Lånestock, euro/invånare',
      en: 'Loan stock, municipality',
    },
    unit: 'EUR per capita',
    definition: {
      fi: 'Kunnan lainakanta vuoden lopussa, euroa asukasta kohden.',
      en: 'The municipality’s loan stock at the end of the year, EUR per inhabitant.',
    },
    caveat: {
      fi: `2018: ${KEY_FIGURES_CAVEAT.fi} 2020: ${KTA_CAVEAT.fi}`,
      en: `2018: ${KEY_FIGURES_CAVEAT.en} 2020: ${KTA_CAVEAT.en}`,
    },
  },
  {
    id: 'group_loan_stock_eur_per_capita',
    name: {
      fi: 'Konsernin lainakanta, euroa/asukas',
      sv: 'Koncernens lånestock, euro/invånare',
      en: 'Loan stock, municipal group',
    },
    unit: 'EUR per capita',
    definition: {
      fi: 'Kuntakonsernin lainakanta vuoden lopussa, euroa asukasta kohden.',
      en: 'The consolidated municipal group’s loan stock at the end of the year, EUR per inhabitant.',
    },
    caveat: {
      fi: `2018: ${KEY_FIGURES_CAVEAT.fi} 2020: ${KTA_CAVEAT.fi}`,
      en: `2018: ${KEY_FIGURES_CAVEAT.en} 2020: ${KTA_CAVEAT.en}`,
    },
  },
  kf(
    'net_operating_costs_education_culture_eur_per_capita',
    'Opetus- ja kulttuuritoiminta yhteensä, nettokäyttökustannukset',
    'Undervisnings- och kulturverksamhet totalt, nettodriftskostnader',
    'Educational and cultural activities, total, net operating costs',
    'EUR per capita',
  ),
  kf(
    'net_operating_costs_social_health_eur_per_capita',
    'Sosiaali- ja terveystoiminta yhteensä, nettokäyttökustannukset',
    'Social- och hälsovårdsverksamhet totalt, nettodriftskostnader',
    'Social and health care activities, total, net operating costs',
    'EUR per capita',
  ),
  {
    id: 'loan_stock_eur_thousand',
    name: { fi: 'Lainakanta, 1 000 euroa', sv: 'Lånestock, 1 000 euro', en: 'Loan stock' },
    unit: 'EUR 1,000',
    definition: {
      fi: 'Kunnan lainakanta vuoden lopussa, tuhatta euroa (Tilastokeskus: lainakanta_eur).',
      en: 'The municipality’s loan stock at the end of the year, EUR 1,000 (StatFi: lainakanta_eur).',
    },
    caveat: KTA_CAVEAT,
  },
  {
    id: 'group_loan_stock_eur_thousand',
    name: {
      fi: 'Konsernin lainakanta, 1 000 euroa',
      sv: 'Koncernens lånestock, 1 000 euro',
      en: 'Consolidated group loan stock',
    },
    unit: 'EUR 1,000',
    definition: {
      fi: 'Kuntakonsernin lainakanta vuoden lopussa, tuhatta euroa (Tilastokeskus: k_lainakanta_eur).',
      en: 'The consolidated municipal group’s loan stock, EUR 1,000 (StatFi: k_lainakanta_eur).',
    },
    caveat: KTA_CAVEAT,
  },
  {
    id: 'relative_indebtedness_pct',
    name: {
      fi: 'Suhteellinen velkaantuneisuus',
      sv: 'Relativ skuldsättning',
      en: 'Relative indebtedness',
    },
    unit: '%',
    definition: {
      fi: 'Suhteellinen velkaantuneisuus, % (Tilastokeskus: suhteel_velkaant).',
      en: 'Relative indebtedness, % (StatFi: suhteel_velkaant).',
    },
    caveat: KTA_CAVEAT,
  },
  {
    id: 'equity_ratio_pct',
    name: { fi: 'Omavaraisuusaste', sv: 'Soliditet', en: 'Equity ratio' },
    unit: '%',
    definition: {
      fi: 'Omavaraisuusaste, % (Tilastokeskus: omavaraisuus_aste).',
      en: 'Equity ratio, % (StatFi: omavaraisuus_aste).',
    },
    caveat: KTA_CAVEAT,
  },
  {
    id: 'registered_unemployment_rate_pct',
    name: {
      fi: 'Työttömien työnhakijoiden osuus työvoimasta (vuosikeskiarvo)',
      sv: 'Andel arbetslösa arbetssökande av arbetskraften (årsmedeltal)',
      en: 'Unemployed jobseekers as a share of the labour force (annual mean)',
    },
    unit: '%',
    definition: {
      fi: '100 × työttömien työnhakijoiden kuukausien lopun määrien keskiarvo / työvoima, yhden desimaalin tarkkuudella. Laskettu TEM:n työnvälitystilaston kuukausiluvuista; vain kunnat, joilla kaikki 12 kuukautta on tiedossa.',
      en: '100 × the mean of the 12 end-of-month counts of unemployed jobseekers / the labour force, rounded to 1 decimal. Calculated from TEM’s Employment Service Statistics (monthly); only municipality-years with all 12 months.',
    },
    caveat: {
      fi: 'Laskettu luku (vertailuaineiston kokoajat laskivat sen kuukausitiedostosta; ei Tilastokeskuksen tai TEM:n julkaisema). Vuoden 2023 aluejako. Työvoima on TEM:n mukaan yleensä noin kaksi vuotta vanha. Ei sama kuin Tilastokeskuksen työttömyysaste (unemployment_rate_pct). Ahvenanmaan kahdeksalta pieneltä kunnalta puuttuu kuukausia, joten niiltä puuttuu vuosiluku.',
      en: 'A calculated figure (by the compilers of the comparison data, from the monthly file; not published by StatFi or TEM). 2023 division. TEM notes that the labour force is usually about two years old. Not StatFi’s unemployment rate (unemployment_rate_pct). Eight small Åland municipalities lack months, so they have no annual figure.',
    },
  },
  {
    id: 'unemployed_jobseekers_mean',
    name: {
      fi: 'Työttömät työnhakijat (vuosikeskiarvo)',
      sv: 'Arbetslösa arbetssökande (årsmedeltal)',
      en: 'Unemployed jobseekers (annual mean)',
    },
    unit: 'persons',
    definition: {
      fi: 'Työttömien työnhakijoiden määrä kuukauden lopussa, vuoden 12 kuukauden keskiarvo (TEM, työnvälitystilasto).',
      en: 'Unemployed jobseekers at the end of each month, mean of the 12 months (TEM Employment Service Statistics).',
    },
    caveat: {
      fi: 'Laskettu keskiarvo (ks. registered_unemployment_rate_pct). Vuoden 2023 aluejako.',
      en: 'A calculated mean (see registered_unemployment_rate_pct). 2023 division.',
    },
  },
  {
    id: 'municipal_income_tax_rate_pct',
    name: {
      fi: 'Kunnan tuloveroprosentti',
      sv: 'Kommunal inkomstskattesats',
      en: 'Municipal income tax rate',
    },
    unit: '%',
    definition: {
      fi: 'Kunnan tuloveroprosentti verovuodelle, Verohallinnon vahvistamana.',
      en: 'The municipal income tax rate for the tax year, as the Tax Administration confirmed it.',
    },
    caveat: {
      fi: 'Kolmannen osapuolen kopio Verohallinnon taulukosta (tarkistettu 17 kaupungin ja ääriarvojen osalta; vertaa Verohallinnon liitteeseen ennen julkaisua). Ahvenanmaan veroprosentit (17–19,7) eivät ole vertailukelpoisia Manner-Suomen kanssa: niitä ei laskettu sote-uudistuksessa 2023. Vuoden 2026 aluejako.',
      en: 'A third-party copy of the Tax Administration’s table (checked for 17 cities and the extremes; compare with Vero’s attachment before publishing). Åland rates (17–19.7) are not comparable with mainland rates, which fell by 12.64 points in the 2023 reform. 2026 division.',
    },
  },
];

/** Where the figures come from: the copies we read, and their original publishers. */
export const FIGURE_SOURCES: FigureSource[] = [
  {
    id: 'statfi-key-figures-2019',
    title: 'Kuntien avainluvut (Municipal key figures), 2019 edition',
    publisher: 'Tilastokeskus / Statistics Finland',
    licence: 'CC BY 4.0',
    note: 'PxWeb download Kuntien_avainluvut__2019/kuntien_avainluvut_2019_aikasarja.px (2022-09-26), as stored in hjhilden/bivariate-dataprocess, tables/Kuntien avainluvut_20220926-211021.csv (commit 7bf347a4d7f70070dc80d93e3e6e036822bbd955).',
  },
  {
    id: 'statfi-kta-2020',
    title: 'Key figures, municipalities 2020 (Kuntien talous ja toiminta, kta)',
    publisher: 'Tilastokeskus / Statistics Finland',
    licence: 'CC BY 4.0',
    note: 'Unmodified JSON-stat2 response of StatFi PxWeb 006_kta_19_2020.px (updated 2021-09-10), as stored in Olliwn/truth_engine, data/municipal_debt_raw.json (commit d4d73f435d609a5d376247b5b00ab8fb557a405e).',
  },
  {
    id: 'thl-sotkanet-127',
    title: 'Väestö 31.12. (Sotkanet indicator 127)',
    publisher: 'THL Sotkanet (original source: Tilastokeskus / Statistics Finland)',
    licence: 'CC BY 4.0',
    note: 'As stored in rOpenGov/geofi, data/sotkadata_population.rda (commit 18c8c7fa27d5f445823e95a76dd7a270f4d9fd21); area division of 2024-03.',
  },
  {
    id: 'tem-12r5-annual',
    title:
      'Työnvälitystilasto: työttömät työnhakijat kuukauden lopussa (StatFi table 12r5), annual means calculated from it',
    publisher:
      'Työ- ja elinkeinoministeriö, Työnvälitystilasto (published by Tilastokeskus / Statistics Finland)',
    licence: 'CC BY 4.0',
    note: 'Monthly values 2018-01–2023-10 from pttry/kohtaantoindeksit, data/tyonv_12r5.rda (commit ad3341826db4be1b343d88c860f90a4df044412c), area map "Alue 2023". The annual means and rates were calculated from them by the compilers of the comparison data; they are not published figures.',
  },
  {
    id: 'vero-income-tax-2026',
    title: 'Kuntien ja seurakuntien tuloveroprosentit vuonna 2026 (Dnro VH/6585/00.01.00/2025)',
    publisher: 'Verohallinto',
    licence: 'Not protected by copyright (Copyright Act 9 §)',
    url: 'https://www.vero.fi/syventavat-vero-ohjeet/paatokset/47465/kuntien-ja-seurakuntien-tuloveroprosentit-vuonna-2026/',
    note: 'A third-party copy: Mottalib-10M/nettopalkka.fi, src/data/kunnat-2026.json (commit 0446a62031f4a720db5129ddc4a3ed3187e0802d), scraped from the decision. Not read from Vero directly.',
  },
];

/** Credit lines for the figures, wherever they are shown. */
export const FIGURE_ATTRIBUTION = {
  fi: 'Lähteet: Tilastokeskus (kuntien avainluvut 2019, kuntien talous 2020); THL Sotkanet (väkiluku); Työ- ja elinkeinoministeriö, Työnvälitystilasto; Verohallinto (tuloveroprosentit 2026). CC BY 4.0, paitsi Verohallinnon päätös.',
  sv: 'Källor: Statistikcentralen (kommunernas nyckeltal 2019, kommunernas ekonomi 2020); THL Sotkanet (folkmängd); Arbets- och näringsministeriet, arbetsförmedlingsstatistiken; Skatteförvaltningen (inkomstskattesatser 2026). CC BY 4.0, utom Skatteförvaltningens beslut.',
  en: "Sources: Statistics Finland (municipal key figures 2019, municipal finances 2020); THL Sotkanet (population); Ministry of Economic Affairs and Employment, Employment Service Statistics; Finnish Tax Administration (income tax rates 2026). CC BY 4.0, except the Tax Administration's decision.",
} as const;
