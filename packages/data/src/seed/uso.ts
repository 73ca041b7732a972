import {
  DATASET_FORMAT_VERSION,
  type Dataset,
  type MunicipalityRegistry,
  type Network,
  type Participation,
  type Period,
  type Theme,
} from '@verkosto/core';
import { USO_PROGRAMMES } from './programmes.ts';
import { USO_SOURCES, type UsoSourceId } from './sources.ts';

/**
 * The USO network as public sources describe it (reference/uso/FACTS.md). Nothing here goes
 * beyond a source: where none was found (USO 3's themes, every member list but USO 4's), the
 * dataset leaves it out. Period dates are the calendar years the sources give.
 *
 * Texts taken word for word from a source go through `stated` (a name, whose first letter may be
 * capitalised) or `quoted` (a sentence, exactly): `USO_QUOTES` lists them, and a test finds each
 * one in the stored copy of its source. Finnish and Swedish names and quotes are the sources';
 * the English of the period descriptions and of most theme names is the project's translation,
 * except where FCG gives the English (the network's name, USO 5's three key themes).
 */

/** A text the seed takes word for word from a source. */
export interface UsoQuote {
  sourceId: UsoSourceId;
  text: string;
  /** `name`: the source's words, the first letter capitalised if need be; `quote`: exact. */
  kind: 'name' | 'quote';
}

export const USO_QUOTES: UsoQuote[] = [];

/** A name exactly as the source words it (only its first letter may be capitalised here). */
function stated(sourceId: UsoSourceId, text: string): string {
  USO_QUOTES.push({ sourceId, text, kind: 'name' });
  return text;
}

/** A sentence quoted exactly from the source. */
function quoted(sourceId: UsoSourceId, text: string): string {
  USO_QUOTES.push({ sourceId, text, kind: 'quote' });
  return text;
}

