import type { LanguageStatus } from './municipality.ts';
import type { LocalizedText } from './text.ts';

/**
 * Statistics Finland's statistical grouping of municipalities (tilastollinen kuntaryhmitys):
 * urban (kaupunkimaiset, 1), semi-urban (taajaan asutut, 2) and rural (maaseutumaiset, 3),
 * decided by the share of the population living in urban settlements and the size of the
 * largest one (stat.fi/meta/luokitukset/kuntaryhmitys).
 */
export const MUNICIPALITY_GROUPS = ['urban', 'semi-urban', 'rural'] as const;
export type MunicipalityGroup = (typeof MUNICIPALITY_GROUPS)[number];

/** StatFi's numeric kuntaryhmitys code for each group. */
export const MUNICIPALITY_GROUP_CODES: Record<MunicipalityGroup, string> = {
  urban: '1',
  'semi-urban': '2',
  rural: '3',
};

/**
 * The groups' names. Finnish and English are StatFi's, as in the classification files; the
 * Swedish names are Verkosto's rendering of StatFi's Swedish terms (the files carry none).
 */
export const MUNICIPALITY_GROUP_NAMES: Record<
  MunicipalityGroup,
  LocalizedText & { sv: string; en: string }
> = {
  urban: { fi: 'Kaupunkimaiset kunnat', sv: 'Stadskommuner', en: 'Urban municipalities' },
  'semi-urban': {
    fi: 'Taajaan asutut kunnat',
    sv: 'Tätortskommuner',
    en: 'Semi-urban municipalities',
  },
  rural: { fi: 'Maaseutumaiset kunnat', sv: 'Landsbygdskommuner', en: 'Rural municipalities' },
};

/**
 * A municipality's attributes as one year's classification gives them. Attributes change (a
 * municipality can move group or region), so each holds for its `classificationYear` only.
 */
export interface MunicipalityAttributes {
  code: string;
  /** The year of the StatFi classifications (on 1 January) these come from. */
  classificationYear: number;
  regionCode: string;
  /** Sub-region (seutukunta), three digits. */
  subregionCode: string;
  /** Wellbeing services county (hyvinvointialue); null before they existed (2023). */
  wellbeingServicesCountyCode: string | null;
  languageStatus: LanguageStatus;
  group: MunicipalityGroup;
}

/** A sub-region (seutukunta). The sources name sub-regions in Finnish only. */
export interface Subregion {
  code: string;
  regionCode: string;
  name: LocalizedText;
}

/** A wellbeing services county (hyvinvointialue). The sources name them in Finnish only. */
export interface WellbeingServicesCounty {
  code: string;
  name: LocalizedText;
}

/** One year's classification of every municipality that existed on its 1 January. */
export interface MunicipalityClassification {
  year: number;
  attributes: readonly MunicipalityAttributes[];
  subregions: readonly Subregion[];
  wellbeingServicesCounties: readonly WellbeingServicesCounty[];
}

/** Which held classification answers for a year, and whether it is that year's own. */
export interface ClassificationChoice {
  classification: MunicipalityClassification;
  /** True when the classification is of the year asked for; false when it is the nearest held. */
  exact: boolean;
}

/** The classifications held, with lookups; build once with `createMunicipalityClassifications`. */
export interface MunicipalityClassifications {
  /** The classification years held, ascending. */
  readonly years: readonly number[];
  /** The classification of exactly this year, if held. */
  of(year: number): MunicipalityClassification | undefined;
  /**
   * The held classification nearest to a year (ties: the earlier one), never projected
   * silently: `exact` says whether it is the year's own.
   */
  nearest(year: number): ClassificationChoice;
  /** A municipality's attributes in one year's classification, if held and listed. */
  attributes(code: string, year: number): MunicipalityAttributes | undefined;
}

export function createMunicipalityClassifications(
  classifications: readonly MunicipalityClassification[],
): MunicipalityClassifications {
  if (classifications.length === 0) throw new Error('No municipality classification given.');
  const sorted = [...classifications].sort((a, b) => a.year - b.year);
  const byYear = new Map(sorted.map((c) => [c.year, c]));
  const index = new Map(
    sorted.map((c) => [c.year, new Map(c.attributes.map((a) => [a.code, a]))] as const),
  );
  return {
    years: sorted.map((c) => c.year),
    of: (year) => byYear.get(year),
    nearest(year) {
      let best = sorted[0]!;
      for (const c of sorted) {
        if (Math.abs(c.year - year) < Math.abs(best.year - year)) best = c;
      }
      return { classification: best, exact: best.year === year };
    },
    attributes: (code, year) => index.get(year)?.get(code),
  };
}
