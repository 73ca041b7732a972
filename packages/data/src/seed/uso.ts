import {
  DATASET_FORMAT_VERSION,
  type Dataset,
  type MunicipalityRegistry,
  type Network,
  type Participation,
  type Period,
  type Theme,
} from '@verkosto/core';
import { USO_SOURCES, type UsoSourceId } from './sources.ts';

/**
 * The USO network as public sources describe it (reference/uso/FACTS.md). Nothing here goes
 * beyond a source: where none was found (USO 3's themes, every member list but USO 4's), the
 * dataset leaves it out. Period dates are the calendar years the sources give.
 */

const network: Network = {
  id: 'uso',
  name: {
    fi: 'Uuden sukupolven organisaatiot',
    sv: 'Nya generationens organisationer',
    en: 'New Generation Organisations',
  },
  shortName: 'USO',
  organiser: 'Suomen Kuntaliitto ry (with FCG)',
  description: {
    fi: 'USOn johtoajatuksena on tarjota tietoa ja tukea kuntien johtamisen uudistamiseen: vertaisoppimista ja yhteiskehittämistä, uuden tiedon tuottamista, kuntien vertailutietoa, kokemusten jakamista ja kuntakohtaisia kuntatyöpajoja.',
    en: 'Knowledge and support for renewing municipal leadership: peer learning and co-development, new knowledge, municipal comparison data, shared experience, and municipality-specific workshops.',
  },
  links: [
    {
      url: 'https://www.kuntaliitto.fi/uso',
      label: { fi: 'USO Kuntaliiton sivuilla', en: 'USO at Kuntaliitto' },
    },
  ],
  sources: ['kuntaliitto-blog-2019-02-22', 'fcg-uso-en'] satisfies UsoSourceId[],
};

function period(
  ordinal: number,
  firstYear: number,
  fields: Omit<
    Period,
    'id' | 'networkId' | 'ordinal' | 'label' | 'startDate' | 'endDate' | 'sources'
  > & {
    sources: UsoSourceId[];
  },
): Period {
  return {
    id: `uso-${ordinal}`,
    networkId: 'uso',
    ordinal,
    label: `USO ${ordinal}`,
    startDate: `${firstYear}-01-01`,
    endDate: `${firstYear + 1}-12-31`,
    ...fields,
  };
}

