import type {
  Activity,
  Dataset,
  Network,
  Participation,
  Period,
  Programme,
  Source,
  Theme,
} from '@verkosto/core';
import { expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import type {
  ActivitySchema,
  DatasetSchema,
  NetworkSchema,
  ParticipationSchema,
  PeriodSchema,
  ProgrammeSchema,
  SourceSchema,
  ThemeSchema,
} from './schemas.ts';

// Fails to compile when a schema and its core type drift apart, in either direction.
test('schemas infer exactly the core types', () => {
  expectTypeOf<z.output<typeof SourceSchema>>().toEqualTypeOf<Source>();
  expectTypeOf<z.output<typeof NetworkSchema>>().toEqualTypeOf<Network>();
  expectTypeOf<z.output<typeof PeriodSchema>>().toEqualTypeOf<Period>();
  expectTypeOf<z.output<typeof ThemeSchema>>().toEqualTypeOf<Theme>();
  expectTypeOf<z.output<typeof ParticipationSchema>>().toEqualTypeOf<Participation>();
  expectTypeOf<z.output<typeof ActivitySchema>>().toEqualTypeOf<Activity>();
  expectTypeOf<z.output<typeof ProgrammeSchema>>().toEqualTypeOf<Programme>();
  expectTypeOf<z.output<typeof DatasetSchema>>().toEqualTypeOf<Dataset>();
});
