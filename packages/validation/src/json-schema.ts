import * as z from 'zod';
import { DatasetSchema } from './schemas.ts';

/**
 * The dataset format as JSON Schema (draft 2020-12), for editors that check dataset files as
 * they are typed. Format checks that zod runs in code are given as patterns where JSON Schema
 * can say them.
 */
export function buildDatasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    title: 'Verkosto dataset',
    description:
      'A Verkosto dataset: sources, networks, periods, themes, participations, and (optionally) activities and programmes. Municipalities are referred to by their official three-digit code (Statistics Finland).',
  };
}

/** The dataset format as JSON Schema; also shipped as `@verkosto/validation/dataset.schema.json`. */
export const datasetJsonSchema: Readonly<Record<string, unknown>> =
  /* @__PURE__ */ buildDatasetJsonSchema();