const periods: Period[] = [
  period(1, 2011, {
    description: { fi: 'Ensimmäinen USO-kausi.', en: 'The first USO period.' },
    reportedMemberCount: 30,
    sources: ['fcg-lehti-39'],
  }),
  period(2, 2013, {
    description: {
      fi: 'USO2: viisi verkostoseminaaria keväällä 2013, kolme kuntakohtaista työpajaa vuodessa, vertaisryhmät suurille, keskisuurille ja pienille kunnille. Noin 70 % kunnista jatkoi ensimmäiseltä kaudelta.',
      en: 'USO2: five network seminars in spring 2013, three workshops per municipality a year, peer groups for large, medium and small municipalities. About 70 % of the municipalities continued from the first period.',
    },
    reportedMemberCount: 35,
    sources: ['fcg-lehti-39'],
  }),
  period(3, 2015, {
    description: {
      fi: 'Kolmas kausi. Sen teemoista tai jäsenistä ei löytynyt lähdettä; kauden olemassaolon kertoo USO4:n kuvaus neljänneksi kaksivuotiskaudeksi.',
      en: 'The third period. No source was found for its themes or members; it exists because USO4 is described as the fourth two-year period.',
    },
    sources: ['kuntaliitto-2017-uso4'],
  }),
  period(4, 2017, {
    description: {
      fi: 'Neljäs kaksivuotiskausi: teema- ja vertaisseminaarit neljästi vuodessa, kunnan kehittämissuunnitelma ja työpajat kolmesti vuodessa, muutosklinikat. Uutinen 2017 kertoo 28 kunnasta; Kommunförbundetin luettelossa on 29.',
      en: 'The fourth two-year period: theme and peer seminars four times a year, a municipal development plan and workshops three times a year, change clinics. The 2017 news item says 28 municipalities; the Kommunförbundet list names 29.',
    },
    reportedMemberCount: 28,
    sources: ['kuntaliitto-2017-uso4', 'kommunforbundet-uso'],
  }),
  period(5, 2019, {
    leadThemeId: 'uso-5-strateginen-johtaminen',
    description: {
      fi: 'Viides toimikausi, yli 20 kehittäjäkuntaa. Teemoissa on jotain uutta, jotain vanhaa ja jotain lainattua. Kahdeksan valtakunnallista tilaisuutta, kunkin kunnan lähtötilanteen vertailu vertailukuntiin ja viisi kuntakohtaista työpajaa. Jäsenluetteloa ei löytynyt.',
      en: 'The fifth period, over 20 developer municipalities. Its themes hold something new, something old and something borrowed. Eight national events, a comparison of each municipality with comparable ones, and five municipality-specific workshops. FCG groups the themes as "Municipalities led by forecasting and knowledge", "Flourishing municipalities" and "Resource-smart municipalities". No member list was found.',
    },
    sources: ['kuntaliitto-blog-2019-02-22', 'fcg-uso-en'],
  }),
  period(6, 2021, {
    leadThemeId: 'uso-6-kestava-kuntajohtaminen',
    description: {
      fi: 'Pääteemana kestävä kuntajohtaminen. Kuusi seminaaria, kaksi valmennus- ja vertaistilaisuutta luottamushenkilöille, yhteinen ennakointiprosessi keväällä 2021 ja viisi kunnan kehittämistyöpajaa. Jäsenluetteloa ei löytynyt.',
      en: 'Lead theme: sustainable municipal leadership. Six seminars, two coaching and peer events for elected officials, a joint foresight process in spring 2021 and five municipal development workshops. No member list was found.',
    },
    sources: ['kuntaliitto-2021-uso6'],
  }),
  period(7, 2023, {
    leadThemeId: 'uso-7-uudistuvien-kuntien-johtaminen',
    description: {
      fi: 'Pääteemana uudistuvien kuntien johtaminen. Neljä seminaaria, neljä työseminaaria kehittäjille ja yhteyshenkilöille sekä säännölliset yhteyshenkilötapaamiset. Lähde ei käytä nimeä USO 7. Jäsenluetteloa ei löytynyt.',
      en: 'Lead theme: leading renewing municipalities. Four seminars, four work seminars for developers and contact persons, and regular contact-person meetings. The source does not call it USO 7. No member list was found.',
    },
    sources: ['kuntaliitto-uso-page'],
  }),
];

type ThemeInput = Omit<
  Theme,
  'id' | 'periodId' | 'keywords' | 'sources' | 'parentId' | 'continuesThemeId'
> & {
  keywords?: string[];
  parent?: string;
  continues?: string;
};

function themesOf(periodId: string, sources: UsoSourceId[], inputs: ThemeInput[]): Theme[] {
  return inputs.map(({ parent, continues, keywords = [], ...theme }) => ({
    ...theme,
    id: `${periodId}-${theme.slug}`,
    periodId,
    ...(parent ? { parentId: `${periodId}-${parent}` } : {}),
    ...(continues ? { continuesThemeId: continues } : {}),
    keywords,
    sources,
  }));
}

