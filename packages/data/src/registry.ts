import { createMunicipalityRegistry, type MunicipalityRegistry } from '@verkosto/core';
import { MUNICIPALITIES } from './generated/municipalities.generated.ts';
import { REGIONS } from './generated/regions.generated.ts';
import { MUNICIPALITY_COUNTS } from './generated/statistics.generated.ts';

/** Every Finnish municipality from 2009 to 2026 (Statistics Finland), current and abolished. */
export const municipalityRegistry: MunicipalityRegistry = createMunicipalityRegistry(
  MUNICIPALITIES,
  REGIONS,
);

/**
 * The first day the registry knows: 1 January of its oldest classification (2008). Before it,
 * the registry cannot say which municipalities existed, so a question about an earlier date has
 * no answer here.
 */
export const REGISTRY_FIRST_DATE = `${Math.min(...MUNICIPALITY_COUNTS.map((c) => c.year))}-01-01`;

/** The classification year of the newest municipality list in this package. */
export const REFERENCE_YEAR = 2026;

/** Credit to give wherever the reference data is shown. */
export const ATTRIBUTION = {
  fi: 'Lähde: Tilastokeskus (kuntaluokitukset 2009–2026); väkiluku: THL Sotkanet / Tilastokeskus.',
  sv: 'Källa: Statistikcentralen (kommunklassificeringar 2009–2026); folkmängd: THL Sotkanet / Statistikcentralen.',
  en: 'Source: Statistics Finland (municipality classifications 2009–2026); population: THL Sotkanet / Statistics Finland.',
} as const;