const network: Network = {
  id: 'uso',
  name: {
    fi: 'Uuden sukupolven organisaatiot',
    sv: stated('kommunforbundet-uso', 'Nya generationens organisationer'),
    en: stated('fcg-uso-en', 'New Generation Organisations'),
  },
  shortName: 'USO',
  organiser: 'Suomen Kuntaliitto ry (with FCG)',
  description: {
    fi: 'USOn johtoajatuksena on tarjota tietoa ja tukea kuntien johtamisen uudistamiseen: vertaisoppimista ja yhteiskehittämistä, uuden tiedon tuottamista, kuntien vertailutietoa, kokemusten jakamista ja kuntakohtaisia kuntatyöpajoja.',
    sv: quoted(
      'kommunforbundet-uso',
      'USO - Nya generationens organisationer är en gemensam utvecklingsverksamhet i form av ett nätverksprojekt för deltagande kommuner, Kommunförbundets koncern och intressentgrupper.',
    ),
    en: 'Knowledge and support for renewing municipal leadership: peer learning and co-development, new knowledge, municipal comparison data, shared experience, and municipality-specific workshops.',
  },
  links: [
    {
      url: 'https://www.kuntaliitto.fi/uso',
      label: { fi: 'USO Kuntaliiton sivuilla', en: 'USO at Kuntaliitto' },
    },
  ],
  sources: [
    'kuntaliitto-blog-2019-02-22',
    'kommunforbundet-uso',
    'fcg-uso-en',
  ] satisfies UsoSourceId[],
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
      fi: 'Kolmas kausi: USO Uuden sukupolven organisaatiot ja johtaminen 2015–2016 -verkostoprojekti, jonka vertaisryhmät olivat pienille, keskisuurille ja suurille kunnille. Sen teemoista tai jäsenistä ei löytynyt lähdettä.',
      en: 'The third period: the USO New Generation Organisations and Leadership 2015–2016 network project, with peer groups for small, medium-sized and large municipalities. No source was found for its themes or members.',
    },
    sources: ['kuntaliitto-2016-uso3', 'kuntaliitto-2017-uso4'],
  }),
  period(4, 2017, {
    description: {
      fi: 'Neljäs kaksivuotiskausi: teema- ja vertaisseminaarit neljästi vuodessa, kunnan kehittämissuunnitelma ja työpajat kolmesti vuodessa, muutosklinikat. Uutinen 2017 kertoo 28 kunnasta; Kommunförbundetin luettelossa on 29.',
      sv: quoted(
        'kommunforbundet-uso',
        'Arbetet under USO-nätverkets fjärde verksamhetsperiod, dvs. åren 2017–2018, fokuserar på en klarläggning av verksamheten i framtidens kommun, förändringsledning och en utveckling av det strategiska ledarskapet samt nätverks- och koncernledningen i kommunerna.',
      ),
      en: 'The fourth two-year period: theme and peer seminars four times a year, a municipal development plan and workshops three times a year, change clinics. The 2017 news item says 28 municipalities; the Kommunförbundet list names 29.',
    },
    reportedMemberCount: 28,
    sources: ['kuntaliitto-2017-uso4', 'kommunforbundet-uso'],
  }),
  period(5, 2019, {
    // No source names a lead theme for USO 5. "yli 20 kehittäjäkuntaa": over 20, so at least 20.
    description: {
      fi: 'Viides toimikausi, yli 20 kehittäjäkuntaa. Teemoissa on jotain uutta, jotain vanhaa ja jotain lainattua. Kahdeksan valtakunnallista tilaisuutta, kunkin kunnan lähtötilanteen vertailu vertailukuntiin ja viisi kuntakohtaista työpajaa. FCG:n kolme keskeistä teemaa ovat omina teemoinaan; lähteet eivät kerro, mitkä artikkelin teemoista kuuluvat mihinkin niistä. Jäsenluetteloa ei löytynyt.',
      en: 'The fifth period, over 20 developer municipalities. Its themes hold something new, something old and something borrowed. Eight national events, a comparison of each municipality with comparable ones, and five municipality-specific workshops. FCG’s three key themes are themes of their own; no source says which of the article’s themes belong to which. No member list was found.',
    },
    reportedMemberCount: 20,
    reportedMemberCountBound: 'atLeast',
    sources: ['kuntaliitto-blog-2019-02-22', 'fcg-uso-en', 'puumala-kh-2019-03-25'],
  }),
  period(6, 2021, {
    leadThemeId: 'uso-6-kestava-kuntajohtaminen',
    description: {
      fi: 'Kärkiteemana kestävä kuntajohtaminen. Kuusi seminaaria, kaksi valmennus- ja vertaistilaisuutta luottamushenkilöille, yhteinen ennakointiprosessi keväällä 2021 ja viisi kunnan kehittämistyöpajaa. Jäsenluetteloa ei löytynyt.',
      en: 'Lead theme: sustainable municipal leadership. Six seminars, two coaching and peer events for elected officials, a joint foresight process in spring 2021 and five municipal development workshops. No member list was found.',
    },
    sources: ['kuntaliitto-2021-uso6', 'kuntaliitto-uso-page-2021'],
  }),
  period(7, 2023, {
    leadThemeId: 'uso-7-uudistuvien-kuntien-johtaminen',
    description: {
      fi: 'USO-verkoston 7. kausi, kärkiteemana uudistuvien kuntien johtaminen. Neljä seminaaria, neljä työseminaaria kehittäjille ja yhdyshenkilöille sekä säännölliset yhdyshenkilötapaamiset. Jäsenluetteloa ei löytynyt.',
      en: 'The seventh period of the USO network, with leading renewing municipalities as its lead theme. Four seminars, four work seminars for developers and contact persons, and regular contact-person meetings. No member list was found.',
    },
    sources: ['kuntaliitto-uso-page', 'kuntaliitto-2022-uso7'],
  }),
];

type ThemeInput = Omit<
  Theme,
  'id' | 'periodId' | 'keywords' | 'sources' | 'parentId' | 'continuesThemeId' | 'continuesInferred'
> & {
  keywords?: string[];
  parent?: string;
  continues?: string;
  /** The continuation is an editor's inference from similar names: no source states it. */
  inferred?: true;
  /** Where the theme's own sources differ from the period's list. */
  sources?: UsoSourceId[];
};

