import { parseCsv, searchKey } from '@verkosto/core';

/** A row of a members CSV, as far as telling who it names goes. */
export interface MemberRow {
  periodId: string;
  code?: string;
  name?: string;
}

/** A member on record, as the API lists it. */
export interface CurrentMember {
  municipalityCode: string;
  names: { fi: string; sv?: string };
}

export interface Replacement {
  periodId: string;
  /** On record, and not in the file: removed. */
  removed: CurrentMember[];
  /** In the file, and not on record: added (by code or as written). */
  added: MemberRow[];
  kept: number;
}

/** The rows of a members CSV by period; rows without a period are left to the dry run. */
export function readMemberRows(text: string): Map<string, MemberRow[]> {
  const byPeriod = new Map<string, MemberRow[]>();
  let records: ReturnType<typeof parseCsv>['records'];
  try {
    records = parseCsv(text.replace(/^\uFEFF/, '')).records;
  } catch {
    return byPeriod; // the dry run reports the syntax
  }
  for (const { values } of records) {
    const periodId = values.period_id?.trim();
    if (!periodId) continue;
    const code = values.municipality_code?.trim() || undefined;
    const name = values.municipality_name?.trim() || undefined;
    const rows = byPeriod.get(periodId) ?? [];
    rows.push({ periodId, ...(code && { code }), ...(name && { name }) });
    byPeriod.set(periodId, rows);
  }
  return byPeriod;
}

/**
 * What a members CSV does to one period: its rows replace the period's members, so a member
 * the file does not name is removed. A row names a member by code, or by its Finnish or Swedish
 * name (accents and case ignored), as the import reads it.
 */
export function replacementOf(
  periodId: string,
  rows: readonly MemberRow[],
  current: readonly CurrentMember[],
): Replacement {
  const names = (m: CurrentMember) => [searchKey(m.names.fi), searchKey(m.names.sv ?? '')];
  const named = (row: MemberRow, m: CurrentMember) =>
    row.code
      ? row.code === m.municipalityCode
      : Boolean(row.name) && names(m).includes(searchKey(row.name!));
  const removed = current.filter((m) => !rows.some((row) => named(row, m)));
  const added = rows.filter((row) => !current.some((m) => named(row, m)));
  return { periodId, removed, added, kept: current.length - removed.length };
}
