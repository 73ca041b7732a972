import {
  ACTIVITY_KINDS,
  type Activity,
  activityDays,
  activityTimesProblem,
  compareActivities,
  countsAsWorkshop,
  dayOf,
  isKnownActivityKind,
  MUNICIPAL_WORKSHOP,
  type MunicipalityRegistry,
  type Participation,
  type Period,
  type Programme,
  type Theme,
  workshopMembership,
  yearOf,
} from '@verkosto/core';
import { finnishDate, issue, pointer, type ValidationIssue } from '../issues.ts';
import { describeSuccessors } from './municipalities.ts';
import type { DatasetRule } from './rule.ts';

/**
 * What the activity rules need to know about one period: its members, its activities and its
 * programme, and lookups for themes and sources. A write checks only the period it touches, so
 * a store fills this from indexed reads; the dataset rules fill it from the whole dataset.
 */
export interface PeriodActivitiesScope {
  period: Period;
  /** The period's members. */
  members: readonly Participation[];
  /** The period's activities, each with its position in the dataset's `activities` (for paths). */
  activities: ReadonlyArray<{ activity: Activity; index: number }>;
  /** The period's programme, if it has one, with its position in `programmes`. */
  programme?: { programme: Programme; index: number };
  /** Any theme of the dataset by id, so that a theme of another period is told from none. */
  theme(id: string): Theme | undefined;
  hasSource(id: string): boolean;
}

const KNOWN_KINDS = ACTIVITY_KINDS.join(', ');
const range = (p: Period) => `${p.startDate}–${p.endDate}`;

/**
 * The checks on one activity alone: its times fit together, its kind is known, and a
 * municipality goes with a municipal workshop only. Shared by the dataset rule and
 * `validateEntity`; `at` makes the path of a field.
 */
export function activityIssues(
  activity: Activity,
  at: (...field: Array<string | number>) => string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const problem = activityTimesProblem(activity.start, activity.end);
  const times = { start: activity.start, end: activity.end };
  if (problem === 'mixed_forms') issues.push(issue('activity_time_forms_differ', at('end'), times));
  if (problem === 'end_before_start')
    issues.push(issue('activity_end_before_start', at('end'), times));
  if (!isKnownActivityKind(activity.kind))
    issues.push(
      issue('unknown_activity_kind', at('kind'), { kind: activity.kind, known: KNOWN_KINDS }),
    );
  if (activity.kind === MUNICIPAL_WORKSHOP && !activity.municipalityCode)
    issues.push(issue('workshop_without_municipality', at('municipalityCode')));
  if (activity.kind !== MUNICIPAL_WORKSHOP && activity.municipalityCode)
    issues.push(
      issue('municipality_only_for_workshops', at('municipalityCode'), { kind: activity.kind }),
    );
  return issues;
}

/** The checks on one programme alone: counts never negative, each kind planned once. */
export function programmeIssues(
  programme: Programme,
  at: (...field: Array<string | number>) => string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const first = new Map<string, number>();
  programme.planned.forEach((planned, j) => {
    if (planned.count !== undefined && planned.count < 0)
      issues.push(
        issue('programme_count_negative', at('planned', j, 'count'), { value: planned.count }),
      );
    if (!isKnownActivityKind(planned.kind))
      issues.push(
        issue('unknown_activity_kind', at('planned', j, 'kind'), {
          kind: planned.kind,
          known: KNOWN_KINDS,
        }),
      );
    const earlier = first.get(planned.kind);
    if (earlier === undefined) first.set(planned.kind, j);
    else
      issues.push(
        issue('duplicate_planned_kind', at('planned', j, 'kind'), {
          kind: planned.kind,
          first: at('planned', earlier),
        }),
      );
  });
  const quota = programme.workshopQuota;
  if (quota && quota.count < 0)
    issues.push(
      issue('programme_count_negative', at('workshopQuota', 'count'), { value: quota.count }),
    );
  return issues;
}

/**
 * Every activity rule for one period: each activity on its own, within the period, on themes of
 * the period, a workshop for a member on its day (mergers followed through the registry), no
 * member over its workshop quota; and the period's programme. Runs in time linear in the
 * period's activities and members.
 */