// Finnish wording of USO 5 is the article's; English is FCG's and the article's meaning.
// Origins: only what a source says. Strategic leadership is named as USO's aim "from the start",
// so it continues; the article says the themes mix new, old and borrowed without saying which.
const themes: Theme[] = [
  ...themesOf(
    'uso-2',
    ['fcg-lehti-39'],
    [
      {
        slug: 'strategisen-johtamisen-kehittaminen',
        name: { fi: 'Strategisen johtamisen kehittäminen', en: 'Strategic leadership development' },
        origin: 'unspecified',
      },
      {
        slug: 'uuden-sukupolven-johtajien-verkottaminen',
        name: {
          fi: 'Uuden sukupolven johtajien verkottaminen',
          en: 'Networking new-generation leaders',
        },
        origin: 'unspecified',
      },
    ],
  ),
  ...themesOf(
    'uso-4',
    ['kuntaliitto-2017-uso4'],
    [
      {
        slug: 'tulevaisuuden-kunnan-toiminta',
        name: { fi: 'Tulevaisuuden kunnan toiminta', en: 'Future municipality operations' },
        origin: 'unspecified',
      },
      {
        slug: 'muutoksen-johtaminen',
        name: { fi: 'Muutoksen johtaminen', en: 'Change leadership' },
        origin: 'unspecified',
      },
      {
        slug: 'strateginen-johtaminen',
        name: { fi: 'Strateginen johtaminen', en: 'Strategic leadership' },
        origin: 'continued',
        continues: 'uso-2-strategisen-johtamisen-kehittaminen',
      },
      {
        slug: 'verkosto-ja-konsernijohtaminen',
        name: { fi: 'Verkosto- ja konsernijohtaminen', en: 'Network and group leadership' },
        origin: 'unspecified',
      },
    ],
  ),
  ...themesOf(
    'uso-5',
    ['kuntaliitto-blog-2019-02-22', 'fcg-uso-en'],
    [
      {
        slug: 'strateginen-johtaminen',
        name: { fi: 'Strateginen johtaminen', en: 'Strategic leadership' },
        description: {
          fi: 'Alusta asti USOn keskeisenä tavoitteena on ollut tukea kuntien strategista johtamista.',
          en: 'Supporting municipal strategic leadership has been a central aim of USO from the start.',
        },
        origin: 'continued',
        continues: 'uso-4-strateginen-johtaminen',
      },
      {
        slug: 'ennakoiva-johtaminen',
        name: { fi: 'Ennakoiva johtaminen', en: 'Anticipatory leadership' },
        description: {
          fi: 'Ennakoiva ja rohkeasti eteenpäin katsova johtaminen kantaa hedelmää tulevina vuosina.',
        },
        origin: 'unspecified',
        keywords: ['ennakointi'],
      },
      {
        slug: 'tiedolla-johtaminen-ja-vaikuttava-tieto',
        name: {
          fi: 'Tiedolla johtaminen ja vaikuttava tieto',
          en: 'Knowledge-based management and impactful information',
        },
        origin: 'unspecified',
        keywords: ['tiedolla johtaminen', 'vaikuttava tieto'],
      },
      {
        slug: 'resurssialykkyys',
        name: { fi: 'Resurssiälykkyys', en: 'Resource smartness' },
        description: {
          fi: 'Kunnat ovat merkittävässä roolissa maan rajallisten resurssien hyödyntämisessä, kestävän kehityksen tavoitteiden saavuttamisessa ja ilmastonmuutoksen vastaisessa kamppailussa. Resurssiälykkyyteen kuuluvat myös kestävä kuntatalous ja kuntien toiminnan vaikuttavuus.',
        },
        origin: 'unspecified',
        keywords: ['kestävä kehitys', 'ilmastonmuutos', 'kestävä kuntatalous', 'vaikuttavuus'],
      },
      {
        slug: 'vuoropuhelu-ja-asiakaslahtoisyys',
        name: {
          fi: 'Vuoropuhelu kuntayhteisössä ja asiakaslähtöinen toimintakulttuuri',
          en: 'Resident dialogue and customer-oriented culture',
        },
        origin: 'unspecified',
        keywords: ['asukasvuoropuhelu', 'asiakaslähtöisyys'],
      },
      {
        slug: 'kukoistava-kunta',
        name: { fi: 'Kukoistava kunta', en: 'The flourishing municipality' },
        description: {
          fi: 'Kukoistavassa kunnassa on toimiva kuntaorganisaatio ja vireä kuntayhteisö.',
        },
        origin: 'unspecified',
      },
    ],
  ),
  ...themesOf(
    'uso-6',
    ['kuntaliitto-2021-uso6'],
    [
      {
        slug: 'kestava-kuntajohtaminen',
        name: { fi: 'Kestävä kuntajohtaminen', en: 'Sustainable municipal leadership' },
        origin: 'unspecified',
      },
      {
        slug: 'strateginen-johtaminen',
        name: { fi: 'Strateginen johtaminen', en: 'Strategic leadership' },
        origin: 'continued',
        continues: 'uso-5-strateginen-johtaminen',
      },
      {
        slug: 'toimiva-kaksoisjohtaminen',
        name: { fi: 'Toimiva kaksoisjohtaminen', en: 'Well-functioning dual leadership' },
        origin: 'unspecified',
      },
    ],
  ),
  ...themesOf(
    'uso-7',
    ['kuntaliitto-uso-page'],
    [
      {
        slug: 'uudistuvien-kuntien-johtaminen',
        name: { fi: 'Uudistuvien kuntien johtaminen', en: 'Leading renewing municipalities' },
        origin: 'unspecified',
      },
      {
        slug: 'strateginen-ja-kestava-johtaminen',
        name: {
          fi: 'Strateginen ja kestävä johtaminen',
          en: 'Strategic and sustainable leadership',
        },
        origin: 'continued',
        continues: 'uso-6-strateginen-johtaminen',
        parent: 'uudistuvien-kuntien-johtaminen',
      },
      {
        slug: 'uudistuva-kuntaorganisaatio',
        name: {
          fi: 'Uudistuva kuntaorganisaatio ja poikkihallinnollinen johtaminen',
          en: 'Renewing municipal organisations and cross-administrative leadership',
        },
        origin: 'unspecified',
        parent: 'uudistuvien-kuntien-johtaminen',
      },
      {
        slug: 'johtaminen-rajapinnoilla',
        name: {
          fi: 'Johtaminen rajapinnoilla ja yhteistyö hyvinvointialueiden kanssa',
          en: 'Leading at interfaces and cooperation with wellbeing services counties',
        },
        origin: 'unspecified',
        parent: 'uudistuvien-kuntien-johtaminen',
        keywords: ['hyvinvointialueet'],
      },
    ],
  ),
];

