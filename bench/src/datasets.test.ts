import { municipalityRegistry, REGISTRY_FIRST_DATE } from '@verkosto/data';
import { validateDataset } from '@verkosto/validation';
import { describe, expect, it } from 'vitest';
import { generatedDataset } from './datasets.ts';

describe('the bench’s generated dataset', () => {
  const dataset = generatedDataset(20_000);

  it('has the rows asked for, on dates the municipality registry knows', () => {
    expect(dataset.participations).toHaveLength(20_000);
    expect(dataset.networks.length).toBeGreaterThan(1);
    for (const p of dataset.periods) {
      expect(p.startDate >= REGISTRY_FIRST_DATE, p.id).toBe(true);
      expect(p.endDate <= '2026-12-31', p.id).toBe(true);
    }
  });

  it('is valid: every member existed for the whole period, no period overlaps another', () => {
    const report = validateDataset(dataset, { registry: municipalityRegistry });
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
