import type { Dataset } from '@verkosto/core';
import { municipalityRegistry, REFERENCE_YEAR, REGISTRY_FIRST_DATE } from '@verkosto/data';

const FIRST_YEAR = Number(REGISTRY_FIRST_DATE.slice(0, 4));

/**
 * A valid dataset with about `rows` participation rows, on real dates: networks of one-year
 * periods over the years the municipality registry knows (2008 to the newest classification), so
 * a network's periods never overlap, each with every municipality that existed the whole year.
 * More rows than one network holds take more networks.
 */
export function generatedDataset(rows: number, networkId = 'bench'): Dataset {
  const dataset: Dataset = {
    formatVersion: 1,
    sources: [],
    networks: [],
    periods: [],
    themes: [],
    participations: [],
  };
  for (let n = 1; dataset.participations.length < rows; n++) {
    const network = `${networkId}-${n}`;
    dataset.networks.push({
      id: network,
      name: { fi: `Mittausverkosto ${n}` },
      organiser: 'Kuntaliitto',
      links: [],
      sources: [],
    });
    for (
      let year = FIRST_YEAR;
      year <= REFERENCE_YEAR && dataset.participations.length < rows;
      year++
    ) {
      const ordinal = year - FIRST_YEAR + 1;
      const id = `${network}-${ordinal}`;
      const endDate = `${year}-12-31`;
      dataset.periods.push({
        id,
        networkId: network,
        ordinal,
        label: `B${n} ${ordinal}`,
        startDate: `${year}-01-01`,
        endDate,
        sources: [],
      });
      dataset.themes.push({
        id: `${id}-teema`,
        periodId: id,
        slug: 'teema',
        name: { fi: 'Teema' },
        origin: 'new',
        keywords: [],
        sources: [],
      });
      for (const m of municipalityRegistry.validOn(`${year}-01-01`)) {
        // validTo is the first day it no longer existed: it must come after the period's end.
        if ((m.validTo && m.validTo <= endDate) || dataset.participations.length >= rows) continue;
        dataset.participations.push({
          periodId: id,
          municipalityCode: m.code,
          role: 'kehittajakunta',
          sources: [],
        });
      }
    }
  }
  return dataset;
}
