import { municipalityRegistry } from './registry.ts';
import { buildUsoDataset } from './seed/uso.ts';

export {
  MUNICIPALITY_CLASSIFICATIONS,
  municipalityClassifications,
} from './classifications.ts';
export { MUNICIPALITIES } from './generated/municipalities.generated.ts';
export { REGIONS } from './generated/regions.generated.ts';
export { MUNICIPALITY_COUNTS, POPULATION } from './generated/statistics.generated.ts';
export {
  ATTRIBUTION,
  municipalityRegistry,
  REFERENCE_YEAR,
  REGISTRY_FIRST_DATE,
} from './registry.ts';
export { USO_PROGRAMMES } from './seed/programmes.ts';
export { USO_SOURCES, type UsoSourceId } from './seed/sources.ts';
export { buildUsoDataset, USO4_MEMBER_NAMES_SV } from './seed/uso.ts';

/** The USO seed dataset, resolved against the bundled municipality registry. */
export const usoDataset = buildUsoDataset(municipalityRegistry);
