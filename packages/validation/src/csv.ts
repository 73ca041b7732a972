import {
  CsvSyntaxError,
  type CsvTable,
  DEFAULT_PARTICIPATION_ROLE,
  type MunicipalityRegistry,
  type Participation,
  type Period,
  parseCsv,
  type Theme,
} from '@verkosto/core';
import { issue, pointer, type ValidationIssue } from './issues.ts';
import { ParticipationSchema, ThemeSchema } from './schemas.ts';
import { fromZodIssues } from './zod-issues.ts';

/** The columns of the members CSV, as admins keep them in spreadsheets. */
export const MEMBER_COLUMNS = [
  'period_id',
  'municipality_code',
  'municipality_name',
  'role',
  'joined_on',
  'left_on',
  'sources',
] as const;
/** The columns of the themes CSV. */
export const THEME_COLUMNS = [
  'id',
  'period_id',
  'slug',
  'name_fi',
  'name_sv',
  'name_en',
  'description_fi',
  'description_sv',
  'description_en',
  'parent_id',
  'origin',
  'continues_theme_id',
  'borrowed_from',
  'keywords',
  'sources',
] as const;

export type CsvKind = 'members' | 'themes';

/** Which CSV form a header row belongs to, if any. */
export function detectCsvKind(header: readonly string[]): CsvKind | undefined {
  if (header.includes('municipality_code') || header.includes('municipality_name'))
    return 'members';
  if (header.includes('slug') || header.includes('name_fi')) return 'themes';
  return undefined;
}

export interface CsvOptions {
  /** To resolve `municipality_name` and check it against `municipality_code`. */
  registry?: MunicipalityRegistry;
  /** The periods the rows refer to, for the date a name is looked up on. */
  periods?: readonly Period[];
}

export interface CsvParseResult<T> {
  records: T[];
  /** The CSV line of each record, by index. */
  lines: number[];
  issues: ValidationIssue[];
}

/** Empty cells are absent values; lists are separated by semicolons. */
const cell = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? undefined : value;
const list = (value: string | undefined) =>
  (value ?? '')
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);

function withDefined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

function readTable(
  text: string,
  columns: readonly string[],
  required: readonly string[][],
): { table?: CsvTable; issues: ValidationIssue[] } {
  let table: CsvTable;
  try {
    table = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      return { issues: [issue('csv_syntax', '', { detail: error.message }, error.line)] };
    }
    throw error;
  }
  const issues: ValidationIssue[] = [];
  for (const column of table.header) {
    if (!columns.includes(column)) {
      issues.push(issue('csv_unknown_column', '', { column, allowed: columns.join(', ') }, 1));
    }
  }
  for (const alternatives of required) {
    if (!alternatives.some((c) => table.header.includes(c))) {
      issues.push(issue('csv_missing_column', '', { column: alternatives.join(' / ') }, 1));
    }
  }
  return { table, issues };
}

/** Reads a members CSV into participations, each checked against the schema. */
export function parseMembersCsv(
  text: string,
  options: CsvOptions = {},
): CsvParseResult<Participation> {
  const { table, issues } = readTable(text, MEMBER_COLUMNS, [
    ['period_id'],
    ['municipality_code', 'municipality_name'],
  ]);
  const result: CsvParseResult<Participation> = { records: [], lines: [], issues };
  if (!table || issues.length > 0) return result;
  const periods = new Map((options.periods ?? []).map((p) => [p.id, p]));

  for (const { line, values } of table.records) {
    const index = result.records.length;
    const at = (field: string) => pointer('participations', index, field);
    let code = cell(values.municipality_code)?.trim();
    const name = cell(values.municipality_name)?.trim();
    const period = periods.get(values.period_id ?? '');
    if (name && options.registry) {
      const on = cell(values.joined_on) ?? period?.startDate;
      if (code) {
        const m = options.registry.get(code);
        if (m && !options.registry.findByName(name).some((found) => found.code === code)) {
          issues.push(
            issue(
              'municipality_name_mismatch',
              at('municipalityCode'),
              { name, code, actual: m.name.fi },
              line,
            ),
          );
        }
      } else {
        const found = options.registry.findByName(name, on ? { validOn: on } : {});
        if (found.length === 1) code = found[0]!.code;
        else
          issues.push(
            issue(
              'unknown_municipality_name',
              at('municipalityCode'),
              { name, count: found.length },
              line,
            ),
          );
      }
    }
    const candidate = withDefined({
      periodId: values.period_id,
      municipalityCode: code,
      role: cell(values.role) ?? DEFAULT_PARTICIPATION_ROLE,
      joinedOn: cell(values.joined_on),
      leftOn: cell(values.left_on),
      sources: list(values.sources),
    });
    const parsed = ParticipationSchema.safeParse(candidate, { reportInput: true });
    if (!parsed.success) {
      issues.push(
        ...fromZodIssues(parsed.error.issues, ['participations', index]).map((i) => ({
          ...i,
          line,
        })),
      );
    }
    result.records.push(candidate as Participation);
    result.lines.push(line);
  }
  return result;
}

/** Reads a themes CSV into themes, each checked against the schema. */
export function parseThemesCsv(text: string): CsvParseResult<Theme> {
  const { table, issues } = readTable(text, THEME_COLUMNS, [['period_id'], ['slug'], ['name_fi']]);
  const result: CsvParseResult<Theme> = { records: [], lines: [], issues };
  if (!table || issues.length > 0) return result;

  for (const { line, values } of table.records) {
    const index = result.records.length;
    const localized = (prefix: 'name' | 'description') =>
      cell(values[`${prefix}_fi`]) || cell(values[`${prefix}_sv`]) || cell(values[`${prefix}_en`])
        ? withDefined({
            fi: values[`${prefix}_fi`] ?? '',
            sv: cell(values[`${prefix}_sv`]),
            en: cell(values[`${prefix}_en`]),
          })
        : undefined;
    const candidate = withDefined({
      id: cell(values.id) ?? `${values.period_id}-${values.slug}`,
      periodId: values.period_id,
      slug: values.slug,
      name: localized('name') ?? { fi: '' },
      description: localized('description'),
      parentId: cell(values.parent_id),
      origin: cell(values.origin) ?? 'unspecified',
      continuesThemeId: cell(values.continues_theme_id),
      borrowedFrom: cell(values.borrowed_from),
      keywords: list(values.keywords),
      sources: list(values.sources),
    });
    const parsed = ThemeSchema.safeParse(candidate, { reportInput: true });
    if (!parsed.success) {
      issues.push(
        ...fromZodIssues(parsed.error.issues, ['themes', index]).map((i) => ({ ...i, line })),
      );
    }
    result.records.push(candidate as Theme);
    result.lines.push(line);
  }
  return result;
}