export function checkPeriodActivities(
  scope: PeriodActivitiesScope,
  registry: MunicipalityRegistry,
): ValidationIssue[] {
  const { period } = scope;
  const issues: ValidationIssue[] = [];
  const members = new Map(scope.members.map((m) => [m.municipalityCode, m]));
  /** Counted workshops by membership and quota span, to find those over the quota. */
  const counted = new Map<string, Array<{ activity: Activity; index: number }>>();
  const quota = scope.programme?.programme.workshopQuota;

  for (const { activity, index } of scope.activities) {
    const at = (...field: Array<string | number>) => pointer('activities', index, ...field);
    issues.push(...activityIssues(activity, at));
    activity.sources.forEach((id, j) => {
      if (!scope.hasSource(id)) issues.push(issue('unknown_source', at('sources', j), { id }));
    });

    const { first, last } = activityDays(activity);
    for (const [field, date] of [
      ['start', first],
      ['end', last],
    ] as const) {
      if (date < period.startDate || date > period.endDate)
        issues.push(
          issue('activity_outside_period', at(field), {
            date,
            dateFi: finnishDate(date),
            periodId: period.id,
            range: range(period),
          }),
        );
    }

    activity.themeIds.forEach((id, j) => {
      const theme = scope.theme(id);
      if (!theme) issues.push(issue('unknown_theme', at('themeIds', j), { id }));
      else if (theme.periodId !== period.id)
        issues.push(
          issue('activity_theme_other_period', at('themeIds', j), {
            id,
            themePeriodId: theme.periodId,
            periodId: period.id,
          }),
        );
    });

    const code = activity.municipalityCode;
    if (activity.kind !== MUNICIPAL_WORKSHOP || !code) continue;
    const municipality = registry.get(code);
    if (!municipality) {
      issues.push(issue('unknown_municipality', at('municipalityCode'), { code }));
      continue;
    }
    const date = dayOf(activity.start);
    // Built only when there is something to report: most workshops are fine.
    const params = () => ({ code, name: municipality.name.fi, date, dateFi: finnishDate(date) });
    if (municipality.validTo !== null && municipality.validTo <= date) {
      issues.push(
        issue('workshop_municipality_abolished', at('municipalityCode'), {
          ...params(),
          ...describeSuccessors(registry.successors(code)),
        }),
      );
      continue;
    }
    const member = workshopMembership(members, registry, code, date);
    if (!member) {
      issues.push(
        issue('workshop_not_member', at('municipalityCode'), { ...params(), periodId: period.id }),
      );
      continue;
    }
    if (!quota || !countsAsWorkshop(activity)) continue;
    const key =
      quota.per === 'year' ? `${member.municipalityCode} ${yearOf(date)}` : member.municipalityCode;
    const list = counted.get(key) ?? [];
    list.push({ activity, index });
    counted.set(key, list);
  }

  if (quota) {
    for (const [key, list] of counted) {
      if (list.length <= quota.count) continue;
      const [memberCode, year] = key.split(' ');
      const name = registry.get(memberCode!)?.name.fi ?? memberCode!;
      // The workshops after the quota is used up, in date order, are the ones too many.
      const sorted = [...list].sort((a, b) => compareActivities(a.activity, b.activity));
      sorted.slice(quota.count).forEach(({ index }, k) => {
        issues.push(
          issue('workshop_quota_exceeded', pointer('activities', index, 'municipalityCode'), {
            code: memberCode!,
            name,
            count: quota.count + k + 1,
            quota: quota.count,
            spanFi: year ? `vuonna ${year}` : `kaudella ${period.id}`,
            spanEn: year ? `in ${year}` : `in ${period.id}`,
          }),
        );
      });
    }
  }

  if (scope.programme) {
    const { programme, index } = scope.programme;
    const at = (...field: Array<string | number>) => pointer('programmes', index, ...field);
    issues.push(...programmeIssues(programme, at));
    const sourcesOf = (ids: readonly string[], ...field: Array<string | number>) => {
      ids.forEach((id, j) => {
        if (!scope.hasSource(id)) issues.push(issue('unknown_source', at(...field, j), { id }));
      });
    };
    sourcesOf(programme.sources, 'sources');
    programme.planned.forEach((planned, j) => {
      sourcesOf(planned.sources, 'planned', j, 'sources');
    });
    if (programme.workshopQuota)
      sourcesOf(programme.workshopQuota.sources, 'workshopQuota', 'sources');
  }
  return issues;
}

