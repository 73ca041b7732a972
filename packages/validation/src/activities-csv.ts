import { type Activity, type CsvSeparator, dayOf, parseCsv, slugify } from '@verkosto/core';
import { cell, detectCsvKind, list, localizedCells, readTable, withDefined } from './csv.ts';
import { type CsvWriteDialect, writeCsv } from './csv-write.ts';
import { pointer, type ValidationIssue } from './issues.ts';
import { ActivitySchema } from './schemas.ts';
import { fromZodIssues } from './zod-issues.ts';

/** The columns of the activities CSV: one activity a row, as a coordinator keeps the programme. */
export const ACTIVITY_COLUMNS = [
  'id',
  'period_id',
  'kind',
  'status',
  'title_fi',
  'title_sv',
  'title_en',
  'description_fi',
  'description_sv',
  'description_en',
  'start',
  'end',
  'themes',
  'municipality_code',
  'participants',
  'sources',
] as const;

/** Every CSV form: members, themes, or activities. */
export type CsvForm = 'members' | 'themes' | 'activities';

/**
 * Which CSV form a header row belongs to, if any: `period_id` with `kind` is an activities CSV;
 * otherwise as `detectCsvKind` tells members from themes.
 */
export function detectCsvForm(header: readonly string[]): CsvForm | undefined {
  if (header.includes('period_id') && header.includes('kind')) return 'activities';
  return detectCsvKind(header);
}

/**
 * Whether a file is an activities CSV, and its separator (`,`, or Finnish Excel's `;`): the
 * first whose header has `period_id` and `kind`. Undefined for any other table.
 */
export function activitiesCsvShape(text: string): { separator: CsvSeparator } | undefined {
  const end = text.indexOf('\n');
  const first = (end < 0 ? text : text.slice(0, end)).replace(/\r$/, '');
  for (const separator of [',', ';'] as const) {
    try {
      if (detectCsvForm(parseCsv(first, { separator }).header) === 'activities')
        return { separator };
    } catch {}
  }
  return undefined;
}

export interface ActivitiesCsvResult {
  activities: Activity[];
  /** `lines[i]` is the line in the file where record `i` starts (the header is line 1). */
  lines: number[];
  /** Shape problems, each with its `line`; paths point into the records (`/activities/2/start`). */
  issues: ValidationIssue[];
}

/** A whole number as a number; anything else as written, for the schema to report. */
const count = (value: string | undefined) =>
  value !== undefined && /^\d+$/.test(value) ? Number(value) : value;

/**
 * The id of a row without one: the period, the first day, the Finnish title and, for a
 * workshop, the municipality: `uso-5-2019-09-10-kuntatyopaja-609`.
 */
export function activityIdOf(
  periodId: string,
  start: string,
  titleFi: string,
  municipalityCode?: string,
): string {
  const tail = slugify([dayOf(start), titleFi, municipalityCode].filter(Boolean).join(' '));
  return slugify(`${periodId} ${tail}`);
}

/**
 * Reads an activities CSV into activities, each checked against the schema. An empty `end` is
 * the `start` (a one-day activity); an empty `status` is `planned`; `themes` and `sources` are
 * ids separated by semicolons; `participants` is a count.
 */
export function parseActivitiesCsv(
  text: string,
  options: { separator?: CsvSeparator } = {},
): ActivitiesCsvResult {
  const { table, issues } = readTable(
    text,
    ACTIVITY_COLUMNS,
    [['period_id'], ['kind'], ['title_fi'], ['start']],
    options.separator,
  );
  const result: ActivitiesCsvResult = { activities: [], lines: [], issues };
  if (!table || issues.length > 0) return result;

  for (const { line, values } of table.records) {
    const index = result.activities.length;
    const localized = (prefix: 'title' | 'description') => localizedCells(values, prefix);
    const periodId = cell(values.period_id);
    const start = cell(values.start);
    const title = localized('title') ?? { fi: '' };
    const municipalityCode = cell(values.municipality_code);
    const candidate = withDefined({
      id:
        cell(values.id) ??
        (periodId && start && title.fi
          ? activityIdOf(periodId, start, title.fi, municipalityCode)
          : undefined),
      periodId,
      kind: cell(values.kind),
      status: cell(values.status) ?? 'planned',
      title,
      description: localized('description'),
      start,
      end: cell(values.end) ?? start,
      themeIds: list(values.themes),
      municipalityCode,
      participantCount: count(cell(values.participants)),
      sources: list(values.sources),
    });
    const parsed = ActivitySchema.safeParse(candidate, { reportInput: true });
    if (!parsed.success) {
      const at = (field: string) => pointer('activities', index, field);
      for (const one of fromZodIssues(parsed.error.issues, ['activities', index])) {
        // Without an id cell the id comes from period, start and title, reported already; the
        // same for an end taken from the start.
        if (one.code === 'required' && (one.path === at('id') || one.path === at('end'))) continue;
        issues.push({ ...one, line });
      }
    }
    result.activities.push(candidate as Activity);
    result.lines.push(line);
  }
  return result;
}

/**
 * Activities as an activities CSV, in the columns of `ACTIVITY_COLUMNS` and the given dialect
 * (default RFC 4180); it reads back the same.
 */
export function activitiesToCsv(
  activities: readonly Activity[],
  options: CsvWriteDialect = {},
): string {
  return writeCsv(
    ACTIVITY_COLUMNS,
    activities.map((a) => ({
      id: a.id,
      period_id: a.periodId,
      kind: a.kind,
      status: a.status,
      title_fi: a.title.fi,
      title_sv: a.title.sv,
      title_en: a.title.en,
      description_fi: a.description?.fi,
      description_sv: a.description?.sv,
      description_en: a.description?.en,
      start: a.start,
      end: a.end,
      themes: a.themeIds.join(';'),
      municipality_code: a.municipalityCode,
      participants: a.participantCount === undefined ? undefined : String(a.participantCount),
      sources: a.sources.join(';'),
    })),
    options,
  );
}