function themesOf(periodId: string, sources: UsoSourceId[], inputs: ThemeInput[]): Theme[] {
  return inputs.map(({ parent, continues, inferred, keywords = [], sources: own, ...theme }) => ({
    ...theme,
    id: `${periodId}-${theme.slug}`,
    periodId,
    ...(parent ? { parentId: `${periodId}-${parent}` } : {}),
    ...(continues ? { continuesThemeId: continues } : {}),
    ...(inferred ? { continuesInferred: true } : {}),
    keywords,
    sources: own ?? sources,
  }));
}

const BLOG = 'kuntaliitto-blog-2019-02-22';

// USO 5's Finnish wording is the article's; its three key themes are FCG's, named in Finnish by
// the Puumala minutes and in English by FCG. Origins: only what a source says. Strategic
// leadership is USO's aim "from the start", so it continues; the article says the themes mix new,
// old and borrowed without saying which. The continuations USO 2 → 4, 5 → 6 and 6 → 7 are
// inferred from similar names: no source states them, so they are marked so.
const themes: Theme[] = [
  ...themesOf(
    'uso-2',
    ['fcg-lehti-39'],
    [
      {
        slug: 'strategisen-johtamisen-kehittaminen',
        name: {
          fi: stated('fcg-lehti-39', 'Strategisen johtamisen kehittäminen'),
          en: 'Strategic leadership development',
        },
        origin: 'unspecified',
      },
      {
        slug: 'uuden-sukupolven-johtajien-verkottaminen',
        name: {
          fi: stated('fcg-lehti-39', 'Uuden sukupolven johtajien verkottaminen'),
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
        inferred: true,
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
    [BLOG],
    [
      {
        slug: 'strateginen-johtaminen',
        name: { fi: 'Strateginen johtaminen', en: 'Strategic leadership' },
        description: {
          fi: quoted(
            BLOG,
            'Alusta asti USOn keskeisenä tavoitteena on ollut tukea kuntien strategista johtamista.',
          ),
        },
        origin: 'continued',
        continues: 'uso-4-strateginen-johtaminen',
      },
      {
        slug: 'ennakoiva-johtaminen',
        name: { fi: 'Ennakoiva johtaminen', en: 'Anticipatory leadership' },
        description: {
          fi: quoted(
            BLOG,
            'Toisaalta yhä voimakkaammin näemme, että tässä ajassa ennakoiva ja rohkeasti eteenpäin katsova johtaminen kantaa hedelmää tulevina vuosina.',
          ),
        },
        origin: 'unspecified',
        keywords: ['ennakointi'],
      },
      {
        slug: 'tiedolla-johtaminen-ja-vaikuttava-tieto',
        name: {
          fi: stated(BLOG, 'Tiedolla johtaminen ja vaikuttava tieto'),
          en: 'Knowledge-based management and impactful information',
        },
        origin: 'unspecified',
        keywords: ['tiedolla johtaminen', 'vaikuttava tieto'],
      },
      {
        slug: 'resurssialykkyys',
        name: { fi: stated(BLOG, 'Resurssiälykkyys'), en: 'Resource smartness' },
        description: {
          fi: quoted(
            BLOG,
            'Kunnat ovatkin merkittävässä roolissa maan rajallisten resurssien hyödyntämisessä, kestävän kehityksen tavoitteiden saavuttamisessa ja ilmastomuutoksen vastaisessa kamppailussa. Resurssiälykkyyteen kuuluvat myös kestävä kuntatalous ja kuntien toiminnan vaikuttavuus.',
          ),
        },
        origin: 'unspecified',
        keywords: ['kestävä kehitys', 'ilmastonmuutos', 'kestävä kuntatalous', 'vaikuttavuus'],
      },
      {
        slug: 'vuoropuhelu-ja-asiakaslahtoisyys',
        name: {
          fi: stated(BLOG, 'Vuoropuhelu kuntayhteisössä ja asiakaslähtöinen toimintakulttuuri'),
          en: 'Resident dialogue and customer-oriented culture',
        },
        origin: 'unspecified',
        keywords: ['asukasvuoropuhelu', 'asiakaslähtöisyys'],
      },
      {
        // The article's theme and the second of FCG's three key themes: the same name.
        slug: 'kukoistava-kunta',
        name: {
          fi: stated('puumala-kh-2019-03-25', 'Kukoistava kunta'),
          en: stated('fcg-uso-en', 'Flourishing municipalities'),
        },
        description: {
          fi: quoted(
            BLOG,
            'Kukoistavassa kunnassa on toimiva kuntaorganisaatio ja vireä kuntayhteisö.',
          ),
        },
        origin: 'unspecified',
        sources: [BLOG, 'fcg-uso-en', 'puumala-kh-2019-03-25'],
      },
      {
        slug: 'ennakoiva-ja-tiedolla-johdettu-kunta',
        name: {
          fi: stated('puumala-kh-2019-03-25', 'Ennakoiva ja tiedolla johdettu kunta'),
          en: stated('fcg-uso-en', 'Municipalities led by forecasting and knowledge'),
        },
        origin: 'unspecified',
        sources: ['fcg-uso-en', 'puumala-kh-2019-03-25'],
      },
      {
        slug: 'resurssialykas-kunta',
        name: {
          fi: stated('puumala-kh-2019-03-25', 'Resurssiälykäs kunta'),
          en: stated('fcg-uso-en', 'Resource-smart municipalities'),
        },
        origin: 'unspecified',
        sources: ['fcg-uso-en', 'puumala-kh-2019-03-25'],
      },
    ],
  ),
  ...themesOf(
    'uso-6',
    ['kuntaliitto-uso-page-2021', 'kuntaliitto-2021-uso6'],
    [
      {
        slug: 'kestava-kuntajohtaminen',
        name: {
          fi: stated('kuntaliitto-uso-page-2021', 'Kestävä kuntajohtaminen'),
          en: 'Sustainable municipal leadership',
        },
        origin: 'unspecified',
      },
      {
        slug: 'strateginen-johtaminen',
        name: {
          fi: stated('kuntaliitto-uso-page-2021', 'Strateginen johtaminen'),
          en: 'Strategic leadership',
        },
        origin: 'continued',
        continues: 'uso-5-strateginen-johtaminen',
        inferred: true,
        sources: ['kuntaliitto-uso-page-2021'],
      },
      {
        slug: 'toimiva-kaksoisjohtaminen',
        name: {
          fi: stated('kuntaliitto-uso-page-2021', 'Toimiva kaksoisjohtaminen'),
          en: 'Well-functioning dual leadership',
        },
        origin: 'unspecified',
        sources: ['kuntaliitto-uso-page-2021'],
      },
    ],
  ),
  // The page lists exactly three themes and names the lead theme (kärkiteema) apart from them; it
  // does not make the three sub-themes of the lead theme, so neither does the seed.
  ...themesOf(
    'uso-7',
    ['kuntaliitto-uso-page'],
    [
      {
        slug: 'uudistuvien-kuntien-johtaminen',
        name: {
          fi: stated('kuntaliitto-uso-page', 'Uudistuvien kuntien johtaminen'),
          en: 'Leading renewing municipalities',
        },
        origin: 'unspecified',
        sources: ['kuntaliitto-uso-page', 'kuntaliitto-2022-uso7'],
      },
      {
        slug: 'strateginen-ja-kestava-johtaminen',
        name: {
          fi: stated('kuntaliitto-uso-page', 'Strateginen ja kestävä johtaminen'),
          en: 'Strategic and sustainable leadership',
        },
        origin: 'continued',
        continues: 'uso-6-strateginen-johtaminen',
        inferred: true,
      },
      {
        slug: 'uudistuvat-kuntaorganisaatiot-ja-poikkihallinnollinen-johtaminen',
        name: {
          fi: stated(
            'kuntaliitto-uso-page',
            'Uudistuvat kuntaorganisaatiot ja poikkihallinnollinen johtaminen',
          ),
          en: 'Renewing municipal organisations and cross-administrative leadership',
        },
        origin: 'unspecified',
      },
      {
        slug: 'yhdyspinnoilla-johtaminen-ja-yhteistyo-hyvinvointialueiden-kanssa',
        name: {
          fi: stated(
            'kuntaliitto-uso-page',
            'Yhdyspinnoilla johtaminen ja yhteistyö hyvinvointialueiden kanssa',
          ),
          en: 'Leading at interfaces and cooperation with wellbeing services counties',
        },
        origin: 'unspecified',
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
    // Each period's programme as its sources state it; no activity, since no source dates one.
    programmes: structuredClone(USO_PROGRAMMES),
  };
}
