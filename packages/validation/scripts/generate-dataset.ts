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

/**
 * Adds `count` valid activities to a generated dataset, spread evenly over its periods: a
 * programme per period (eight national seminars, five workshops per member), then per period
 * its seminars and one workshop after another for its members in turn, within the quota.
 */
export function addActivities(dataset: Dataset, count: number): Dataset {
  const periods = dataset.periods;
  const members = new Map<string, string[]>();
  for (const p of dataset.participations) {
    const list = members.get(p.periodId) ?? [];
    list.push(p.municipalityCode);
    members.set(p.periodId, list);
  }
  dataset.programmes = periods.map((period) => ({
    periodId: period.id,
    planned: [{ kind: 'national-seminar', count: 8, per: 'period', sources: ['lahde'] }],
    workshopQuota: { count: 5, per: 'period', sources: ['lahde'] },
    sources: ['lahde'],
  }));
  dataset.activities = [];
  const perPeriod = Math.ceil(count / periods.length);
  for (const period of periods) {
    const codes = members.get(period.id) ?? [];
    const year = Number(period.startDate.slice(0, 4));
    for (let k = 0; k < perPeriod && dataset.activities.length < count; k++) {
      const day = `${year + (k % 2)}-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`;
      const workshop = k >= 8 && codes.length > 0 && k - 8 < codes.length * 5;
      dataset.activities.push({
        id: `${period.id}-a${k}`,
        periodId: period.id,
        kind: workshop ? 'municipal-workshop' : 'national-seminar',
        status: k % 3 === 0 ? 'held' : 'planned',
        title: { fi: workshop ? 'Kuntatyöpaja' : 'Seminaari' },
        start: workshop ? day : `${day}T09:00`,
        end: workshop ? day : `${day}T16:00`,
        themeIds: [`${period.id}-t${k % 5}`],
        ...(workshop ? { municipalityCode: codes[(k - 8) % codes.length]! } : {}),
        participantCount: 20 + (k % 50),
        sources: ['lahde'],
      });
    }
  }
  return dataset;
}
