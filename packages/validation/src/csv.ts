import {
  type CsvSeparator,
  CsvSyntaxError,
  type CsvTable,
  DEFAULT_PARTICIPATION_ROLE,
  type MunicipalityRegistry,
  PARTICIPATION_ROLES,
  type Participation,
  type ParticipationRole,
  type Period,
  parseCsv,
  readCsv,
  searchKey,
  type Theme,
} from '@verkosto/core';
import { type IssueParams, issue, pointer, type ValidationIssue } from './issues.ts';
import { isPlainValidParticipation, ParticipationSchema, ThemeSchema } from './schemas.ts';
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
  'continues_inferred',
  'borrowed_from',
  'keywords',
  'sources',
] as const;

export type CsvKind = 'members' | 'themes';

/**
 * Which CSV form a header row belongs to, if any: `period_id` with a municipality column is a
 * members CSV, `period_id` with `slug` or `name_fi` a themes CSV. Other tables that happen to
 * have a `name_fi` column (Statistics Finland's, say) are neither.
 */
export function detectCsvKind(header: readonly string[]): CsvKind | undefined {
  if (!header.includes('period_id')) return undefined;
  if (header.includes('municipality_code') || header.includes('municipality_name'))
    return 'members';
  if (header.includes('slug') || header.includes('name_fi')) return 'themes';
  return undefined;
}

/**
 * A CSV file's header, unquoted and trimmed, its separator and its form. A file saved by
 * Finnish Excel separates with `;`: the separator is the one whose header names a form (`,`
 * first). A byte-order mark and CRLF line ends are fine.
 */
export interface CsvShape {
  header: string[];
  separator: CsvSeparator;
  kind: CsvKind | undefined;
}

export function csvShape(text: string): CsvShape {
  // The first line only: the header never spans lines, and the file may be large.
  const end = text.indexOf('\n');
  const first = (end < 0 ? text : text.slice(0, end)).replace(/\r$/, '');
  let fallback: CsvShape | undefined;
  for (const separator of [',', ';'] as const) {
    let header: string[];
    try {
      header = parseCsv(first, { separator }).header;
    } catch {
      continue;
    }
    const shape = { header, separator, kind: detectCsvKind(header) };
    if (shape.kind) return shape;
    fallback ??= shape;
  }
  return fallback ?? { header: [], separator: ',', kind: undefined };
}

/** A members or themes CSV, read: its form and separator, its records and their lines, shape issues. */
export type ParsedCsv =
  | (CsvShape & { kind: 'members'; collection: 'participations' } & MembersCsvResult & {
        records: Participation[];
      })
  | (CsvShape & { kind: 'themes'; collection: 'themes' } & ThemesCsvResult & {
        records: Theme[];
      });

/**
 * Reads a CSV file of either form, as the CLI and the API's import both do: its shape
 * (`csvShape`), then its rows. Undefined when it is neither form.
 */
export function parseCsvFile(text: string, options: CsvOptions = {}): ParsedCsv | undefined {
  const shape = csvShape(text);
  const withSeparator = { ...options, separator: shape.separator };
  if (shape.kind === 'members') {
    const result = parseMembersCsv(text, withSeparator);
    return {
      ...shape,
      kind: 'members',
      collection: 'participations',
      ...result,
      records: result.participations,
    };
  }
  if (shape.kind === 'themes') {
    const result = parseThemesCsv(text, withSeparator);
    return { ...shape, kind: 'themes', collection: 'themes', ...result, records: result.themes };
  }
  return undefined;
}

export interface CsvOptions {
  /** `,` unless given (`csvShape` finds it). */
  separator?: CsvSeparator;
  /** To resolve `municipality_name` and check it against `municipality_code`. */
  registry?: MunicipalityRegistry;
  /** The periods the rows refer to, for the date a name is looked up on. */
  periods?: readonly Period[];
}

/** What a CSV form holds: the entities, the CSV line of each (by index), and the issues found. */
interface CsvResult {
  /** `lines[i]` is the line in the file where record `i` starts (the header is line 1). */
  lines: number[];
  /** Shape problems, each with its `line`; paths point into the records (`/participations/2/role`). */
  issues: ValidationIssue[];
}
export interface MembersCsvResult extends CsvResult {
  participations: Participation[];
}
export interface ThemesCsvResult extends CsvResult {
  themes: Theme[];
}

/**
 * Cells are trimmed (spreadsheets pad them); an empty cell is an absent value; lists are
 * separated by semicolons.
 */
