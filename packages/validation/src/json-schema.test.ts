import { readFileSync } from 'node:fs';
import { municipalityRegistry as registry, usoDataset } from '@verkosto/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUTATIONS, validDataset } from '../test/arbitraries.ts';
import { checkJsonSchema } from '../test/json-schema-check.ts';
import { buildDatasetJsonSchema, datasetJsonSchema } from './json-schema.ts';
import { validateDataset } from './validate.ts';

type Schema = Record<string, unknown>;
const shipped = JSON.parse(
  readFileSync(new URL('../dist/dataset.schema.json', import.meta.url), 'utf8'),
) as Schema;
const seedFile = JSON.parse(
  readFileSync(new URL('../../data/dist/uso.dataset.json', import.meta.url), 'utf8'),
) as unknown;

describe('dataset JSON Schema', () => {
  it('is shipped in dist exactly as DatasetSchema generates it (rebuild if this fails)', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(buildDatasetJsonSchema())));
    expect(datasetJsonSchema).toEqual(buildDatasetJsonSchema());
  });

  it('has an up-to-date copy in docs/ (node scripts/write-json-schema.ts --docs)', () => {
    const docs = readFileSync(
      new URL('../../../docs/dataset.schema.json', import.meta.url),
      'utf8',
    );
    expect(JSON.parse(docs)).toEqual(shipped);
  });

  it('is draft 2020-12, strict, and says what is required', () => {
    expect(shipped.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(shipped.additionalProperties).toBe(false);
    const participation = (shipped.properties as Record<string, Schema>).participations!
      .items as Schema;
    expect(participation.required).toEqual(['periodId', 'municipalityCode', 'role', 'sources']);
    expect((participation.properties as Record<string, Schema>).municipalityCode!.pattern).toBe(
      '^\\d{3}$',
    );
  });

  it("accepts the seed's JSON file", () => {
    expect(checkJsonSchema(shipped, seedFile)).toEqual([]);
  });

  it('accepts every dataset the zod schemas accept', () => {
    fc.assert(
      fc.property(validDataset(registry), (dataset) => {
        expect(checkJsonSchema(shipped, JSON.parse(JSON.stringify(dataset)))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses what the zod schemas refuse, where JSON Schema can say it', () => {
    // Rules across entities and calendar checks (2019-02-30) are beyond JSON Schema.
    const sayable = [
      'blank_text',
      'control_characters',
      'too_long',
      'unrecognized_key',
      'required',
      'invalid_type',
      'not_integer',
      'too_small',
      'invalid_value',
      'invalid_municipality_code',
      'invalid_slug',
      'invalid_url',
      'unsupported_format_version',
    ];
    const dataset = structuredClone(usoDataset);
    for (const code of sayable) {
      const mutation = MUTATIONS.find((m) => m.code === code)!;
      const mutated = structuredClone(dataset);
      mutation.apply(mutated, registry);
      expect(validateDataset(mutated, { registry }).ok, code).toBe(false);
      expect(checkJsonSchema(shipped, mutated), code).not.toEqual([]);
    }
  });
});
