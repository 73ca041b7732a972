import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../test/fixtures.ts';
import type { Dataset } from './dataset.ts';
import { networkInsights } from './insights.ts';
import { createMunicipalityRegistry } from './municipality-registry.ts';

const registry = createMunicipalityRegistry(MUNICIPALITIES);
const member = (periodId: string, municipalityCode: string) => ({
  periodId,
  municipalityCode,
  role: 'kehittajakunta' as const,
  sources: [],
});
const period = (ordinal: number, year: number) => ({
  id: `v-${ordinal}`,
  networkId: 'v',
  ordinal,
  label: `V ${ordinal}`,
  startDate: `${year}-01-01`,
  endDate: `${year + 1}-12-31`,
  sources: [],
});

const dataset: Pick<Dataset, 'periods' | 'themes' | 'participations'> = {
  periods: [period(1, 2017), period(2, 2019), period(3, 2021), period(4, 2023)],
  themes: [
    {
      id: 't1',
      periodId: 'v-1',
      slug: 't',
      name: { fi: 'T' },
      origin: 'new',
      keywords: [],
      sources: [],
    },
    {
      id: 't2',
      periodId: 'v-2',
      slug: 't',
      name: { fi: 'T' },
      origin: 'continued',
      continuesThemeId: 't1',
      keywords: [],
      sources: [],
    },
    {
      id: 'b2',
      periodId: 'v-2',
      slug: 'b',
      name: { fi: 'B' },
      origin: 'borrowed',
      borrowedFrom: 'elsewhere',
      keywords: [],
      sources: [],
    },
  ],
  participations: [
    member('v-1', '091'),
    member('v-1', '911'),
    member('v-1', '090'),
    member('v-2', '091'),
    member('v-2', '541'), // Nurmes: Valtimo (911) merged into it, so it returns
    member('v-2', '564'),
    member('v-4', '091'),
  ],
};

describe('network insights', () => {
  const insights = networkInsights(dataset, registry, 'v');

  it('compares each period with the previous one, aware of mergers', () => {
    expect(insights.map((i) => i.memberCount)).toEqual([3, 3, 0, 1]);
    expect(insights[0]!.comparison).toBeNull();
    expect(insights[1]!.comparison).toEqual({
      previousPeriodId: 'v-1',
      newMembers: ['564'],
      returningMembers: ['091', '541'],
      leftMembers: ['090'],
    });
  });

  it('cannot say who is new when the previous period has no member list', () => {
    expect(insights[2]!.comparison).toBeNull();
    expect(insights[3]!.comparison).toBeNull();
  });

  it('counts regions as they were at the period’s start', () => {
    expect(insights[0]!.regions).toEqual([
      { regionCode: '01', memberCount: 1 },
      { regionCode: '10', memberCount: 1 },
      { regionCode: '12', memberCount: 1 },
    ]);
  });

  it('counts themes by origin and links continuations', () => {
    expect(insights[1]!.themesByOrigin).toEqual({
      new: 0,
      continued: 1,
      borrowed: 1,
      unspecified: 0,
    });
    expect(insights[1]!.themes).toContainEqual({
      themeId: 't2',
      origin: 'continued',
      continues: { themeId: 't1', periodId: 'v-1' },
    });
  });
});
