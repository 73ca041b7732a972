import type { Dataset } from '@verkosto/core';
import { municipalityRegistry } from '@verkosto/data';

/**
 * A valid dataset with about `rows` participation rows: one-year periods (so they never
 * overlap) far from the real ones, each with every municipality that existed for all of it.
 */
export function generatedDataset(rows: number, networkId = 'bench'): Dataset {
  const dataset: Dataset = {
    formatVersion: 1,
    sources: [],
    networks: [
      {
        id: networkId,
        name: { fi: 'Mittausverkosto' },
        organiser: 'Kuntaliitto',
        links: [],
        sources: [],
      },
    ],
    periods: [],
    themes: [],
    participations: [],
  };
  for (let i = 0; dataset.participations.length < rows; i++) {
    const year = 1500 + i;
    const id = `${networkId}-${i + 1}`;
    dataset.periods.push({
      id,
      networkId,
      ordinal: i + 1,
      label: `B ${i + 1}`,
      startDate: `${year}-01-01`,
      endDate: `${year}-12-31`,
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
      if (m.validTo || dataset.participations.length >= rows) continue;
      dataset.participations.push({
        periodId: id,
        municipalityCode: m.code,
        role: 'kehittajakunta',
        sources: [],
      });
    }
  }
  return dataset;
}
