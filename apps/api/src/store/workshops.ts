import {
  MUNICIPAL_WORKSHOP,
  type MunicipalityRegistry,
  type Period,
  type WorkshopUse,
  workshopUseByMember,
} from '@verkosto/core';
import type { Reads } from './reads.ts';

/**
 * The workshop use of some members of a period (core's `workshopUseByMember`), from what it
 * needs alone: the programme, the period's workshops, and the members those workshops may
 * belong to — the asked ones, the municipalities the workshops were held for and the
 * municipalities merged into them (a workshop after a merger counts for the old member).
 */
export async function workshopUseOf(
  reads: Reads,
  registry: MunicipalityRegistry,
  period: Period,
  codes: readonly string[],
): Promise<Map<string, WorkshopUse>> {
  const [programme, workshops] = await Promise.all([
    reads.programme(period.id),
    reads.activitiesOfKind(period.id, MUNICIPAL_WORKSHOP),
  ]);
  const wanted = new Set(codes);
  for (const w of workshops) {
    if (!w.municipalityCode) continue;
    wanted.add(w.municipalityCode);
    for (const predecessor of registry.predecessors(w.municipalityCode))
      wanted.add(predecessor.code);
  }
  const members = await reads.membersAmong(period.id, [...wanted]);
  const all = workshopUseByMember(period, programme?.entity, members, workshops, registry);
  return new Map(codes.flatMap((code) => (all.has(code) ? [[code, all.get(code)!]] : [])));
}