/** USO 4's members exactly as Kommunförbundet lists them, by their Swedish names. */
export const USO4_MEMBER_NAMES_SV = [
  'Björneborg',
  'Forssa',
  'Fredrikshamn',
  'Heinola',
  'Juva',
  'Jyväskylä',
  'Karleby',
  'Kemijärvi',
  'Kervo',
  'Kouvola',
  'Kuopio',
  'Lahtis',
  'Lovisa',
  'Nivala',
  'Nurmijärvi',
  'Pöytyä',
  'Rautavaara',
  'Riihimäki',
  'Rovaniemi',
  'Salo',
  'S:t Michel',
  'Torneå',
  'Träskända',
  'Tusby',
  'Uleåborg',
  'Utajärvi',
  'Vanda',
  'Varkaus',
  'Viitasaari',
] as const;

/** Resolves a listed name to exactly one municipality that existed at the period's start. */
function resolveMember(registry: MunicipalityRegistry, name: string, on: string): string {
  const found = registry.findByName(name, { validOn: on });
  if (found.length !== 1) {
    throw new Error(`USO seed: "${name}" matches ${found.length} municipalities on ${on}`);
  }
  return found[0]!.code;
}

/**
 * The USO seed dataset. Member codes are looked up from the names a source lists, through the
 * municipality registry, so no code is typed by hand.
 */
export function buildUsoDataset(registry: MunicipalityRegistry): Dataset {
  const uso4 = periods.find((p) => p.id === 'uso-4')!;
  const participations: Participation[] = USO4_MEMBER_NAMES_SV.map((name) => ({
    periodId: uso4.id,
    municipalityCode: resolveMember(registry, name, uso4.startDate),
    role: 'kehittajakunta',
    sources: ['kommunforbundet-uso'],
  }));
  participations.sort((a, b) => a.municipalityCode.localeCompare(b.municipalityCode));

  return {
    formatVersion: DATASET_FORMAT_VERSION,
    sources: USO_SOURCES.map((s) => ({ ...s })),
    networks: [network],
    periods,
    themes,
    participations,
  };
}
