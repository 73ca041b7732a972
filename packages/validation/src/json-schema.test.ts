import { readFileSync } from 'node:fs';
import { usoDataset } from '@verkosto/data';
import { describe, expect, it } from 'vitest';
import { buildDatasetJsonSchema } from './json-schema.ts';

describe('dataset JSON Schema', () => {
  const schema = buildDatasetJsonSchema() as {
    $schema: string;
    required: string[];
    additionalProperties: boolean;
    properties: Record<
      string,
      {
        items?: {
          required?: string[];
          additionalProperties?: boolean;
          properties?: Record<string, { pattern?: string }>;
        };
      }
    >;
  };

  it('is draft 2020-12, strict, and says what is required', () => {
    expect(schema.$schema).toContain('2020-12');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(['formatVersion', 'periods', 'participations']),
    );
    const participation = schema.properties.participations!.items!;
    expect(participation.additionalProperties).toBe(false);
    expect(participation.required).toEqual(
      expect.arrayContaining(['periodId', 'municipalityCode', 'role', 'sources']),
    );
    expect(participation.properties!.municipalityCode!.pattern).toBe('^\\d{3}$');
  });

  it('is shipped in dist as built', () => {
    const shipped = JSON.parse(
      readFileSync(new URL('../dist/dataset.schema.json', import.meta.url), 'utf8'),
    );
    expect(shipped).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  it('accepts the seed by its patterns', () => {
    const properties = schema.properties.participations!.items!.properties!;
    const pattern = new RegExp(properties.municipalityCode!.pattern!);
    for (const p of usoDataset.participations) expect(p.municipalityCode).toMatch(pattern);
  });
});
