import type { Activity } from '@verkosto/core';

/** A planned municipal workshop in USO 4 (29 members, three workshops a year each). */
export const workshop = (id: string, day: string, municipalityCode: string): Activity => ({
  id,
  periodId: 'uso-4',
  kind: 'municipal-workshop',
  status: 'planned',
  title: { fi: 'Kuntatyöpaja', sv: 'Kommunspecifik workshop' },
  start: day,
  end: day,
  themeIds: ['uso-4-muutoksen-johtaminen'],
  municipalityCode,
  sources: [],
});
