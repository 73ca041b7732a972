import { describe, expect, it } from 'vitest';
import { DATASET_FORMAT_VERSION, emptyDataset, membersOf, replacePeriodRows } from './dataset.ts';
import type { Participation } from './participation.ts';

const member = (
  periodId: string,
  municipalityCode: string,
  role: Participation['role'] = 'kehittajakunta',
): Participation => ({ periodId, municipalityCode, role, sources: [] });

describe('emptyDataset', () => {
  it('starts empty in the current format', () => {
    expect(DATASET_FORMAT_VERSION).toBe(1);
    expect(emptyDataset()).toEqual({
      formatVersion: DATASET_FORMAT_VERSION,
      sources: [],
      networks: [],
      periods: [],
      themes: [],
      participations: [],
    });
  });

  it('gives a fresh dataset each time', () => {
    const first = emptyDataset();
    first.participations.push(member('uso-5', '091'));
    expect(emptyDataset().participations).toEqual([]);
  });
});

describe('membersOf', () => {
  const participations = [
    member('uso-4', '609'),
    member('uso-4', '091'),
    member('uso-5', '005'),
    member('uso-4', '564', 'tarkkailija'),
    member('uso-4', '049', 'kumppani'),
  ];

  it('lists one period’s members of every role, by code', () => {
    expect(membersOf({ participations }, 'uso-4').map((p) => p.municipalityCode)).toEqual([
      '049',
      '091',
      '564',
      '609',
    ]);
    expect(membersOf({ participations }, 'uso-4').map((p) => p.role)).toContain('tarkkailija');
    expect(membersOf({ participations }, 'uso-5').map((p) => p.municipalityCode)).toEqual(['005']);
  });

  it('is empty for a period without members', () => {
    expect(membersOf({ participations }, 'uso-6')).toEqual([]);
  });

  it('does not reorder the dataset’s participations', () => {
    membersOf({ participations }, 'uso-4');
    expect(participations.map((p) => p.municipalityCode)).toEqual([
      '609',
      '091',
      '005',
      '564',
      '049',
    ]);
  });
});

describe('replacePeriodRows', () => {
  const member = (periodId: string, municipalityCode: string) => ({
    periodId,
    municipalityCode,
    role: 'kehittajakunta' as const,
    sources: [],
  });

  it('replaces the rows of the periods the new rows cover, and keeps the rest with their positions', () => {
    const dataset = {
      ...emptyDataset(),
      participations: [
        member('uso-4', '091'),
        member('uso-5', '564'),
        member('uso-4', '609'),
        member('uso-6', '853'),
      ],
    };
    const { dataset: next, keptIndexes } = replacePeriodRows(dataset, 'participations', [
      member('uso-4', '049'),
    ]);
    expect(keptIndexes).toEqual([1, 3]);
    expect(next.participations.map((p) => `${p.periodId}/${p.municipalityCode}`)).toEqual([
      'uso-5/564',
      'uso-6/853',
      'uso-4/049',
    ]);
    expect(dataset.participations).toHaveLength(4);
  });
});

describe('replacePeriodRows for activities', () => {
  it('replaces a period’s activities, and reads a dataset without any', () => {
    const activity = (id: string, periodId: string) => ({
      id,
      periodId,
      kind: 'national-seminar',
      status: 'planned' as const,
      title: { fi: id },
      start: '2019-03-05',
      end: '2019-03-05',
      themeIds: [],
      sources: [],
    });
    const dataset = {
      ...emptyDataset(),
      activities: [activity('a', 'uso-5'), activity('b', 'uso-6')],
    };
    const { dataset: next, keptIndexes } = replacePeriodRows(dataset, 'activities', [
      activity('c', 'uso-5'),
    ]);
    expect(next.activities!.map((a) => a.id)).toEqual(['b', 'c']);
    expect(keptIndexes).toEqual([1]);
    expect(
      replacePeriodRows(emptyDataset(), 'activities', [activity('d', 'uso-5')]).dataset.activities,
    ).toHaveLength(1);
  });
});
