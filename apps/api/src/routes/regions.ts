import { createRoute } from '@hono/zod-openapi';
import { municipalityClassifications } from '@verkosto/data';
import * as z from 'zod';
import type { AppDeps } from '../env.ts';
import { named } from '../http/lang.ts';
import { json, readErrors, router } from '../http/openapi-kit.ts';
import { read } from '../http/read.ts';
import { LangQuery, LocalizedText } from '../schemas.ts';

const Subregion = z
  .object({
    code: z.string().openapi({ example: '011' }),
    names: LocalizedText.openapi({ description: 'The sources name sub-regions in Finnish only.' }),
    name: z.string(),
    municipalityCount: z.number().int(),
  })
  .openapi('Subregion');

const RegionSchema = z
  .object({
    code: z.string().openapi({ example: '01' }),
    names: LocalizedText,
    name: z.string(),
    municipalityCount: z.number().int(),
    subregions: z.array(Subregion),
  })
  .openapi('Region');

/** Regions (maakunnat) in Finnish, Swedish and English, with their sub-regions. */
export function regionRoutes({ registry, classifications = municipalityClassifications }: AppDeps) {
  return router().openapi(
    createRoute({
      method: 'get',
      path: '/v1/regions',
      tags: ['Municipalities'],
      summary: 'Regions (maakunnat) and their sub-regions',
      description:
        'The regions with names in Finnish, Swedish and English, as in the newest classification held, with their sub-regions (seutukunnat; named in Finnish only) and municipality counts of that year.',
      request: { query: z.object({ lang: LangQuery }) },
      responses: {
        200: json(
          z
            .object({
              data: z.array(RegionSchema),
              classificationYear: z.number().int(),
            })
            .openapi('RegionList'),
          'The regions, by code.',
        ),
        ...readErrors,
      },
    }),
    (c) => {
      const year = classifications.years.at(-1)!;
      const classification = classifications.of(year)!;
      const count = (key: 'regionCode' | 'subregionCode', code: string) =>
        classification.attributes.filter((a) => a[key] === code).length;
      const lang = c.get('lang');
      return read(c, {
        classificationYear: year,
        data: registry.regions.map((r) => ({
          code: r.code,
          ...named(r.name, lang),
          municipalityCount: count('regionCode', r.code),
          subregions: classification.subregions
            .filter((s) => s.regionCode === r.code)
            .map((s) => ({
              code: s.code,
              ...named(s.name, lang),
              municipalityCount: count('subregionCode', s.code),
            })),
        })),
      });
    },
  );
}
