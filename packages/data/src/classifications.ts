import {
  createMunicipalityClassifications,
  LANGUAGE_STATUS_CODES,
  type LanguageStatus,
  MUNICIPALITY_GROUP_CODES,
  type MunicipalityClassification,
  type MunicipalityClassifications,
  type MunicipalityGroup,
} from '@verkosto/core';
import { CLASSIFICATIONS } from './generated/classifications.generated.ts';

const invert = <T extends string>(codes: Record<T, string>) =>
  new Map(Object.entries(codes).map(([k, v]) => [v as string, k as T]));
const LANGUAGE = invert<LanguageStatus>(LANGUAGE_STATUS_CODES);
const GROUP = invert<MunicipalityGroup>(MUNICIPALITY_GROUP_CODES);

/**
 * StatFi's classifications of 2019 and 2026: each municipality's group, region, sub-region,
 * wellbeing services county (2026) and language status, as they were in that year.
 */
export const MUNICIPALITY_CLASSIFICATIONS: MunicipalityClassification[] = CLASSIFICATIONS.map(
  ([year, rows, subregions, counties]) => ({
    year,
    attributes: rows.map(([code, region, subregion, county, language, group]) => ({
      code: code!,
      classificationYear: year,
      regionCode: region!,
      subregionCode: subregion!,
      wellbeingServicesCountyCode: county || null,
      languageStatus: LANGUAGE.get(language!)!,
      group: GROUP.get(group!)!,
    })),
    subregions: subregions.map(([code, regionCode, fi]) => ({
      code: code!,
      regionCode: regionCode!,
      name: { fi: fi! },
    })),
    wellbeingServicesCounties: counties.map(([code, fi]) => ({ code: code!, name: { fi: fi! } })),
  }),
);

/** Lookups over the classifications held; `nearest` says when a year's own is not held. */
export const municipalityClassifications: MunicipalityClassifications =
  createMunicipalityClassifications(MUNICIPALITY_CLASSIFICATIONS);
