import { municipalityRegistry as registry } from '@verkosto/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUTATIONS, validDataset } from '../test/arbitraries.ts';
import { ISSUE_CODES } from './issues.ts';
import { DATASET_RULES } from './rules/index.ts';
import { validateDataset } from './validate.ts';

describe('generated datasets', () => {
  it('valid datasets pass with no issues at all', () => {
    fc.assert(
      fc.property(validDataset(registry), (dataset) => {
        expect(validateDataset(dataset, { registry }).issues).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('have a mutation for every code a dataset rule can report', () => {
    const mutated = new Set(MUTATIONS.map((m) => m.code));
    for (const rule of DATASET_RULES)
      for (const code of rule.codes) expect(mutated, `${rule.id}: ${code}`).toContain(code);
  });

  it.each(MUTATIONS.map((m) => [m.code, m] as const))(
    'a single mutation is caught as %s',
    (code, mutation) => {
      fc.assert(
        fc.property(
          validDataset(registry).filter((d) => mutation.applies(d, registry)),
          (dataset) => {
            const mutated = structuredClone(dataset);
            mutation.apply(mutated, registry);
            const report = validateDataset(mutated, { registry });
            expect(report.issues.map((i) => i.code)).toContain(code);
            // An error makes the dataset invalid; a warning alone leaves it valid.
            const severity = ISSUE_CODES[code].severity;
            if (severity === 'error') expect(report.ok).toBe(false);
            else expect(report.issues.every((i) => i.severity === 'warning')).toBe(true);
            expect(report.ok).toBe(severity === 'warning');
          },
        ),
        { numRuns: 40 },
      );
    },
  );
});
