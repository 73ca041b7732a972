import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../test/fixtures.ts';
import type { Activity } from './activity.ts';
import { periodActivityInsight } from './activity-insights.ts';
import { createMunicipalityRegistry } from './municipality-registry.ts';
import type { Theme } from './theme.ts';

const registry = createMunicipalityRegistry(MUNICIPALITIES);
const uso5 = { id: 'uso-5', startDate: '2019-01-01', endDate: '2020-12-31' };
const theme = (id: string, periodId = 'uso-5'): Theme => ({
  id,
  periodId,
  slug: id,
  name: { fi: id },
  origin: 'unspecified',
  keywords: [],
  sources: [],
});
let serial = 0;
const activity = (fields: Partial<Activity>): Activity => ({
  id: `a-${++serial}`,
  periodId: 'uso-5',
  kind: 'national-seminar',
  status: 'held',
  title: { fi: 'Seminaari' },
  start: '2019-03-05',
  end: '2019-03-05',
  themeIds: [],
  sources: [],
  ...fields,
});

describe('periodActivityInsight', () => {
  it('sums up a period: progress per kind, workshops per member, themes covered', () => {
    const insight = periodActivityInsight(
      uso5,
      {
        periodId: 'uso-5',
        planned: [{ kind: 'national-seminar', count: 8, per: 'period', sources: [] }],
        workshopQuota: { count: 5, per: 'period', sources: [] },
        sources: [],
      },
      {
        themes: [theme('resurssit'), theme('strategia'), theme('muu', 'uso-6')],
        members: [
          { periodId: 'uso-5', municipalityCode: '507', role: 'kehittajakunta', sources: [] },
          { periodId: 'uso-5', municipalityCode: '091', role: 'kehittajakunta', sources: [] },
        ],
        activities: [
          activity({ themeIds: ['resurssit', 'strategia', 'resurssit'] }),
          activity({ themeIds: ['resurssit'], status: 'planned' }),
          activity({ themeIds: ['strategia'], status: 'cancelled' }),
          activity({
            kind: 'municipal-workshop',
            municipalityCode: '091',
            themeIds: ['resurssit'],
          }),
          activity({ periodId: 'uso-6', themeIds: ['muu'] }),
        ],
      },
      registry,
    );
    expect(insight).toEqual({
      periodId: 'uso-5',
      progress: [
        { kind: 'national-seminar', planned: 8, held: 1, scheduled: 1, cancelled: 1 },
        { kind: 'municipal-workshop', planned: null, held: 1, scheduled: 0, cancelled: 0 },
      ],
      workshops: [
        { municipalityCode: '091', quota: 5, held: 1, planned: 0, remaining: 4 },
        { municipalityCode: '507', quota: 5, held: 0, planned: 0, remaining: 5 },
      ],
      themes: [
        { themeId: 'resurssit', activities: 3, held: 2 },
        { themeId: 'strategia', activities: 1, held: 1 },
      ],
    });
  });
});
