import type { Dataset, MunicipalityRegistry } from '@verkosto/core';

/**
 * A valid dataset with the given number of participation rows: networks of seven two-year
 * periods from 2011, five themes a period each continuing the last period's, and as members
 * every municipality that existed for the whole period. For the bench and for tests of large input.
 */
export function generateDataset(
  registry: MunicipalityRegistry,
  participationRows: number,
): Dataset {
  const dataset: Dataset = {
    formatVersion: 1,
    sources: [{ id: 'lahde', title: 'Lähde', url: 'https://example.org/' }],
    networks: [],
    periods: [],
    themes: [],
    participations: [],
  };
  for (let n = 0; dataset.participations.length < participationRows; n++) {
    const networkId = `verkosto-${n}`;
    dataset.networks.push({
      id: networkId,
      name: { fi: `Verkosto ${n}` },
      organiser: 'Kuntaliitto',
      links: [],
      sources: ['lahde'],
    });
    for (let i = 0; i < 7 && dataset.participations.length < participationRows; i++) {
      const year = 2011 + 2 * i;
      const periodId = `${networkId}-${i + 1}`;
      dataset.periods.push({
        id: periodId,
        networkId,
        ordinal: i + 1,
        label: `V ${i + 1}`,
        startDate: `${year}-01-01`,
        endDate: `${year + 1}-12-31`,
        sources: ['lahde'],
      });
      for (let t = 0; t < 5; t++) {
        dataset.themes.push({
          id: `${periodId}-t${t}`,
          periodId,
          slug: `t${t}`,
          name: { fi: `Teema ${t}` },
          origin: i > 0 ? 'continued' : 'new',
          ...(i > 0 ? { continuesThemeId: `${networkId}-${i}-t${t}` } : {}),
          keywords: [],
          sources: ['lahde'],
        });
      }
      for (const m of registry.validOn(`${year}-01-01`)) {
        if (m.validTo && m.validTo <= `${year + 1}-12-31`) continue;
        if (dataset.participations.length >= participationRows) break;
        dataset.participations.push({
          periodId,
          municipalityCode: m.code,
          role: 'kehittajakunta',
          sources: ['lahde'],
        });
      }
    }
  }
  return dataset;
}
