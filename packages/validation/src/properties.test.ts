import { municipalityRegistry as registry } from '@verkosto/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUTATIONS, validDataset } from '../test/arbitraries.ts';
import { validateDataset } from './validate.ts';

describe('generated datasets', () => {
  it('valid datasets pass with no issues at all', () => {
    fc.assert(
      fc.property(validDataset(registry), (dataset) => {
        expect(validateDataset(dataset, { registry }).issues).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it.each(MUTATIONS.map((m) => [m.code, m] as const))(
    'a single mutation is caught as %s',
    (code, mutation) => {
      fc.assert(
        fc.property(
          validDataset(registry).filter((d) => mutation.applies(d)),
          (dataset) => {
            const mutated = structuredClone(dataset);
            mutation.apply(mutated);
            const report = validateDataset(mutated, { registry });
            expect(report.ok).toBe(false);
            expect(report.issues.map((i) => i.code)).toContain(code);
          },
        ),
        { numRuns: 40 },
      );
    },
  );
});
