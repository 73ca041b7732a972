import { describe, expect, it } from 'vitest';
import { DATASET_FORMAT_VERSION, emptyDataset, membersOf } from './dataset.ts';
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
