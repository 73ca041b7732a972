/**
 * The one CSV writer of the shared CSV forms (members, themes, activities), in two dialects:
 * RFC 4180 (the default: `,`, no byte-order mark) and Finnish Excel's (`;`, CRLF and a UTF-8
 * byte-order mark: Excel in a comma-decimal locale splits on `;` and reads the file as UTF-8 only
 * with the mark). `parseCsvFile` reads both back.
 */
import {
  type CsvWriteOptions,
  type MunicipalityRegistry,
  type Participation,
  type Theme,
  toCsv,
} from '@verkosto/core';
import { MEMBER_COLUMNS, THEME_COLUMNS } from './csv.ts';

export const CSV_DIALECTS = {
  rfc4180: { separator: ',', newline: '\n', byteOrderMark: false },
  'excel-fi': { separator: ';', newline: '\r\n', byteOrderMark: true },
} as const satisfies Record<string, CsvWriteOptions>;

export type CsvDialect = keyof typeof CSV_DIALECTS;

export interface CsvWriteDialect {
  /** Default `rfc4180`. */
  dialect?: CsvDialect;
}

/** Records as CSV in the given columns and dialect; formula-like cells are neutralised. */
export function writeCsv(
  columns: readonly string[],
  records: readonly Record<string, string | undefined>[],
  options: CsvWriteDialect = {},
): string {
  return toCsv(columns, records, CSV_DIALECTS[options.dialect ?? 'rfc4180']);
}

const joinList = (values: readonly string[] | undefined) => (values ?? []).join(';');

/** Memberships as a members CSV; the municipality's Finnish name from the registry, for people. */
export function membersToCsv(
  participations: readonly Participation[],
  options: CsvWriteDialect & { registry?: MunicipalityRegistry } = {},
): string {
  return writeCsv(
    MEMBER_COLUMNS,
    participations.map((p) => ({
      period_id: p.periodId,
      municipality_code: p.municipalityCode,
      municipality_name: options.registry?.get(p.municipalityCode)?.name.fi,
      role: p.role,
      joined_on: p.joinedOn,
      left_on: p.leftOn,
      sources: joinList(p.sources),
    })),
    options,
  );
}

/** Themes as a themes CSV. */
export function themesToCsv(themes: readonly Theme[], options: CsvWriteDialect = {}): string {
  return writeCsv(
    THEME_COLUMNS,
    themes.map((t) => ({
      id: t.id,
      period_id: t.periodId,
      slug: t.slug,
      name_fi: t.name.fi,
      name_sv: t.name.sv,
      name_en: t.name.en,
      description_fi: t.description?.fi,
      description_sv: t.description?.sv,
      description_en: t.description?.en,
      parent_id: t.parentId,
      origin: t.origin,
      continues_theme_id: t.continuesThemeId,
      continues_inferred:
        t.continuesInferred === undefined ? undefined : String(t.continuesInferred),
      borrowed_from: t.borrowedFrom,
      keywords: joinList(t.keywords),
      sources: joinList(t.sources),
    })),
    options,
  );
}
