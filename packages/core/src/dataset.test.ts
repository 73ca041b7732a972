import { describe, expect, it } from 'vitest';
import { DATASET_FORMAT_VERSION, emptyDataset, membersOf } from './dataset.ts';

describe('dataset', () => {
  it('starts empty in the current format', () => {
    expect(emptyDataset()).toEqual({
      formatVersion: DATASET_FORMAT_VERSION,
      sources: [],
      networks: [],
      periods: [],
      themes: [],
      participations: [],
    });
  });

  it('lists a period’s members by code', () => {
    const participations = ['609', '091', '564'].map((municipalityCode) => ({
      periodId: 'uso-4',
      municipalityCode,
      role: 'kehittajakunta' as const,
      sources: [],
    }));
    participations.push({
      periodId: 'uso-5',
      municipalityCode: '005',
      role: 'kehittajakunta',
      sources: [],
    });
    expect(membersOf({ participations }, 'uso-4').map((p) => p.municipalityCode)).toEqual([
      '091',
      '564',
      '609',
    ]);
  });
});