export const cell = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
};
export const list = (value: string | undefined) =>
  (value ?? '')
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * The labels people see for each role (the admin's Finnish and English), so a spreadsheet may
 * say `kehittäjäkunta` as the admin shows it, as well as the code `kehittajakunta`.
 */
const ROLE_LABELS: Record<ParticipationRole, readonly string[]> = {
  kehittajakunta: ['kehittäjäkunta', 'developer municipality'],
  kumppani: ['kumppani', 'partner'],
  tarkkailija: ['tarkkailija', 'observer'],
};
const ROLE_BY_KEY = new Map<string, ParticipationRole>(
  PARTICIPATION_ROLES.flatMap((role) =>
    [role, ...ROLE_LABELS[role]].map((label) => [searchKey(label), role] as const),
  ),
);

/** A role cell as its code; a cell that names no role stays as written, for the schema to report. */
function roleOf(value: string | undefined): string | undefined {
  const written = cell(value);
  return written === undefined ? undefined : (ROLE_BY_KEY.get(searchKey(written)) ?? written);
}

/** The object without its undefined fields (a plain loop: a members CSV calls it once a row). */
export function withDefined<T extends object>(object: T): T {
  const defined: Partial<T> = {};
  for (const key in object) if (object[key] !== undefined) defined[key] = object[key];
  return defined as T;
}

/**
 * A text in fi/sv/en from the cells `<prefix>_fi`, `_sv`, `_en`; undefined when all are empty.
 * Finnish is required: an empty Finnish cell next to other languages is reported as blank.
 */
export function localizedCells(values: Record<string, string | undefined>, prefix: string) {
  const fi = cell(values[`${prefix}_fi`]);
  const sv = cell(values[`${prefix}_sv`]);
  const en = cell(values[`${prefix}_en`]);
  if (!fi && !sv && !en) return undefined;
  return withDefined({ fi: fi ?? '', sv, en });
}

/** The problem a core CSV syntax error names, as `csv_syntax` params. */
function syntaxParams(error: CsvSyntaxError): IssueParams {
  const counts = /Expected (\d+) fields, found (\d+)/.exec(error.message);
  if (counts)
    return { problem: 'field_count', expected: Number(counts[1]), found: Number(counts[2]) };
  if (error.message.startsWith('Unclosed')) return { problem: 'unclosed_quote' };
  return { problem: 'text_after_quote' };
}

/** The issues of a CSV's header against the columns of its form. */
function headerIssues(
  header: readonly string[],
  columns: readonly string[],
  required: readonly string[][],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const column of header) {
    if (!columns.includes(column)) {
      issues.push(issue('csv_unknown_column', '', { column, allowed: columns.join(', ') }, 1));
    }
  }
  for (const alternatives of required) {
    if (!alternatives.some((c) => header.includes(c))) {
      issues.push(issue('csv_missing_column', '', { column: alternatives.join(' / ') }, 1));
    }
  }
  return issues;
}

/** A syntax error as the one issue of its file; anything else is rethrown. */
function syntaxIssues(error: unknown): ValidationIssue[] {
  if (error instanceof CsvSyntaxError)
    return [issue('csv_syntax', '', syntaxParams(error), error.line)];
  throw error;
}

/** Parses a CSV and checks its header against the columns of its form. */
export function readTable(
  text: string,
  columns: readonly string[],
  required: readonly string[][],
  separator: CsvSeparator = ',',
): { table?: CsvTable; issues: ValidationIssue[] } {
  let table: CsvTable;
  try {
    table = parseCsv(text, { separator });
  } catch (error) {
    return { issues: syntaxIssues(error) };
  }
  return { table, issues: headerIssues(table.header, columns, required) };
}

/**
 * Reads a CSV's records one at a time, for `each`, after checking its header: what `readTable`
 * finds, without holding every record. A syntax error anywhere is the file's one issue, as
 * with `readTable` (`each` may have run on the records before it; the caller drops what it made).
 */
function eachRecord(
  text: string,
  columns: readonly string[],
  required: readonly string[][],
  separator: CsvSeparator,
  each: (record: { line: number; values: Record<string, string> }) => void,
): ValidationIssue[] {
  try {
    const { header, records } = readCsv(text, { separator });
    const issues = headerIssues(header, columns, required);
    if (issues.length > 0) {
      // The whole file is read all the same: a syntax error comes before the header's issues.
      for (const _ of records);
      return issues;
    }
    for (const record of records) each(record);
    return [];
  } catch (error) {
    return syntaxIssues(error);
  }
}

/**
 * Reads a members CSV into participations, each checked against the schema. With a registry, a
 * `municipality_name` alone is resolved to the one municipality of that name that existed on the
 * joining date or the period's start (from `periods`); next to a code, it must name that code.
 */