/**
 * The activities and programmes of a whole dataset, period by period through
 * `checkPeriodActivities`, plus what crosses periods: unique activity ids, one programme a
 * period, and references to periods that exist.
 */
export const activitiesRule: DatasetRule = {
  id: 'activities',
  codes: [
    'activity_time_forms_differ',
    'activity_end_before_start',
    'activity_outside_period',
    'unknown_activity_kind',
    'activity_theme_other_period',
    'workshop_without_municipality',
    'municipality_only_for_workshops',
    'workshop_not_member',
    'workshop_municipality_abolished',
    'workshop_quota_exceeded',
    'programme_count_negative',
    'duplicate_programme',
    'duplicate_planned_kind',
  ],
  description: {
    fi: 'Toiminta on kautensa sisällä ja sen teemat ovat kauden teemoja; kuntatyöpaja pidetään kunnalle, joka on työpajan päivänä kauden jäsen (kuntaliitokset huomioiden), eikä jäsenen työpajoja ole yli kiintiön; kaudella on enintään yksi ohjelma, jonka määrät eivät ole negatiivisia.',
    en: 'An activity lies within its period and its themes are themes of the period; a municipal workshop is held for a municipality that is a member of the period on its day (mergers followed), and no member has more workshops than its quota; a period has at most one programme, whose counts are not negative.',
  },
  check(dataset, { index, registry }) {
    const issues: ValidationIssue[] = [];
    const activities = dataset.activities ?? [];
    const programmes = dataset.programmes ?? [];
    if (activities.length === 0 && programmes.length === 0) return issues;

    const byPeriod = new Map<string, Omit<PeriodActivitiesScope, 'theme' | 'hasSource'>>();
    const scopeOf = (periodId: string) => {
      const period = index.periods.get(periodId)?.period;
      if (!period) return undefined;
      let scope = byPeriod.get(periodId);
      if (!scope) {
        scope = { period, members: [], activities: [] };
        byPeriod.set(periodId, scope);
      }
      return scope;
    };

    const ids = new Map<string, number>();
    activities.forEach((activity, i) => {
      const first = ids.get(activity.id);
      if (first === undefined) ids.set(activity.id, i);
      else
        issues.push(
          issue('duplicate_id', pointer('activities', i, 'id'), {
            id: activity.id,
            first: pointer('activities', first),
          }),
        );
      const scope = scopeOf(activity.periodId);
      if (scope)
        (scope.activities as Array<{ activity: Activity; index: number }>).push({
          activity,
          index: i,
        });
      else
        issues.push(
          issue('unknown_period', pointer('activities', i, 'periodId'), { id: activity.periodId }),
        );
    });

    programmes.forEach((programme, i) => {
      const scope = scopeOf(programme.periodId);
      if (!scope) {
        issues.push(
          issue('unknown_period', pointer('programmes', i, 'periodId'), { id: programme.periodId }),
        );
        return;
      }
      if (scope.programme)
        issues.push(
          issue('duplicate_programme', pointer('programmes', i, 'periodId'), {
            periodId: programme.periodId,
            first: pointer('programmes', scope.programme.index),
          }),
          // Its own counts are still checked; the first programme is the one the period has.
          ...programmeIssues(programme, (...field) => pointer('programmes', i, ...field)),
        );
      else scope.programme = { programme, index: i };
    });

    for (const p of dataset.participations) {
      const scope = byPeriod.get(p.periodId);
      if (scope) (scope.members as Participation[]).push(p);
    }

    const theme = (id: string) => index.themes.get(id)?.theme;
    const hasSource = (id: string) => index.sources.has(id);
    for (const scope of byPeriod.values())
      issues.push(...checkPeriodActivities({ ...scope, theme, hasSource }, registry));
    return issues;
  },
};
