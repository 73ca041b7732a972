import { createMunicipalityRegistry, type MunicipalityRegistry } from '@verkosto/core';
import { MUNICIPALITIES } from './generated/municipalities.generated.ts';
import { REGIONS } from './generated/regions.generated.ts';

/** Every Finnish municipality from 2009 to 2026 (Statistics Finland), current and abolished. */
export const municipalityRegistry: MunicipalityRegistry = createMunicipalityRegistry(
  MUNICIPALITIES,
  REGIONS,
);

/** The classification year of the newest municipality list in this package. */
export const REFERENCE_YEAR = 2026;

/** Credit to give wherever the reference data is shown. */
export const ATTRIBUTION = {
  fi: 'Lähde: Tilastokeskus (kuntaluokitukset 2009–2026); väkiluku: THL Sotkanet / Tilastokeskus.',
  sv: 'Källa: Statistikcentralen (kommunklassificeringar 2009–2026); folkmängd: THL Sotkanet / Statistikcentralen.',
  en: 'Source: Statistics Finland (municipality classifications 2009–2026); population: THL Sotkanet / Statistics Finland.',
} as const;