export function parseMembersCsv(text: string, options: CsvOptions = {}): MembersCsvResult {
  const periods = new Map((options.periods ?? []).map((p) => [p.id, p]));
  const issues: ValidationIssue[] = [];
  const result: MembersCsvResult = { participations: [], lines: [], issues };
  // Record by record: a members CSV may have 250 000 rows, and only the participations stay.
  const fileIssues = eachRecord(
    text,
    MEMBER_COLUMNS,
    [['period_id'], ['municipality_code', 'municipality_name']],
    options.separator ?? ',',
    ({ line, values }) => {
      const index = result.participations.length;
      const periodId = cell(values.period_id);
      let code = cell(values.municipality_code);
      const name = cell(values.municipality_name);
      if (name && options.registry) {
        const on = cell(values.joined_on) ?? periods.get(periodId ?? '')?.startDate;
        if (code) {
          const m = options.registry.get(code);
          if (m && !options.registry.findByName(name).some((found) => found.code === code)) {
            issues.push(
              issue(
                'municipality_name_mismatch',
                pointer('participations', index, 'municipalityCode'),
                { name, code, actual: m.name.fi },
                line,
              ),
            );
          }
        } else {
          const found = options.registry.findByName(name, on ? { validOn: on } : {});
          if (found.length === 1) code = found[0]!.code;
          else {
            const params: IssueParams = { name, count: found.length };
            if (on) params.on = on;
            issues.push(
              issue(
                'unknown_municipality_name',
                pointer('participations', index, 'municipalityCode'),
                params,
                line,
              ),
            );
          }
        }
      }
      // The fields in order, the undefined ones left out (`withDefined`, without a second object).
      const candidate: Record<string, unknown> = {};
      if (periodId !== undefined) candidate.periodId = periodId;
      if (code !== undefined) candidate.municipalityCode = code;
      candidate.role = roleOf(values.role) ?? DEFAULT_PARTICIPATION_ROLE;
      const joinedOn = cell(values.joined_on);
      if (joinedOn !== undefined) candidate.joinedOn = joinedOn;
      const leftOn = cell(values.left_on);
      if (leftOn !== undefined) candidate.leftOn = leftOn;
      candidate.sources = cell(values.sources) === undefined ? [] : list(values.sources);
      // Zod only for a row the plain check doubts: it finds the issues, and costs a row microseconds.
      const parsed = isPlainValidParticipation(candidate)
        ? undefined
        : ParticipationSchema.safeParse(candidate, { reportInput: true });
      if (parsed && !parsed.success) {
        const found = fromZodIssues(parsed.error.issues, ['participations', index]);
        // A name that resolved to no code is reported once, as a name.
        for (const one of found)
          if (!(name && !code && one.code === 'required')) issues.push({ ...one, line });
      }
      result.participations.push(candidate as unknown as Participation);
      result.lines.push(line);
    },
  );
  if (fileIssues.length > 0) return { participations: [], lines: [], issues: fileIssues };
  return result;
}

/** `true`/`false` as booleans, empty as absent; anything else stays text for the schema to refuse. */
function flag(value: string | undefined): boolean | string | undefined {
  const text = cell(value);
  if (text === 'true') return true;
  if (text === 'false') return false;
  return text;
}

/** Reads a themes CSV into themes, each checked against the schema. */
export function parseThemesCsv(
  text: string,
  options: Pick<CsvOptions, 'separator'> = {},
): ThemesCsvResult {
  const { table, issues } = readTable(
    text,
    THEME_COLUMNS,
    [['period_id'], ['slug'], ['name_fi']],
    options.separator,
  );
  const result: ThemesCsvResult = { themes: [], lines: [], issues };
  if (!table || issues.length > 0) return result;

  for (const { line, values } of table.records) {
    const index = result.themes.length;
    const localized = (prefix: 'name' | 'description') => localizedCells(values, prefix);
    const periodId = cell(values.period_id);
    const slug = cell(values.slug);
    const candidate = withDefined({
      id: cell(values.id) ?? (periodId && slug ? `${periodId}-${slug}` : undefined),
      periodId,
      slug,
      name: localized('name') ?? { fi: '' },
      description: localized('description'),
      parentId: cell(values.parent_id),
      origin: cell(values.origin) ?? 'unspecified',
      continuesThemeId: cell(values.continues_theme_id),
      continuesInferred: flag(values.continues_inferred),
      borrowedFrom: cell(values.borrowed_from),
      keywords: list(values.keywords),
      sources: list(values.sources),
    });
    const parsed = ThemeSchema.safeParse(candidate, { reportInput: true });
    if (!parsed.success) {
      const idPath = pointer('themes', index, 'id');
      for (const one of fromZodIssues(parsed.error.issues, ['themes', index])) {
        // Without an id cell the id comes from period and slug, whose absence is reported already.
        if (one.code === 'required' && one.path === idPath) continue;
        issues.push({ ...one, line });
      }
    }
    result.themes.push(candidate as Theme);
    result.lines.push(line);
  }
  return result;
}
